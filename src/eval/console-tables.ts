/** What `npm run eval` prints: the frozen test split's metrics first (no cases), then the dev split with its failing cases. */
import { LLM_COLS, METRIC_COLS } from './columns.js';
import { describeCase } from './describe.js';
import { isFailing, type EvalRun } from './evaluate.js';
import {
  ablationTable,
  abstentionTable,
  baselineRow,
  groupTable,
  runsTable,
  type Col,
  type Table,
} from './report-tables.js';

function textTable(title: string, t: Table): string {
  const widths = t.head.map((h, i) =>
    Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (r: string[]) =>
    r
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(t.head), ...t.rows.map(line)].join('\n');
}

const banner = (text: string) =>
  `\n${'='.repeat(text.length)}\n${text}\n${'='.repeat(text.length)}`;

const GROUP_COLS: Col[] = ['cases', ...METRIC_COLS];

export function renderConsole(run: EvalRun): string {
  const s = run.summary;
  const t = s.test;
  const cols = [...METRIC_COLS, ...(run.mode === 'llm' ? LLM_COLS : [])];
  const project = run.mode === 'llm' ? 'this project (llm)' : 'this project';
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  const failing = run.scores.filter(isFailing);
  return [
    banner(
      `TEST split: ${run.sources.test} (${t.cases} cases, frozen: metrics only, no case listed)`,
    ),
    textTable('Overall', runsTable('', cols, [[project, t.metrics]])),
    textTable('By language', runsTable('', GROUP_COLS, Object.entries(t.by_language))),
    textTable('By category', runsTable('', GROUP_COLS, Object.entries(t.by_category))),
    textTable('Ablations (offline pipeline)', ablationTable(t.ablations, { describe: false })),
    textTable('Abstention ("not found")', abstentionTable(t)),
    banner(`DEV split: ${run.sources.dev} (${s.cases} cases, the one we tune on)`),
    textTable(
      'Overall',
      runsTable('', cols, [
        [project, s.metrics],
        ['naive baseline', s.baseline],
      ]),
    ),
    textTable(
      'By category (this project)',
      runsTable('', GROUP_COLS, Object.entries(s.by_category)),
    ),
    textTable(
      'By language (this project)',
      runsTable('', GROUP_COLS, Object.entries(s.by_language)),
    ),
    textTable(
      'By category: this project / naive baseline',
      groupTable('', s.by_category, run.baselineByCategory),
    ),
    textTable(
      'By language: this project / naive baseline',
      groupTable('', s.by_language, run.baselineByLanguage),
    ),
    textTable(
      'Ablations (offline pipeline)',
      ablationTable(s.ablations, { describe: false, baseline: baselineRow(run) }),
    ),
    textTable('Abstention ("not found")', abstentionTable(s, s.baseline)),
    `\nFailing cases (${failing.length}):`,
    ...failing.map((f) => `- ${describeCase(byId.get(f.id)!, f)}`),
  ].join('\n');
}
