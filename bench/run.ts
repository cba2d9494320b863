/** npm run bench: build and start times, in-process latency, HTTP load (autocannon), scale, model TTFT, peak RSS. */
import { execSync } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ASK_RATIO_TARGET,
  askCpuBudgetMs,
  httpThreadLimits,
  PAGE,
  writeFigures,
} from './figures-doc.js';
import type { AddressInfo } from 'node:net';
import { cpus, availableParallelism, totalmem } from 'node:os';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createAssistant } from '../src/answer/assistant.js';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/server/app.js';
import { percentile } from '../src/eval/aggregate.js';
import {
  evalQuestions,
  mb,
  printTable,
  sampledQuestions,
  summary,
  tempDir,
  timeQueries,
} from './bench-lib.js';
import { ANSWERS, measureMemory, type MemoryPoint } from './memory.js';
import { freePort, spawnServer, startArgs } from './spawn-server.js';
import { startStandIn } from './stand-in-llm.js';

const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const HTTP_ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const UPSTREAM_DELAY_MS = 200;
/**
 * Unmeasured load before each measurement. Two seconds were too few: V8's background compiler threads were
 * still optimising the answering code in the measured window (about 5% of a core at c=10); after five to
 * ten seconds they are idle.
 */
const WARMUP_SECONDS = 8;
const results: Record<string, unknown> = {};
let childPeakRss = 0;
const cleanup: string[] = [];

const base = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' };

