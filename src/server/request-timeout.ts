/** Bounds the time to a response head (REQUEST_TIMEOUT_MS): a slow answer becomes a 504 JSON error, not a hang. */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/errors.js';

export function requestTimeout(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ApiError(504, 'timeout', `The answer took longer than ${ms} ms.`)),
        ms,
      );
    });
    try {
      // Streams return their head at once, so only the wait for it is bounded, not the stream itself.
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
