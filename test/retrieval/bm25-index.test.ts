import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';

/** Deterministic pseudo-random numbers (mulberry32), so the corpus is the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Textbook BM25, scored over every document: the reference the index must agree with. */
function reference(docs: string[][], query: string[], k1 = 1.2, b = 0.75) {
  const avg = docs.reduce((n, d) => n + d.length, 0) / docs.length;
  const terms = [...new Set(query)];
  // Document frequency once per term: computing it per document made this reference quadratic.
  const df = new Map(terms.map((t) => [t, docs.filter((d) => d.includes(t)).length]));
  return docs
    .map((d, index) => {
      let score = 0;
      for (const t of terms) {
        const tf = d.filter((x) => x === t).length;
        if (!tf) continue;
        const n = df.get(t)!;
        const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
        score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.length) / avg));
      }
      return { index, score };
    })
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

describe('Bm25Index', () => {
  const rand = rng(42);
  // Zipf-like vocabulary: a few words in many documents, like the corpus's common bigrams.
  const vocab = Array.from({ length: 400 }, (_, i) => `w${i}`);
  const word = () => vocab[Math.floor(vocab.length * rand() ** 3)]!;
  const docs = Array.from({ length: 3000 }, () =>
    Array.from({ length: 5 + Math.floor(rand() * 30) }, word),
  );
  // Documents fall in 30 groups (like clauses in resolutions), interleaved as in a corpus of many files.
  const groupOf = (doc: number) => (doc % 7 === 0 ? null : doc % 30);
  const index = new Bm25Index(docs, groupOf);

  it('returns the same top k as exhaustive BM25, on queries of one to six words', () => {
    for (let q = 0; q < 40; q++) {
      const query = Array.from({ length: 1 + (q % 6) }, word);
      const got = index.search(query, 20);
      const want = reference(docs, query).slice(0, 20);
      expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
    }
  });

  it('stays exact when it stops reading the common words early, on long questions', () => {
    let stopped = 0;
    for (let q = 0; q < 60; q++) {
      // Questions of 10–30 words: most are common, as character bigrams make them.
      const query = Array.from({ length: 10 + (q % 21) }, word);
      const ranked = reference(docs, query);
      for (const limit of [5, 20, 60]) {
        const got = index.search(query, limit);
        if (index.last.stoppedAt >= 0) stopped++;
        const want = ranked.slice(0, limit);
        expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
        got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
      }
    }
    // The early stop must actually have been taken, or this test would only repeat the one above.
    expect(stopped).toBeGreaterThan(20);
  });

  it('searches within groups by reading only their postings, with the corpus-wide idf', () => {
    for (let q = 0; q < 20; q++) {
      const query = Array.from({ length: 3 + (q % 12) }, word);
      const groups = [q % 30, (q * 7 + 3) % 30];
      const got = index.search(query, 15, { groups });
      const want = reference(docs, query)
        .filter((h) => groups.includes(groupOf(h.index) ?? -1))
        .slice(0, 15);
      expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
    }
  });

  it('takes a mask as a filter, like a predicate', () => {
    const query = ['w0', 'w3', 'w9', 'w40'];
    const mask = Uint8Array.from(docs, (_, i) => (i % 3 === 0 ? 1 : 0));
    const want = reference(docs, query)
      .filter((h) => h.index % 3 === 0)
      .slice(0, 10);
    expect(index.search(query, 10, mask).map((h) => h.index)).toEqual(want.map((h) => h.index));
    expect(index.search(query, 10, (i) => i % 3 === 0)).toEqual(index.search(query, 10, mask));
    expect(index.search(query, 0)).toEqual([]);
  });

  it('applies the filter before ranking', () => {
    const query = ['w0', 'w1', 'w2'];
    const even = (i: number) => i % 2 === 0;
    const got = index.search(query, 10, even);
    expect(got.every((h) => even(h.index))).toBe(true);
    const want = reference(docs, query)
      .filter((h) => even(h.index))
      .slice(0, 10);
    expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
  });

  it('is read from its shared buffer by another thread as the same index', () => {
    const copy = new Bm25Index(index.shared);
    expect(copy.size).toBe(index.size);
    expect(copy.groupCount).toBe(index.groupCount);
    for (let q = 0; q < 30; q++) {
      const query = Array.from({ length: 1 + (q % 8) }, word);
      expect(copy.search(query, 10)).toEqual(index.search(query, 10));
      expect(copy.search(query, 5, { groups: [3, 11] })).toEqual(
        index.search(query, 5, { groups: [3, 11] }),
      );
      expect(copy.ceiling(query, new Set(query), { groups: [4] })).toBe(
        index.ceiling(query, new Set(query), { groups: [4] }),
      );
      expect(copy.docFreq(query[0]!)).toBe(index.docFreq(query[0]!));
      expect(copy.groupMask(query[0]!)).toEqual(index.groupMask(query[0]!));
    }
    // Not a copy: the same memory.
    expect(copy.shared).toBe(index.shared);
  });

  it('scores nothing for unknown terms', () => {
    expect(index.search(['never-seen'], 5)).toEqual([]);
    expect(index.idf('never-seen')).toBeGreaterThan(index.idf('w0'));
  });
});

