/**
 * evals/report.html: self-contained page (inline CSS and SVG, no script). The frozen test split's metrics
 * first, then the dev split with one chart per category vs the baseline and its failing cases.
 */
import { barChart, SERIES_COLORS } from './bar-chart.js';
import { escapeHtml as e } from './escape-html.js';
import type { EvalRun } from './evaluate.js';
import { devSections, testSections, type Section } from './report-sections.js';
import { BASELINE_LABEL, type Table } from './report-tables.js';
import type { MetricName, Metrics } from './summary.js';

const CHART_METRICS: [MetricName, string][] = [
  ['answer_accuracy', 'answer'],
  ['abstention_accuracy', 'abstain'],
  ['resolution_hit_at_1', 'res@1'],
  ['resolution_hit_at_5', 'res@5'],
  ['mrr', 'MRR'],
  ['context_keyword_recall', 'context'],
];

function htmlTable(t: Table): string {
  const th = t.head.map((h) => `<th>${e(h)}</th>`).join('');
  const trs = t.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function section(s: Section): string {
  const body = s.empty && !s.table.rows.length ? `<p>${e(s.empty)}</p>` : htmlTable(s.table);
  return [`<h3>${e(s.title)}</h3>`, body, ...(s.note ? [`<p>${e(s.note)}</p>`] : [])].join('\n');
}

function chart(title: string, project: Metrics, baseline: Metrics | undefined): string {
  const groups = CHART_METRICS.map(([k, short]) => ({
    label: short,
    values: [project[k] ?? null, baseline?.[k] ?? null] as [number | null, number | null],
  }));
  return `<figure>${barChart(title, groups, ['this project', 'naive baseline'])}<figcaption>${e(title)}</figcaption></figure>`;
}

export function renderReportHtml(run: EvalRun, generatedAt: string): string {
  const { summary, sources } = run;
  const charts = [
    chart(`all cases (${summary.cases})`, summary.metrics, summary.baseline),
    ...Object.entries(summary.by_category).map(([cat, m]) =>
      chart(`${cat} (${m.cases})`, m, run.baselineByCategory[cat]),
    ),
  ].join('\n');
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
<p>${e(`Mode ${run.mode}, generated ${generatedAt}. – means the metric does not apply.`)}</p>
<h2>${e(`Test split: ${sources.test} (${summary.test.cases} cases, frozen)`)}</h2>
<p>Metrics only: nobody tunes on this split, so its cases and their answers are not shown.</p>
${testSections(run).map(section).join('\n')}
<h2>${e(`Dev split: ${sources.dev} (${summary.cases} cases)`)}</h2>
<p>The split we tune on. Cells &quot;a / b&quot; are this project / the naive baseline.</p>
<p class="key"><span style="background:${SERIES_COLORS[0]}"></span>this project<span style="background:${SERIES_COLORS[1]}"></span>${e(`naive baseline (${BASELINE_LABEL})`)}</p>
${charts}
${devSections(run, 240).map(section).join('\n')}
</body></html>
`;
}
