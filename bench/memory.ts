/**
 * Memory of the server as npm start runs it (compiled, persisted index): RSS of its whole process tree after
 * 300 answers, with 0, 1 and 2 answering threads, so each thread's cost is a difference of two runs. Each
 * point is the median of three interleaved runs: one run varies by ±3 MB, as much as a thread's margin.
 */
import { execFileSync } from 'node:child_process';
import { freePort, spawnServer } from './spawn-server.js';

export interface MemoryPoint {
  answerThreads: number;
  /** RSS of the server process and any process under it, after the answers (the median run). */
  treeRssMb: number;
  /** Every run's figure. */
  runsMb?: number[];
}

export const ANSWERS = 300;
const RUNS = 3;

/** RSS in MB of a process and its descendants (ps, as an operator would read it). */
export function treeRssMb(pid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of rows)
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
  }
  const kb = rows.filter(([p]) => tree.has(p)).reduce((s, [, , rss]) => s + rss, 0);
  return Math.round(kb / 102.4) / 10;
}

export async function measureMemory(
  dataDir: string,
  env: Record<string, string>,
  questions: string[],
): Promise<MemoryPoint[]> {
  const threads = [0, 1, 2];
  const runs = threads.map(() => [] as number[]);
  // Interleaved (0, 1, 2, 0, 1, 2 …), so a drift of the machine falls on every point alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [i, answerThreads] of threads.entries()) runs[i]!.push(await oneRun(answerThreads));
  }
  return threads.map((answerThreads, i) => {
    const runsMb = runs[i]!;
    const sorted = [...runsMb].sort((a, b) => a - b);
    return { answerThreads, treeRssMb: sorted[Math.floor(RUNS / 2)]!, runsMb };
  });

  async function oneRun(answerThreads: number): Promise<number> {
    const port = await freePort();
    const { child, exited } = await spawnServer({
      env: {
        ...env,
        LOG_LEVEL: 'info',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        ANSWER_THREADS: String(answerThreads),
      },
      compiled: true,
    });
    for (let i = 0; i < ANSWERS; i++) {
      await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: questions[i % questions.length] }),
      }).then((r) => r.arrayBuffer());
    }
    const rss = treeRssMb(child.pid!);
    child.kill('SIGTERM');
    await exited;
    return rss;
  }
}
