/** evals/report.md: overall, per category this project vs the baseline, ablations, failing cases. */
import type { GroupMetrics, Metrics } from './aggregate.js';
import { ABLATIONS } from './ablations.js';
import { BASELINE_SETTINGS } from './baseline.js';
import { expectedText, failedChecks, gotText } from './describe.js';
import { isFailing, type EvalRun } from './evaluate.js';

export const METRIC_COLS: (keyof Metrics)[] = [
  'answer_accuracy',
  'abstention_accuracy',
  'clause_hit_at_5',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'context_keyword_recall',
  'not_found_precision',
  'not_found_recall',
  'latency_ms_p50',
  'latency_ms_p95',
];

/** The columns of the this-project-vs-baseline tables (latency differs in kind, so it stays apart). */
export const VS_COLS: (keyof Metrics)[] = [
  'answer_accuracy',
  'abstention_accuracy',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'context_keyword_recall',
  'clause_hit_at_5',
];

export function fmt(v: number | null | undefined): string {
  return v === null || v === undefined ? '–' : String(v);
}

/** Markdown-safe cell: pipes and newlines would break the table. */
function cell(s: string): string {
  return s
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');
}

function mdTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

const label = (k: string) => k.replace(/_/g, ' ');

/** "project / baseline" per category, the README's table. */
export function vsTable(run: EvalRun): string {
  const rows = Object.entries(run.summary.by_category).map(([cat, m]) => {
    const b: GroupMetrics | undefined = run.baselineByCategory[cat];
    return [cat, String(m.cases), ...VS_COLS.map((k) => `${fmt(m[k])} / ${fmt(b?.[k])}`)];
  });
  const all = run.summary;
  rows.push([
    '**all**',
    String(all.cases),
    ...VS_COLS.map((k) => `${fmt(all.metrics[k])} / ${fmt(all.baseline[k])}`),
  ]);
  return mdTable(['category', 'cases', ...VS_COLS.map(label)], rows);
}

export function ablationTable(run: EvalRun): string {
  const cols: (keyof Metrics)[] = [
    ...VS_COLS.filter((k) => k !== 'context_keyword_recall'),
    'latency_ms_p50',
  ];
  const rows = ABLATIONS.filter((a) => run.summary.ablations[a.name]).map((a) => {
    const m = run.summary.ablations[a.name]!;
    return [a.name, a.description, ...cols.map((k) => fmt(m[k]))];
  });
  rows.push([
    'baseline',
    `LangChain splitter ${BASELINE_SETTINGS.chunkSize}/${BASELINE_SETTINGS.chunkOverlap} + BM25Retriever k ${BASELINE_SETTINGS.k}`,
    ...cols.map((k) => fmt(run.summary.baseline[k])),
  ]);
  return mdTable(['run', 'what', ...cols.map(label)], rows);
}

export function renderReportMd(run: EvalRun, generatedAt: string): string {
  const { summary } = run;
  const metricCols = [
    ...METRIC_COLS,
    ...(run.mode === 'llm' ? (['citation_validity', 'grounded_answer_rate'] as const) : []),
  ];
  const overall = mdTable(
    ['metric', 'this project', 'naive baseline'],
    metricCols.map((k) => [label(k), fmt(summary.metrics[k]), fmt(summary.baseline[k])]),
  );
  const byLang = mdTable(
    ['language', 'cases', ...VS_COLS.map(label)],
    Object.entries(summary.by_language).map(([lang, m]) => [
      lang,
      String(m.cases),
      ...VS_COLS.map((k) => `${fmt(m[k])} / ${fmt(run.baselineByLanguage[lang]?.[k])}`),
    ]),
  );
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  const failing = run.scores.filter(isFailing);
  const failRows = failing.map((s) => [
    s.id,
    `${s.category}/${s.lang}`,
    byId.get(s.id)!.question,
    failedChecks(s).join(', '),
    expectedText(byId.get(s.id)!),
    gotText(s, 200),
  ]);
  return [
    '# Eval report',
    '',
    `${summary.cases} cases from evals/cases.jsonl, mode ${run.mode}, generated ${generatedAt}.`,
    'Cells "a / b" are this project / the naive baseline; – means the metric does not apply.',
    '',
    '## Overall',
    '',
    overall,
    '',
    '## Per category: this project / naive baseline',
    '',
    vsTable(run),
    '',
    '## Per language: this project / naive baseline',
    '',
    byLang,
    '',
    '## Ablations',
    '',
    ablationTable(run),
    '',
    `## Failing cases (${failing.length})`,
    '',
    failing.length
      ? mdTable(['id', 'category/lang', 'question', 'fails', 'expected', 'got'], failRows)
      : 'None.',
    '',
  ].join('\n');
}
