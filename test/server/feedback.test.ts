/**
 * Feedback over HTTP with the real assistant: every front door's answer carries an answerId, a 👎 with a
 * comment survives a restart and is listed for review, bad requests get 4xx JSON, the list needs a key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.js';
import type { Assistant } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import type { AskResult, FeedbackRecord } from '../../src/contract/api.js';
import { createApp } from '../../src/server/app.js';
import { capturedLog } from '../helpers/captured-log.js';
import { sseEvents } from '../helpers/sse.js';

const KEY = 'team-key';
const Q = '第44号决议要求在国际电联年度预算中保留什么？';
let dataDir: string;
let assistant: Assistant;
const apps: ReturnType<typeof createApp>[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'feedback-api-'));
  assistant = await createAssistant(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
});
afterAll(() => {
  for (const app of apps) app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** An app over the shared DATA_DIR, as a (re)started server would be. */
function start(env: Record<string, string> = { API_KEYS: KEY }, log = capturedLog()) {
  const config = loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', ...env });
  const app = createApp({ config, assistant, logger: log.logger });
  apps.push(app);
  return app;
}

const headers = (key: string | null = KEY) => ({
  'content-type': 'application/json',
  ...(key ? { authorization: `Bearer ${key}` } : {}),
});

async function call(
  app: ReturnType<typeof createApp>,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = KEY,
) {
  const res = await app.request(path, {
    method,
    headers: headers(key),
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const listDown = async (app: ReturnType<typeof createApp>) =>
  (await call(app, 'GET', '/api/feedback?rating=down&limit=10')).body.feedback as FeedbackRecord[];

describe('feedback through the API', () => {
  it('stores a 👎 with a comment on an answer, and lists it after a restart with its question, answer and citations', async () => {
    const first = start();
    const asked = await call(first, 'POST', '/api/ask', { question: Q });
    expect(asked.status).toBe(200);
    const result = asked.body as unknown as AskResult;
    expect(result.answerId).toMatch(/^[\w-]{16}$/);
    expect(result.citations.length).toBeGreaterThan(0);

    const rated = await call(first, 'POST', '/api/feedback', {
      answerId: result.answerId,
      rating: 'down',
      comment: '应该引用第5项，而不是<b>整段</b>',
    });
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ answerId: result.answerId, rating: 'down' });

    // A new app over the same DATA_DIR: nothing of the first one's memory, only what reached the disk.
    first.close();
    const restarted = start();
    const listed = await listDown(restarted);
    const record = listed.find((r) => r.answerId === result.answerId);
    expect(record).toMatchObject({
      rating: 'down',
      comment: '应该引用第5项，而不是<b>整段</b>',
      via: 'api',
      question: Q,
      history: [],
      answer: result.answer,
      found: true,
      mode: 'extractive',
    });
    expect(record!.citations.map((c) => c.id)).toEqual(result.citations.map((c) => c.id));
    expect(record!.citations[0]).toMatchObject({ resolution: 44, section: '做出决议', item: '5' });
    // The restarted server no longer knows the answer itself: rating it again is a 404.
    const again = await call(restarted, 'POST', '/api/feedback', {
      answerId: result.answerId,
      rating: 'up',
    });
    expect(again.status).toBe(404);
  });

  it('gives an answerId in the stream’s done event and on /v1 answers, and each can be rated', async () => {
    const app = start();
    const streamed = await app.request('/api/ask/stream', {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({
        question: '它责成TSB主任做什么？',
        history: [
          { role: 'user', content: '第88号决议是关于什么的？' },
          { role: 'assistant', content: '第88号决议（国际移动漫游）…' },
        ],
      }),
    });
    const done = sseEvents(await streamed.text()).at(-1)!;
    expect(done.event).toBe('done');
    const streamId = (done.data as AskResult).answerId!;

    const v1 = await call(app, 'POST', '/v1/chat/completions', {
      model: 'wtsa20-itu-d',
      messages: [
        { role: 'user', content: 'Which resolution is about international mobile roaming?' },
      ],
    });
    const v1Id = v1.body.answerId as string;
    const v1Stream = await app.request('/v1/chat/completions', {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({
        model: 'x',
        stream: true,
        messages: [{ role: 'user', content: '第96号决议讲什么？' }],
      }),
    });
    const chunks = (await v1Stream.text())
      .split('\n')
      .filter((l) => l.startsWith('data: {'))
      .map((l) => JSON.parse(l.slice(6)) as { answerId?: string });
    const v1StreamId = chunks.at(-1)!.answerId!;

    for (const answerId of [streamId, v1Id, v1StreamId]) {
      expect(answerId).toMatch(/^[\w-]{16}$/);
      const r = await call(app, 'POST', '/api/feedback', { answerId, rating: 'down' });
      expect(r.status).toBe(201);
    }
    const listed = await listDown(app);
    const byId = new Map(listed.map((r) => [r.answerId, r]));
    expect(byId.get(streamId)).toMatchObject({ via: 'api', question: '它责成TSB主任做什么？' });
    expect(byId.get(streamId)!.history).toHaveLength(2);
    expect(byId.get(v1Id)).toMatchObject({ via: 'openai' });
    expect(byId.get(v1Id)!.citations.map((c) => c.resolution)).toContain(88);
    expect(byId.get(v1StreamId)).toMatchObject({ via: 'openai', question: '第96号决议讲什么？' });
  });

  it('answers an unknown answer with 404, a bad body with 400 saying what is wrong, never a 500', async () => {
    const app = start();
    const unknown = await call(app, 'POST', '/api/feedback', {
      answerId: 'unknown-id',
      rating: 'up',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_answer' });

    const { answerId } = (await call(app, 'POST', '/api/ask', { question: Q })).body as AskResult;
    const bad: [unknown, string][] = [
      [{ answerId, rating: 'meh' }, 'rating must be "up" or "down"'],
      [{ answerId }, 'rating'],
      [{ rating: 'up' }, 'answerId is required'],
      [{ answerId: '../../etc', rating: 'up' }, 'answerId'],
      [{ answerId, rating: 'down', comment: 'x'.repeat(2001) }, 'comment is longer than 2000'],
      [{ answerId, rating: 'down', comment: 5 }, 'comment must be a string'],
      ['{"answerId": ', 'not valid JSON'],
    ];
    for (const [body, message] of bad) {
      const r = await call(app, 'POST', '/api/feedback', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect((r.body.error as { message: string }).message).toContain(message);
    }
    const badLimit = await call(app, 'GET', '/api/feedback?limit=0');
    expect(badLimit.status).toBe(400);
    expect((badLimit.body.error as { message: string }).message).toContain('limit');
    const badRating = await call(app, 'GET', '/api/feedback?rating=sideways');
    expect(badRating.status).toBe(400);
  });

  it('answers 503 and logs the cause when the store cannot be written', async () => {
    const blocked = mkdtempSync(join(tmpdir(), 'feedback-blocked-'));
    // A file where the feedback folder should be: no folder, no records, whatever the user's rights.
    writeFileSync(join(blocked, 'feedback'), '');
    const log = capturedLog();
    const config = loadConfig({ DATA_DIR: blocked, RATE_LIMIT_PER_MINUTE: '0' });
    const app = createApp({ config, assistant, logger: log.logger });
    apps.push(app);
    try {
      const { answerId } = (await call(app, 'POST', '/api/ask', { question: Q }, null))
        .body as AskResult;
      const r = await call(app, 'POST', '/api/feedback', { answerId, rating: 'down' }, null);
      expect(r.status).toBe(503);
      expect(r.body.error).toEqual({
        code: 'feedback_unavailable',
        message: 'Feedback cannot be stored right now.',
      });
      expect(log.lines().some((l) => l.msg === 'feedback not stored')).toBe(true);
    } finally {
      rmSync(blocked, { recursive: true, force: true });
    }
  });

  it('lists only with a key, and has no list at all without API_KEYS', async () => {
    const app = start();
    expect((await call(app, 'GET', '/api/feedback', undefined, null)).status).toBe(401);
    expect((await call(app, 'GET', '/api/feedback', undefined, 'wrong')).status).toBe(401);
    expect(
      (await call(app, 'POST', '/api/feedback', { answerId: 'a', rating: 'up' }, null)).status,
    ).toBe(401);

    const open = start({});
    const { answerId } = (await call(open, 'POST', '/api/ask', { question: Q }, null))
      .body as AskResult;
    expect(
      (await call(open, 'POST', '/api/feedback', { answerId, rating: 'up' }, null)).status,
    ).toBe(201);
    expect((await call(open, 'GET', '/api/feedback', undefined, null)).status).toBe(404);
  });

  it('counts ratings by rating and front door, a comment apart, and logs no question text', async () => {
    const log = capturedLog();
    const app = start({ API_KEYS: KEY, LOG_QUESTIONS: 'false' }, log);
    const { answerId } = (await call(app, 'POST', '/api/ask', { question: Q })).body as AskResult;
    await call(app, 'POST', '/api/feedback', { answerId, rating: 'down' });
    await call(app, 'POST', '/api/feedback', { answerId, rating: 'down', comment: '不对' });
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toMatch(/^feedback_total\{rating="down",via="api"\} 1$/m);
    expect(metrics).toMatch(/^feedback_comments_total\{via="api"\} 1$/m);

    const stored = log.lines().filter((l) => l.msg === 'feedback stored');
    expect(stored).toHaveLength(2);
    expect(stored[1]).toMatchObject({ answerId, rating: 'down', via: 'api', commentChars: 2 });
    expect(JSON.stringify(log.lines())).not.toContain(Q);
    // …while the store keeps the question, which is the point of the record.
    expect((await listDown(app)).find((r) => r.answerId === answerId)?.question).toBe(Q);
  });
});
