/**
 * Two replicas (two apps, each on its own socket and Redis connection) sharing one real redis-server: a
 * Slack event is answered once whichever replica its retry reaches, a thread's memory follows it to the
 * other replica, and the rate limit holds across both. Redis killed under load: no 5xx, answers go on,
 * the metrics show the outage; Redis back: state is shared again. Slack's Web API is mocked with msw.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { pendingWork } from '../../src/integrations/slack/background-jobs.js';
import { FeedbackStore, feedbackDir } from '../../src/feedback/feedback-store.js';
import { createApp } from '../../src/server/app.js';
import { capturedLog } from '../helpers/captured-log.js';
import { createFakeAssistant, type FakeAssistant } from '../helpers/fake-assistant.js';
import { testRedis, type TestRedis } from '../helpers/redis-server.js';
import {
  SLACK_API,
  SLACK_SECRET,
  SLACK_TOKEN,
  eventInit,
  slackFixture,
} from '../helpers/slack-request.js';

interface Replica {
  name: string;
  app: ReturnType<typeof createApp>;
  assistant: FakeAssistant;
  base: string;
  server: ServerType;
}

let posted: { channel: string; thread_ts?: string }[] = [];
const slack = setupServer(
  http.post(`${SLACK_API}/chat.postMessage`, async ({ request }) => {
    posted.push((await request.json()) as { channel: string; thread_ts?: string });
    return HttpResponse.json({ ok: true, ts: '1700000999.000900' });
  }),
  // The replicas themselves are real servers on this machine; everything else is unhandled (an error).
  http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
);

let redis: TestRedis;
/** One disk for both replicas (feedback records), as replicas on one host share it. */
const dataDir = mkdtempSync(join(tmpdir(), 'replicas-'));
let a: Replica;
let b: Replica;
const log = capturedLog('warn');

async function replica(name: string): Promise<Replica> {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: SLACK_API,
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '6',
    // The tests speak as the load balancer on 127.0.0.1, naming the client in X-Forwarded-For.
    TRUST_PROXY: '127.0.0.1',
  });
  const assistant = createFakeAssistant();
  const app = createApp({ config, assistant, logger: log.logger });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  expect(await app.shared!.whenUp(10_000)).toBe(true);
  return { name, app, assistant, base, server };
}

beforeAll(async () => {
  slack.listen({ onUnhandledRequest: 'error' });
  redis = await testRedis();
  [a, b] = [await replica('A'), await replica('B')];
});
afterAll(async () => {
  for (const r of [a, b]) {
    await new Promise((done) => r?.server.close(done));
    await r?.app.close();
  }
  await redis?.stop();
  slack.close();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  posted = [];
  a.assistant.calls.length = 0;
  b.assistant.calls.length = 0;
});

const mention = slackFixture<{ event_id: string; event: Record<string, string> }>(
  'app-mention.json',
);

/** A mention with its own event id (Redis outlives each test), in a thread if `threadTs` is given. */
function newMention(text: string, threadTs?: string) {
  const ts = `1700000${Math.floor(Math.random() * 1e6)}.000100`;
  return {
    ...mention,
    event_id: `Ev${randomUUID()}`,
    event: {
      ...mention.event,
      text: `<@UBOT01> ${text}`,
      ts,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    },
  };
}

