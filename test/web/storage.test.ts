import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/corpus/clause.js';
import {
  clearConversation,
  loadConversation,
  saveConversation,
  STORAGE_KEY,
  type Turn,
} from '../../src/web/storage.js';

function memory() {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const cite: Citation = {
  id: 'wtsa20-itu-d-resolutions.r44.resolves.5',
  label: '第44号决议 · 附件 · 做出决议 · 5',
  resolution: 44,
  part: 'annex',
  section: '做出决议',
  addressee: null,
  item: '5',
  title: '缩小标准化工作差距',
  status: '修订版',
  text: '在国际电联年度预算中保留一项专门针对缩小标准化工作差距活动的单项支出',
};

describe('conversation storage', () => {
  it('round-trips a conversation with its citations', () => {
    const s = memory();
    const turns: Turn[] = [
      { id: '1', role: 'user', content: '<b>问</b>' },
      {
        id: '2',
        role: 'assistant',
        content: '答 [1]',
        result: { found: true, mode: 'extractive', citations: [cite], related: [] },
      },
    ];
    expect(saveConversation(s, turns)).toBe(true);
    expect(loadConversation(s)).toEqual(turns);
  });

  it('keeps the answer id and the reader’s rating; a rating still sending reloads as failed', () => {
    const s = memory();
    const answer = (id: string, feedback: Turn['feedback']): Turn => ({
      id,
      role: 'assistant',
      content: '答',
      result: { found: true, mode: 'extractive', citations: [], related: [], answerId: `a${id}` },
      feedback,
    });
    saveConversation(s, [
      answer('1', { rating: 'down', status: 'sent', comment: '不对', commentSent: true }),
      answer('2', { rating: 'up', status: 'sending' }),
    ]);
    const [one, two] = loadConversation(s);
    expect(one!.result!.answerId).toBe('a1');
    expect(one!.feedback).toEqual({
      rating: 'down',
      status: 'sent',
      comment: '不对',
      commentSent: true,
    });
    expect(two!.feedback).toEqual({ rating: 'up', status: 'failed' });
  });

  it('drops a stored rating that is not one', () => {
    const s = memory();
    s.setItem(
      STORAGE_KEY,
      JSON.stringify({
        turns: [
          {
            id: '1',
            role: 'assistant',
            content: 'a',
            result: { found: true, citations: [], related: [], answerId: 5 },
            feedback: { rating: 'meh', status: 'sent' },
          },
        ],
      }),
    );
    const [turn] = loadConversation(s);
    expect(turn!.result!.answerId).toBeUndefined();
    expect(turn!.feedback).toBeUndefined();
  });

  it('saves a streaming answer as interrupted, so a reload offers a retry', () => {
    const s = memory();
    saveConversation(s, [
      { id: '1', role: 'user', content: 'q' },
      { id: '2', role: 'assistant', content: 'half', pending: true },
    ]);
    expect(loadConversation(s)[1]).toEqual({
      id: '2',
      role: 'assistant',
      content: '',
      error: { code: 'interrupted', message: '' },
    });
  });

  it('starts fresh on corrupt or foreign data and drops malformed turns and citations', () => {
    const s = memory();
    s.m.set(STORAGE_KEY, '{not json');
    expect(loadConversation(s)).toEqual([]);
    s.m.set(STORAGE_KEY, JSON.stringify({ turns: 'nope' }));
    expect(loadConversation(s)).toEqual([]);
    s.m.set(
      STORAGE_KEY,
      JSON.stringify({
        turns: [
          { id: '1', role: 'system', content: 'x' },
          { id: 2, role: 'user', content: 'x' },
          { id: '3', role: 'user', content: 'kept' },
          {
            id: '4',
            role: 'assistant',
            content: 'a',
            result: { found: true, mode: 'llm', citations: [cite, { id: 'x' }], related: 'bad' },
          },
        ],
      }),
    );
    const turns = loadConversation(s);
    expect(turns.map((t) => t.id)).toEqual(['3', '4']);
    expect(turns[1]!.result).toEqual({ found: true, mode: 'llm', citations: [cite], related: [] });
  });

  it('survives a full or disabled storage', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('disabled');
      },
    };
    expect(saveConversation(full, [{ id: '1', role: 'user', content: 'q' }])).toBe(false);
    expect(() => clearConversation(full)).not.toThrow();
  });

  it('keeps only the newest 100 turns', () => {
    const s = memory();
    const turns: Turn[] = Array.from({ length: 130 }, (_, i) => ({
      id: String(i),
      role: 'user',
      content: 'q',
    }));
    saveConversation(s, turns);
    const loaded = loadConversation(s);
    expect(loaded).toHaveLength(100);
    expect(loaded[0]!.id).toBe('30');
  });
});
