import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerThreads } from '../../src/answer/answer-threads.js';
import { withAnswerThreads, type ThreadedAssistant } from '../../src/answer/threaded-assistant.js';
import type { AskInput } from '../../src/answer/types.js';
import { createApp } from '../../src/server/app.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

/** Questions of every kind: a clause, a table, a follow-up, English, and one the document does not answer. */
const INPUTS: AskInput[] = [
  { question: '第44号决议做出决议了什么？' },
  { question: '表1里有哪些新决议？' },
  { question: 'Which resolutions were left unchanged at WTSA-20?' },
  { question: '那第52号呢？', history: [{ role: 'user', content: '第50号决议讲的是什么？' }] },
  { question: 'WTDC-25在哪里举行？' },
  // Through the dictionary table: an irregular English form, and an everyday Chinese verb.
  { question: 'Stolen phones: what does the document say?' },
  { question: '设备被偷了怎么办？' },
];

let t: TempAssistant;
let threads: AnswerThreads;
let assistant: ThreadedAssistant;
const notes: string[] = [];

beforeAll(async () => {
  t = await createTempAssistant();
  // As the server runs them: reading the main thread's dictionary table in place.
  threads = new AnswerThreads({
    config: t.config,
    threads: 1,
    log: (m) => notes.push(m),
    shared: () => ({
      dictionary: t.assistant.sharedDictionary,
      indexes: t.assistant.sharedIndexes,
    }),
  });
  assistant = withAnswerThreads(t.assistant, threads, (m) => notes.push(m));
  expect(await threads.whenReady(60_000)).toBe(true);
}, 90_000);

afterAll(async () => {
  await threads.close();
  t.cleanup();
});

describe('answers on worker threads', () => {
  it('gives exactly the answers of the main thread, computed on the thread', async () => {
    const before = threads.stats.answered;
    for (const input of INPUTS) {
      expect(await assistant.ask(input)).toEqual(await t.assistant.ask(input));
    }
    expect(threads.stats.answered - before).toBe(INPUTS.length);
    expect(notes).toEqual([]);
  });

  it('streams the same answer as the main thread', async () => {
    const events = [];
    for await (const e of assistant.askStream(INPUTS[0]!)) events.push(e);
    const local = [];
    for await (const e of t.assistant.askStream(INPUTS[0]!)) local.push(e);
    expect(events).toEqual(local);
  });

  it('answers on the main thread while a thread is gone, then replaces the thread', async () => {
    const slots = (threads as unknown as { slots: { worker: { terminate(): Promise<number> } }[] })
      .slots;
    const asked = assistant.ask(INPUTS[1]!);
    await slots[0]!.worker.terminate();
    // The question in flight when the thread died is answered all the same, as are the next ones.
    expect((await asked).found).toBe(true);
    expect((await assistant.ask(INPUTS[0]!)).found).toBe(true);
    expect(threads.stats.restarts).toBe(1);
    expect(await threads.whenReady(60_000)).toBe(true);
    const before = threads.stats.answered;
    await assistant.ask(INPUTS[2]!);
    expect(threads.stats.answered).toBe(before + 1);
  }, 90_000);

  it('shows the threads in /metrics', async () => {
    const app = createApp({ config: t.config, assistant });
    await app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(INPUTS[0]),
    });
    const text = await (await app.request('/metrics')).text();
    expect(text).toMatch(/^answer_threads_ready 1$/m);
    const answered = Number(
      /^answer_thread_events_total\{event="answered"\} (\d+)$/m.exec(text)?.[1],
    );
    expect(answered).toBe(threads.stats.answered);
    expect(answered).toBeGreaterThan(0);
  });

  it('reloads the index on the threads after a reindex and keeps answering meanwhile', async () => {
    assistant.reloadAnswerThreads();
    const r = await assistant.ask(INPUTS[0]!);
    expect(r).toEqual(await t.assistant.ask(INPUTS[0]!));
    expect(await threads.whenReady(60_000)).toBe(true);
    // Still reading the main thread's indexes, as given at the reload.
    expect(threads.sharingIndexes).toBe(1);
  }, 90_000);
});

