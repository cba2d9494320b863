import { describe, expect, it } from 'vitest';
import { frameWords } from '../../src/answer/answer-type.js';
import { topicCoverage, topicUnits } from '../../src/answer/topic-units.js';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { tokenize } from '../../src/retrieval/tokenize.js';
import { clause } from '../helpers/clause.js';

const theft = clause({ id: 'r97.1', text: '收集关于打击盗窃移动设备的统计数据' });
const roaming = clause({ id: 'r88.1', text: '降低国际漫游费率' });
const bm25 = new Bm25Index([theft, roaming].map((c) => tokenize(c.text)));

/** The fields topic units read; the rest of a plan does not matter here. */
const plan = (over: Partial<QueryPlan>): QueryPlan =>
  ({
    lang: 'zh',
    standalone: '',
    rewritten: '',
    dictionary: [],
    expansionGroups: [],
    ...over,
  }) as QueryPlan;

describe('topicUnits', () => {
  it('takes no topic from 还要 ("also must"), a word of the asking', () => {
    const p = plan({ standalone: '还要收集统计数据吗', rewritten: '还要收集统计数据吗' });
    const units = topicUnits(p, bm25).map((u) => u.alternatives[0]![0]);
    expect(units).toContain('统计数据');
    expect(units).not.toContain('还要');
    const etc = plan({ standalone: '统计数据之类的', rewritten: '统计数据之类的' });
    expect(topicUnits(etc, bm25).map((u) => u.alternatives[0]![0])).not.toContain('之类');
  });

  it('counts a glossary name in the question as one topic with the document’s term', () => {
    const p = plan({
      standalone: '电子垃圾怎么办',
      rewritten: '电子垃圾怎么办',
      expansionGroups: [['电子垃圾', '电子废物']],
    });
    const units = topicUnits(p, bm25);
    expect(units[0]!.alternatives.map(([t]) => t)).toEqual(['电子垃圾', '电子废物']);
    // Its pieces are no topics of their own.
    expect(units.some((u) => u.alternatives.some(([t]) => t === '垃圾'))).toBe(false);
  });

  it('keeps a verb character the dictionary bridged as part of the topic, with its renderings', () => {
    const p = plan({
      rewritten: '设备被偷了',
      dictionary: [{ surface: '偷', candidates: [['盗窃', 0.3]] }],
    });
    const unit = topicUnits(p, bm25).find((u) => u.alternatives.some(([t]) => t === '偷'));
    expect(unit?.alternatives.map(([t]) => t)).toEqual(['偷', '盗窃']);
    // So the clause on theft covers more of the question than the one on roaming.
    const covers = topicCoverage(p, bm25);
    expect(covers(theft)).toBeGreaterThan(covers(roaming));
  });

  it('counts a study group named by its number as one rare topic, found literally', () => {
    const p = plan({
      lang: 'en',
      standalone: 'What does study group 17 do?',
      rewritten: 'what does 研究组 17 do?',
    });
    const unit = topicUnits(p, bm25).find((u) => u.alternatives.some(([t]) => t === '第17研究组'));
    expect(unit?.weight).toBe(bm25.unseenIdf);
  });
});

describe('topicUnits in English', () => {
  const en = (rewritten: string, otherLanguage?: boolean) =>
    plan({
      lang: 'en',
      standalone: rewritten,
      rewritten,
      otherLanguage,
      expansionGroups: [['统计数据']],
    });

  it('counts a word no list knows as a topic no clause covers, unless the message switches language', () => {
    // zorbu: unknown to the index and every list, a term the clauses never use (beside one they do).
    expect(topicUnits(en('statistics zorbu'), bm25).some((u) => !u.alternatives.length)).toBe(true);
    // In a message switching into another language it is that language's word.
    expect(topicUnits(en('statistics zorbu', true), bm25).some((u) => !u.alternatives.length)).toBe(
      false,
    );
  });

  it('keeps the English word each rendered or unknown unit stands for, to find it in the question', () => {
    const p = plan({
      lang: 'en',
      standalone: 'statistics in the hall zorbu',
      rewritten: 'statistics in the hall zorbu',
      dictionary: [{ surface: 'hall', candidates: [['礼堂', 1]] }],
    });
    const words = topicUnits(p, bm25).map((u) => u.word);
    expect(words).toContain('hall');
    expect(words).toContain('zorbu');
  });
});

describe('topicCoverage with the words that ask for a kind of fact', () => {
  it('leaves out units made only of them: "which Recommendation number" is not the topic', () => {
    const code = clause({ id: 'r100.1', text: '根据E.161.1建议书实施通用应急号码' });
    const index = new Bm25Index([code, roaming].map((c) => tokenize(c.text)));
    const p = plan({ rewritten: '建议书 号码 漫游' });
    expect(topicCoverage(p, index)(code)).toBeGreaterThan(0.3);
    expect(topicCoverage(p, index, frameWords('code'))(code)).toBe(0);
    expect(topicCoverage(p, index, frameWords('code'))(roaming)).toBe(1);
  });

  it('leaves out a unit whose own word asks, whatever the dictionary renders it as (时间 → 同时)', () => {
    const held = clause({ id: 'intro.1', text: '风筝大会于5月3日召开' });
    const index = new Bm25Index([held, roaming].map((c) => tokenize(c.text)));
    const p = plan({
      rewritten: '风筝大会 时间',
      dictionary: [{ surface: '时间', candidates: [['同时', 0.3]] }],
    });
    expect(topicCoverage(p, index, frameWords('date'))(held)).toBe(1);
    // When and where of a meeting asked as nouns: 开会 and 地点 ask too.
    const both = plan({ rewritten: '风筝大会 开会 时间 地点' });
    expect(topicCoverage(both, index, frameWords('date'))(held)).toBe(1);
    expect(
      topicCoverage(plan({ rewritten: '风筝大会 地点 时间' }), index, frameWords('place'))(held),
    ).toBe(1);
  });
});
