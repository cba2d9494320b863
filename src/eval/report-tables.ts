/** The eval's tables as plain heads and rows of text, rendered alike by the console, report.md and report.html. */
import { ABLATIONS } from './ablations.js';
import { BASELINE_SETTINGS } from './baseline.js';
import { ABLATION_COLS, ABSTENTION_COLS, fmt, label, VS_COLS } from './columns.js';
import { expectedText, failedChecks, gotText } from './describe.js';
import { isFailing, type EvalRun } from './evaluate.js';
import type { AblationMetrics, GroupMetrics, MetricName, Metrics, TestSummary } from './summary.js';

export interface Table {
  head: string[];
  rows: string[][];
}

/** A table column: a metric, or a group's case count. */
export type Col = MetricName | 'cases';

export const BASELINE_LABEL = `LangChain splitter ${BASELINE_SETTINGS.chunkSize}/${BASELINE_SETTINGS.chunkOverlap} + BM25Retriever k ${BASELINE_SETTINGS.k}`;

/** One row per run or group, one column per metric. */
export function runsTable(
  first: string,
  cols: Col[],
  rows: [string, Partial<Record<Col, number | null>>][],
): Table {
  return {
    head: [first, ...cols.map(label)],
    rows: rows.map(([name, m]) => [name, ...cols.map((c) => fmt(m[c]))]),
  };
}

/** One row per metric, one column per run. */
export function metricsTable(cols: MetricName[], runs: [string, Metrics][]): Table {
  return {
    head: ['metric', ...runs.map(([name]) => name)],
    rows: cols.map((k) => [label(k), ...runs.map(([, m]) => fmt(m[k]))]),
  };
}

/** Per group (language or category), cells "project / baseline", or the project alone without a baseline. */
export function groupTable(
  first: string,
  groups: Record<string, GroupMetrics>,
  baseline?: Record<string, GroupMetrics>,
): Table {
  const cell = (m: Metrics, b: Metrics | undefined, k: MetricName) =>
    baseline ? `${fmt(m[k])} / ${fmt(b?.[k])}` : fmt(m[k]);
  return {
    head: [first, 'cases', ...VS_COLS.map(label)],
    rows: Object.entries(groups).map(([key, m]) => [
      key,
      String(m.cases),
      ...VS_COLS.map((k) => cell(m, baseline?.[key], k)),
    ]),
  };
}

/** The naive baseline as a row of the ablation table (dev split only). */
export function baselineRow(run: EvalRun): AblationMetrics {
  return { ...run.summary.baseline, by_language: run.baselineByLanguage };
}

/** Every ablation (in ABLATIONS order) with answer accuracy per language; the baseline last when given. */
export function ablationTable(
  ablations: Record<string, AblationMetrics>,
  opts: { describe: boolean; baseline?: AblationMetrics },
): Table {
  const runs: [string, string, AblationMetrics][] = ABLATIONS.filter((a) => ablations[a.name]).map(
    (a) => [a.name, a.description, ablations[a.name]!],
  );
  if (opts.baseline) runs.push(['baseline', BASELINE_LABEL, opts.baseline]);
  const langs = [...new Set(runs.flatMap(([, , m]) => Object.keys(m.by_language)))].sort();
  const what = (text: string) => (opts.describe ? [text] : []);
  return {
    head: [
      'run',
      ...what('what'),
      ...ABLATION_COLS.map(label),
      ...langs.map((l) => `answer accuracy ${l}`),
    ],
    rows: runs.map(([name, description, m]) => [
      name,
      ...what(description),
      ...ABLATION_COLS.map((k) => fmt(m[k])),
      ...langs.map((l) => fmt(m.by_language[l]?.answer_accuracy)),
    ]),
  };
}

/** Abstention accuracy, precision and recall of "not found": all cases, then per language. */
export function abstentionTable(split: TestSummary, baseline?: Metrics): Table {
  const rows: [string, Partial<Record<Col, number | null>>][] = [
    ['all', { cases: split.cases, ...split.metrics }],
    ...Object.entries(split.by_language),
  ];
  if (baseline) rows.push(['naive baseline, all', { cases: split.cases, ...baseline }]);
  return runsTable('', ['cases', ...ABSTENTION_COLS], rows);
}

/** The dev split's failing cases, expected vs got (the test split has none to show). */
export function failingTable(run: EvalRun, answerChars: number): Table {
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  return {
    head: ['id', 'category/lang', 'question', 'fails', 'expected', 'got'],
    rows: run.scores
      .filter(isFailing)
      .map((s) => [
        s.id,
        `${s.category}/${s.lang}`,
        byId.get(s.id)!.question,
        failedChecks(s).join(', '),
        expectedText(byId.get(s.id)!),
        gotText(s, answerChars),
      ]),
  };
}
