/**
 * Per-client rate limiting (RATE_LIMIT_PER_MINUTE, 0 = off): a token bucket per client key, 429 + Retry-After.
 * With REDIS_URL the buckets live in Redis, so every replica counts against the same allowance; while Redis
 * is away the limit fails open (the request is served) rather than failing the request.
 */
import { LRUCache } from 'lru-cache';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../http/errors.js';
import type { SharedStore } from '../shared-state/shared-store.js';
import type { TokenVerdict } from '../shared-state/token-bucket.js';

/** Bounds memory under a flood of distinct clients: the oldest buckets are dropped first. */
const MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimitOptions {
  now?: () => number;
  /** Who the request counts against (see client-key.ts). */
  key: (c: Context) => string;
  /** Buckets shared by the replicas; without it they are kept in-process. */
  shared?: SharedStore | null;
}

/** In-process buckets: a burst of up to a minute's allowance, refilled continuously. */
function localBuckets(perMinute: number, now: () => number) {
  const perMs = perMinute / 60_000;
  // The least recently seen clients are forgotten first once MAX_CLIENTS are tracked.
  const buckets = new LRUCache<string, Bucket>({ max: MAX_CLIENTS });
  return (id: string): TokenVerdict => {
    const t = now();
    const b = buckets.get(id) ?? { tokens: perMinute, at: t };
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(id, b);
    if (b.tokens < 1) return { allowed: false, retryAfterMs: (1 - b.tokens) / perMs };
    b.tokens -= 1;
    return { allowed: true, retryAfterMs: 0 };
  };
}

export function rateLimit(perMinute: number, opts: RateLimitOptions): MiddlewareHandler {
  if (perMinute <= 0) return async (_c, next) => next();
  const local = localBuckets(perMinute, opts.now ?? Date.now);
  const shared = opts.shared;
  const take = shared
    ? (id: string) => shared.takeToken(`rate:${id}`, perMinute)
    : async (id: string) => local(id);

  return async (c, next) => {
    // null: Redis is away, and the limit fails open.
    const verdict = await take(opts.key(c));
    if (!verdict || verdict.allowed) return next();
    const retryAfter = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    c.header('Retry-After', String(retryAfter));
    return c.json(
      errorBody(
        'rate_limited',
        `Too many requests: the limit is ${perMinute} per minute per client. Retry after ${retryAfter} s.`,
      ),
      429,
    );
  };
}
