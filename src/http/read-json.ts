/** Reads a JSON request body and validates it with zod, turning every failure into a 4xx ApiError. */
import type { Context } from 'hono';
import { ApiError } from './errors.js';
import { requestText } from './request-body.js';

/** What readJson needs of a schema: zod 3's and zod 4's safeParse both have this shape. */
export interface BodySchema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export async function readJson<T>(c: Context, schema: BodySchema<T>): Promise<T> {
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
    const where = issue.path.length ? issue.path.map(String).join('.') : 'body';
    throw new ApiError(400, 'invalid_request', `${where}: ${issue.message}`);
  }
  return parsed.data;
}
