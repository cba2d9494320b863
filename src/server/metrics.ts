/** Prometheus metrics (prom-client): requests, latency, answers by mode/found/degraded, feedback, Slack events. */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AnswerCacheStats } from '../answer/answer-cache.js';
import type { AskResult } from '../answer/types.js';
import { slackCounterSnapshot } from '../integrations/slack/slack-counters.js';
import type { SharedStateStats } from '../shared-state/shared-store.js';

export interface Metrics {
  registry: Registry;
  middleware: MiddlewareHandler;
  recordAnswer(result: Pick<AskResult, 'mode' | 'found' | 'degraded'>, via?: string): void;
  recordSlackEvent(kind: string): void;
  /** A stored rating (newRating) or a comment added to one, by the front door that gave the answer. */
  recordFeedback(f: { rating: string; via: string; newRating: boolean; comment: boolean }): void;
}

/** What the answering threads report (AnswerThreads), read at scrape time. */
export interface ThreadStats {
  ready: number;
  stats: { answered: number; failed: number; restarts: number };
}

/** A fresh registry per app, so tests (and several apps in one process) never share counters. */
export function createMetrics(
  opts: {
    defaultMetrics?: boolean;
    threads?: ThreadStats;
    answerCache?: AnswerCacheStats;
    sharedState?: SharedStateStats;
  } = {},
): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration (to the response head) by route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'answers_total',
    help: 'Answers by mode (extractive or llm), whether the document answered, and front door.',
    labelNames: ['mode', 'found', 'via'] as const,
    registers: [registry],
  });
  const degraded = new Counter({
    name: 'answers_degraded_total',
    help: 'Model answers that fell back to the extractive answer.',
    labelNames: ['via'] as const,
    registers: [registry],
  });
  const feedback = new Counter({
    name: 'feedback_total',
    help: 'Ratings stored, by rating (up, down) and the front door that gave the answer.',
    labelNames: ['rating', 'via'] as const,
    registers: [registry],
  });
  const feedbackComments = new Counter({
    name: 'feedback_comments_total',
    help: 'Feedback comments stored, by the front door that gave the answer.',
    labelNames: ['via'] as const,
    registers: [registry],
  });
  const slackEvents = new Counter({
    name: 'slack_events_recorded_total',
    help: 'Slack events recorded through recordSlackEvent, by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  // The Slack integration keeps its own in-process counters; they are read at scrape time.
  new Counter({
    name: 'slack_events_total',
    help: 'Slack traffic and feedback since start, by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, n] of Object.entries(slackCounterSnapshot()))
        if (n > 0) this.inc({ kind }, n);
    },
  });

  const threads = opts.threads;
  if (threads) {
    new Gauge({
      name: 'answer_threads_ready',
      help: 'Worker threads ready to answer (0: answers are computed on the HTTP thread).',
      registers: [registry],
      collect() {
        this.set(threads.ready);
      },
    });
    new Counter({
      name: 'answer_thread_events_total',
      help: 'Answering threads since start: answers given, answers failed, threads replaced.',
      labelNames: ['event'] as const,
      registers: [registry],
      collect() {
        this.reset();
        const { answered, failed, restarts } = threads.stats;
        this.inc({ event: 'answered' }, answered);
        this.inc({ event: 'failed' }, failed);
        this.inc({ event: 'restarted' }, restarts);
      },
    });
  }

  if (opts.answerCache) answerCacheMetrics(registry, opts.answerCache);
  if (opts.sharedState) sharedStateMetrics(registry, opts.sharedState);

  const middleware: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    // The matched route pattern, not the raw path: ids and junk paths must not explode the label set.
    // Middleware is registered as ALL; the last method-specific match is the handler that answered.
    const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
    const route = handler?.path ?? 'unmatched';
    const labels = { method: c.req.method, route };
    requests.inc({ ...labels, status: String(c.res.status) });
    latency.observe(labels, (performance.now() - started) / 1000);
  };

  const metrics: Metrics = {
    registry,
    middleware,
    recordAnswer(result, via = 'api') {
      answers.inc({ mode: result.mode, found: String(result.found), via });
      if (result.degraded) degraded.inc({ via });
    },
    recordSlackEvent(kind) {
      slackEvents.inc({ kind: kind.slice(0, 40) });
    },
    recordFeedback(f) {
      if (f.newRating) feedback.inc({ rating: f.rating, via: f.via });
      if (f.comment) feedbackComments.inc({ via: f.via });
    },
  };
  active = metrics;
  return metrics;
}

/** How often a question was answered from memory (ANSWER_CACHE_SIZE), and how many answers it holds. */
function answerCacheMetrics(registry: Registry, cache: AnswerCacheStats): void {
  new Counter({
    name: 'answer_cache_lookups_total',
    help: 'Offline questions looked up in the answer cache since start, by result (hit or miss).',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ result: 'hit' }, cache.hits);
      this.inc({ result: 'miss' }, cache.misses);
    },
  });
  new Gauge({
    name: 'answer_cache_entries',
    help: 'Answers the answer cache holds now.',
    registers: [registry],
    collect() {
      this.set(cache.size);
    },
  });
}

/** Whether Redis is reachable, its outages, and what was answered without it (only with REDIS_URL). */
function sharedStateMetrics(registry: Registry, state: SharedStateStats): void {
  new Gauge({
    name: 'shared_state_up',
    help: 'Whether Redis (REDIS_URL) is reachable: 1 yes, 0 no (state is then per replica).',
    registers: [registry],
    collect() {
      this.set(state.up ? 1 : 0);
    },
  });
  new Counter({
    name: 'shared_state_outages_total',
    help: 'Times Redis became unreachable since start.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(state.outages);
    },
  });
  new Counter({
    name: 'shared_state_fallbacks_total',
    help: 'Operations answered without Redis (rate limit open, in-process de-dup and memory), by op.',
    labelNames: ['op'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [op, n] of Object.entries(state.fallbacks)) this.inc({ op }, n);
    },
  });
}

/** The metrics of the most recently created app: what the module-level helpers below record into. */
let active: Metrics | null = null;

/** Counts one answer in the running app's metrics (a no-op before any app exists). */
export function recordAnswer(
  result: Pick<AskResult, 'mode' | 'found' | 'degraded'>,
  via?: string,
): void {
  active?.recordAnswer(result, via);
}

/** Counts one Slack event (e.g. 'command', 'mention', 'feedback_up') in the running app's metrics. */
export function recordSlackEvent(kind: string): void {
  active?.recordSlackEvent(kind);
}