describe('Bm25Index.groupMask', () => {
  it('marks the groups with a document holding the term, by their dense index', () => {
    const idx = new Bm25Index(
      [['漫游', '费率'], ['盗窃'], ['漫游'], ['其他']],
      (i) => [88, 97, 89, null][i]!,
    );
    expect(idx.groupCount).toBe(3);
    // Groups 88, 97, 89 are indexes 0, 1, 2 in the order documents name them.
    expect([...idx.groupMask('漫游')]).toEqual([0b101]);
    expect([...idx.groupMask('其他')]).toEqual([0]);
    expect([...idx.groupMask('无此词')]).toEqual([0]);
  });
});

describe('Bm25Index.ceiling', () => {
  const docs = [
    ['漫游', '费率'],
    ['盗窃', '手机'],
    ['漫游', '其他', '其他'],
    ['其他', '费率', '其他'],
  ];
  const idx = new Bm25Index(docs, (i) => [88, 97, 89, null][i]!);

  it('is the sum of each term at its best document, which a document holding every term reaches', () => {
    const query = ['漫游', '费率'];
    const best = (t: string) =>
      Math.max(...docs.map((_, d) => idx.search([t], 4).find((h) => h.index === d)?.score ?? 0));
    expect(idx.ceiling(query, new Set(query))).toBeCloseTo(best('漫游') + best('费率'), 10);
    // Document 0 holds both terms at their best: its score is the ceiling.
    expect(idx.search(query, 1)[0]).toMatchObject({ index: 0 });
    expect(idx.search(query, 1)[0]!.score).toBeCloseTo(idx.ceiling(query, new Set(query)), 10);
  });

  it("counts the question's own unseen words at the most a word weighs, and unseen guesses not at all", () => {
    const seen = idx.ceiling(['漫游'], new Set(['漫游']));
    expect(idx.ceiling(['漫游', '大学'], new Set(['漫游', '大学']))).toBeCloseTo(
      seen + idx.unseenIdf,
      10,
    );
    expect(idx.ceiling(['漫游', '大学'], new Set(['漫游']))).toBeCloseTo(seen, 10);
  });

  it('scales each term by its weight, and reads only the named groups', () => {
    const full = idx.ceiling(['费率'], new Set());
    expect(idx.ceiling(['费率'], new Set(), { weights: new Map([['费率', 0.5]]) })).toBeCloseTo(
      full / 2,
      10,
    );
    // Within group 97 no document holds 费率: nothing to reach.
    expect(idx.ceiling(['费率'], new Set(), { groups: [97] })).toBe(0);
    expect(idx.ceiling(['费率'], new Set(), { groups: [88] })).toBeCloseTo(
      idx.search(['费率'], 1, { groups: [88] })[0]!.score,
      10,
    );
  });
});
