/** Shared bench helpers: latency summaries and query timing, temp corpora and data dirs, eval questions, a small table printer. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalAssistant } from '../src/answer/assistant.js';
import { percentile } from '../src/eval/aggregate.js';

export const CORPUS_DIR = 'corpus';

/** Latency summary with the eval's (tested) nearest-rank percentile. */
export function summary(samples: number[]) {
  return {
    n: samples.length,
    p50: percentile(samples, 50) ?? NaN,
    p95: percentile(samples, 95) ?? NaN,
    p99: percentile(samples, 99) ?? NaN,
  };
}

/**
 * Times each question through the full offline answer, then retrieval alone on the same plan; `passes`
 * rounds after one warm-up pass over `warmup` questions.
 */
export async function timeQueries(
  assistant: LocalAssistant,
  questions: string[],
  { passes = 1, warmup = questions.length }: { passes?: number; warmup?: number } = {},
) {
  for (const question of questions.slice(0, warmup)) await assistant.run({ question });
  const full: number[] = [];
  const retrieval: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const question of questions) {
      const a = performance.now();
      const { plan } = await assistant.run({ question });
      full.push(performance.now() - a);
      const b = performance.now();
      await assistant.deps.retriever.retrieve(plan);
      retrieval.push(performance.now() - b);
    }
  }
  return { full: summary(full), retrieval: summary(retrieval) };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `wtsa-bench-${prefix}-`));
}

/** The corpus copied `factor` times under distinct file names (so clause ids differ), glossary included. */
export function replicatedCorpus(factor: number): string {
  const dir = tempDir(`corpus-x${factor}`);
  for (const f of readdirSync(CORPUS_DIR)) {
    const src = join(CORPUS_DIR, f);
    if (!f.endsWith('.txt')) {
      copyFileSync(src, join(dir, f));
      continue;
    }
    for (let i = 0; i < factor; i++) {
      const name = factor === 1 ? f : `copy${String(i).padStart(3, '0')}-${f}`;
      copyFileSync(src, join(dir, name));
    }
  }
  return dir;
}

export function dirBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

export function evalQuestions(): string[] {
  return readFileSync('evals/cases.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
}

/**
 * At most `n` eval questions, evenly spaced through the file, for the latency passes: the eval set grows
 * every round, and timing all of it four times at ×100 came near the scale point's 10-minute limit.
 */
export function sampledQuestions(n = 2000): string[] {
  const all = evalQuestions();
  if (all.length <= n) return all;
  const stride = all.length / n;
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * stride)]!);
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Prints rows of [label, value] as an aligned two-column table. */
export function printTable(title: string, rows: [string, string | number][]) {
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(Math.min(100, w + 30)));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}
