import { describe, expect, it } from 'vitest';
import { aggregate, groupBy, mean, percentile } from '../../src/eval/aggregate.js';
import type { CaseScore } from '../../src/eval/score.js';

function score(over: Partial<CaseScore>): CaseScore {
  return {
    id: 'x',
    category: 'clause',
    lang: 'zh',
    answerable: true,
    found: true,
    resolutionHit1: true,
    resolutionHit5: true,
    clauseHit5: true,
    reciprocalRank: 1,
    keywordsOk: true,
    contextRecall: 1,
    listPrecision: null,
    abstentionOk: true,
    latencyMs: 1,
    got: { citations: [], answer: '' },
    ...over,
  };
}

describe('percentile (nearest rank)', () => {
  it('picks the nearest-rank value and handles edges', () => {
    const xs = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('mean', () => {
  it('ignores nulls and rounds to 3 decimals', () => {
    expect(mean([true, false, null, true])).toBe(0.667);
    expect(mean([null, null])).toBeNull();
  });
});

describe('aggregate', () => {
  it('computes each metric over the cases it applies to', () => {
    const scores = [
      score({ id: 'a', latencyMs: 10 }),
      score({
        id: 'b',
        keywordsOk: false,
        resolutionHit1: false,
        reciprocalRank: 0.5,
        latencyMs: 20,
      }),
      // answerable, said not found
      score({
        id: 'c',
        found: false,
        abstentionOk: false,
        keywordsOk: false,
        resolutionHit5: false,
        resolutionHit1: false,
        reciprocalRank: 0,
        clauseHit5: false,
        latencyMs: 30,
      }),
      // unanswerable, abstained
      score({
        id: 'd',
        answerable: false,
        found: false,
        keywordsOk: null,
        resolutionHit1: null,
        resolutionHit5: null,
        clauseHit5: null,
        reciprocalRank: null,
        contextRecall: null,
        latencyMs: 40,
      }),
      // unanswerable, answered anyway
      score({
        id: 'e',
        answerable: false,
        found: true,
        abstentionOk: false,
        keywordsOk: null,
        resolutionHit1: null,
        resolutionHit5: null,
        clauseHit5: null,
        reciprocalRank: null,
        contextRecall: null,
        latencyMs: 50,
      }),
    ];
    const m = aggregate(scores);
    expect(m).toMatchObject({
      answer_accuracy: 0.333,
      abstention_accuracy: 0.6,
      clause_hit_at_5: 0.667,
      resolution_hit_at_1: 0.333,
      resolution_hit_at_5: 0.667,
      mrr: 0.5,
      not_found_precision: 0.5,
      not_found_recall: 0.5,
      latency_ms_p50: 30,
      latency_ms_p95: 50,
    });
    expect(m).not.toHaveProperty('citation_validity');
  });

  it('adds citation validity and grounded-answer rate when citations were checked', () => {
    const m = aggregate([
      score({ citationCheck: { valid: 2, total: 2 } }),
      score({ citationCheck: { valid: 0, total: 1 } }),
      score({ found: false, citationCheck: { valid: 0, total: 0 } }),
    ]);
    expect(m.citation_validity).toBe(0.667);
    expect(m.grounded_answer_rate).toBe(0.5);
  });

  it('groups with a case count, sorted by key', () => {
    const g = groupBy(
      [score({ lang: 'zh' }), score({ lang: 'en' }), score({ lang: 'en' })],
      (s) => s.lang,
    );
    expect(Object.keys(g)).toEqual(['en', 'zh']);
    expect(g.en!.cases).toBe(2);
  });
});
