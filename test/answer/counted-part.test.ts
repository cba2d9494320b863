import { describe, expect, it } from 'vitest';
import { countedPart, partUnanswered } from '../../src/answer/counted-part.js';
import type { TopicUnit } from '../../src/answer/relevance.js';
import { clause } from '../helpers/clause.js';

describe('countedPart', () => {
  it.each([
    ['Of the kite judges they named, how many were pilots?', 'pilots'],
    ['how many of them are teenagers?', 'teenagers'],
    ['其中有几位是飞行员？', '飞行员'],
    ['风筝评委里，其中飞行员有多少？', '飞行员'],
    // An adverb before the part; 里面 after what is counted; one character and 的.
    ['so 40 kite judges… how many of those are actually pilots??', 'pilots'],
    ['风筝评委里面有几位是飞行员', '飞行员'],
    ['风筝评委当中几位是女的', '女的'],
  ])('reads the part counted in %s', (q, part) => {
    expect(countedPart(q)).toBe(part);
  });

  it.each([
    ['How many kite judges were named?'],
    ['how many were appointed in the end?'],
    ['how many of them are new?'],
    ['how many are there?'],
    ['how many were from Iceland?'],
    ['风筝评委一共有几位？'],
  ])('reads no part in %s', (q) => {
    expect(countedPart(q)).toBeNull();
  });
});

describe('partUnanswered', () => {
  const ALL = clause({ id: 'all', text: '任命了120多位风筝评委，他们来自37个国家。' });
  const PILOTS = clause({ id: 'pilots', text: '其中有飞行员若干。' });
  const units = (text: string): TopicUnit[] =>
    /pilot|飞行员/.test(text) ? [{ alternatives: [['飞行员', 1]], weight: 5 }] : [];

  it('names the part when no clause names it: the count given is of the whole', () => {
    expect(partUnanswered('Of the judges, how many were pilots?', units, [ALL])).toBe('pilots');
  });

  it('checks a part of one character and 的 by its character, which has no unit', () => {
    expect(partUnanswered('风筝评委当中几位是女的', units, [ALL])).toBe('女的');
    const WOMEN = clause({ id: 'w', text: '其中女评委若干。' });
    expect(partUnanswered('风筝评委当中几位是女的', units, [ALL, WOMEN])).toBeNull();
  });

  it('is null when a clause names the part, or no part is asked', () => {
    expect(partUnanswered('Of the judges, how many were pilots?', units, [ALL, PILOTS])).toBeNull();
    expect(partUnanswered('How many judges were named?', units, [ALL])).toBeNull();
  });
});
