import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLlmAnswerer } from '../../src/answer/llm-answerer.js';
import { needsRewrite } from '../../src/answer/query-rewriter.js';
import { loadConfig } from '../../src/config.js';
import { ChatRecorder, chatHandler, fail, hang, llmEnv, text } from '../helpers/openai-mock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const llm = (env: Record<string, string> = {}) => createLlmAnswerer(loadConfig(llmEnv(env)));
const history = [
  { role: 'user' as const, content: '第96号决议讲什么？' },
  { role: 'assistant' as const, content: '打击假冒电信设备 [1]。' },
];

describe('needsRewrite', () => {
  it('rewrites follow-ups and questions not in Chinese, skips ones naming a resolution', () => {
    expect(needsRewrite('它责成谁？', history)).toBe(true);
    expect(needsRewrite('Which resolutions help developing countries?')).toBe(true);
    expect(needsRewrite('哪些决议涉及发展中国家？')).toBe(false);
    expect(needsRewrite('What does Resolution 44 instruct?')).toBe(false);
    expect(needsRewrite('那第44号决议呢？', history)).toBe(false);
  });
});

describe('query rewrite', () => {
  it('turns a follow-up into a standalone question, sending the conversation as data', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text('第96号决议责成谁？\n')));
    const r = await (await llm()).rewrite({ question: '它责成谁？', history });
    expect(r).toEqual({ query: '第96号决议责成谁？', rewritten: true });
    expect(rec.last.messages[0]!.content).toMatch(/standalone search query/);
    expect(rec.last.messages[1]!.content).toContain('User: 第96号决议讲什么？');
    expect(rec.last.messages[1]!.content).toContain('它责成谁？');
  });

  it('turns an English question into Chinese search terms', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text('“发展中国家 假冒 电信设备”')));
    const r = await (
      await llm()
    ).rewrite({
      question: 'How are developing countries helped against counterfeit devices?',
    });
    expect(r).toEqual({ query: '发展中国家 假冒 电信设备', rewritten: true });
    expect(rec.last.messages[1]!.content).toContain('counterfeit devices');
  });

  it('makes no model call for a Chinese question without history', async () => {
    const rec = new ChatRecorder();
    server.use(chatHandler(rec, text('不应被调用')));
    const r = await (await llm()).rewrite({ question: '哪些决议涉及发展中国家？' });
    expect(r).toEqual({ query: '哪些决议涉及发展中国家？', rewritten: false });
    expect(rec.bodies).toHaveLength(0);
  });

  it('keeps the original question when the model fails or hangs', async () => {
    server.use(chatHandler(new ChatRecorder(), fail(500)));
    expect(await (await llm()).rewrite({ question: 'Which resolutions mention ITU-D?' })).toEqual({
      query: 'Which resolutions mention ITU-D?',
      rewritten: false,
      failure: 'upstream error (500)',
    });
    server.use(chatHandler(new ChatRecorder(), hang()));
    const r = await (
      await llm({ LLM_TIMEOUT_MS: '300' })
    ).rewrite({
      question: 'Which resolutions mention ITU-D?',
    });
    expect(r).toMatchObject({
      query: 'Which resolutions mention ITU-D?',
      rewritten: false,
      failure: 'timeout',
    });
  });
});
