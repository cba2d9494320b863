/** Reads a JSON request body and validates it with zod, turning every failure into a 4xx ApiError. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.js';
import { requestText } from './request-body.js';

export async function readJson<S extends z.ZodTypeAny>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const raw = await requestText(c);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'body';
    throw new ApiError(400, 'invalid_request', `${where}: ${issue.message}`);
  }
  return parsed.data;
}
