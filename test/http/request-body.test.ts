import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { LIMITS } from '../../src/http/ask-schema.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

/** Bodies over a real socket: the server reads them from Node's IncomingMessage, not a web Request. */
let t: TempAssistant;
let server: ServerType;
let port: number;

beforeAll(async () => {
  t = await createTempAssistant();
  server = serve({ fetch: createApp({ config: t.config, assistant: t.assistant }).fetch, port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  t.cleanup();
});

interface Sent {
  path?: string;
  chunks: (string | Buffer)[];
  /** Send Content-Length (else the body is chunked). */
  length?: boolean;
  /** Stop after the first chunk and drop the connection. */
  abort?: boolean;
}

function send({ path = '/api/ask', chunks, length = true, abort = false }: Sent) {
  return new Promise<{ status: number; body: string; connection?: string; id?: string }>(
    (resolve, reject) => {
      const bytes = chunks.map((c) => Buffer.from(c));
      const total = bytes.reduce((n, b) => n + b.length, 0);
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path,
          headers: {
            'content-type': 'application/json',
            ...(length ? { 'content-length': String(total) } : {}),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body,
              connection: res.headers.connection,
              id: res.headers['x-request-id'] as string | undefined,
            }),
          );
        },
      );
      req.on('error', (e) => (abort ? resolve({ status: 0, body: '' }) : reject(e)));
      if (abort) {
        req.write(bytes[0]!);
        setTimeout(() => req.destroy(), 20);
        setTimeout(() => resolve({ status: 0, body: '' }), 100);
        return;
      }
      for (const b of bytes) req.write(b);
      req.end();
    },
  );
}

const ask = (question: string) => JSON.stringify({ question });

describe('request bodies over a real socket', () => {
  it('answers a body sent in several chunks, with or without Content-Length', async () => {
    const body = ask('WTSA-20是什么时候召开的？');
    const parts = [body.slice(0, 5), body.slice(5, 17), body.slice(17)];
    for (const length of [true, false]) {
      const res = await send({ chunks: parts, length });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).answer).toContain('2022年3月1日至9日');
      expect(res.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('keeps multi-byte characters whole when a chunk boundary splits them', async () => {
    const bytes = Buffer.from(ask('第44号决议做出了什么决议？'));
    const cut = bytes.indexOf(Buffer.from('决')) + 1; // inside the 3-byte character
    const res = await send({
      chunks: [bytes.subarray(0, cut), bytes.subarray(cut)],
      length: false,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).citations[0].resolution).toBe(44);
  });

  it('refuses an oversized body with 413 JSON, whether it declares its length or streams it', async () => {
    const big = ask('x'.repeat(LIMITS.bodyBytes + 10));
    for (const length of [true, false]) {
      const res = await send({ chunks: [big.slice(0, 30_000), big.slice(30_000)], length });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
      expect(res.connection).toBe('close');
      expect(res.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const v1 = await send({ path: '/v1/chat/completions', chunks: [big] });
    expect(v1.status).toBe(413);
    expect(JSON.parse(v1.body).error.type).toBe('invalid_request_error');
  });

  it('gives 400 JSON for a broken body and survives a client that drops mid-body', async () => {
    const broken = await send({ chunks: ['{"question": "unterminated'] });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('invalid_json');
    await send({ chunks: ['{"question": "第44号', '决议"}'], length: true, abort: true });
    const after = await send({ chunks: [ask('第44号决议讲的是什么？')] });
    expect(after.status).toBe(200);
  });
});
