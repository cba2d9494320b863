import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../src/eval/aggregate.js';
import type { EvalCase } from '../../src/eval/cases.js';
import type { EvalSummary } from '../../src/eval/evaluate.js';
import { checkFloors, floorMessage } from '../../src/eval/floors.js';
import type { CaseScore } from '../../src/eval/score.js';

const metrics = (over: Partial<Metrics>): Metrics => ({
  answer_accuracy: 0.9,
  abstention_accuracy: 1,
  clause_hit_at_5: 1,
  resolution_hit_at_1: 1,
  resolution_hit_at_5: 1,
  mrr: 1,
  latency_ms_p50: 1,
  latency_ms_p95: 2,
  not_found_precision: 1,
  not_found_recall: 1,
  context_keyword_recall: 1,
  ...over,
});

const summary: EvalSummary = {
  cases: 2,
  metrics: metrics({ answer_accuracy: 0.5 }),
  baseline: metrics({}),
  ablations: {},
  by_category: {},
  by_language: {
    en: { cases: 1, ...metrics({ answer_accuracy: 0 }) },
    zh: { cases: 1, ...metrics({ answer_accuracy: 1 }) },
  },
};

const cases: EvalCase[] = [
  {
    id: 'en-1',
    question: 'Where was WTSA-20 held?',
    lang: 'en',
    category: 'intro',
    answerable: true,
    resolutions: [],
    keywords: [['Geneva']],
  },
  {
    id: 'zh-1',
    question: '在哪里召开？',
    lang: 'zh',
    category: 'intro',
    answerable: true,
    resolutions: [],
    keywords: [['日内瓦']],
  },
];
const score = (id: string, lang: string, ok: boolean): CaseScore => ({
  id,
  category: 'intro',
  lang,
  answerable: true,
  found: true,
  resolutionHit1: null,
  resolutionHit5: null,
  clauseHit5: null,
  reciprocalRank: null,
  keywordsOk: ok,
  contextRecall: 1,
  abstentionOk: true,
  latencyMs: 1,
  got: { citations: ['doc.intro.1'], answer: 'It was held in Paris.' },
});
const scores = [score('en-1', 'en', false), score('zh-1', 'zh', true)];

describe('checkFloors', () => {
  it('reads overall and by_language metrics and compares them to their floors', () => {
    const r = checkFloors(summary, {
      answer_accuracy: 0.6,
      mrr: 0.9,
      'by_language.zh.answer_accuracy': 0.9,
    });
    expect(r).toEqual([
      { metric: 'answer_accuracy', floor: 0.6, value: 0.5, ok: false },
      { metric: 'mrr', floor: 0.9, value: 1, ok: true },
      { metric: 'by_language.zh.answer_accuracy', floor: 0.9, value: 1, ok: true },
    ]);
  });

  it('fails a floor whose metric is missing (no value is not a pass)', () => {
    expect(checkFloors(summary, { 'by_language.fr.answer_accuracy': 0.1 })[0]!.ok).toBe(false);
  });

  it('rejects a metric path it does not know', () => {
    expect(() => checkFloors(summary, { 'by_colour.red.mrr': 0.1 })).toThrow(
      /unknown floor metric/,
    );
  });
});

describe('floorMessage', () => {
  it('names the metric, the floor, the value and the failing cases with expected vs got', () => {
    const [r] = checkFloors(summary, { 'by_language.en.answer_accuracy': 0.8 });
    const msg = floorMessage(r!, scores, cases);
    expect(msg).toContain('by_language.en.answer_accuracy = 0 is below its floor 0.8');
    expect(msg).toContain('en-1');
    expect(msg).toContain('expected: keywords Geneva');
    expect(msg).toContain('got: found; cites doc.intro.1; answer: It was held in Paris.');
    expect(msg).not.toContain('zh-1');
  });
});
