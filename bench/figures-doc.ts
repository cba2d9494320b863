/**
 * The figures of docs/performance.md, written from bench/results.json between two markers (by `npm run
 * bench`, or `npm run docs:figures` after it), so no figure in the docs is pasted by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { replaceMarkedBlock } from '../src/eval/marked-block.js';

export const START = '<!-- bench-figures:start (written from bench/results.json) -->';
export const END = '<!-- bench-figures:end -->';

const pct = z.object({ p50: z.number(), p95: z.number(), p99: z.number() });
const load = z.object({
  reqPerSec: z.number(),
  p50: z.number(),
  p99: z.number(),
  errors: z.number(),
  cpuMsPerRequest: z
    .object({
      server: z.number(),
      loadGenerator: z.number(),
      /** The server's main thread alone (HTTP parsing, middleware, writing the response). */
      httpThread: z.number().optional(),
    })
    .optional(),
});

/** The throughput target: /api/ask at least this share of /healthz's requests per second (issue 12). */
export const ASK_RATIO_TARGET = 0.3;

/**
 * The server CPU time per ask that would still reach `ratio` × healthz's rate on `cores` cores, when the
 * load generator, on the same cores, spends what it was measured to spend per ask. Null without figures.
 */
export function askCpuBudgetMs(
  healthzPerSec: number,
  askLoadGeneratorMs: number | undefined,
  cores: number,
  ratio: number,
): number | null {
  if (askLoadGeneratorMs === undefined || healthzPerSec <= 0) return null;
  const rate = ratio * healthzPerSec;
  return Math.round(((cores * 1000 - rate * askLoadGeneratorMs) / rate) * 1000) / 1000;
}

const ms3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * What the HTTP thread's own cost leaves of the throughput target. The HTTP thread is one thread: it can
 * serve at most 1000 / httpThreadMs asks a second, however little answering costs, and the cores hold it,
 * the load generator and the answering together. `ceiling` is the ask / healthz ratio with answering free;
 * `answeringBudgetMs` the CPU per ask left to everything but the HTTP thread at the target rate (null when
 * the HTTP thread alone cannot keep that rate).
 */
export function httpThreadLimits(
  healthzPerSec: number,
  ask: { httpThread: number; loadGenerator: number },
  cores: number,
  ratio: number,
): { ceiling: number; answeringBudgetMs: number | null } {
  const { httpThread, loadGenerator } = ask;
  const freeRate = Math.min(1000 / httpThread, (cores * 1000) / (httpThread + loadGenerator));
  const rate = ratio * healthzPerSec;
  const left = (cores * 1000) / rate - loadGenerator - httpThread;
  return {
    ceiling: ms3(freeRate / healthzPerSec),
    answeringBudgetMs: rate * httpThread > 1000 || left <= 0 ? null : ms3(left),
  };
}
const http = z.object({
  healthz: load,
  ask: load,
  ratioAskToHealthz: z.number(),
  /** Each alternating round's rates; healthz and ask above are the median rounds. */
  rounds: z.array(z.object({ healthz: z.number(), ask: z.number() })).optional(),
  /** Share of the counted asks answered from the answer cache (absent in runs before it existed). */
  cacheHitRate: z.number().optional(),
});

