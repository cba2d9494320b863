/**
 * An answer decided before the request body was read (413, 415, 401, 404, 429 …) waits until the client has
 * finished sending, discarding the rest of the body, then closes the connection. Closing a socket that still
 * has unread bytes makes the kernel send a reset, and clients that write the whole body before reading
 * (Python's urllib and requests, curl) then report the reset instead of the answer. The wait is bounded
 * (16 MB or 5 s): past it the connection is closed anyway.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_MS = 5_000;

export interface DrainOptions {
  maxBytes?: number;
  maxMs?: number;
}

/** Reads and discards the rest of a body; true when it ended within the bounds. */
export function drain(
  incoming: IncomingMessage,
  maxBytes: number,
  maxMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    let bytes = 0;
    const done = (ended: boolean) => {
      clearTimeout(timer);
      incoming.off('data', onData).off('end', onEnd).off('error', onEnd).off('close', onEnd);
      resolve(ended);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) done(false);
    };
    const onEnd = () => done(incoming.complete);
    const timer = setTimeout(() => done(false), maxMs);
    incoming.on('data', onData).once('end', onEnd).once('error', onEnd).once('close', onEnd);
    incoming.resume();
  });
}

export function drainUnreadBody(opts: DrainOptions = {}): MiddlewareHandler {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxMs = opts.maxMs ?? DEFAULT_MAX_MS;
  return async function drainUnreadBody(c, next) {
    await next();
    // Only on Node (app.request() in tests has no IncomingMessage), and only while the body is still coming.
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming || typeof incoming.on !== 'function' || incoming.complete) return;
    await drain(incoming, maxBytes, maxMs);
    // The client broke off or overstepped: its connection is not worth keeping either way.
    c.res.headers.set('Connection', 'close');
  };
}
