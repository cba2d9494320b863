/** evals/report.html: self-contained page (inline CSS and SVG, no script), one chart per category vs the baseline. */
import { ABLATIONS } from './ablations.js';
import type { Metrics } from './aggregate.js';
import { barChart, SERIES_COLORS } from './bar-chart.js';
import { expectedText, failedChecks, gotText } from './describe.js';
import { escapeHtml as e } from './escape-html.js';
import { isFailing, type EvalRun } from './evaluate.js';
import { fmt, METRIC_COLS, VS_COLS } from './report-md.js';

const CHART_METRICS: [keyof Metrics, string][] = [
  ['answer_accuracy', 'answer'],
  ['abstention_accuracy', 'abstain'],
  ['resolution_hit_at_1', 'res@1'],
  ['resolution_hit_at_5', 'res@5'],
  ['mrr', 'MRR'],
  ['context_keyword_recall', 'context'],
];

const label = (k: string) => k.replace(/_/g, ' ');

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function chart(title: string, project: Metrics, baseline: Metrics | undefined): string {
  const groups = CHART_METRICS.map(([k, short]) => ({
    label: short,
    values: [project[k] ?? null, baseline?.[k] ?? null] as [number | null, number | null],
  }));
  return `<figure>${barChart(title, groups, ['this project', 'naive baseline'])}<figcaption>${e(title)}</figcaption></figure>`;
}

export function renderReportHtml(run: EvalRun, generatedAt: string): string {
  const { summary } = run;
  const charts = [
    chart(`all cases (${summary.cases})`, summary.metrics, summary.baseline),
    ...Object.entries(summary.by_category).map(([cat, m]) =>
      chart(`${cat} (${m.cases})`, m, run.baselineByCategory[cat]),
    ),
  ].join('\n');
  const overall = table(
    ['metric', 'this project', 'naive baseline'],
    METRIC_COLS.concat(run.mode === 'llm' ? ['citation_validity', 'grounded_answer_rate'] : []).map(
      (k) => [label(k), fmt(summary.metrics[k]), fmt(summary.baseline[k])],
    ),
  );
  const perCat = table(
    ['category', 'cases', ...VS_COLS.map(label)],
    Object.entries(summary.by_category).map(([cat, m]) => [
      cat,
      String(m.cases),
      ...VS_COLS.map((k) => `${fmt(m[k])} / ${fmt(run.baselineByCategory[cat]?.[k])}`),
    ]),
  );
  const ablCols = VS_COLS.filter((k) => k !== 'context_keyword_recall');
  const ablations = table(
    ['run', 'what', ...ablCols.map(label)],
    ABLATIONS.filter((a) => summary.ablations[a.name]).map((a) => [
      a.name,
      a.description,
      ...ablCols.map((k) => fmt(summary.ablations[a.name]![k])),
    ]),
  );
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  const failing = run.scores.filter(isFailing);
  const fails = table(
    ['id', 'category/lang', 'question', 'fails', 'expected', 'got'],
    failing.map((s) => [
      s.id,
      `${s.category}/${s.lang}`,
      byId.get(s.id)!.question,
      failedChecks(s).join(', '),
      expectedText(byId.get(s.id)!),
      gotText(s, 240),
    ]),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eval report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:75rem;color:#111}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}figure{display:inline-block;margin:0 1rem 1rem 0}figcaption{text-align:center;font-size:12px}
.key span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
</style></head><body>
<h1>Eval report</h1>
<p>${e(`${summary.cases} cases from evals/cases.jsonl, mode ${run.mode}, generated ${generatedAt}. Cells "a / b" are this project / the naive baseline; – means the metric does not apply.`)}</p>
<h2>Per category: this project vs the naive baseline</h2>
<p class="key"><span style="background:${SERIES_COLORS[0]}"></span>this project<span style="background:${SERIES_COLORS[1]}"></span>naive baseline (LangChain splitter 1000/200 + BM25Retriever k 4)</p>
${charts}
${perCat}
<h2>Overall</h2>
${overall}
<h2>Ablations</h2>
${ablations}
<h2>Failing cases (${failing.length})</h2>
${failing.length ? fails : '<p>None.</p>'}
</body></html>
`;
}
