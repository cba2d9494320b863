/**
 * Answers sent before the body is read (413, 415, 404, 400) reach ordinary clients: the server lets them finish
 * sending, discards the rest, then closes — no connection reset. Over a real socket, with real clients.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { drainUnreadBody } from '../../src/server/unread-body.js';
import { createFakeAssistant } from '../helpers/fake-assistant.js';
import { pythonPost } from '../helpers/python-client.js';

const SIX_MB = 6 * 1024 * 1024;
const servers: ServerType[] = [];

async function listen(fetch: (req: Request, env: unknown) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  servers.push(server);
  await new Promise<void>((r) => server.once('listening', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let base: string;
beforeAll(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  base = await listen(createApp({ config, assistant: createFakeAssistant() }).fetch);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const errorOf = (body: string | undefined) =>
  (JSON.parse(body ?? '{}') as { error: unknown }).error;

describe('a 6 MB body from Python urllib', () => {
  it('gets HTTP 413 with the JSON error, not a reset', async () => {
    const res = await pythonPost(`${base}/api/ask`, SIX_MB);
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(413);
    expect(errorOf(res.body)).toMatchObject({ code: 'payload_too_large' });
    expect(res.connection).toBe('close');
  });

  it('gets the OpenAI-shaped 413 on /v1, 415 for the wrong type and 404 for no route', async () => {
    const v1 = await pythonPost(`${base}/v1/chat/completions`, SIX_MB);
    expect(v1.status).toBe(413);
    expect(errorOf(v1.body)).toMatchObject({ type: 'invalid_request_error' });
    const plain = await pythonPost(`${base}/api/ask`, SIX_MB, 'text/plain');
    expect(plain.status).toBe(415);
    expect(errorOf(plain.body)).toMatchObject({ code: 'unsupported_media_type' });
    const none = await pythonPost(`${base}/no/such/route`, SIX_MB);
    expect(none.status).toBe(404);
    expect(errorOf(none.body)).toMatchObject({ code: 'not_found' });
  });
});

describe('a 400 sent before the body is read', () => {
  it('reaches Python urllib too: the drain is the same for every early answer', async () => {
    // The app's own routes read the body before they can find it malformed; a route that refuses a request
    // from its headers alone (here: a missing query parameter) stands for any such 400.
    const app = new Hono();
    app.use('*', drainUnreadBody());
    app.post('/', (c) =>
      c.req.query('id')
        ? c.json({ ok: true })
        : c.json({ error: { code: 'bad_request', message: 'id is required' } }, 400),
    );
    const res = await pythonPost(await listen(app.fetch), SIX_MB);
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(400);
    expect(errorOf(res.body)).toMatchObject({ code: 'bad_request' });
  });
});

describe('other clients', () => {
  it('fetch reads the 413 of a 6 MB body', async () => {
    const res = await fetch(`${base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array(SIX_MB).fill(0x20),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
  });

  it('a chunked body without Content-Length gets its 413 once it is all sent', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = request(`${base}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        for (let i = 0; i < SIX_MB / chunk.length; i++) req.write(chunk);
        req.end();
      },
    );
    expect(status).toBe(413);
    expect(errorOf(body)).toMatchObject({ code: 'payload_too_large' });
  });
});

describe('the drain is bounded', () => {
  it('answers and closes a client that never finishes its body', async () => {
    const app = new Hono();
    app.use('*', drainUnreadBody({ maxMs: 200, maxBytes: 1024 * 1024 }));
    app.post('/', (c) => c.json({ error: { code: 'payload_too_large' } }, 413));
    const url = await listen(app.fetch);
    const answer = await new Promise<{ status: number; connection?: string; closed: boolean }>(
      (resolve, reject) => {
        const req = request(url, { method: 'POST', headers: { 'content-length': '99999999' } });
        req.on('response', (res) => {
          res.resume();
          res.socket.once('close', () =>
            resolve({
              status: res.statusCode ?? 0,
              connection: res.headers.connection,
              closed: true,
            }),
          );
        });
        req.on('error', reject);
        // The first megabyte-and-a-bit, then silence: the body never ends.
        req.write(Buffer.alloc(64 * 1024));
      },
    );
    expect(answer).toEqual({ status: 413, connection: 'close', closed: true });
  });
});
