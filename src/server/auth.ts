/** Optional bearer API-key auth for /v1 and /api: on when API_KEYS is set, a no-op otherwise. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { openAIErrorBody } from '../integrations/openai-compat/openai-errors.js';
import { errorBody } from '../http/errors.js';

/** Hashing first gives equal-length buffers, so the comparison time says nothing about the key. */
function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

export function apiKeyAuth(keys: readonly string[]): MiddlewareHandler {
  const expected = keys.filter(Boolean).map(digest);
  if (expected.length === 0) return async (_c, next) => next();

  return async (c, next) => {
    // CORS preflights carry no credentials by design; the CORS middleware answers them.
    if (c.req.method === 'OPTIONS') return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header);
    const given = digest(match?.[1] ?? '');
    // Compares against every key, without stopping early, so timing does not tell which matched.
    let ok = false;
    for (const key of expected) ok = timingSafeEqual(given, key) || ok;
    if (ok && match) return next();

    const message = match
      ? 'Incorrect API key provided.'
      : 'Missing API key: send it as "Authorization: Bearer <key>".';
    c.header('WWW-Authenticate', 'Bearer');
    if (c.req.path === '/v1' || c.req.path.startsWith('/v1/')) {
      return c.json(openAIErrorBody(401, 'invalid_api_key', message), 401);
    }
    return c.json(errorBody('unauthorized', message), 401);
  };
}
