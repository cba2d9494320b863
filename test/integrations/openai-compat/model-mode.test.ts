/** The /v1 routes in model-backed mode: the LLM answerer (mocked model over msw) writes over the fake's answers. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLlmAnswerer } from '../../../src/answer/llm-answerer.js';
import type { Citation } from '../../../src/corpus/clause.js';
import { loadConfig } from '../../../src/config.js';
import { MODEL_ID } from '../../../src/integrations/openai-compat/chat-completions-schema.js';
import { createApp } from '../../../src/server/app.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { withLlm } from '../../helpers/llm-assistant.js';
import { ChatRecorder, chatHandler, chunks, llmEnv, text } from '../../helpers/openai-mock.js';
import { clientFor, collectStream } from './client.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The model cites source 2 first, then 1, and an invented [99]: the final answer renumbers.
const MODEL_TEXT =
  '第96号决议协助成员国应对假冒设备 [2]，并责成TSB主任与BDT主任合作 [1]。另见 [99]。';
const FINAL = '第96号决议协助成员国应对假冒设备 [1]，并责成TSB主任与BDT主任合作 [2]。另见。';
const QUESTION = 'Which resolution is about combating counterfeit devices?';

async function client() {
  const config = loadConfig(llmEnv());
  const assistant = withLlm(createFakeAssistant(), await createLlmAnswerer(config));
  return clientFor(createApp({ config, assistant }));
}

const citationsOf = (x: unknown) => (x as { citations: Citation[] }).citations.map((c) => c.id);

describe('/v1/chat/completions with a model writing the answer', () => {
  it('returns the renumbered answer with a matching sources list', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text(MODEL_TEXT)));
    const res = await (
      await client()
    ).chat.completions.create({
      model: MODEL_ID,
      messages: [{ role: 'user', content: QUESTION }],
    });
    expect(res.choices[0]!.message.content).toBe(
      `${FINAL}\n\n来源 / Sources:\n` +
        '- [1] 第96号决议 · 表2 · 还责成 — /#clause=r96-table2-2\n' +
        '- [2] 第96号决议 · 表2 — /#clause=r96-table2',
    );
    expect(citationsOf(res)).toEqual(['r96-table2-2', 'r96-table2']);
    expect(rec.lastText()).toContain(QUESTION);
  });

  it('streams the model text renumbered on the fly, equal to the non-streamed answer', async () => {
    server.use(chatHandler(new ChatRecorder(), text(MODEL_TEXT)));
    const c = await client();
    const full = (
      await c.chat.completions.create({
        model: MODEL_ID,
        messages: [{ role: 'user', content: QUESTION }],
      })
    ).choices[0]!.message.content!;

    const stream = await c.chat.completions.create({
      model: MODEL_ID,
      messages: [{ role: 'user', content: QUESTION }],
      stream: true,
    });
    const { deltas, final } = await collectStream(stream);
    expect(deltas.length).toBeGreaterThan(5);
    // Never a raw model number on the wire: [2] first would contradict the sources list.
    expect(deltas.join('').indexOf('[1]')).toBeLessThan(deltas.join('').indexOf('[2]'));
    expect(deltas.join('')).not.toContain('[99]');
    expect(deltas.join('')).toBe(full);
    expect(citationsOf(final)).toEqual(['r96-table2-2', 'r96-table2']);
  });

  it('ends a cut model stream with the document answer and its own sources', async () => {
    server.use(
      chatHandler(
        new ChatRecorder(),
        chunks(['第96号决议', '协助成员国 [2]', '，并且'], { cutAfter: 2 }),
      ),
    );
    const stream = await (
      await client()
    ).chat.completions.create({
      model: MODEL_ID,
      messages: [{ role: 'user', content: QUESTION }],
      stream: true,
    });
    const { deltas, final } = await collectStream(stream);
    const content = deltas.join('');
    const [streamed, after] = content.split('\n\n---\n\n');
    expect(streamed).toBe('第96号决议协助成员国 [1]');
    expect(after).toContain('The model answer did not complete');
    expect(after).toContain('第96号决议涉及打击假冒电信/ICT设备 [1]，并协助成员国应对其担忧 [2]。');
    expect(after).toMatch(/来源 \/ Sources:\n- \[1\] 第96号决议 · 表2 — /);
    expect(citationsOf(final)).toEqual(['r96-table2', 'r96-table2-2']);
  });
});
