/** The report's layout, shared by report.md and report.html: the frozen test split first (metrics only), then dev. */
import { LLM_COLS, METRIC_COLS } from './columns.js';
import type { EvalRun } from './evaluate.js';
import {
  ablationTable,
  abstentionTable,
  baselineRow,
  failingTable,
  groupTable,
  metricsTable,
  type Table,
} from './report-tables.js';
import type { GroupMetrics } from './summary.js';

export interface Section {
  title: string;
  table: Table;
  /** Shown instead of an empty table. */
  empty?: string;
  /** A line under the table. */
  note?: string;
}

const ABSTENTION_NOTE =
  'Abstention precision: of the "not found" answers, the share that were right (not_found_precision). ' +
  'Abstention recall: of the unanswerable cases, the share answered "not found" (not_found_recall).';

const metricCols = (run: EvalRun) => [...METRIC_COLS, ...(run.mode === 'llm' ? LLM_COLS : [])];

const withAll = (groups: Record<string, GroupMetrics>, all: GroupMetrics) => ({ ...groups, all });

export function testSections(run: EvalRun): Section[] {
  const t = run.summary.test;
  return [
    { title: 'Overall', table: metricsTable(metricCols(run), [['this project', t.metrics]]) },
    { title: 'Per language', table: groupTable('language', t.by_language) },
    {
      title: 'Per category',
      table: groupTable('category', withAll(t.by_category, { cases: t.cases, ...t.metrics })),
    },
    { title: 'Ablations', table: ablationTable(t.ablations, { describe: true }) },
    { title: 'Abstention', table: abstentionTable(t), note: ABSTENTION_NOTE },
  ];
}

export function devSections(run: EvalRun, answerChars: number): Section[] {
  const s = run.summary;
  const failing = failingTable(run, answerChars);
  return [
    {
      title: 'Overall',
      table: metricsTable(metricCols(run), [
        ['this project', s.metrics],
        ['naive baseline', s.baseline],
      ]),
    },
    {
      title: 'Per category: this project / naive baseline',
      table: groupTable(
        'category',
        withAll(s.by_category, { cases: s.cases, ...s.metrics }),
        withAll(run.baselineByCategory, { cases: s.cases, ...s.baseline }),
      ),
    },
    {
      title: 'Per language: this project / naive baseline',
      table: groupTable('language', s.by_language, run.baselineByLanguage),
    },
    {
      title: 'Ablations',
      table: ablationTable(s.ablations, { describe: true, baseline: baselineRow(run) }),
    },
    { title: 'Abstention', table: abstentionTable(s, s.baseline), note: ABSTENTION_NOTE },
    { title: `Failing cases (${failing.rows.length})`, table: failing, empty: 'None.' },
  ];
}
