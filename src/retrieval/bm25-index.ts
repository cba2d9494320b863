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
    // A typed accumulator and a bounded top-k keep the cost near the postings touched, not the corpus size.
    const scores = new Float64Array(this.size);
    const touched: number[] = [];
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        if (filter && !filter(doc)) continue;
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avgLength);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += (idf * tf * (this.k1 + 1)) / norm;
      }
    }
    const top: ScoredId[] = [];
    const better = (a: ScoredId, b: ScoredId) => a.score > b.score || (a.score === b.score && a.index < b.index);
    for (const index of touched) {
      const hit = { index, score: scores[index]! };
      if (top.length === limit && !better(hit, top[top.length - 1]!)) continue;
      let i = top.length;
      while (i > 0 && better(hit, top[i - 1]!)) i--;
      top.splice(i, 0, hit);
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
