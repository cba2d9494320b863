/** A small eval run for the renderers: hostile text in a dev case and in category names of both splits. */
import type { EvalRun } from '../../src/eval/evaluate.js';
import type { CaseScore } from '../../src/eval/score.js';
import type { Metrics } from '../../src/eval/summary.js';

const m = (x: number): Metrics => ({
  answer_accuracy: x,
  abstention_accuracy: x,
  clause_hit_at_5: x,
  resolution_hit_at_1: x,
  resolution_hit_at_5: x,
  mrr: x,
  latency_ms_p50: 1,
  latency_ms_p95: 2,
  not_found_precision: x,
  not_found_recall: x,
  context_keyword_recall: x,
});
const abl = (x: number) => ({ ...m(x), by_language: { en: { cases: 1, ...m(x) } } });
export const EVIL = '<script>alert(1)</script> | "quoted" & more';
const failing: CaseScore = {
  id: 'evil-1',
  category: 'clause<b>',
  lang: 'en',
  answerable: true,
  found: true,
  resolutionHit1: false,
  resolutionHit5: true,
  clauseHit5: true,
  reciprocalRank: 0.5,
  listPrecision: null,
  keywordsOk: false,
  contextRecall: 0.5,
  abstentionOk: true,
  latencyMs: 1,
  got: { citations: ['doc.r2.table1'], answer: EVIL },
};
export const run: EvalRun = {
  mode: 'offline',
  summary: {
    cases: 1,
    metrics: m(0.9),
    baseline: { ...m(0.2), clause_hit_at_5: null },
    ablations: { lexical_only: abl(0.8), no_history: abl(0.7) },
    by_category: { 'clause<b>': { cases: 1, ...m(0.9) } },
    by_language: { en: { cases: 1, ...m(0.9) } },
    test: {
      cases: 80,
      metrics: m(0.61),
      by_language: { en: { cases: 40, ...m(0.62) }, zh: { cases: 40, ...m(0.63) } },
      by_category: { 'topic<i>': { cases: 80, ...m(0.61) } },
      ablations: { lexical_only: abl(0.55), no_history: abl(0.44) },
    },
  },
  sources: { dev: 'evals/cases.jsonl', test: 'evals/test.jsonl' },
  cases: [
    {
      id: 'evil-1',
      question: EVIL,
      lang: 'en',
      category: 'clause<b>',
      answerable: true,
      resolutions: [2],
      keywords: [['x']],
    },
  ],
  scores: [failing],
  ablationScores: {},
  baselineScores: [],
  baselineByCategory: { 'clause<b>': { cases: 1, ...m(0.2) } },
  baselineByLanguage: { en: { cases: 1, ...m(0.2) } },
};
