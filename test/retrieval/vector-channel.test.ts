import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { EXACT_SCAN_LIMIT, VectorChannel } from '../../src/retrieval/vector-channel.js';

const DIM = 32;

/** Deterministic pseudo-random numbers, so the vectors are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** Texts are vector literals ("0.1,0.2,…"): the test decides every vector. */
class LiteralEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  embedQuery(text: string) {
    return Promise.resolve(text.split(',').map(Number));
  }
  embedDocuments(texts: string[]) {
    return Promise.all(texts.map((t) => this.embedQuery(t)));
  }
}

const cosine = (a: number[], b: number[]) => {
  const dot = a.reduce((s, x, i) => s + x * b[i]!, 0);
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return dot / (norm(a) * norm(b));
};

async function channel(count: number, sparse = false) {
  const rand = rng(7);
  const vectors = Array.from({ length: count }, () =>
    Array.from({ length: DIM }, () => (sparse && rand() < 0.8 ? 0 : rand() - 0.5)),
  );
  // Clause ids in reverse order of the labels, so a mix-up between the two would show.
  const ids = vectors.map((_, i) => `c${count - 1 - i}`);
  const store = new HNSWLib(new LiteralEmbeddings(), { space: 'cosine' });
  await store.addVectors(
    vectors,
    vectors.map((v, i) => new Document({ pageContent: v.join(','), metadata: { id: ids[i] } })),
  );
  const points = new Float32Array(count * DIM);
  vectors.forEach((v, r) => {
    const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    v.forEach((x, i) => (points[r * DIM + i] = x / n));
  });
  const clauseOf = (id: string) => Number(id.slice(1));
  // Clause c's vector is label count-1-c.
  const vectorOf = (clause: number) => vectors[count - 1 - clause]!;
  const source = { embeddings: store.embeddings, points, ids, graph: store.index };
  return { vc: new VectorChannel(source, clauseOf, count), vectorOf, rand };
}

describe('VectorChannel', () => {
  it('scans the allowed clauses exactly, dense or sparse query, best first', async () => {
    for (const sparse of [false, true]) {
      const { vc, vectorOf, rand } = await channel(300, sparse);
      const allowed = Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 4 === 1);
      const query = Array.from({ length: DIM }, () => (sparse && rand() < 0.8 ? 0 : rand() - 0.5));
      const got = vc.search(query, 10, allowed);
      const want = allowed
        .map((i) => ({ index: i, score: cosine(query, vectorOf(i)) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
      expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 5));
    }
  });

  it('scans a small corpus whole when no filter is given', async () => {
    const { vc, vectorOf } = await channel(300);
    const query = vectorOf(42).map((x, i) => x + (i % 3) * 0.05);
    const want = Array.from({ length: 300 }, (_, i) => ({
      index: i,
      score: cosine(query, vectorOf(i)),
    }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
    expect(vc.search(query, 5).map((h) => h.index)).toEqual(want.map((h) => h.index));
  });

  it('searches the graph in a corpus too large to scan, and maps labels back to clauses', async () => {
    const count = EXACT_SCAN_LIMIT + 400;
    const { vc, vectorOf } = await channel(count);
    for (const clause of [0, 17, count - 1]) {
      const [top] = vc.search(vectorOf(clause), 5);
      expect(top!.index).toBe(clause);
      expect(top!.score).toBeCloseTo(1, 5);
    }
  });

  it('searches the graph with a filter when the allowed clauses are too many to scan', async () => {
    const count = EXACT_SCAN_LIMIT + 400;
    const { vc, vectorOf } = await channel(count);
    const allowed = Array.from({ length: count }, (_, i) => i).filter((i) => i % 10 !== 0);
    const mask = new Uint8Array(count);
    allowed.forEach((i) => (mask[i] = 1));
    // The query is clause 10's own vector, which is not allowed: its nearest allowed clauses come back.
    const got = vc.search(vectorOf(10), 8, allowed);
    expect(got).toHaveLength(8);
    expect(got.every((h) => mask[h.index] === 1)).toBe(true);
    expect(got.map((h) => h.index)).not.toContain(10);
  });
});
