/**
 * npm run eval [-- --json] [-- --report] [-- --mode llm] [-- --dev PATH] [-- --test PATH]: scores both splits
 * in one run. The frozen test split (evals/test.jsonl; metrics only, never tuned on, no case listed) prints
 * first, then the dev split (evals/cases.jsonl, the one we tune on) with the naive baseline and its failing
 * cases; the ablations run on both. --json prints one summary line (dev keys at the top level, the test
 * split under `test`); --report also writes evals/report.md and evals/report.html. A missing split, an
 * unknown argument or --mode llm without a model exits 2.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAssistant } from '../answer/assistant.js';
import { loadConfig } from '../config.js';
import { loadCases } from '../eval/cases.js';
import { renderConsole } from '../eval/console-tables.js';
import { parseEvalArgs, UsageError } from '../eval/eval-args.js';
import { evaluate, type EvalRun } from '../eval/evaluate.js';
import { renderReportHtml } from '../eval/report-html.js';
import { renderReportMd } from '../eval/report-md.js';
import { withHeadline } from '../eval/readme-headline.js';

const REPORT_MD = 'evals/report.md';
const README = 'README.md';
/** The summary the README headline was written from (a test checks they agree). */
const SUMMARY = 'evals/summary.json';
const REPORT_HTML = 'evals/report.html';

function writeReports(run: EvalRun) {
  const at = new Date().toISOString();
  mkdirSync(dirname(REPORT_MD), { recursive: true });
  writeFileSync(REPORT_MD, renderReportMd(run, at));
  writeFileSync(REPORT_HTML, renderReportHtml(run, at));
  writeFileSync(SUMMARY, JSON.stringify(run.summary, null, 2) + '\n');
  writeFileSync(README, withHeadline(readFileSync(README, 'utf8'), run.summary));
}

async function main(argv: string[]): Promise<number> {
  const args = parseEvalArgs(argv);
  if (!existsSync(args.dev)) throw new UsageError(`the dev split ${args.dev} does not exist`);
  if (!existsSync(args.test)) {
    throw new UsageError(
      `the frozen test split ${args.test} does not exist; every run scores both splits (pass --test PATH for another file)`,
    );
  }
  const config = loadConfig();
  if (args.mode === 'llm' && !config.openai.enabled) {
    console.error(
      'eval --mode llm needs a configured model: set OPENAI_API_KEY (and optionally OPENAI_BASE_URL, CHAT_MODEL). Without one, run the offline eval (no --mode).',
    );
    return 2;
  }
  const splits = {
    dev: { path: args.dev, cases: loadCases(args.dev) },
    test: { path: args.test, cases: loadCases(args.test) },
  };
  // A fresh index in a temp dir: the eval never depends on (or overwrites) a server's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-eval-'));
  try {
    const assistant = await createAssistant({ ...config, dataDir });
    const run = await evaluate(assistant, splits, { mode: args.mode, corpusDir: config.corpusDir });
    if (args.report) {
      writeReports(run);
      console.error(`wrote ${REPORT_MD} and ${REPORT_HTML}`);
    }
    console.log(args.json ? JSON.stringify(run.summary) : renderConsole(run));
    return 0;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const usage = e instanceof UsageError;
    console.error(usage ? `eval: ${e.message}` : (e as Error).message);
    process.exit(usage ? 2 : 1);
  },
);
