import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCacheKey, withAnswerCache } from '../../src/answer/answer-cache.js';
import type { LocalAssistant } from '../../src/answer/assistant.js';
import { reindex } from '../../src/answer/reindex.js';
import type { AskInput, AskResult } from '../../src/answer/types.js';
import { createApp } from '../../src/server/app.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

/** An assistant that says which call this is, over an index the test can swap (as reindex does). */
function countingAssistant() {
  const deps = { retriever: { name: 'index one' } as object };
  let calls = 0;
  let gate: Promise<void> | null = null;
  const inner = {
    deps,
    async ask(input: AskInput): Promise<AskResult> {
      calls++;
      const n = calls;
      if (gate) await gate;
      return {
        answer: `answer ${n} to ${input.question}\nsecond line`,
        found: true,
        mode: 'extractive',
        citations: [],
        related: [],
      };
    },
  } as unknown as LocalAssistant;
  return {
    inner,
    deps,
    calls: () => calls,
    hold: () => {
      let release = () => undefined as void;
      gate = new Promise<void>((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

describe('withAnswerCache', () => {
  it('computes an answer once for the same question and history', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    const first = await cached.ask({ question: 'kite rules?' });
    expect(await cached.ask({ question: 'kite rules?' })).toBe(first);
    expect(c.calls()).toBe(1);
    expect(cached.answerCache).toMatchObject({ hits: 1, misses: 1, size: 1 });
  });

  it('tells questions apart by every word of the question and of the history', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    const inputs: AskInput[] = [
      { question: 'and the second one?' },
      { question: 'and the second one?', history: [{ role: 'user', content: 'kite rules?' }] },
      { question: 'and the second one?', history: [{ role: 'user', content: 'drone rules?' }] },
      {
        question: 'and the second one?',
        history: [{ role: 'assistant', content: 'drone rules?' }],
      },
    ];
    const answers = [];
    for (const input of inputs) answers.push((await cached.ask(input)).answer);
    expect(new Set(answers).size).toBe(inputs.length);
    expect(c.calls()).toBe(inputs.length);
  });

  it('gives no two different inputs the same key', () => {
    // A question that reads like a serialised history must not meet the real one.
    const a = answerCacheKey({ question: 'x', history: [{ role: 'user', content: 'y' }] });
    const b = answerCacheKey({ question: 'x","user","y' });
    expect(a).not.toBe(b);
    expect(answerCacheKey({ question: 'x', history: [] })).toBe(answerCacheKey({ question: 'x' }));
  });

  it('forgets the answers of an index that was replaced', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    await cached.ask({ question: 'kite rules?' });
    c.deps.retriever = { name: 'index two' };
    const again = await cached.ask({ question: 'kite rules?' });
    expect(again.answer).toMatch(/^answer 2 /);
    expect(c.calls()).toBe(2);
  });

  it('does not keep an answer computed while the index was replaced', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    const release = c.hold();
    const pending = cached.ask({ question: 'kite rules?' });
    c.deps.retriever = { name: 'index two' };
    release();
    await pending;
    expect(cached.answerCache.size).toBe(0);
    expect((await cached.ask({ question: 'kite rules?' })).answer).toMatch(/^answer 2 /);
  });

  it('holds at most the number of answers it was given', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 2);
    for (const q of ['one', 'two', 'three']) await cached.ask({ question: q });
    expect(cached.answerCache.size).toBe(2);
    await cached.ask({ question: 'one' });
    expect(c.calls()).toBe(4);
  });

  it('streams a remembered answer line by line, like any extractive answer', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    const result = await cached.ask({ question: 'kite rules?' });
    const events = [];
    for await (const e of cached.askStream({ question: 'kite rules?' })) events.push(e);
    expect(events.map((e) => e.type)).toEqual(['sources', 'token', 'token', 'done']);
    expect(events.at(-1)).toEqual({ type: 'done', result });
    expect(c.calls()).toBe(1);
  });

  it('hands out answers nobody can change for the next asker', async () => {
    const c = countingAssistant();
    const cached = withAnswerCache(c.inner, 10);
    const r = await cached.ask({ question: 'kite rules?' });
    expect(Object.isFrozen(r)).toBe(true);
  });
});

describe('the answer cache over the real index', () => {
  let t: TempAssistant;
  beforeAll(async () => {
    t = await createTempAssistant();
  }, 60_000);
  afterAll(() => t.cleanup());

  it('gives what the assistant gives, and answers again after a reindex', async () => {
    const cached = withAnswerCache(t.assistant, 100);
    const input = { question: '第44号决议做出决议了什么？' };
    const first = await cached.ask(input);
    expect(first).toEqual(await t.assistant.ask(input));
    await cached.ask(input);
    expect(cached.answerCache).toMatchObject({ hits: 1, misses: 1 });
    await reindex(cached, t.config);
    expect(await cached.ask(input)).toEqual(first);
    expect(cached.answerCache).toMatchObject({ hits: 1, misses: 2 });
  }, 60_000);

  it('counts its hits and misses in /metrics', async () => {
    const cached = withAnswerCache(t.assistant, 100);
    const app = createApp({ config: t.config, assistant: cached });
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/api/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Which resolutions were left unchanged?' }),
      });
      expect(res.status).toBe(200);
    }
    const text = await (await app.request('/metrics')).text();
    expect(text).toMatch(/^answer_cache_lookups_total\{result="hit"\} 2$/m);
    expect(text).toMatch(/^answer_cache_lookups_total\{result="miss"\} 1$/m);
    expect(text).toMatch(/^answer_cache_entries 1$/m);
  });
});
