/** Shared bench helpers: percentiles, temp corpora and data dirs, eval questions, a small table printer. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CORPUS_DIR = 'corpus';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
  };
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

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Prints rows of [label, value] as an aligned two-column table. */
export function printTable(title: string, rows: [string, string | number][]) {
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(Math.min(100, w + 30)));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}