/** Runs a child node process with tsx, resolving with its stdout once it exits (bounded by timeoutMs). */
function runChild(args: string[], env: Record<string, string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${out.slice(-500)}`));
    });
  });
}

/**
 * The cold build (every index and the dictionary table derived from scratch) as npm start's process does
 * it: compiled, with npm start's node flags, in a process of its own. Run from the TypeScript sources, each
 * of its worker threads would first load tsx and transpile its modules.
 */
async function coldBuildMs(dataDir: string): Promise<number> {
  const flags = startArgs().filter((a) => a.startsWith('-'));
  const url = (file: string) => JSON.stringify(pathToFileURL(resolve(file)).href);
  const code = `
    const { createAssistant } = await import(${url('dist/answer/assistant.js')});
    const { loadConfig } = await import(${url('dist/config.js')});
    const t = performance.now();
    await createAssistant(loadConfig(), { forceRebuild: true });
    console.log('RESULT ' + JSON.stringify({ coldMs: performance.now() - t }));`;
  // A file of its own: code given with -e is read as CommonJS once tsx's loader is inherited.
  const script = resolve(dataDir, '..', `cold-build-${process.pid}.mjs`);
  writeFileSync(script, code);
  cleanup.push(script);
  const out = await new Promise<string>((ok, fail) => {
    const child = spawn(process.execPath, [...flags, script], {
      env: { ...process.env, ...base, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('exit', (c) => (c === 0 ? ok(text) : fail(new Error(`cold build exited ${c}`))));
  });
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error('cold build: no result');
  return (JSON.parse(line.slice(7)) as { coldMs: number }).coldMs;
}

async function buildAndStart() {
  const dataDir = tempDir('data');
  cleanup.push(dataDir);
  const config = loadConfig({ ...base, DATA_DIR: dataDir });
  execSync('npm run build', { stdio: 'ignore' });
  const coldMs = await coldBuildMs(dataDir);
  const t1 = performance.now();
  const warm = await createAssistant(config);
  const loadMs = performance.now() - t1;
  if (warm.info.indexRebuilt !== null)
    throw new Error(`persisted index not reused: ${warm.info.indexRebuilt}`);

  // Start-to-ready of what npm start runs, as a process: the compiled entry, spawn → "ready on" printed.
  // One spawn swings by a few hundred ms with the machine's load, so the bench takes the median of several.
  const runs: { processMs: number; insideMs: number; exitCode: number | null }[] = [];
  for (let i = 0; i < START_RUNS; i++) runs.push(await spawnOnce(dataDir));
  const processMs = runs.map((r) => Math.round(r.processMs));
  results.build = {
    coldBuildMs: Math.round(coldMs),
    persistedLoadMs: Math.round(loadMs),
    processStartToReadyMs: median(processMs),
    processStartToReadyRunsMs: processMs,
    mainStartToReadyMs: median(runs.map((r) => r.insideMs)),
    sigtermExitCode: runs.find((r) => r.exitCode !== 0)?.exitCode ?? 0,
    clauses: warm.info.clauses,
  };
  return { assistant: warm, config };
}

const START_RUNS = 5;

const median = (values: number[]) => percentile(values, 50) ?? NaN;

async function spawnOnce(dataDir: string) {
  const port = await freePort();
  const spawned = performance.now();
  const { child, output, exited } = await spawnServer({
    env: { ...base, LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    compiled: true,
  });
  const processMs = performance.now() - spawned;
  const insideMs = Number(/, (\d+) ms/.exec(output)?.[1] ?? NaN);
  child.kill('SIGTERM');
  return { processMs, insideMs, exitCode: await exited };
}

async function inProcessLatency(assistant: Awaited<ReturnType<typeof createAssistant>>) {
  const questions = sampledQuestions();
  const timed = await timeQueries(assistant, questions, { passes: 3 });
  results.latencyMs = {
    questions: questions.length,
    retrieval: timed.retrieval,
    fullExtractive: timed.full,
  };
}

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /**
   * CPU time per request over the run, all threads: the server's process and the load generator's (this
   * process, autocannon's worker included), which share the machine's cores.
   */
  cpuMsPerRequest?: { server: number; loadGenerator: number; httpThread?: number };
}

/** The round with the median rate (rounds are odd in number; the upper middle otherwise). */
function medianLoad(rounds: Load[]): Load {
  return [...rounds].sort((a, b) => a.reqPerSec - b.reqPerSec)[Math.floor(rounds.length / 2)]!;
}

/** CPU seconds a process has used, all its threads (Linux /proc; null elsewhere). */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds one thread of a process has run (the main thread's id is the process id), from the
 * scheduler's own nanosecond count (Linux /proc schedstat; null elsewhere).
 */
function threadCpuSeconds(pid: number, tid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

async function load(
  url: string,
  connections: number,
  opts: Partial<autocannon.Options>,
  serverPid?: number,
): Promise<Load> {
  const server0 = serverPid ? processCpuSeconds(serverPid) : null;
  const http0 = serverPid ? threadCpuSeconds(serverPid, serverPid) : null;
  const self0 = process.cpuUsage();
  const r = await autocannon({ url, connections, duration: HTTP_SECONDS, workers: 1, ...opts });
  const self = process.cpuUsage(self0);
  const server1 = serverPid ? processCpuSeconds(serverPid) : null;
  const http1 = serverPid ? threadCpuSeconds(serverPid, serverPid) : null;
  const perRequest = (seconds: number) =>
    Math.round((seconds * 1e6) / Math.max(1, r.requests.total)) / 1000;
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
    ...(server0 !== null && server1 !== null
      ? {
          cpuMsPerRequest: {
            server: perRequest(server1 - server0),
            loadGenerator: perRequest((self.user + self.system) / 1e6),
            ...(http0 !== null && http1 !== null ? { httpThread: perRequest(http1 - http0) } : {}),
          },
        }
      : {}),
  };
}

/** The answer cache's lookups so far, from /metrics (zero when the server has no cache). */
async function cacheLookups(origin: string): Promise<{ hits: number; misses: number }> {
  const text = await fetch(`${origin}/metrics`).then((r) => r.text());
  const count = (result: string) =>
    Number(
      new RegExp(`^answer_cache_lookups_total\\{result="${result}"\\} (\\d+)`, 'm').exec(
        text,
      )?.[1] ?? 0,
    );
  return { hits: count('hit'), misses: count('miss') };
}

/**
 * The server as npm start runs it (compiled, its node flags, answering threads by default), in its own
 * process: the load generator shares the machine's cores with it, as it would with a real client on one host.
 * The asks cycle through 40 questions, so with the answer cache on (the default) they are answered from it
 * after the warm-up; the hit rate is recorded with the figures. `env` can turn the cache off
 * (ANSWER_CACHE_SIZE=0): every ask is then answered from scratch, as a question never asked before is.
 */
async function serverLoad(
  config: ReturnType<typeof loadConfig>,
  connectionCounts: number[],
  env: Record<string, string> = {},
) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, startArgs(), {
    env: {
      ...process.env,
      ...base,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: config.dataDir,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await untilThreadsReady(origin, config.answerThreads, 60_000);
  const asks = evalQuestions()
    .slice(0, 40)
    .map((question) => ({
      method: 'POST' as const,
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    }));
  const out: Record<string, unknown> = {};
  try {
    for (const connections of connectionCounts) {
      // Each endpoint is loaded for WARMUP_SECONDS first, not counted: a server runs for days, and its first
      // seconds (V8 still compiling the answering code on the threads) are not its throughput.
      await load(`${origin}/healthz`, connections, { duration: WARMUP_SECONDS });
      await load(`${origin}/api/ask`, connections, { requests: asks, duration: WARMUP_SECONDS });
      // Alternating rounds, each endpoint's median kept: on one server, single rounds of a few seconds
      // moved the ratio by a fifth (healthz most: it is all syscalls, and the VM's cost of those varies).
      const healthzRounds: Load[] = [];
      const askRounds: Load[] = [];
      const before = await cacheLookups(origin);
      for (let r = 0; r < HTTP_ROUNDS; r++) {
        healthzRounds.push(await load(`${origin}/healthz`, connections, {}, child.pid));
        askRounds.push(await load(`${origin}/api/ask`, connections, { requests: asks }, child.pid));
      }
      const after = await cacheLookups(origin);
      const hits = after.hits - before.hits;
      const lookups = hits + after.misses - before.misses;
      const healthz = medianLoad(healthzRounds);
      const ask = medianLoad(askRounds);
      out[`c${connections}`] = {
        healthz,
        ask,
        ratioAskToHealthz: Math.round((ask.reqPerSec / healthz.reqPerSec) * 1000) / 1000,
        rounds: healthzRounds.map((h, i) => ({
          healthz: h.reqPerSec,
          ask: askRounds[i]!.reqPerSec,
        })),
        cacheHitRate: lookups ? Math.round((hits / lookups) * 1000) / 1000 : 0,
      };
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return out;
}

async function httpLoad(config: ReturnType<typeof loadConfig>) {
  const cached = await serverLoad(config, [10, 50]);
  const uncached = await serverLoad(config, [10], { ANSWER_CACHE_SIZE: '0' });
  results.http = {
    seconds: HTTP_SECONDS,
    rounds: HTTP_ROUNDS,
    warmupSeconds: WARMUP_SECONDS,
    answerThreads: config.answerThreads,
    ...cached,
    uncached,
  };
}

/** Waits until the server answers and its answering threads (per /metrics) are all ready. */
async function untilThreadsReady(origin: string, threads: number, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await fetch(`${origin}/metrics`)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    const ready = Number(/^answer_threads_ready (\d+)/m.exec(text)?.[1] ?? -1);
    if (ready >= threads) return;
    if (Date.now() > until) throw new Error(`server not ready in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function scale() {
  const points: unknown[] = [];
  for (const factor of SCALES) {
    const out = await runChild(['bench/scale-one.ts', String(factor)], {}, 600_000);
    const line = out.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`scale ×${factor}: no result`);
    const r = JSON.parse(line.slice(7)) as { peakRssBytes: number };
    childPeakRss = Math.max(childPeakRss, r.peakRssBytes);
    points.push(r);
  }
  results.scale = points;
}

