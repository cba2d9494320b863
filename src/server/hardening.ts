/** Mounts the operational middleware in order: unread bodies drained, request ids + logs, metrics, secure headers, CORS, rate limit, timeout. */
import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from '../http/app-env.js';
import type { SharedStore } from '../shared-state/shared-store.js';
import { answerMetrics } from './answer-metrics.js';
import { clientKey } from './client-key.js';
import type { Logger } from './logger.js';
import type { AnswerCacheStats } from '../answer/answer-cache.js';
import { createMetrics, type Metrics, type ThreadStats } from './metrics.js';
import { rateLimit } from './rate-limit.js';
import { requestLog } from './request-log.js';
import { requestTimeout } from './request-timeout.js';
import { drainUnreadBody } from './unread-body.js';

export interface Ops {
  logger: Logger;
  metrics: Metrics;
}

export interface HardenDeps extends AppDeps {
  logger: Logger;
  /** Rate-limit buckets shared by the replicas (REDIS_URL), or null: in-process. */
  shared: SharedStore | null;
}

// Hono<any>: the app's own env plus the variables these middlewares add (requestId, log).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function harden(app: Hono<any>, deps: HardenDeps): Ops {
  const { config, logger, shared } = deps;
  // An assistant answering on worker threads (threaded-assistant.ts) exposes them for /metrics.
  const threads = (deps.assistant as { threads?: ThreadStats }).threads;
  // Likewise an assistant that remembers answers (answer-cache.ts) exposes its hits and misses.
  const answerCache = (deps.assistant as { answerCache?: AnswerCacheStats }).answerCache;
  const metrics = createMetrics({ threads, answerCache, sharedState: shared?.stats });

  // Outermost: an early answer (413, 415 …) is decided and logged, then waits for the body to arrive.
  app.use('*', drainUnreadBody());
  app.use('*', requestLog(logger));
  app.use('*', metrics.middleware);
  // overwrite: false keeps what a route set itself (the page's CSP and X-Frame-Options: DENY).
  app.use('*', secureHeaders({ overwrite: false, xFrameOptions: 'DENY' }));
  // CORS is off unless CORS_ORIGINS lists origins; there is no wildcard default.
  if (config.corsOrigins.length > 0) {
    app.use(
      '*',
      cors({
        origin: config.corsOrigins,
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
        exposeHeaders: ['X-Request-Id', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }
  // Probes and scrapes are never limited: a busy client must not make the server look dead. Slack is not
  // limited per address either: all of a workspace's traffic comes from a few Slack servers, signed.
  const limited = rateLimit(config.rateLimitPerMinute, { key: clientKey(config), shared });
  const unlimited = (path: string) =>
    path === '/healthz' || path === '/metrics' || path.startsWith('/slack/');
  app.use('*', async (c, next) => (unlimited(c.req.path) ? next() : limited(c, next)));
  app.use('*', requestTimeout(config.requestTimeoutMs));
  app.use('*', answerMetrics(metrics, config.logQuestions));

  return { logger, metrics };
}
