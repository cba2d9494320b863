/** A small in-memory BM25 index (Okapi, k1 1.2, b 0.75) over pre-tokenised clause texts. */

export interface ScoredId {
  index: number;
  score: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(
    docs: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = docs.map((d) => d.length);
    this.avgLength = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, docs.length);
    docs.forEach((tokens, doc) => {
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf: n });
      }
    });
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Scores every document that shares a term with the query; `filter` limits the candidates. */
  search(query: string[], limit: number, filter?: (index: number) => boolean): ScoredId[] {
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        if (filter && !filter(doc)) continue;
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit);
  }
}