/** Time to the first streamed token over a stand-in upstream that waits a fixed delay: what we add on top. */
async function modelMode() {
  const built = [
    'src/answer/llm-answerer.ts',
    'src/answer/llm-pipeline.ts',
    'src/server/routes/ask-stream.ts',
  ].every((f) => existsSync(f));
  if (!built) {
    results.model = 'n/a (model answers not built)';
    return;
  }
  const upstream = await startStandIn(UPSTREAM_DELAY_MS);
  const dataDir = tempDir('data-llm');
  cleanup.push(dataDir);
  const config = loadConfig({
    ...base,
    DATA_DIR: dataDir,
    OPENAI_BASE_URL: upstream.baseURL,
    OPENAI_API_KEY: 'stand-in',
  });
  const assistant = await createAssistant(config);
  const app = createApp({ config, assistant });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  // Chinese questions without history: no rewrite call, so one upstream call per answer.
  const questions = evalQuestions()
    .filter((q) => /[\u4e00-\u9fff]/.test(q))
    .slice(0, 15);
  const ttft: number[] = [];
  const callsPer: number[] = [];
  try {
    for (const question of questions) {
      const before = upstream.calls;
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/ask/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      let first = NaN;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        if (Number.isNaN(first) && text.includes('event: token')) first = performance.now() - t0;
      }
      const calls = upstream.calls - before;
      callsPer.push(calls);
      if (!Number.isNaN(first)) ttft.push(first - calls * UPSTREAM_DELAY_MS);
    }
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await upstream.close();
  }
  results.model = {
    upstreamDelayMs: UPSTREAM_DELAY_MS,
    questions: questions.length,
    upstreamCallsPerAnswer: summary(callsPer).p50,
    addedTimeToFirstTokenMs: summary(ttft),
  };
}

