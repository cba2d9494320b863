/**
 * GET /metrics (Prometheus text). With METRICS_TOKEN it requires `Authorization: Bearer <token>`; with
 * METRICS_PORT main.ts serves it on that port alone (for the scraper's network) and PORT has no /metrics.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Registry } from 'prom-client';
import { errorBody } from '../http/errors.js';

/** Hashing first gives equal-length buffers, so the comparison time says nothing about the token. */
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function metricsRoutes(registry: Registry, token: string | undefined): Hono {
  const expected = token ? digest(token) : null;
  const app = new Hono();
  app.get('/', async (c) => {
    if (expected) {
      const given = /^Bearer[ \t]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json(errorBody('unauthorized', 'Send the metrics token as a bearer token.'), 401);
      }
    }
    c.header('Content-Type', registry.contentType);
    return c.body(await registry.metrics());
  });
  return app;
}
