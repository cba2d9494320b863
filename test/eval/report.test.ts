import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../src/eval/aggregate.js';
import type { EvalRun } from '../../src/eval/evaluate.js';
import { renderReportHtml } from '../../src/eval/report-html.js';
import { renderReportMd } from '../../src/eval/report-md.js';
import type { CaseScore } from '../../src/eval/score.js';

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
const EVIL = '<script>alert(1)</script> | "quoted" & more';
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
  keywordsOk: false,
  contextRecall: 0.5,
  abstentionOk: true,
  latencyMs: 1,
  got: { citations: ['doc.r2.table1'], answer: EVIL },
};
const run: EvalRun = {
  mode: 'offline',
  summary: {
    cases: 1,
    metrics: m(0.9),
    baseline: { ...m(0.2), clause_hit_at_5: null },
    ablations: { lexical_only: m(0.8), no_history: m(0.7) },
    by_category: { 'clause<b>': { cases: 1, ...m(0.9) } },
    by_language: { en: { cases: 1, ...m(0.9) } },
  },
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
  baselineScores: [],
  baselineByCategory: { 'clause<b>': { cases: 1, ...m(0.2) } },
  baselineByLanguage: { en: { cases: 1, ...m(0.2) } },
};

describe('renderReportHtml', () => {
  const html = renderReportHtml(run, '2024-01-01T00:00:00Z');

  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
  });

  it('escapes every text it shows (questions, answers, category names)', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; more');
    expect(html).toContain('clause&lt;b&gt;');
    expect(html).not.toContain('clause<b>');
  });

  it('draws one SVG chart per category plus the overall one, project vs baseline', () => {
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('this project · answer: 0.9');
    expect(html).toContain('naive baseline · answer: 0.2');
  });
});

describe('renderReportMd', () => {
  const md = renderReportMd(run, '2024-01-01T00:00:00Z');

  it('has the overall, per-category vs baseline, ablation and failing-case sections', () => {
    for (const h of ['## Overall', '## Per category', '## Ablations', '## Failing cases (1)']) {
      expect(md).toContain(h);
    }
    expect(md).toContain('| 0.9 / 0.2 |');
    expect(md).toContain('| lexical_only |');
  });

  it('keeps table cells intact: pipes escaped, tags neutralised', () => {
    expect(md).toContain('&lt;/script> \\| "quoted" & more');
    expect(md).not.toContain('<script>');
  });
});
