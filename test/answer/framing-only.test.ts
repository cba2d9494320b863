/** A topic named only in the introduction or conclusion: no resolution is on record for it. */
import { describe, expect, it } from 'vitest';
import { framingOnly } from '../../src/answer/framing-only.js';
import type { Glossary } from '../../src/corpus/glossary.js';
import { clause } from '../helpers/clause.js';

const glossary: Glossary = {
  resolutions: [],
  terms: [
    { en: ['kite flying', 'KF'], zh: '放风筝' },
    { en: ['drone racing'], zh: '无人机竞速' },
    { en: ['anti-kite-theft'], zh: '防风筝盗窃' },
    { en: ['kite theft'], zh: '风筝失窃', zhAliases: ['防风筝盗窃'] },
  ],
};

const clauses = [
  clause({
    id: 'conclusion.2',
    part: 'conclusion',
    label: '结论 · 第2段',
    text: '几项决议的主要议题，如KTN、放风筝、防风筝盗窃、无人机等，触及关键领域。',
  }),
  clause({
    id: 'intro.5',
    part: 'intro',
    label: '引言 · 第5段',
    text: '全会同意将关于无人机竞速方面的新决议草案纳入最后报告。',
  }),
  clause({ id: 'r7.1', resolution: 7, text: '协助发展中国家开展无人机培训，打击风筝失窃。' }),
  clause({ id: 'r8.1', resolution: 8, text: '继续与ITU-D合作。' }),
];

const run = (q: string, groups: string[][] = []) => framingOnly(q, clauses, glossary, groups);

describe('framingOnly', () => {
  it('finds an acronym the conclusion alone names when a resolution is asked for', () => {
    const found = run('KTN那个决议是第几号？');
    expect(found?.framing.map((c) => c.id)).toEqual(['conclusion.2']);
    expect(found?.reason.zh).toContain('结论 · 第2段');
    expect(found?.reason.en).toContain('KTN');
  });

  it('finds a glossary term, by the question’s Chinese or by its English rendering', () => {
    expect(run('哪项决议讲放风筝？')?.reason.zh).toContain('放风筝');
    expect(run('Which resolution is on kite flying?', [['放风筝', 'KF']])?.reason.en).toContain(
      '放风筝',
    );
  });

  it('leaves a name some resolution holds, also by another of its names', () => {
    expect(run('哪项决议讲无人机？')).toBeNull();
    // 防风筝盗窃 is another name of 风筝失窃, which Resolution 7 holds.
    expect(run('哪项决议讲防风筝盗窃？', [['防风筝盗窃', '风筝失窃']])).toBeNull();
    // Also when the question writes the term too, so the plan renders no alias.
    expect(run('为了打击风筝失窃，哪项决议讲防风筝盗窃？')).toBeNull();
    // And when the plan rendered that other name alone, without the entry's term.
    expect(run('Which resolution fights the stealing of kites?', [['防风筝盗窃']])).toBeNull();
  });

  it('leaves a paragraph that speaks of a resolution on it: that paragraph answers', () => {
    expect(run('无人机竞速的决议讲什么？')).toBeNull();
    expect(run('Which resolution is on drone racing?', [['无人机竞速']])).toBeNull();
  });

  it('finds no number for a draft the paragraph names without one', () => {
    for (const q of ['无人机竞速的决议是第几号？', '无人机竞速那个新决议是多少号？'])
      expect(run(q)?.framing.map((c) => c.id)).toEqual(['intro.5']);
    expect(
      run('What number is the resolution on drone racing?', [['无人机竞速']])?.framing.map(
        (c) => c.id,
      ),
    ).toEqual(['intro.5']);
  });

  it('finds none of its text when asked what the draft itself says', () => {
    expect(run('无人机竞速的决议草案里头有没有讲头盔？')?.framing.map((c) => c.id)).toEqual([
      'intro.5',
    ]);
    expect(
      run('the drone racing draft resolution, does it mention helmets?', [
        ['无人机竞速'],
      ])?.framing.map((c) => c.id),
    ).toEqual(['intro.5']);
  });

  it('asks nothing of a resolution, or asks what the conclusion says: no finding', () => {
    expect(run('Why does KTN matter for development?')).toBeNull();
    expect(run('结论里为什么提到KTN？哪项决议？')).toBeNull();
  });
});