function report() {
  const b = results.build as Record<string, number>;
  const startRuns = (results.build as { processStartToReadyRunsMs: number[] })
    .processStartToReadyRunsMs;
  const l = results.latencyMs as Record<string, { p50: number; p95: number; p99: number }>;
  interface HttpPoint {
    healthz: Load;
    ask: Load;
    ratioAskToHealthz: number;
    rounds?: { healthz: number; ask: number }[];
    cacheHitRate?: number;
  }
  const h = results.http as Record<'c10' | 'c50', HttpPoint> & {
    uncached: Record<'c10', HttpPoint>;
  };
  const rows: [string, string | number][] = [
    ['cold index build (forceRebuild, compiled, npm start flags)', `${b.coldBuildMs} ms`],
    ['load with persisted index (in-process)', `${b.persistedLoadMs} ms`],
    [
      'start-to-ready, process (spawn → listening), median',
      `${b.processStartToReadyMs} ms (runs ${startRuns.join(', ')})`,
    ],
    ['start-to-ready, inside main.ts', `${b.mainStartToReadyMs} ms`],
    [
      'retrieval p50 / p95 / p99',
      `${l.retrieval!.p50} / ${l.retrieval!.p95} / ${l.retrieval!.p99} ms`,
    ],
    [
      'full extractive p50 / p95 / p99',
      `${l.fullExtractive!.p50} / ${l.fullExtractive!.p95} / ${l.fullExtractive!.p99} ms`,
    ],
    [
      'answering threads (ANSWER_THREADS)',
      String((results.http as { answerThreads: number }).answerThreads),
    ],
  ];
  for (const m of (results.memory as MemoryPoint[] | undefined) ?? []) {
    rows.push([
      `process-tree RSS after ${ANSWERS} answers, ${m.answerThreads} answering thread(s)`,
      `${m.treeRssMb} MB`,
    ]);
  }
  const points: [string, HttpPoint][] = [
    ['c10', h.c10],
    ['c50', h.c50],
    ['c10 cache off', h.uncached.c10],
  ];
  for (const [c, x] of points) {
    if (x.cacheHitRate !== undefined)
      rows.push([`answer cache hit rate ${c} (counted rounds)`, x.cacheHitRate]);
    rows.push([
      `healthz ${c}: req/s, p50/p99, errors`,
      `${x.healthz.reqPerSec}, ${x.healthz.p50}/${x.healthz.p99} ms, ${x.healthz.errors + x.healthz.non2xx}`,
    ]);
    rows.push([
      `/api/ask ${c}: req/s, p50/p99, errors`,
      `${x.ask.reqPerSec}, ${x.ask.p50}/${x.ask.p99} ms, ${x.ask.errors + x.ask.non2xx}`,
    ]);
    rows.push([`ask / healthz ${c} (median rounds)`, x.ratioAskToHealthz]);
    if (x.rounds?.length)
      rows.push([
        `ask / healthz ${c}, each round`,
        x.rounds.map((r) => (r.ask / r.healthz).toFixed(3)).join(', '),
      ]);
    const cpu = (l: Load) =>
      l.cpuMsPerRequest
        ? `${l.cpuMsPerRequest.server} + ${l.cpuMsPerRequest.loadGenerator} ms`
        : 'n/a (no /proc)';
    rows.push([`CPU per request ${c}, server + load generator: healthz`, cpu(x.healthz)]);
    rows.push([`CPU per request ${c}, server + load generator: ask`, cpu(x.ask)]);
    const budget = askCpuBudgetMs(
      x.healthz.reqPerSec,
      x.ask.cpuMsPerRequest?.loadGenerator,
      availableParallelism(),
      ASK_RATIO_TARGET,
    );
    if (budget !== null)
      rows.push([
        `server CPU per ask that ask / healthz ${ASK_RATIO_TARGET} allows, ${c}`,
        `${budget} ms`,
      ]);
    const askCpu = x.ask.cpuMsPerRequest;
    if (askCpu?.httpThread !== undefined) {
      const limits = httpThreadLimits(
        x.healthz.reqPerSec,
        { httpThread: askCpu.httpThread, loadGenerator: askCpu.loadGenerator },
        availableParallelism(),
        ASK_RATIO_TARGET,
      );
      rows.push([`ask CPU on the HTTP thread ${c}`, `${askCpu.httpThread} ms`]);
      rows.push([`ask / healthz if answering cost nothing ${c}`, limits.ceiling]);
      rows.push([
        `answering CPU per ask that ask / healthz ${ASK_RATIO_TARGET} allows ${c}`,
        limits.answeringBudgetMs === null ? 'none' : `${limits.answeringBudgetMs} ms`,
      ]);
    }
  }
  for (const s of results.scale as {
    factor: number;
    clauses: number;
    buildMs: number;
    indexBytes: number;
    rssBytes: number;
    full: { p50: number };
    retrieval: { p50: number };
  }[]) {
    rows.push([
      `scale ×${s.factor} (${s.clauses} clauses)`,
      `build ${s.buildMs} ms, index ${mb(s.indexBytes)} MB, RSS ${mb(s.rssBytes)} MB, query p50 ${s.full.p50} ms (retrieval ${s.retrieval.p50} ms)`,
    ]);
  }
  const m = results.model;
  rows.push([
    'model mode: added time to first token',
    typeof m === 'string'
      ? m
      : (() => {
          const s = (m as { addedTimeToFirstTokenMs: { p50: number; p99: number } })
            .addedTimeToFirstTokenMs;
          return `p50 ${s.p50} ms, max-ish p99 ${s.p99} ms (upstream delay ${UPSTREAM_DELAY_MS} ms subtracted)`;
        })(),
  ]);
  const peak = results.peakRss as { benchProcessMb: number; scaleChildMaxMb: number };
  rows.push([
    'peak RSS (bench process / largest scale child)',
    `${peak.benchProcessMb} MB / ${peak.scaleChildMaxMb} MB`,
  ]);
  printTable(`WTSA-20 assistant bench — ${(results.machine as { summary: string }).summary}`, rows);

  const scalePts = results.scale as { factor: number; full: { p50: number } }[];
  const x1 = scalePts.find((s) => s.factor === 1)?.full.p50;
  const x100 = scalePts.find((s) => s.factor === 100)?.full.p50;
  const addedP50 =
    typeof m === 'string'
      ? NaN
      : (m as { addedTimeToFirstTokenMs: { p50: number } }).addedTimeToFirstTokenMs.p50;
  const memory = (results.memory as MemoryPoint[] | undefined) ?? [];
  const threads = (results.http as { answerThreads: number }).answerThreads;
  const atDefault = memory.find((p) => p.answerThreads === threads)?.treeRssMb;
  const perThread = memory
    .slice(1)
    .map(
      (p, i) => (p.treeRssMb - memory[i]!.treeRssMb) / (p.answerThreads - memory[i]!.answerThreads),
    );
  const targets: [string, boolean][] = [
    ['/api/ask p99 ≤ 20 ms at 10 connections', h.c10.ask.p99 <= 20],
    [
      `ask / healthz ≥ ${ASK_RATIO_TARGET} at 10 connections, questions repeating (answer cache)`,
      h.c10.ratioAskToHealthz >= ASK_RATIO_TARGET,
    ],
    [
      `ask / healthz ≥ ${ASK_RATIO_TARGET} at 10 connections, every answer computed (ANSWER_CACHE_SIZE=0)`,
      h.uncached.c10.ratioAskToHealthz >= ASK_RATIO_TARGET,
    ],
    ['zero errors at 10 connections', h.c10.ask.errors + h.c10.ask.non2xx === 0],
    [
      'start-to-ready ≤ 1 s (persisted index, process, median of spawns)',
      b.processStartToReadyMs! <= 1000,
    ],
    [
      'process-tree RSS ≤ 200 MB after 300 answers (default answering threads)',
      atDefault !== undefined && atDefault <= 200,
    ],
    ['each answering thread adds ≤ 40 MB', perThread.length > 0 && perThread.every((d) => d <= 40)],
    ['cold build ≤ 5 s', b.coldBuildMs! <= 5000],
    ['×100 query p50 ≤ 3× ×1', x1 !== undefined && x100 !== undefined && x100 <= 3 * x1],
    ['added time to first token ≤ 30 ms', addedP50 <= 30],
  ];
  results.targets = Object.fromEntries(targets);
  printTable(
    'Targets',
    targets.map(([k, ok]) => [k, ok ? 'met' : 'NOT met']),
  );
}

async function main() {
  results.machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    date: new Date().toISOString(),
    summary: `${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
  };
  try {
    const { assistant, config } = await buildAndStart();
    console.error('· build and start measured');
    await inProcessLatency(assistant);
    console.error('· in-process latency measured');
    await httpLoad(config);
    console.error('· HTTP load measured');
    await scale();
    console.error('· scale measured');
    await modelMode();
    console.error('· model mode measured');
    results.memory = await measureMemory(config.dataDir, base, evalQuestions());
    console.error('· memory measured');
    results.peakRss = {
      benchProcessMb: mb(process.resourceUsage().maxRSS * 1024),
      scaleChildMaxMb: mb(childPeakRss),
    };
    report();
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    writeFigures();
    console.log(`\nWrote bench/results.json and the figures of ${PAGE}`);
  } finally {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  }
}

await main();