async function deliver(to: Replica, event: unknown, retry?: number) {
  const headers = retry
    ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' }
    : undefined;
  const res = await fetch(`${to.base}/slack/events`, eventInit(event, { headers }));
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

/** POST /api/ask to a replica as `client` (the address the load balancer puts in X-Forwarded-For). */
async function ask(to: Replica, client: string): Promise<number> {
  const res = await fetch(`${to.base}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ question: '第96号决议责成什么？' }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** A client address no other test has used: the buckets in Redis outlive each test. */
let clients = 0;
const newClient = () => `203.0.113.${++clients}`;

const answered = () => a.assistant.calls.length + b.assistant.calls.length;

async function metricsOf(r: Replica): Promise<string> {
  return (await fetch(`${r.base}/metrics`)).text();
}

async function eightAlternating(client: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push(await ask(i % 2 ? b : a, client));
  return statuses;
}

describe('two replicas sharing Redis', () => {
  it('answer a Slack mention delivered to A and retried to B exactly once', async () => {
    const event = newMention('第96号决议要求做什么？');
    await deliver(a, event);
    await deliver(b, event, 1);
    await deliver(b, event, 2);
    await pendingWork();
    expect(answered()).toBe(1);
    expect(posted).toHaveLength(1);
  });

  it('carry a thread’s memory from one replica to the other', async () => {
    const first = newMention('第96号决议要求做什么？');
    await deliver(a, first);
    await pendingWork();
    await deliver(b, newMention('那第84号呢？', first.event.ts));
    await pendingWork();
    expect(a.assistant.calls).toHaveLength(1);
    expect(b.assistant.calls).toHaveLength(1);
    const history = b.assistant.calls[0]!.history ?? [];
    expect(history.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(history[0]!.content).toBe('第96号决议要求做什么？');
    expect(history[1]!.content).toContain('第96号决议');
  });

  it('take a rating on the replica that did not give the answer', async () => {
    const client = newClient();
    const asked = await fetch(`${a.base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ question: '第96号决议责成什么？' }),
    });
    const { answerId } = (await asked.json()) as { answerId: string };
    const rated = await fetch(`${b.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ answerId, rating: 'down', comment: 'rated on B' }),
    });
    expect(rated.status).toBe(201);
    await rated.arrayBuffer();
    // B stored the whole record, question and answer from A's memory through Redis.
    const [record] = await new FeedbackStore({ dir: feedbackDir(dataDir), retentionDays: 1 }).list({
      rating: 'down',
      limit: 10,
    });
    expect(record).toMatchObject({
      answerId,
      comment: 'rated on B',
      question: '第96号决议责成什么？',
    });
    expect(record!.citations.length).toBeGreaterThan(0);
  });

  it('hold one rate limit across both: 8 requests alternating A and B, 6 a minute, get two 429s', async () => {
    const statuses = await eightAlternating(newClient());
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('keep answering when Redis dies under load, show the outage, and share again once it is back', async () => {
    const client = newClient();
    const wave = () =>
      Promise.all(Array.from({ length: 10 }, (_, i) => ask(i % 2 ? b : a, client)));
    const before = await wave();
    const [during] = await Promise.all([wave(), redis.stop()]);
    const after = await wave();
    const statuses = [...before, ...during, ...after];
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    // Without Redis the limit fails open: every request is answered.
    expect(after).toEqual(Array(10).fill(200));

    // Slack de-dup falls back to each replica's own memory: a retry to the same replica is still caught.
    a.assistant.calls.length = 0;
    b.assistant.calls.length = 0;
    const event = newMention('第84号决议讲什么？');
    await deliver(a, event);
    await deliver(a, event, 1);
    await pendingWork();
    expect(answered()).toBe(1);

    const metrics = await metricsOf(a);
    expect(metrics).toMatch(/^shared_state_up 0$/m);
    expect(metrics).toMatch(/^shared_state_outages_total [1-9]/m);
    expect(metrics).toMatch(/^shared_state_fallbacks_total\{op="rate_limit"\} [1-9]/m);
    expect(metrics).toMatch(/^shared_state_fallbacks_total\{op="claim"\} [1-9]/m);
    expect(log.lines().some((l) => String(l.msg).startsWith('redis unreachable'))).toBe(true);

    await redis.start();
    expect(await a.app.shared!.whenUp(15_000)).toBe(true);
    expect(await b.app.shared!.whenUp(15_000)).toBe(true);
    expect(await metricsOf(b)).toMatch(/^shared_state_up 1$/m);
    a.assistant.calls.length = 0;
    b.assistant.calls.length = 0;
    const again = newMention('第96号决议要求做什么？');
    await deliver(a, again);
    await deliver(b, again, 1);
    await pendingWork();
    expect(answered()).toBe(1);
    const limited = await eightAlternating(newClient());
    expect(limited.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });
});