/** The parts of bench/results.json the page shows. */
export const resultsSchema = z.object({
  machine: z.object({
    summary: z.string(),
    memoryGb: z.number(),
    date: z.string(),
    nproc: z.number().optional(),
  }),
  build: z.object({
    coldBuildMs: z.number(),
    persistedLoadMs: z.number(),
    processStartToReadyMs: z.number(),
    /** Single spawns of which processStartToReadyMs is the median (absent in results before the bench took several). */
    processStartToReadyRunsMs: z.array(z.number()).optional(),
    clauses: z.number(),
  }),
  latencyMs: z.object({ questions: z.number(), retrieval: pct, fullExtractive: pct }),
  http: z.object({
    seconds: z.number(),
    warmupSeconds: z.number().default(0),
    rounds: z.number().default(1),
    answerThreads: z.number(),
    c10: http,
    c50: http,
    /** The same server with ANSWER_CACHE_SIZE=0: every ask answered from scratch. */
    uncached: z.object({ c10: http }).optional(),
  }),
  scale: z.array(
    z.object({
      factor: z.number(),
      clauses: z.number(),
      buildMs: z.number(),
      indexBytes: z.number(),
      rssBytes: z.number(),
      full: pct,
      retrieval: pct,
    }),
  ),
  model: z.object({ addedTimeToFirstTokenMs: pct }),
  peakRss: z.object({ benchProcessMb: z.number(), scaleChildMaxMb: z.number() }),
  /** Process-tree RSS of the compiled server after 300 answers, per number of answering threads. */
  memory: z
    .array(
      z.object({
        answerThreads: z.number(),
        treeRssMb: z.number(),
        runsMb: z.array(z.number()).optional(),
      }),
    )
    .optional(),
  targets: z.record(z.string(), z.boolean()),
});
export type BenchResults = z.infer<typeof resultsSchema>;

const n = (x: number) => x.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
/** The spread of the alternating rounds behind a median ratio. */
const roundsNote = (rounds?: { healthz: number; ask: number }[]) => {
  if (!rounds || rounds.length < 2) return '';
  const ratios = rounds.map((x) => x.ask / x.healthz).sort((a, b) => a - b);
  return ` (medians of ${rounds.length} alternating rounds; single rounds ${ratios[0]!.toFixed(3)}–${ratios.at(-1)!.toFixed(3)})`;
};

const loadRow = (what: string, l: z.infer<typeof load>) =>
  `| ${what} | ${n(l.reqPerSec)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.errors} errors |`;

/**
 * Where an ask's CPU goes at 10 connections, and what the throughput target would leave the server: with
 * every answer computed (the cache off) when that was measured, as that is what answering costs.
 */
function cpuRows(r: BenchResults): string[] {
  const { healthz, ask } = r.http.uncached?.c10 ?? r.http.c10;
  if (!healthz.cpuMsPerRequest || !ask.cpuMsPerRequest) return [];
  const rows = [
    `| CPU per request, 10 connections (all threads): server + load generator | \`GET /healthz\` ${healthz.cpuMsPerRequest.server} + ${healthz.cpuMsPerRequest.loadGenerator} ms; \`POST /api/ask\` ${ask.cpuMsPerRequest.server} + ${ask.cpuMsPerRequest.loadGenerator} ms |`,
  ];
  const budget = r.machine.nproc
    ? askCpuBudgetMs(
        healthz.reqPerSec,
        ask.cpuMsPerRequest.loadGenerator,
        r.machine.nproc,
        ASK_RATIO_TARGET,
      )
    : null;
  if (budget !== null)
    rows.push(
      `| Server CPU per ask at which ask / healthz would reach ${ASK_RATIO_TARGET} (${r.machine.nproc} cores shared with the load generator) | ${budget} ms |`,
    );
  const askHttp = ask.cpuMsPerRequest.httpThread;
  if (askHttp !== undefined && r.machine.nproc) {
    const { ceiling, answeringBudgetMs } = httpThreadLimits(
      healthz.reqPerSec,
      { httpThread: askHttp, loadGenerator: ask.cpuMsPerRequest.loadGenerator },
      r.machine.nproc,
      ASK_RATIO_TARGET,
    );
    const rest = ms3(ask.cpuMsPerRequest.server - askHttp);
    rows.push(
      `| Server CPU per ask by thread, 10 connections: HTTP thread + answering and the rest | ${askHttp} + ${rest} ms (\`GET /healthz\`: ${healthz.cpuMsPerRequest.httpThread ?? 'n/a'} ms on the HTTP thread) |`,
      `| ask / healthz if answering cost nothing (the HTTP thread's cost as measured) | ${ceiling} |`,
      `| Answering CPU per ask at which ask / healthz would reach ${ASK_RATIO_TARGET}, the HTTP thread as measured | ${answeringBudgetMs === null ? 'none: the HTTP thread alone is too slow' : `${answeringBudgetMs} ms (now ${rest} ms)`} |`,
    );
  }
  return rows;
}

