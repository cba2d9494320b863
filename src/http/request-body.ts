/**
 * Reads a request body once, within LIMITS.bodyBytes, and remembers it for the rest of the request.
 * On Node the bytes come straight from the IncomingMessage: asking Hono's Node adapter for the body
 * builds a full web Request (with an AbortController and a web stream) per request, which cost more
 * than answering a question does. Elsewhere (tests' app.request, other runtimes) the web body is read.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { LIMITS } from './ask-schema.js';
import { ApiError } from './errors.js';

const cache = new WeakMap<Context, string>();

function tooLarge(c: Context, max: number): ApiError {
  // The rest of an oversized body is not read: close the connection after the error instead.
  c.header('Connection', 'close');
  return new ApiError(413, 'payload_too_large', `The body is larger than ${max} bytes.`);
}

const unreadable = () => new ApiError(400, 'invalid_body', 'The request body could not be read.');

function readIncoming(c: Context, incoming: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: ApiError | null) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    incoming.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) finish(tooLarge(c, max));
      else chunks.push(chunk);
    });
    incoming.once('end', () => finish(null));
    incoming.once('error', () => finish(unreadable()));
    incoming.once('close', () => finish(incoming.complete ? null : unreadable()));
  });
}

async function readWeb(c: Context, max: number): Promise<Buffer> {
  const body = c.req.raw.body;
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(c, max);
      }
      chunks.push(value);
    }
  } catch (e) {
    throw ApiError.isInstance(e) ? e : unreadable();
  }
  return Buffer.concat(chunks, size);
}

/** The body as text (UTF-8, invalid bytes replaced); a 413 ApiError past the limit, 400 if unreadable. */
export async function requestText(c: Context, max = LIMITS.bodyBytes): Promise<string> {
  const seen = cache.get(c);
  if (seen !== undefined) return seen;
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(c, max);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  // Untouched (readableFlowing === null) means nothing else has started reading the stream.
  const bytes =
    incoming && typeof incoming.on === 'function' && incoming.readableFlowing === null
      ? await readIncoming(c, incoming, max)
      : await readWeb(c, max);
  const text = bytes.toString('utf8');
  cache.set(c, text);
  return text;
}
