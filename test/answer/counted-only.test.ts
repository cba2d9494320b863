/** A set the document only counts (三份…) is named nowhere: which ones, or what changed, has no answer. */
import { describe, expect, it } from 'vitest';
import {
  countedReason,
  countedSets,
  repeatedCount,
  repeatedCountReason,
  unnamedCounted,
} from '../../src/answer/counted-only.js';
import type { Glossary } from '../../src/corpus/glossary.js';
import { clause } from '../helpers/clause.js';

const glossary: Glossary = {
  resolutions: [],
  terms: [
    { en: ['kite guideline'], zh: '风筝导则' },
    { en: ['drone rule'], zh: '无人机规则' },
    { en: ['flight log'], zh: '飞行日志' },
  ],
};
const clauses = [
  clause({
    id: 'intro.1',
    part: 'intro',
    text: '大会修订了三份ITU-T 风筝导则；其他两份ITU-T 风筝导则保持不变。大会通过了一份飞行日志。',
  }),
  clause({ id: 'intro.2', part: 'intro', text: '大会修订了4项无人机规则。' }),
  clause({ id: 'r1.1', part: 'annex', resolution: 1, text: '无人机规则应当公开。' }),
];
const sets = countedSets(clauses, glossary);

describe('countedSets', () => {
  it('holds a term every mention of which follows a count of two or more', () => {
    expect(sets.map((s) => s.term)).toEqual(['风筝导则']);
    expect(sets[0]!.phrases).toEqual(['三份ITU-T 风筝导则', '两份ITU-T 风筝导则']);
    expect(sets[0]!.clauses.map((c) => c.id)).toEqual(['intro.1']);
  });
});

describe('unnamedCounted', () => {
  it('declines which ones, their numbers, or what changed in them', () => {
    expect(unnamedCounted('改的那三份风筝导则是哪几份？', [], sets)?.term).toBe('风筝导则');
    expect(unnamedCounted('风筝导则的编号是多少', [], sets)?.term).toBe('风筝导则');
    expect(
      unnamedCounted('list the kite guidelines that got revised', ['风筝导则'], sets),
    ).not.toBe(null);
    expect(
      unnamedCounted('what exactly changed in the kite guidelines?', ['风筝导则'], sets),
    ).not.toBe(null);
    expect(countedReason(sets[0]!).zh).toContain('三份ITU-T 风筝导则');
  });

  it('leaves how many, which resolution, and other terms to the document', () => {
    expect(unnamedCounted('风筝导则改了几份？', [], sets)).toBe(null);
    expect(unnamedCounted('how many kite guidelines were kept?', ['风筝导则'], sets)).toBe(null);
    expect(unnamedCounted('哪项决议提到风筝导则？', [], sets)).toBe(null);
    expect(unnamedCounted('which resolutions mention kite guidelines?', ['风筝导则'], sets)).toBe(
      null,
    );
    expect(unnamedCounted('无人机规则是哪几项？', [], sets)).toBe(null);
  });
});

describe('repeatedCount', () => {
  const many = [
    clause({
      id: 'intro.3',
      part: 'intro',
      text: '大会批准了十二个ITU-T 飞行日志，并任命了主席。',
    }),
    clause({ id: 'intro.4', part: 'intro', text: '大会还通过了三项无人机规则。' }),
    clause({
      id: 'r2.1',
      part: 'annex',
      resolution: 2,
      text: '七个风筝导则：甲、乙、丙、丁、戊、己、庚。',
    }),
    clause({ id: 'r2.2', part: 'annex', resolution: 2, text: '飞行日志应当公开。' }),
  ];
  it('declines which ones of a count of many the question repeats, where no list follows the count', () => {
    const got = repeatedCount('那十二个飞行日志分别是哪些？', many, glossary);
    expect(got?.clauses.map((c) => c.id)).toEqual(['intro.3']);
    expect(repeatedCountReason(got!).zh).toContain('十二个ITU-T 飞行日志');
    expect(repeatedCount('which are the twelve flight logs?', many, glossary)).not.toBe(null);
  });
  it('leaves a count the question does not repeat, a few, a listed set, and how many', () => {
    expect(repeatedCount('飞行日志分别是哪些？', many, glossary)).toBe(null);
    // A count of something else (twelve a day) beside the term.
    expect(repeatedCount('which flight logs? I fill in twelve a day', many, glossary)).toBe(null);
    expect(repeatedCount('那三项无人机规则分别是哪些？', many, glossary)).toBe(null);
    expect(repeatedCount('那七个风筝导则分别是哪些？', many, glossary)).toBe(null);
    expect(repeatedCount('the twelve flight logs, how many are there', many, glossary)).toBe(null);
  });
});
