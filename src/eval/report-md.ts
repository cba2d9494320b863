/** evals/report.md: the frozen test split's metrics first, then the dev split with the baseline and its failing cases. */
import type { EvalRun } from './evaluate.js';
import { devSections, testSections, type Section } from './report-sections.js';
import type { Table } from './report-tables.js';

/** Markdown-safe cell: pipes and newlines would break the table. */
function cell(s: string): string {
  return s
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');
}

function mdTable(t: Table): string {
  return [
    `| ${t.head.map(cell).join(' | ')} |`,
    `|${t.head.map(() => '---').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(s: Section): string[] {
  const body = s.empty && !s.table.rows.length ? s.empty : mdTable(s.table);
  return [`### ${s.title}`, '', body, '', ...(s.note ? [s.note, ''] : [])];
}

export function renderReportMd(run: EvalRun, generatedAt: string): string {
  const { summary, sources } = run;
  return [
    '# Eval report',
    '',
    `Mode ${run.mode}, generated ${generatedAt}. – means the metric does not apply.`,
    '',
    `## Test split: ${sources.test} (${summary.test.cases} cases, frozen)`,
    '',
    'Metrics only: nobody tunes on this split, so its cases and their answers are not shown.',
    '',
    ...testSections(run).flatMap(section),
    `## Dev split: ${sources.dev} (${summary.cases} cases)`,
    '',
    'The split we tune on. Cells "a / b" are this project / the naive baseline.',
    '',
    ...devSections(run, 200).flatMap(section),
  ].join('\n');
}
