/** Errors in OpenAI's shape ({error:{message,type,code,param}}) so SDKs and chat front ends surface them. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../../http/errors.js';

export interface OpenAIErrorBody {
  error: { message: string; type: string; code: string | null; param: string | null };
}

/** An ApiError that also names the offending request field, as OpenAI's `param` does. */
export class OpenAIError extends ApiError {
  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    readonly param: string | null = null,
  ) {
    super(status, code, message);
  }
}

/** OpenAI reports 4xx request problems (and bad keys) as invalid_request_error, failures as server_error. */
function typeFor(status: number): string {
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

export function openAIErrorBody(
  status: number,
  code: string | null,
  message: string,
  param: string | null = null,
): OpenAIErrorBody {
  return { error: { message, type: typeFor(status), code, param } };
}

/** onError of the /v1 routes: the same mapping as the app's handler, in OpenAI's shape. */
export function handleOpenAIError(err: Error, c: Context, log: (e: unknown) => void) {
  if (ApiError.isInstance(err)) {
    const param = err instanceof OpenAIError ? err.param : null;
    return c.json(openAIErrorBody(err.status, err.code, err.message, param), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code =
      status === 413 ? 'payload_too_large' : status === 401 ? 'invalid_api_key' : 'http_error';
    return c.json(openAIErrorBody(status, code, err.message || 'Request failed'), status);
  }
  log(err);
  return c.json(
    openAIErrorBody(500, 'internal_error', 'Something went wrong while answering.'),
    500,
  );
}
