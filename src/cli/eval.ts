/** npm run eval [-- --json] [-- --report]: scores the assistant on evals/cases.jsonl, per category and language. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssistant } from '../answer/assistant.js';
import { loadConfig } from '../config.js';
import { aggregate, groupBy, type Metrics } from '../eval/aggregate.js';
import { loadCases } from '../eval/cases.js';
import { runSuite } from '../eval/run-suite.js';

const COLS: (keyof Metrics)[] = [
  'cases', 'answer_accuracy', 'abstention_accuracy', 'clause_hit_at_5', 'resolution_hit_at_1',
  'resolution_hit_at_5', 'mrr', 'latency_ms_p50', 'latency_ms_p95',
];

function table(title: string, rows: Record<string, Metrics>): string {
  const head = ['', ...COLS.map((c) => c.replace(/_/g, ' '))];
  const body = Object.entries(rows).map(([k, m]) => [k, ...COLS.map((c) => (m[c] === null ? '–' : String(m[c])))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  return [`\n${title}`, line(head), ...body.map(line)].join('\n');
}

async function main(argv: string[]) {
  const json = argv.includes('--json');
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-eval-'));
  const assistant = await createAssistant({ ...config, dataDir });
  const cases = loadCases('evals/cases.jsonl');
  const scores = await runSuite(assistant, cases);
  const summary = {
    cases: cases.length,
    metrics: aggregate(scores),
    by_category: groupBy(scores, (s) => s.category),
    by_language: groupBy(scores, (s) => s.lang),
  };
  if (!json) {
    console.log(table('Overall', { all: summary.metrics }));
    console.log(table('By category', summary.by_category));
    console.log(table('By language', summary.by_language));
    const failing = scores.filter((s) => s.keywordsOk === false || !s.abstentionOk || s.clauseHit5 === false);
    console.log(`\nFailing cases (${failing.length}):`);
    for (const f of failing) {
      const c = cases.find((x) => x.id === f.id)!;
      console.log(`- ${f.id} [${f.category}/${f.lang}] ${c.question}\n    expected: ${JSON.stringify({ res: c.resolutions, clause: c.clause, kw: c.keywords, answerable: c.answerable })}\n    got: found=${f.found} ${f.got.citations.slice(0, 3).join(', ')} | ${f.got.answer.replace(/\n/g, ' ').slice(0, 160)}`);
    }
  }
  console.log(JSON.stringify(summary));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
