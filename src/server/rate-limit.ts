/** Per-client rate limiting (RATE_LIMIT_PER_MINUTE, 0 = off): a token bucket per client address, 429 + Retry-After. */
import { LRUCache } from 'lru-cache';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { errorBody } from '../http/errors.js';

/** Bounds memory under a flood of distinct addresses: the oldest buckets are dropped first. */
const MAX_CLIENTS = 10_000;

/**
 * The socket's address. X-Forwarded-For is ignored on purpose: any client can set it, so trusting it would let
 * one caller pose as many. Behind a proxy, rate-limit at the proxy instead.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

export function rateLimit(
  perMinute: number,
  opts: { now?: () => number; key?: (c: Context) => string } = {},
): MiddlewareHandler {
  if (perMinute <= 0) return async (_c, next) => next();
  const now = opts.now ?? Date.now;
  const key = opts.key ?? clientAddress;
  const perMs = perMinute / 60_000;
  // The least recently seen clients are forgotten first once MAX_CLIENTS are tracked.
  const buckets = new LRUCache<string, Bucket>({ max: MAX_CLIENTS });

  return async (c, next) => {
    const id = key(c);
    const t = now();
    const b = buckets.get(id) ?? { tokens: perMinute, at: t };
    // A burst of up to a minute's allowance, refilled continuously.
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(id, b);
    if (b.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
      c.header('Retry-After', String(retryAfter));
      return c.json(
        errorBody(
          'rate_limited',
          `Too many requests: the limit is ${perMinute} per minute per client. Retry after ${retryAfter} s.`,
        ),
        429,
      );
    }
    b.tokens -= 1;
    return next();
  };
}
