import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { PAGE_CSP } from '../../src/server/routes/web.js';
import { createFakeAssistant } from '../helpers/fake-assistant.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, stream };
}

function appWith(env: Record<string, string> = {}, assistant: Assistant = createFakeAssistant()) {
  const config = loadConfig({ LOG_LEVEL: 'info', ...env });
  const { lines, stream } = capture();
  const deps = { config, assistant, logger: createLogger(config, stream) };
  return { app: createApp(deps), lines };
}

const ask = (question = '第96号决议责成什么？') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question }),
});

describe('request ids and logs', () => {
  it('gives every response an id and logs one JSON line per request', async () => {
    const { app, lines } = appWith();
    const res = await app.request('/healthz');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.msg === 'request');
    expect(line).toMatchObject({ reqId: id, method: 'GET', path: '/healthz', status: 200 });
  });

  it('puts the id on every kind of response: JSON, error, not found, stream, page, preflight', async () => {
    const { app } = appWith();
    const cases: [string, RequestInit][] = [
      ['/api/ask', ask()],
      ['/api/ask', { ...ask(), body: '{oops' }],
      ['/no/such/route', {}],
      ['/api/ask/stream', ask()],
      ['/', {}],
      ['/v1/models', { method: 'OPTIONS' }],
    ];
    for (const [path, init] of cases) {
      const res = await app.request(path, {
        ...init,
        headers: { ...init.headers, 'x-request-id': 'kind-1' },
      });
      expect(res.headers.get('x-request-id'), `${init.method ?? 'GET'} ${path}`).toBe('kind-1');
      await res.arrayBuffer();
    }
  });

  it("keeps a caller's plain id and replaces one that could forge log lines", async () => {
    const { app } = appWith();
    const kept = await app.request('/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const bad = await app.request('/healthz', { headers: { 'x-request-id': 'a b {"x":1}' } });
    expect(bad.headers.get('x-request-id')).not.toContain(' ');
  });

  it('does not log the question text at info unless LOG_QUESTIONS is on', async () => {
    const secret = '第96号决议责成什么？ 我的电话 555-0100';
    const quiet = appWith();
    await quiet.app.request('/api/ask', ask(secret));
    expect(JSON.stringify(quiet.lines)).not.toContain('555-0100');
    expect(quiet.lines.find((l) => l.msg === 'answer')).toMatchObject({
      questionChars: secret.length,
    });

    const loud = appWith({ LOG_QUESTIONS: 'true' });
    await loud.app.request('/api/ask', ask(secret));
    expect(loud.lines.find((l) => l.msg === 'answer')).toMatchObject({ question: secret });
  });
});

describe('secure headers and CORS', () => {
  it('sets secure headers on the API and keeps the page its own CSP', async () => {
    const { app } = appWith();
    const api = await app.request('/healthz');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('strict-transport-security')).toContain('max-age');
    const page = await app.request('/');
    expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends no CORS headers by default', async () => {
    const { app } = appWith();
    const res = await app.request('/api/ask', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins', async () => {
    const { app } = appWith({ CORS_ORIGINS: 'https://intranet.example' });
    const pre = (origin: string) =>
      app.request('/api/ask', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const ok = await pre('https://intranet.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    const no = await pre('https://evil.example');
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limit and timeout', () => {
  it('answers 429 JSON with Retry-After past the per-minute limit, and never limits /healthz', async () => {
    const { app } = appWith({ RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await app.request('/api/ask', ask())).status).toBe(200);
    const res = await app.request('/api/ask', ask());
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('turns a slow answer into a 504 JSON error', async () => {
    const fake = createFakeAssistant();
    const slow: Assistant = {
      store: fake.store,
      ask: (input, opts) => new Promise((r) => setTimeout(() => r(fake.ask(input, opts)), 500)),
      askStream: (input, opts) => fake.askStream(input, opts),
    };
    const { app } = appWith({ REQUEST_TIMEOUT_MS: '50' }, slow);
    const res = await app.request('/api/ask', ask());
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: { code: 'timeout' } });
  });
});

describe('GET /metrics', () => {
  it('exposes requests by route and status, latency and answers in Prometheus format', async () => {
    const { app } = appWith();
    await app.request('/api/ask', ask());
    await app.request('/no/such/path/123');
    const res = await app.request('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/api\/ask",status="200"\} 1/);
    expect(text).toMatch(/route="unmatched",status="404"/);
    expect(text).not.toContain('/no/such/path');
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toMatch(/answers_total\{mode="extractive",found="true",via="api"\} 1/);
    expect(text).toContain('answers_degraded_total');
  });
});

describe('/metrics protection', () => {
  it('with METRICS_TOKEN, wants it as a bearer token', async () => {
    const { app } = appWith({ METRICS_TOKEN: 'scrape-me' });
    const none = await app.request('/metrics');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await app.request('/metrics', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await app.request('/metrics', { headers: { authorization: 'Bearer scrape-me' } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('http_requests_total');
  });

  it('with METRICS_PORT, is not on the main app but on its own', async () => {
    const { app } = appWith({ METRICS_PORT: '9464' });
    expect((await app.request('/metrics')).status).toBe(404);
    const res = await app.metricsApp.request('/metrics');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_requests_total');
  });
});

describe('/admin', () => {
  it('does not exist without API keys', async () => {
    const { app } = appWith();
    expect((await app.request('/admin/reindex', { method: 'POST' })).status).toBe(404);
  });

  it('needs the API key, and says when the assistant has no index', async () => {
    const { app } = appWith({ API_KEYS: 'k1' });
    expect((await app.request('/admin/reindex', { method: 'POST' })).status).toBe(401);
    const res = await app.request('/admin/reindex', {
      method: 'POST',
      headers: { authorization: 'Bearer k1' },
    });
    expect(res.status).toBe(501);
  });
});

describe('rate limit over a real socket', () => {
  it('keys clients by their socket address', async () => {
    const { app } = appWith({ RATE_LIMIT_PER_MINUTE: '2', LOG_LEVEL: 'silent' });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const { port } = server.address() as AddressInfo;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        // A forged X-Forwarded-For does not buy a fresh allowance.
        const res = await fetch(`http://127.0.0.1:${port}/api/resolutions`, {
          headers: { 'x-forwarded-for': `10.0.0.${i}` },
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
