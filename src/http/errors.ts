/** Domain errors and the one place that turns any error into a JSON response without a stack trace. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An HTTPException with a code for the JSON body, so Hono's middlewares (hono/timeout) can throw it too. */
export class ApiError extends HTTPException {
  override name = 'ApiError';
  constructor(
    override readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
  static isInstance(e: unknown): e is ApiError {
    return e instanceof ApiError;
  }
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** app.onError: known errors keep their status; anything else is a logged 500 with a generic message. */
export function handleError(err: Error, c: Context, log: (e: unknown) => void) {
  if (ApiError.isInstance(err)) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code =
      status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'http_error';
    return c.json(errorBody(code, err.message || 'Request failed'), status);
  }
  log(err);
  return c.json(errorBody('internal_error', 'Something went wrong while answering.'), 500);
}
