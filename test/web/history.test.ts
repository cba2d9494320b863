import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/web/history.js';
import type { Turn } from '../../src/web/storage.js';

const result = { found: true, mode: 'extractive', citations: [], related: [] };
const q = (id: string, content: string): Turn => ({ id, role: 'user', content });
const a = (id: string, content: string, extra: Partial<Turn> = { result }): Turn => ({
  id,
  role: 'assistant',
  content,
  ...extra,
});

describe('buildHistory', () => {
  it('sends finished question/answer pairs as role/content only', () => {
    expect(buildHistory([q('1', '第44号决议？'), a('2', '答 [1]')])).toEqual([
      { role: 'user', content: '第44号决议？' },
      { role: 'assistant', content: '答 [1]' },
    ]);
  });

  it('skips failed and pending answers together with their questions', () => {
    const turns = [
      q('1', 'one'),
      a('2', '', { error: { code: 'network', message: '' } }),
      q('3', 'two'),
      a('4', 'ans two'),
      q('5', 'three'),
      a('6', 'partial', { pending: true }),
    ];
    expect(buildHistory(turns)).toEqual([
      { role: 'user', content: 'two' },
      { role: 'assistant', content: 'ans two' },
    ]);
  });

  it('keeps the newest pairs within the turn and character limits', () => {
    const turns = Array.from({ length: 30 }, (_, i) => [
      q(`q${i}`, `q${i}`),
      a(`a${i}`, `a${i}`),
    ]).flat();
    const h = buildHistory(turns, { turns: 4, chars: 1000 });
    expect(h.map((t) => t.content)).toEqual(['q28', 'a28', 'q29', 'a29']);
    const long = buildHistory(
      [q('1', 'x'.repeat(10)), a('2', 'y'.repeat(10)), q('3', 'q'), a('4', 'a')],
      {
        turns: 20,
        chars: 15,
      },
    );
    expect(long.map((t) => t.content)).toEqual(['q', 'a']);
  });

  it('cuts the newest answer rather than sending nothing when it alone is too long', () => {
    const h = buildHistory([q('1', 'qq'), a('2', 'z'.repeat(50))], { turns: 20, chars: 10 });
    expect(h).toEqual([
      { role: 'user', content: 'qq' },
      { role: 'assistant', content: 'z'.repeat(8) },
    ]);
  });
});
