import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../../src/eval/cases.js';
import {
  checkFloors,
  floorMessage,
  floorsSchema,
  parseFloorKey,
  type DevResults,
} from '../../src/eval/floors.js';
import type { CaseScore } from '../../src/eval/score.js';
import type { EvalSummary, Metrics } from '../../src/eval/summary.js';

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
const lang = (answer_accuracy: number) => ({ cases: 1, ...metrics({ answer_accuracy }) });

const summary: EvalSummary = {
  cases: 2,
  metrics: metrics({ answer_accuracy: 0.5 }),
  baseline: metrics({}),
  ablations: {
    no_glossary: { ...metrics({ answer_accuracy: 0.4 }), by_language: { en: lang(0.1) } },
  },
  by_category: { intro: { cases: 2, ...metrics({ mrr: 0.7 }) } },
  by_language: { en: lang(0), zh: lang(1) },
  test: {
    cases: 80,
    metrics: metrics({ answer_accuracy: 0.8, mrr: 0.6 }),
    by_language: { en: lang(0.75) },
    by_category: { intro: { cases: 80, ...metrics({ mrr: 0.65 }) } },
    ablations: {
      no_glossary: { ...metrics({ answer_accuracy: 0.3 }), by_language: { en: lang(0.2) } },
    },
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
  listPrecision: null,
  keywordsOk: ok,
  contextRecall: 1,
  abstentionOk: true,
  latencyMs: 1,
  got: { citations: ['doc.intro.1'], answer: 'It was held in Paris.' },
});
const dev: DevResults = {
  cases,
  scores: [score('en-1', 'en', false), score('zh-1', 'zh', true)],
  // Without the glossary both fail.
  ablationScores: { no_glossary: [score('en-1', 'en', false), score('zh-1', 'zh', false)] },
};

describe('parseFloorKey', () => {
  it('reads the split, the ablation, the language or category row and the metric', () => {
    expect(parseFloorKey('mrr')).toEqual({ split: 'dev', metric: 'mrr' });
    expect(parseFloorKey('test.by_category.intro.mrr')).toEqual({
      split: 'test',
      group: { by: 'by_category', key: 'intro' },
      metric: 'mrr',
    });
    expect(parseFloorKey('ablations.no_glossary.answer_accuracy')).toEqual({
      split: 'dev',
      ablation: 'no_glossary',
      metric: 'answer_accuracy',
    });
    expect(parseFloorKey('test.ablations.no_glossary.by_language.en.answer_accuracy')).toEqual({
      split: 'test',
      ablation: 'no_glossary',
      group: { by: 'by_language', key: 'en' },
      metric: 'answer_accuracy',
    });
  });

  it('rejects paths and metrics it does not know', () => {
    for (const key of [
      'by_colour.red.mrr',
      'answer_acuracy',
      'test.test.mrr',
      'ablations.no_glossary',
      'ablations.no_glossary.by_category.intro.mrr',
      'by_language.en',
    ]) {
      expect(() => parseFloorKey(key), key).toThrow(/unknown floor metric/);
    }
  });
});

describe('floorsSchema', () => {
  it('rejects a floors file with an unknown key or a floor outside 0..1', () => {
    expect(floorsSchema.safeParse({ 'test.mrr': 0, 'ablations.x.mrr': 0.5 }).success).toBe(true);
    expect(floorsSchema.safeParse({ 'test.mrrr': 0 }).success).toBe(false);
    expect(floorsSchema.safeParse({ mrr: 1.5 }).success).toBe(false);
  });
});

describe('checkFloors', () => {
  it('reads overall and by_language metrics of the dev split and compares them to their floors', () => {
    const r = checkFloors(summary, {
      answer_accuracy: 0.6,
      mrr: 0.9,
      'by_language.zh.answer_accuracy': 0.9,
      'by_category.intro.mrr': 0.7,
    });
    expect(r).toEqual([
      { metric: 'answer_accuracy', floor: 0.6, value: 0.5, ok: false },
      { metric: 'mrr', floor: 0.9, value: 1, ok: true },
      { metric: 'by_language.zh.answer_accuracy', floor: 0.9, value: 1, ok: true },
      { metric: 'by_category.intro.mrr', floor: 0.7, value: 0.7, ok: true },
    ]);
  });

  it('reads the test split under test.', () => {
    const r = checkFloors(summary, {
      'test.answer_accuracy': 0.85,
      'test.mrr': 0,
      'test.by_language.en.answer_accuracy': 0.7,
      'test.by_category.intro.mrr': 0.65,
    });
    expect(r.map((x) => [x.value, x.ok])).toEqual([
      [0.8, false],
      [0.6, true],
      [0.75, true],
      [0.65, true],
    ]);
  });

  it('reads ablations, overall and per language, in both splits', () => {
    const r = checkFloors(summary, {
      'ablations.no_glossary.answer_accuracy': 0.4,
      'ablations.no_glossary.by_language.en.answer_accuracy': 0.2,
      'test.ablations.no_glossary.answer_accuracy': 0.3,
      'test.ablations.no_glossary.by_language.en.answer_accuracy': 0.2,
    });
    expect(r.map((x) => [x.value, x.ok])).toEqual([
      [0.4, true],
      [0.1, false],
      [0.3, true],
      [0.2, true],
    ]);
  });

  it('fails a floor whose metric is missing (no value is not a pass)', () => {
    const r = checkFloors(summary, {
      'by_language.fr.answer_accuracy': 0.1,
      'test.ablations.no_history.mrr': 0,
      'test.ablations.no_glossary.by_language.zh.answer_accuracy': 0,
    });
    expect(r.map((x) => [x.value, x.ok])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
  });

  it('rejects a metric path it does not know', () => {
    expect(() => checkFloors(summary, { 'by_colour.red.mrr': 0.1 })).toThrow(
      /unknown floor metric/,
    );
  });
});

describe('floorMessage', () => {
  it('names the metric, the floor, the value and the failing dev cases with expected vs got', () => {
    const [r] = checkFloors(summary, { 'by_language.en.answer_accuracy': 0.8 });
    const msg = floorMessage(r!, dev);
    expect(msg).toContain('by_language.en.answer_accuracy = 0 is below its floor 0.8');
    expect(msg).toContain('en-1');
    expect(msg).toContain('expected: keywords Geneva');
    expect(msg).toContain('got: found; cites doc.intro.1; answer: It was held in Paris.');
    expect(msg).not.toContain('zh-1');
  });

  it("lists a dev ablation's own failing cases", () => {
    const [r] = checkFloors(summary, { 'ablations.no_glossary.answer_accuracy': 0.9 });
    const msg = floorMessage(r!, dev);
    expect(msg).toContain('Cases failing ablations.no_glossary.answer_accuracy now (2)');
    expect(msg).toContain('zh-1');
  });

  it('gives only metric, floor and value for the test split, never a case', () => {
    const results = checkFloors(summary, {
      'test.answer_accuracy': 0.9,
      'test.ablations.no_glossary.by_language.en.answer_accuracy': 0.5,
    });
    for (const r of results) {
      const msg = floorMessage(r, dev);
      expect(msg).toContain(`${r.metric} = ${r.value} is below its floor ${r.floor}`);
      expect(msg.split('\n')).toHaveLength(1);
      expect(msg).not.toMatch(/en-1|zh-1|expected:|got:/);
    }
  });
});
