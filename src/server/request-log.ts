/** Request ids and one structured access-log line per request (id, method, route, status, duration). */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';

/** A caller's id is kept only when it is short and plain, so it cannot forge log lines. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export interface RequestLogEnv {
  Variables: { requestId: string; log: Logger };
}

export function requestLog(logger: Logger): MiddlewareHandler<RequestLogEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && SAFE_ID.test(given) ? given : randomUUID();
    const log = logger.child({ reqId: id });
    c.set('requestId', id);
    c.set('log', log);
    const started = performance.now();
    // Set before the response exists: Hono's c.header() on a finished response rebuilds it around a new
    // web stream, which cost more than the rest of a small request.
    c.header('X-Request-Id', id);
    await next();
    if (!c.res.headers.has('X-Request-Id')) c.res.headers.set('X-Request-Id', id);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    // The path is logged, never the query string or body: those may carry the question.
    const line = { method: c.req.method, path: c.req.path.slice(0, 200), status, ms };
    if (status >= 500) log.error(line, 'request failed');
    else log.info(line, 'request');
  };
}

/** The request id of any context, whatever its env type (for the app's error handler). */
export function requestIdOf(c: Context): string | undefined {
  return (c.var as Partial<RequestLogEnv['Variables']>).requestId;
}
