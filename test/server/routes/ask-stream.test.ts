import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLlmAnswerer } from '../../../src/answer/llm-answerer.js';
import type { AskResult } from '../../../src/answer/types.js';
import { loadConfig } from '../../../src/config.js';
import { createApp } from '../../../src/server/app.js';
import { createFakeAssistant, defaultFakeAnswer } from '../../helpers/fake-assistant.js';
import { withLlm } from '../../helpers/llm-assistant.js';
import {
  ChatRecorder,
  chatHandler,
  chunks,
  fail,
  hang,
  llmEnv,
  text,
} from '../../helpers/openai-mock.js';
import { sseEvents } from '../../helpers/sse.js';
import { capturedLog } from '../../helpers/captured-log.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function llmApp(env: Record<string, string> = {}) {
  const config = loadConfig(llmEnv(env));
  const fake = createFakeAssistant();
  return createApp({ config, assistant: withLlm(fake, await createLlmAnswerer(config)) });
}

const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /api/ask with a model', () => {
  it('answers in llm mode with exactly one resolvable citation and no [99]', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text('第96号决议责成TSB主任与BDT主任密切合作 [1]。另见 [99]。')));
    const app = await llmApp();
    const res = await post(app, '/api/ask', { question: '第96号决议责成什么？' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body.mode).toBe('llm');
    expect(body.citations).toHaveLength(1);
    expect(body.answer).not.toContain('[99]');
    expect(body.droppedCitations).toBe(1);

    const clause = await app.request(`/api/clauses/${body.citations[0]!.id}`);
    expect(clause.status).toBe(200);
    const cited = (await clause.json()) as { text: string };
    expect(rec.lastText()).toContain(cited.text);
    expect(rec.lastText()).toContain('第96号决议责成什么？');
  });

  it('gives the extractive answer with its citation when the upstream returns 500', async () => {
    server.use(chatHandler(new ChatRecorder(), fail(500)));
    const res = await post(await llmApp(), '/api/ask', { question: '第96号决议责成什么？' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body).toMatchObject({ mode: 'extractive', degraded: 'upstream error (500)' });
    expect(body.citations[0]!.id).toBe('r96-table2');
  });

  it('gives the extractive answer within LLM_TIMEOUT_MS + 5 s when the upstream never answers', async () => {
    server.use(chatHandler(new ChatRecorder(), hang()));
    const started = Date.now();
    const res = await post(await llmApp({ LLM_TIMEOUT_MS: '1500' }), '/api/ask', {
      question: '第96号决议责成什么？',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body).toMatchObject({ mode: 'extractive', degraded: 'timeout' });
    expect(body.citations[0]!.id).toBe('r96-table2');
    expect(Date.now() - started).toBeLessThan(1500 + 5000);
  });
});

describe('POST /api/ask/stream', () => {
  it('streams the model tokens as SSE data lines, then a done event with validated citations', async () => {
    server.use(
      chatHandler(
        new ChatRecorder(),
        chunks(['第96号决议', '责成TSB主任', '协助发展中国家 [1]', '。另见 [99]。']),
      ),
    );
    const res = await post(await llmApp(), '/api/ask/stream', { question: '第96号决议责成什么？' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const raw = await res.text();
    expect(raw).toContain('event: token\ndata: {"text":"责成TSB主任"}');

    const events = sseEvents(raw);
    expect(events.map((e) => e.event)).toEqual([
      'sources',
      'token',
      'token',
      'token',
      'token',
      'done',
    ]);
    expect((events[0]!.data as { sources: { id: string }[] }).sources.map((s) => s.id)).toEqual([
      'r96-table2',
      'r96-table2-2',
    ]);
    const done = events.at(-1)!.data as AskResult;
    expect(done).toMatchObject({ mode: 'llm', droppedCitations: 1 });
    expect(done.answer).toBe('第96号决议责成TSB主任协助发展中国家 [1]。另见。');
    expect(done.citations.map((c) => c.id)).toEqual(['r96-table2']);
  });

  it('ends with done carrying the extractive answer when the stream is cut after tokens', async () => {
    server.use(
      chatHandler(new ChatRecorder(), chunks(['第96号决议', '责成', '主任 [1]'], { cutAfter: 2 })),
    );
    const events = sseEvents(
      await (await post(await llmApp(), '/api/ask/stream', { question: '第96号决议？' })).text(),
    );
    expect(events.map((e) => e.event)).toEqual(['sources', 'token', 'token', 'done']);
    expect(events.at(-1)!.data).toMatchObject({ mode: 'extractive', degraded: 'cut stream' });
  });

  it('streams the extractive answer without a model: sources, the answer, done', async () => {
    const fake = createFakeAssistant();
    const app = createApp({ config: loadConfig({}), assistant: fake });
    const res = await post(app, '/api/ask/stream', { question: '第96号决议责成什么？' });
    const events = sseEvents(await res.text());
    expect(events[0]!.event).toBe('sources');
    // The final result, with the id that rates it (POST /api/feedback).
    expect(events.at(-1)).toEqual({
      event: 'done',
      data: { ...defaultFakeAnswer(fake.store), answerId: expect.stringMatching(/^[\w-]{16}$/) },
    });
    const tokens = events
      .filter((e) => e.event === 'token')
      .map((e) => (e.data as { text: string }).text);
    expect(tokens.join('')).toBe(defaultFakeAnswer(fake.store).answer);
  });

  it('rejects a bad body with a JSON 4xx before any stream starts', async () => {
    const app = createApp({ config: loadConfig({}), assistant: createFakeAssistant() });
    const res = await post(app, '/api/ask/stream', { question: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_request', message: 'question: question must not be empty' },
    });
    const wrongType = await app.request('/api/ask/stream', { method: 'POST', body: 'question' });
    expect(wrongType.status).toBe(415);
  });

  it('sends an error event with a safe message when the assistant fails mid-stream', async () => {
    const secret = new Error('ECONNREFUSED 10.0.0.3:5432 password=hunter2');
    const log = capturedLog();
    const app = createApp({
      config: loadConfig({}),
      assistant: createFakeAssistant({ fail: secret }),
      logger: log.logger,
    });
    {
      const res = await post(app, '/api/ask/stream', { question: '第96号决议？' });
      expect(res.status).toBe(200);
      const raw = await res.text();
      expect(sseEvents(raw)).toEqual([
        {
          event: 'error',
          data: { message: 'Something went wrong while answering. Please try again.' },
        },
      ]);
      expect(raw).not.toContain('hunter2');
      // Logged on the server, with the cause, for the operator.
      const failed = log.lines().filter((l) => l.msg === 'answer stream failed');
      expect(failed).toHaveLength(1);
      expect(JSON.stringify(failed[0]!.err)).toContain('hunter2');
    }
  });

  it('aborts the upstream request when the client disconnects', async () => {
    let upstreamAborted = false;
    const rec = new ChatRecorder();
    server.use(
      chatHandler(
        rec,
        hang(() => (upstreamAborted = true)),
      ),
    );
    const client = new AbortController();
    const res = await (
      await llmApp({ LLM_TIMEOUT_MS: '20000' })
    ).request('/api/ask/stream', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: '第96号决议？' }),
      signal: client.signal,
    });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^event: sources/);
    await waitFor(() => rec.bodies.length === 1);
    client.abort();
    await reader.cancel().catch(() => undefined);
    // Long before LLM_TIMEOUT_MS (20 s): the disconnect itself ended the upstream request.
    await waitFor(() => upstreamAborted);
    expect(upstreamAborted).toBe(true);
  });
});

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}
