import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/retrieval/top-k.js';

describe('TopK', () => {
  it('keeps the best scores, best first, ties by lower index', () => {
    // Scores with many ties, offered out of order.
    const scores = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 13) / 4);
    const top = new TopK(25);
    scores.forEach((s, i) => top.offer(i, s));
    const expected = scores
      .map((score, index) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, 25);
    expect(top.sorted()).toEqual(expected);
  });

  it('returns fewer than the limit when fewer were offered, and nothing for a limit of 0', () => {
    const top = new TopK(10);
    top.offer(3, 0.5);
    top.offer(1, 0.5);
    top.offer(2, 0.9);
    expect(top.sorted()).toEqual([
      { index: 2, score: 0.9 },
      { index: 1, score: 0.5 },
      { index: 3, score: 0.5 },
    ]);
    const none = new TopK(0);
    none.offer(0, 1);
    expect(none.sorted()).toEqual([]);
  });
});
