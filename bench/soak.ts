/** npm run soak: the real server (src/server/main.ts) under 50 connections for 60 s; zero errors, RSS growth < 50 MB. */
import { readFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { evalQuestions, mb, printTable, tempDir } from './bench-lib.js';
import { spawnServer } from './spawn-server.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 5;
const MAX_GROWTH_MB = 50;

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

async function main() {
  const dataDir = tempDir('soak');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { child, exited } = await spawnServer({
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
    },
  });
  try {
    const url = `http://127.0.0.1:${port}/api/ask`;
    const requests = evalQuestions().map((question) => ({
      method: 'POST',
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    }));
    // A short warm-up first: JIT and lazily built caches are not leaks.
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: WARMUP_SECONDS,
      workers: 1,
      requests,
    });
    const rssStart = rssOf(child.pid!);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssOf(child.pid!)), 1000);
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      workers: 1,
      requests,
    });
    clearInterval(sampler);
    const rssEnd = rssOf(child.pid!);
    const growth = rssEnd - rssStart;
    const errors = r.errors + r.timeouts + r.non2xx;
    printTable(`Soak: ${SECONDS} s at ${CONNECTIONS} connections against POST /api/ask`, [
      ['requests', r.requests.total],
      ['req/s (mean)', Math.round(r.requests.average)],
      ['latency p50 / p99', `${r.latency.p50} / ${r.latency.p99} ms`],
      ['errors (socket + timeouts + non-2xx)', errors],
      ['server RSS start → end', `${mb(rssStart)} → ${mb(rssEnd)} MB`],
      ['server RSS max during soak', `${mb(Math.max(...samples))} MB`],
      ['RSS growth', `${mb(growth)} MB (limit ${MAX_GROWTH_MB} MB)`],
    ]);
    const ok = errors === 0 && growth < MAX_GROWTH_MB * 1024 * 1024;
    console.log(ok ? '\nSOAK PASSED' : '\nSOAK FAILED');
    process.exitCode = ok ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
