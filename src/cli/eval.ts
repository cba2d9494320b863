/** npm run eval [-- --json] [-- --report] [-- --mode llm]: the assistant, the naive baseline and the ablations on evals/cases.jsonl. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAssistant } from '../answer/assistant.js';
import { loadConfig } from '../config.js';
import { ABLATIONS } from '../eval/ablations.js';
import type { GroupMetrics, Metrics } from '../eval/aggregate.js';
import { loadCases } from '../eval/cases.js';
import { describeCase } from '../eval/describe.js';
import { evaluate, isFailing, type EvalRun } from '../eval/evaluate.js';
import { renderReportHtml } from '../eval/report-html.js';
import { fmt, METRIC_COLS, renderReportMd, VS_COLS } from '../eval/report-md.js';

const CASES_PATH = 'evals/cases.jsonl';
const REPORT_MD = 'evals/report.md';
const REPORT_HTML = 'evals/report.html';

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  let mode: 'offline' | 'llm' = 'offline';
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--mode' || a.startsWith('--mode=')) {
      const v = a.includes('=') ? a.slice('--mode='.length) : argv[++i];
      if (v !== 'llm' && v !== 'offline')
        throw new UsageError(`--mode must be "offline" or "llm", got "${v ?? ''}"`);
      mode = v;
    } else if (a === '--json' || a === '--report') flags.add(a);
    else throw new UsageError(`unknown argument "${a}" (use --json, --report, --mode offline|llm)`);
  }
  return { mode, json: flags.has('--json'), report: flags.has('--report') };
}

function table(title: string, cols: string[], rows: [string, object][]): string {
  const head = ['', ...cols.map((c) => c.replace(/_/g, ' '))];
  const body = rows.map(([k, m]) => [
    k,
    ...cols.map((c) => String((m as Record<string, unknown>)[c] ?? '–')),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(head), ...body.map(line)].join('\n');
}

/** Per group rows "project / baseline" for the headline columns. */
function vsRows(
  project: Record<string, GroupMetrics>,
  baseline: Record<string, GroupMetrics>,
): [string, Record<string, string>][] {
  return Object.entries(project).map(([k, m]) => [
    k,
    {
      cases: String(m.cases),
      ...Object.fromEntries(VS_COLS.map((c) => [c, `${fmt(m[c])} / ${fmt(baseline[k]?.[c])}`])),
    },
  ]);
}

function printTables(run: EvalRun) {
  const { summary } = run;
  const cols: string[] = [...METRIC_COLS];
  if (run.mode === 'llm') cols.push('citation_validity', 'grounded_answer_rate');
  const overall: [string, Metrics][] = [
    [run.mode === 'llm' ? 'this project (llm)' : 'this project', summary.metrics],
    ['naive baseline', summary.baseline],
  ];
  console.log(table('Overall', cols, overall));
  console.log(
    table(
      'By category (this project)',
      ['cases', ...METRIC_COLS],
      Object.entries(summary.by_category),
    ),
  );
  console.log(
    table(
      'By language (this project)',
      ['cases', ...METRIC_COLS],
      Object.entries(summary.by_language),
    ),
  );
  console.log(
    table(
      'By category: this project / naive baseline',
      ['cases', ...VS_COLS],
      vsRows(summary.by_category, run.baselineByCategory),
    ),
  );
  console.log(
    table(
      'By language: this project / naive baseline',
      ['cases', ...VS_COLS],
      vsRows(summary.by_language, run.baselineByLanguage),
    ),
  );
  const abl = ABLATIONS.filter((a) => summary.ablations[a.name]).map(
    (a) => [a.name, summary.ablations[a.name]!] as [string, Metrics],
  );
  console.log(table('Ablations (offline pipeline)', METRIC_COLS, abl));
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  const failing = run.scores.filter(isFailing);
  console.log(`\nFailing cases (${failing.length}):`);
  for (const f of failing) console.log(`- ${describeCase(byId.get(f.id)!, f)}`);
}

function writeReports(run: EvalRun) {
  const at = new Date().toISOString();
  mkdirSync(dirname(REPORT_MD), { recursive: true });
  writeFileSync(REPORT_MD, renderReportMd(run, at));
  writeFileSync(REPORT_HTML, renderReportHtml(run, at));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const config = loadConfig();
  if (args.mode === 'llm' && !config.openai.enabled) {
    console.error(
      'eval --mode llm needs a configured model: set OPENAI_API_KEY (and optionally OPENAI_BASE_URL, CHAT_MODEL). Without one, run the offline eval (no --mode).',
    );
    return 2;
  }
  // A fresh index in a temp dir: the eval never depends on (or overwrites) a server's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-eval-'));
  try {
    const assistant = await createAssistant({ ...config, dataDir });
    const run = await evaluate(assistant, loadCases(CASES_PATH), {
      mode: args.mode,
      corpusDir: config.corpusDir,
    });
    if (args.report) {
      writeReports(run);
      console.error(`wrote ${REPORT_MD} and ${REPORT_HTML}`);
    }
    if (args.json) console.log(JSON.stringify(run.summary));
    else printTables(run);
    return 0;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof UsageError ? `eval: ${e.message}` : (e as Error).message);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
