import { describe, expect, it } from 'vitest';
import { buildBaseline, mentionedResolutions, scoreBaselineCase } from '../../src/eval/baseline.js';
import type { EvalCase } from '../../src/eval/cases.js';

const c: EvalCase = {
  id: 'b1',
  question: '第44号决议做出决议什么？',
  lang: 'zh',
  category: 'clause',
  answerable: true,
  resolutions: [44],
  keywords: [['单项支出'], ['自愿捐款']],
};

describe('mentionedResolutions', () => {
  it('finds every 第N号决议 a chunk mentions', () => {
    expect([
      ...mentionedResolutions('见第44号决议及第 2 号决议；第195号决议（2014年，釜山）'),
    ]).toEqual([44, 2, 195]);
    expect(mentionedResolutions('Resolution 44').size).toBe(0);
  });
});

describe('scoreBaselineCase', () => {
  it('hits a resolution by mention, answers with the top chunk and recalls keywords over all four', () => {
    const chunks = ['第2号决议……', '第44号决议……单项支出', '……自愿捐款', '其他'];
    const s = scoreBaselineCase(c, chunks, 2);
    expect(s).toMatchObject({
      found: true,
      resolutionHit1: false,
      resolutionHit5: true,
      reciprocalRank: 0.5,
      clauseHit5: null,
      keywordsOk: false,
      contextRecall: 1,
      abstentionOk: true,
    });
    expect(s.got.answer).toBe('第2号决议……');
  });

  it('never abstains while it retrieves something, so an unanswerable case counts as answered', () => {
    const u = { ...c, answerable: false, resolutions: [], keywords: [] };
    expect(scoreBaselineCase(u, ['x'], 1)).toMatchObject({
      found: true,
      abstentionOk: false,
      resolutionHit1: null,
    });
  });
});

describe('buildBaseline', () => {
  it('splits the raw corpus into ≤1000-character chunks and returns the top 4 for a query', async () => {
    const retriever = await buildBaseline('corpus');
    expect(retriever.k).toBe(4);
    expect(retriever.docs.length).toBeGreaterThan(20);
    expect(Math.max(...retriever.docs.map((d) => d.pageContent.length))).toBeLessThanOrEqual(1000);
    const docs = await retriever.invoke('WTSA-20');
    expect(docs).toHaveLength(4);
  });
});