const hitRateRow = (h: z.infer<typeof http>) =>
  h.cacheHitRate === undefined
    ? []
    : [
        `| Asks answered from the answer cache in those rounds (40 questions, asked again and again) | ${(h.cacheHitRate * 100).toFixed(1)}% |`,
      ];

/** The same load with the cache off: what a stream of questions never asked before gets. */
function uncachedRows(r: BenchResults): string[] {
  const u = r.http.uncached?.c10;
  if (!u) return [];
  return [
    loadRow(
      '`POST /api/ask`, 10 connections, every answer computed (`ANSWER_CACHE_SIZE=0`)',
      u.ask,
    ),
    `| ask / healthz, 10 connections, every answer computed | ${u.ratioAskToHealthz}${roundsNote(u.rounds)} |`,
  ];
}

/** The spread of the single spawns beside their median, so one slow spawn reads as what it is. */
function startRuns(runs: number[] | undefined): string {
  if (!runs || runs.length < 2) return '';
  return ` (median of ${runs.length} spawns; single spawns ${n(Math.min(...runs))}–${n(Math.max(...runs))} ms)`;
}

export function renderFigures(r: BenchResults): string {
  const rows = [
    `| Cold index build (${r.build.clauses} clauses; compiled, as npm start runs it) | ${n(r.build.coldBuildMs)} ms |`,
    `| Load with a persisted index (in-process) | ${r.build.persistedLoadMs} ms |`,
    `| Start-to-ready, process spawned → listening${startRuns(r.build.processStartToReadyRunsMs)} | ${n(r.build.processStartToReadyMs)} ms |`,
    `| Retrieval alone (${n(r.latencyMs.questions)} eval questions × 3 passes), p50 / p95 / p99 | ${r.latencyMs.retrieval.p50} / ${r.latencyMs.retrieval.p95} / ${r.latencyMs.retrieval.p99} ms |`,
    `| Full extractive answer, p50 / p95 / p99 | ${r.latencyMs.fullExtractive.p50} / ${r.latencyMs.fullExtractive.p95} / ${r.latencyMs.fullExtractive.p99} ms |`,
    `| HTTP load runs (autocannon) | ${r.http.rounds > 1 ? `${r.http.rounds} alternating rounds of ` : ''}${r.http.seconds} s each${r.http.warmupSeconds ? `, after ${r.http.warmupSeconds} s uncounted on the same endpoint` : ''} |`,
    loadRow('`GET /healthz`, 10 connections', r.http.c10.healthz),
    loadRow('`POST /api/ask`, 10 connections', r.http.c10.ask),
    `| ask / healthz, 10 connections | ${r.http.c10.ratioAskToHealthz}${roundsNote(r.http.c10.rounds)} |`,
    ...hitRateRow(r.http.c10),
    ...uncachedRows(r),
    ...cpuRows(r),
    loadRow('`GET /healthz`, 50 connections', r.http.c50.healthz),
    loadRow('`POST /api/ask`, 50 connections', r.http.c50.ask),
    ...r.scale.map(
      (s) =>
        `| Corpus ×${s.factor} (${n(s.clauses)} clauses) | build ${n(s.buildMs)} ms, index ${mb(s.indexBytes)}, RSS ${mb(s.rssBytes)}, answer p50 ${s.full.p50} ms (retrieval ${s.retrieval.p50} ms) |`,
    ),
    `| Model mode: added time to first token, p50 / p99 | ${r.model.addedTimeToFirstTokenMs.p50} / ${r.model.addedTimeToFirstTokenMs.p99} ms |`,
    ...(r.memory ?? []).map(
      (m) =>
        `| Server process tree after 300 answers, ${m.answerThreads} answering thread(s) | ${m.treeRssMb} MB RSS${m.runsMb ? ` (median of ${m.runsMb.join(', ')})` : ''} |`,
    ),
    `| Peak RSS | bench process ${r.peakRss.benchProcessMb} MB; largest scale child ${r.peakRss.scaleChildMaxMb} MB |`,
  ];
  const targets = Object.entries(r.targets).map(([t, ok]) => `- ${ok ? '✅' : '❌'} ${t}`);
  return [
    START,
    // Generated tables are compared with their source by a test; the formatter must leave them as written.
    '<!-- prettier-ignore-start -->',
    `Run of ${r.machine.date.slice(0, 10)} on ${r.machine.summary}, ${r.machine.memoryGb} GB, ${r.http.answerThreads} answering thread(s):`,
    '',
    '| What | Figure |',
    '| --- | --- |',
    ...rows,
    '',
    'Targets:',
    '',
    ...targets,
    '<!-- prettier-ignore-end -->',
    END,
  ].join('\n');
}

