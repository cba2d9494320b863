import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedBlock } from '../../src/eval/marked-block.js';
import { END, renderHeadline, START, withHeadline } from '../../src/eval/readme-headline.js';
import { evalSummarySchema, type EvalSummary } from '../../src/eval/summary.js';

const metrics = (acc: number) =>
  ({
    answer_accuracy: acc,
    abstention_accuracy: 0.9,
    clause_hit_at_5: 0.8,
    resolution_hit_at_1: 0.7,
    resolution_hit_at_5: 0.9,
    mrr: 0.75,
    latency_ms_p50: 1,
    latency_ms_p95: 2,
    not_found_precision: 0.6,
    not_found_recall: 0.5,
    context_keyword_recall: 0.4,
  }) as EvalSummary['metrics'];

const summary = {
  cases: 179,
  metrics: metrics(0.886),
  by_language: { en: { cases: 90, ...metrics(0.838) } },
  test: {
    cases: 110,
    metrics: metrics(0.777),
    by_language: { en: { cases: 54, ...metrics(0.701) } },
    ablations: {
      no_glossary: { ...metrics(0.6), by_language: { en: { cases: 54, ...metrics(0.65) } } },
    },
  },
} as unknown as EvalSummary;

describe('withHeadline', () => {
  it('writes the last run between the markers, the test split first', () => {
    const out = withHeadline(`intro\n${START}\nold figures\n${END}\nrest`, summary);
    expect(out).not.toContain('old figures');
    expect(out.startsWith('intro\n')).toBe(true);
    expect(out.endsWith('\nrest')).toBe(true);
    const test = out.indexOf('**test**');
    const dev = out.indexOf('dev (tuned on)');
    expect(test).toBeGreaterThan(0);
    expect(dev).toBeGreaterThan(test);
    expect(out.slice(test, dev)).toContain('| 110 | 0.777 |');
    expect(out).toContain(
      'without the hand-written glossary, clause questions and concept list: 0.65',
    );
  });

  it('leaves a README without markers as it is', () => {
    expect(withHeadline('no markers here', summary)).toBe('no markers here');
  });
});

describe('the README eval headline', () => {
  it('is exactly what the last report run (evals/summary.json) measured', () => {
    const last = evalSummarySchema.parse(JSON.parse(readFileSync('evals/summary.json', 'utf8')));
    const readme = readFileSync('README.md', 'utf8');
    expect(markedBlock(readme, { start: START, end: END })).toBe(renderHeadline(last));
  });
});
