/** Recent answers: what a feedback record needs, kept by id, gone after the time limit or past the size bound. */
import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../src/feedback/recent-answers.js';
import { createFakeAssistant, defaultFakeAnswer } from '../helpers/fake-assistant.js';

const store = createFakeAssistant().store;
const result = defaultFakeAnswer(store);
const input = {
  question: '第96号决议责成什么？',
  history: [
    { role: 'user' as const, content: '第84号决议呢？' },
    { role: 'assistant' as const, content: '第84号决议…' },
  ],
};

describe('RecentAnswers', () => {
  it('keeps the question, history, answer, mode and where the citations point, under a new id', () => {
    const recent = new RecentAnswers({ now: () => Date.parse('2025-03-10T08:00:00Z') });
    const id = recent.remember(input, result, 'api');
    expect(id).toMatch(/^[\w-]{16}$/);
    expect(recent.remember(input, result, 'api')).not.toBe(id);
    expect(recent.get(id)).toEqual({
      answerId: id,
      via: 'api',
      question: input.question,
      history: input.history,
      answer: result.answer,
      found: true,
      mode: 'extractive',
      citations: result.citations.map(
        ({ id, label, resolution, part, section, addressee, item }) => ({
          id,
          label,
          resolution,
          part,
          section,
          addressee,
          item,
        }),
      ),
      related: [],
      answeredAt: '2025-03-10T08:00:00.000Z',
    });
  });

  it('keeps the related clauses of an answer the document did not give', () => {
    const recent = new RecentAnswers();
    const id = recent.remember(
      { question: '明天天气？' },
      { ...result, found: false, citations: [], related: result.citations },
      'slack',
    );
    expect(recent.get(id)?.related.map((c) => c.id)).toEqual(['r96-table2', 'r96-table2-2']);
    expect(recent.get(id)?.history).toEqual([]);
  });

  it('forgets an answer after its time, and the oldest answers beyond its size', () => {
    let now = 0;
    const recent = new RecentAnswers({ ttlMs: 1000, now: () => now });
    const id = recent.remember(input, result, 'api');
    now = 999;
    expect(recent.get(id)).toBeDefined();
    now = 1001;
    expect(recent.get(id)).toBeUndefined();

    // Room for two answers with 2,000-character questions, not three.
    const small = new RecentAnswers({ maxChars: 7000 });
    const ids = Array.from({ length: 5 }, () =>
      small.remember({ question: '问'.repeat(2000) }, result, 'api'),
    );
    expect(ids.map((i) => small.get(i) !== undefined)).toEqual([false, false, false, true, true]);
  });
});

describe('RecentAnswers with a mirror (the other replicas)', () => {
  function mirrored() {
    const shared = new Map<string, string>();
    const mirror = {
      put: async (id: string, json: string) => shared.set(id, json),
      get: async (id: string) => shared.get(id) ?? null,
    };
    return { shared, mirror };
  }

  it('finds an answer another replica gave, through the mirror', async () => {
    const { mirror } = mirrored();
    const giver = new RecentAnswers({ mirror });
    const other = new RecentAnswers({ mirror });
    const id = giver.remember(input, result, 'slack');
    await Promise.resolve();
    expect(other.get(id)).toBeUndefined();
    expect(await other.find(id)).toEqual(giver.get(id));
  });

  it('answers undefined for an id nobody gave, a mirrored record of another shape, or a failing mirror', async () => {
    const { shared, mirror } = mirrored();
    const recent = new RecentAnswers({ mirror });
    expect(await recent.find('nobody')).toBeUndefined();
    shared.set('odd', JSON.stringify({ answerId: 'odd' }));
    expect(await recent.find('odd')).toBeUndefined();
    const failing = new RecentAnswers({
      mirror: {
        put: () => Promise.reject(new Error('down')),
        get: () => Promise.reject(new Error('down')),
      },
    });
    const id = failing.remember(input, result, 'api');
    expect(await failing.find(id)).toBeDefined();
    expect(await failing.find('elsewhere')).toBeUndefined();
  });
});