export const README = 'README.md';
export const HEADLINE_START = '<!-- bench-headline:start (written from bench/results.json) -->';
export const HEADLINE_END = '<!-- bench-headline:end -->';

const uncachedHeadline = (r: BenchResults) => {
  const u = r.http.uncached?.c10;
  const hit = r.http.c10.cacheHitRate;
  if (!u || hit === undefined) return '';
  return ` with ${(hit * 100).toFixed(0)}% of the asks answered from the cache; ${n(u.ask.reqPerSec)} req/s (ratio ${u.ratioAskToHealthz}) when every answer is computed`;
};

/** The README's few lines: start, answer time, memory per number of answering threads, throughput. */
export function renderHeadline(r: BenchResults): string {
  const memory = r.memory ?? [];
  const rss = memory.length
    ? `process-tree RSS after 300 answers ${memory.map((m) => m.treeRssMb).join(' / ')} MB with ${memory.map((m) => m.answerThreads).join(' / ')} answering thread(s); `
    : '';
  return [
    HEADLINE_START,
    '<!-- prettier-ignore-start -->',
    `Bench of ${r.machine.date.slice(0, 10)} (${r.machine.summary}): start-to-ready ${n(r.build.processStartToReadyMs)} ms; ` +
      `answer p50 ${r.latencyMs.fullExtractive.p50} ms; ${rss}` +
      `\`POST /api/ask\` ${n(r.http.c10.ask.reqPerSec)} req/s at 10 connections (ask / healthz ${r.http.c10.ratioAskToHealthz})${uncachedHeadline(r)}.`,
    '<!-- prettier-ignore-end -->',
    HEADLINE_END,
  ].join('\n');
}

/** The page with its figures block replaced; an error when the markers are missing. */
export function withFigures(page: string, r: BenchResults): string {
  const out = replaceMarkedBlock(page, { start: START, end: END }, renderFigures(r));
  if (out === null) throw new Error(`the page has no ${START} … ${END} block`);
  return out;
}

export const PAGE = 'docs/performance.md';

/** The README with its bench headline replaced; an error when the markers are missing. */
export function withHeadline(readme: string, r: BenchResults): string {
  const markers = { start: HEADLINE_START, end: HEADLINE_END };
  const out = replaceMarkedBlock(readme, markers, renderHeadline(r));
  if (out === null) throw new Error(`the README has no ${HEADLINE_START} … ${HEADLINE_END} block`);
  return out;
}

export function writeFigures(
  resultsPath = 'bench/results.json',
  page = PAGE,
  readme = README,
): void {
  const results = resultsSchema.parse(JSON.parse(readFileSync(resultsPath, 'utf8')));
  writeFileSync(page, withFigures(readFileSync(page, 'utf8'), results));
  writeFileSync(readme, withHeadline(readFileSync(readme, 'utf8'), results));
}
