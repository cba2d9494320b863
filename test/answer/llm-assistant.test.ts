import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.js';
import type { AskResult } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import {
  ChatRecorder,
  chatHandler,
  chunks,
  fail,
  hang,
  llmEnv,
  text,
} from '../helpers/openai-mock.js';
import { sseEvents } from '../helpers/sse.js';

const server = setupServer();
const dataDir = mkdtempSync(join(tmpdir(), 'llm-assistant-'));
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const config = loadConfig(llmEnv({ DATA_DIR: dataDir, LLM_TIMEOUT_MS: '1500' }));
  app = createApp({ config, assistant: await createAssistant(config) });
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ask = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const QUESTION = '第96号决议责成TSB主任做什么？';

describe('the real assistant with a model behind OPENAI_BASE_URL', () => {
  it('answers in llm mode: one citation, resolvable, no [99], the clause text sent to the model', async () => {
    const rec = new ChatRecorder();
    server.use(
      chatHandler(
        rec,
        text('TSB主任须与BDT主任密切合作，协助发展中国家打击假冒设备 [1]。另见 [99]。'),
      ),
    );
    const res = await ask('/api/ask', { question: QUESTION });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body).toMatchObject({ mode: 'llm', found: true, droppedCitations: 1 });
    expect(body.citations).toHaveLength(1);
    expect(body.answer).not.toContain('[99]');

    const clause = await app.request(`/api/clauses/${body.citations[0]!.id}`);
    expect(clause.status).toBe(200);
    const { text: clauseText, resolution } = (await clause.json()) as {
      text: string;
      resolution: number;
    };
    expect(resolution).toBe(96);
    // A question naming a resolution skips the rewrite: one model call, the answer.
    expect(rec.bodies).toHaveLength(1);
    expect(rec.lastText()).toContain(clauseText);
    expect(rec.lastText()).toContain(QUESTION);
  });

  it('rewrites an English question into Chinese search terms before retrieval, answers in English', async () => {
    const rec = new ChatRecorder();
    server.use(
      chatHandler(
        rec,
        text('打击假冒 电信/ICT设备 协助发展中国家'),
        text('It asks the Director to help developing countries [1].'),
      ),
    );
    const res = await ask('/api/ask', {
      question: 'How does the ITU help developing countries fight counterfeit devices?',
    });
    const body = (await res.json()) as AskResult;
    expect(rec.bodies).toHaveLength(2);
    expect(rec.bodies[0]!.messages[1]!.content).toContain('fight counterfeit devices');
    expect(rec.bodies[1]!.messages.at(-1)!.content).toContain('Question: How does the ITU help');
    expect(rec.bodies[1]!.messages.at(-1)!.content).toMatch(/假冒/);
    expect(body).toMatchObject({
      mode: 'llm',
      answer: 'It asks the Director to help developing countries [1].',
    });
  });

  it('gives 200 with the extractive answer and its citation when the upstream returns 500', async () => {
    server.use(chatHandler(new ChatRecorder(), fail(500)));
    const res = await ask('/api/ask', { question: QUESTION });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body).toMatchObject({ mode: 'extractive', degraded: 'upstream error (500)' });
    expect(body.citations[0]!.resolution).toBe(96);
  });

  it('gives 200 with the extractive answer within LLM_TIMEOUT_MS + 5 s when the upstream never answers', async () => {
    server.use(chatHandler(new ChatRecorder(), hang()));
    const started = Date.now();
    const res = await ask('/api/ask', { question: QUESTION });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskResult;
    expect(body).toMatchObject({ mode: 'extractive', degraded: 'timeout' });
    expect(body.citations[0]!.resolution).toBe(96);
    expect(Date.now() - started).toBeLessThan(1500 + 5000);
  });

  it('streams the model tokens over /api/ask/stream, then done', async () => {
    const deltas = ['TSB主任', '须协助', '发展中国家 [1]', '。'];
    server.use(chatHandler(new ChatRecorder(), chunks(deltas)));
    const res = await ask('/api/ask/stream', { question: QUESTION });
    const raw = await res.text();
    for (const d of deltas) expect(raw).toContain(`data: ${JSON.stringify({ text: d })}`);
    const events = sseEvents(raw);
    expect(events[0]!.event).toBe('sources');
    expect(events.at(-1)!.event).toBe('done');
    expect(events.at(-1)!.data).toMatchObject({
      mode: 'llm',
      answer: 'TSB主任须协助发展中国家 [1]。',
    });
  });

  it('does not ask the model when the offline pipeline abstains', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text('第500号决议规定了 [1]。')));
    const body = (await (
      await ask('/api/ask', { question: '第500号决议讲了什么？' })
    ).json()) as AskResult;
    expect(body).toMatchObject({ found: false, mode: 'extractive' });
    expect(rec.bodies).toHaveLength(0);
  });
});