describe('the shared dictionary table', () => {
  it('is read in place by a thread: with the saved table gone, it answers as the main thread does', async () => {
    const dir = join(t.dataDir, 'index', 'dictionary');
    const saved = join(t.dataDir, 'dictionary-away');
    renameSync(dir, saved);
    const pool = new AnswerThreads({
      config: t.config,
      threads: 1,
      shared: () => ({ dictionary: t.assistant.sharedDictionary }),
    });
    try {
      expect(await pool.whenReady(60_000)).toBe(true);
      for (const input of INPUTS.slice(-2)) {
        expect(await pool.ask(input)).toEqual(await t.assistant.ask(input));
      }
      // Nothing was derived again on the thread's side.
      expect(existsSync(dir)).toBe(false);
    } finally {
      await pool.close();
      renameSync(saved, dir);
    }
  }, 90_000);
});

describe('the shared lexical indexes', () => {
  it('are read in place by the threads, which answer as the main thread does', () => {
    // The pool of the first tests was given them.
    expect(threads.sharingIndexes).toBe(1);
  });

  it('are not used when built from another corpus: the thread builds its own and answers the same', async () => {
    const stale = { ...t.assistant.sharedIndexes, corpusHash: 'another corpus' };
    const pool = new AnswerThreads({
      config: t.config,
      threads: 1,
      shared: () => ({ dictionary: t.assistant.sharedDictionary, indexes: stale }),
    });
    try {
      expect(await pool.whenReady(60_000)).toBe(true);
      expect(pool.sharingIndexes).toBe(0);
      for (const input of INPUTS.slice(0, 3)) {
        expect(await pool.ask(input)).toEqual(await t.assistant.ask(input));
      }
    } finally {
      await pool.close();
    }
  }, 90_000);
});

describe('while the threads start', () => {
  it('has a question wait for them rather than answer it on the main thread', async () => {
    const notes3: string[] = [];
    const pool = new AnswerThreads({
      config: t.config,
      threads: 1,
      shared: () => ({ dictionary: t.assistant.sharedDictionary }),
    });
    try {
      expect(pool.ready).toBe(0);
      expect(pool.starting).toBe(true);
      const starting = withAnswerThreads(t.assistant, pool, (m) => notes3.push(m));
      expect(await starting.ask(INPUTS[0]!)).toEqual(await t.assistant.ask(INPUTS[0]!));
      // Answered by the thread once it was ready: nothing went to the main thread.
      expect(pool.stats.answered).toBe(1);
      expect(notes3).toEqual([]);
      expect(pool.starting).toBe(false);
    } finally {
      await pool.close();
    }
  }, 90_000);
});

describe('AnswerThreads limits', () => {
  it('refuses with ThreadUnavailable before a thread is ready, and after close', async () => {
    const pool = new AnswerThreads({ config: t.config, threads: 1 });
    await expect(pool.ask(INPUTS[0]!)).rejects.toThrow(/no answering thread is ready/);
    await pool.close();
    await expect(pool.ask(INPUTS[0]!)).rejects.toThrow(/no answering thread is ready/);
  });

  it('stops replacing a thread that keeps exiting and leaves answering to the main thread', async () => {
    const notes2: string[] = [];
    const pool = new AnswerThreads({
      config: t.config,
      threads: 1,
      maxRestartsPerMinute: 2,
      log: (m) => notes2.push(m),
    });
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] })
      .slots;
    // Each time, wait until the pool has seen the exit (its slot is gone or replaced) before the next kill.
    for (let i = 0; i < 3; i++) {
      const s = slots[0];
      if (!s) break;
      await s.worker.terminate();
      for (let waited = 0; slots[0] === s && waited < 5000; waited += 10) {
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    expect(pool.stats.restarts).toBe(2);
    expect(slots).toHaveLength(0);
    expect(pool.ready).toBe(0);
    expect(notes2.at(-1)).toMatch(/keeps exiting/);
    const fallback = withAnswerThreads(t.assistant, pool);
    expect((await fallback.ask(INPUTS[0]!)).found).toBe(true);
    await pool.close();
  });
});
