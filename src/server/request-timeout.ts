/** Bounds the time to a response head (REQUEST_TIMEOUT_MS) with hono/timeout: a slow answer is a 504 JSON error. */
import type { MiddlewareHandler } from 'hono';
import { timeout } from 'hono/timeout';
import { ApiError } from '../http/errors.js';

/**
 * Streams return their head at once, so only the wait for it is bounded, not the stream itself. The
 * exception hono/timeout throws goes through app.onError like any other, as the same JSON error.
 */
export function requestTimeout(ms: number): MiddlewareHandler {
  return timeout(
    ms,
    () => new ApiError(504, 'timeout', `The answer took longer than ${ms} ms.`) as never,
  );
}
