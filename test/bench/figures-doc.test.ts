import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedBlock } from '../../src/eval/marked-block.js';
import {
  askCpuBudgetMs,
  END,
  httpThreadLimits,
  HEADLINE_END,
  HEADLINE_START,
  PAGE,
  README,
  renderFigures,
  renderHeadline,
  resultsSchema,
  START,
  withFigures,
  withHeadline,
} from '../../bench/figures-doc.js';

const results = resultsSchema.parse(JSON.parse(readFileSync('bench/results.json', 'utf8')));

describe('docs/performance.md figures', () => {
  it('are exactly what bench/results.json says (written by the bench, never by hand)', () => {
    const page = readFileSync(PAGE, 'utf8');
    const block = markedBlock(page, { start: START, end: END });
    expect(block).toBe(renderFigures(results));
  });

  it('show every scale point and every target with its outcome', () => {
    const block = renderFigures(results);
    for (const s of results.scale) expect(block).toContain(`Corpus ×${s.factor} `);
    for (const [t, ok] of Object.entries(results.targets))
      expect(block).toContain(`${ok ? '✅' : '❌'} ${t}`);
  });

  it('refuse a page without the markers instead of losing the figures', () => {
    expect(() => withFigures('no markers', results)).toThrow(/block/);
    expect(() => withHeadline('no markers', results)).toThrow(/block/);
  });

  it('give the README a headline from the same run: memory per thread count, start, throughput', () => {
    const readme = readFileSync(README, 'utf8');
    const block = markedBlock(readme, { start: HEADLINE_START, end: HEADLINE_END });
    expect(block).toBe(renderHeadline(results));
    for (const m of results.memory ?? []) expect(block).toContain(String(m.treeRssMb));
    expect(block).toContain(String(results.http.c10.ratioAskToHealthz));
  });
});

describe('alternating rounds', () => {
  it('show the spread of single rounds beside the median ratio', () => {
    const rounds = [
      { healthz: 10_000, ask: 2_000 },
      { healthz: 8_000, ask: 2_400 },
      { healthz: 9_000, ask: 2_250 },
    ];
    const block = renderFigures({
      ...results,
      http: { ...results.http, rounds: 3, c10: { ...results.http.c10, rounds } },
    });
    expect(block).toContain('medians of 3 alternating rounds; single rounds 0.200–0.300');
    expect(block).toContain('3 alternating rounds of ');
  });
});

describe('the answer cache in the figures', () => {
  const point = (ask: number, healthz: number) => ({
    ...results.http.c10,
    ask: { ...results.http.c10.ask, reqPerSec: ask },
    healthz: { ...results.http.c10.healthz, reqPerSec: healthz },
    ratioAskToHealthz: ask / healthz,
    rounds: undefined,
  });
  const withCache = {
    ...results,
    http: {
      ...results.http,
      c10: { ...point(4_000, 8_000), cacheHitRate: 0.998 },
      uncached: { c10: point(1_234, 8_000) },
    },
  };

  it('show the hit rate beside the cached ratio, and the ratio with every answer computed', () => {
    const block = renderFigures(withCache);
    expect(block).toContain('| 99.8% |');
    expect(block).toContain('| ask / healthz, 10 connections | 0.5 |');
    expect(block).toContain('| ask / healthz, 10 connections, every answer computed | 0.15425 |');
    expect(block).toContain('1,234 req/s');
  });

  it('give the README both throughputs, never the cached one alone', () => {
    const line = renderHeadline(withCache);
    expect(line).toContain('(ask / healthz 0.5) with 100% of the asks answered from the cache');
    expect(line).toContain('1,234 req/s (ratio 0.15425) when every answer is computed');
  });

  it('leave both out for a run from before the cache', () => {
    const { uncached: _, ...http } = results.http;
    const old = {
      ...results,
      http: { ...http, c10: { ...results.http.c10, cacheHitRate: undefined } },
    };
    expect(renderFigures(old)).not.toContain(
      '| ask / healthz, 10 connections, every answer computed',
    );
    expect(renderFigures(old)).not.toContain('answered from the answer cache');
    expect(renderHeadline(old)).not.toContain('cache');
  });
});

describe('askCpuBudgetMs', () => {
  it("is the cores' CPU left after the load generator's share, per ask, at the target rate", () => {
    // 0.3 × 10,000 = 3,000 asks/s; the generator takes 3,000 × 0.1 ms = 300 ms of the 2,000 ms per second.
    expect(askCpuBudgetMs(10_000, 0.1, 2, 0.3)).toBeCloseTo(1700 / 3000, 3);
    expect(askCpuBudgetMs(10_000, undefined, 2, 0.3)).toBeNull();
  });

  it('is shown with the CPU figures when the run measured them (every answer computed, if measured)', () => {
    const { ask } = results.http.uncached?.c10 ?? results.http.c10;
    const block = renderFigures(results);
    if (!ask.cpuMsPerRequest) expect(block).not.toContain('CPU per request');
    else expect(block).toContain(`\`POST /api/ask\` ${ask.cpuMsPerRequest.server} + `);
  });
});

describe('httpThreadLimits', () => {
  it('caps the ratio by the HTTP thread alone and leaves the rest of the cores to answering', () => {
    // 0.25 ms per ask on one thread: 4,000 asks/s at most, 0.4 of 10,000 healthz/s. At 0.3 (3,000/s) the
    // cores give 2,000 / 3,000 ms per ask, less 0.1 (generator) and 0.25 (HTTP thread) for answering.
    const fast = httpThreadLimits(10_000, { httpThread: 0.25, loadGenerator: 0.1 }, 2, 0.3);
    expect(fast.ceiling).toBeCloseTo(0.4, 3);
    expect(fast.answeringBudgetMs).toBeCloseTo(2 / 3 - 0.35, 3);
  });

  it('leaves no answering budget when the HTTP thread alone cannot keep the target rate', () => {
    const slow = httpThreadLimits(10_000, { httpThread: 0.4, loadGenerator: 0.1 }, 2, 0.3);
    expect(slow.ceiling).toBeCloseTo(0.25, 3);
    expect(slow.answeringBudgetMs).toBeNull();
  });

  it('is shown with the per-thread figures when the run measured them', () => {
    const ask = {
      ...results.http.c10.ask,
      cpuMsPerRequest: { server: 0.9, loadGenerator: 0.17, httpThread: 0.3 },
    };
    // Of the run with every answer computed when there is one: that is what answering costs.
    const point = results.http.uncached?.c10 ?? results.http.c10;
    const http = results.http.uncached
      ? { ...results.http, uncached: { c10: { ...point, ask } } }
      : { ...results.http, c10: { ...point, ask } };
    const block = renderFigures({ ...results, http });
    expect(block).toContain('HTTP thread + answering and the rest | 0.3 + 0.6 ms');
    expect(block).toContain('ask / healthz if answering cost nothing');
  });
});

describe('start-to-ready over several spawns', () => {
  it('shows the median with the spread of the single spawns', () => {
    const block = renderFigures({
      ...results,
      build: {
        ...results.build,
        processStartToReadyMs: 812,
        processStartToReadyRunsMs: [790, 1_190, 812, 801, 845],
      },
    });
    expect(block).toContain('median of 5 spawns; single spawns 790–1,190 ms) | 812 ms |');
  });

  it('reads one spawn as it is, without a spread', () => {
    const block = renderFigures({
      ...results,
      build: { ...results.build, processStartToReadyMs: 900, processStartToReadyRunsMs: [900] },
    });
    expect(block).toContain('| Start-to-ready, process spawned → listening | 900 ms |');
  });
});
