/**
 * A small in-memory BM25 index (Okapi, k1 1.2, b 0.75) over pre-tokenised clause texts. Each posting keeps
 * its length-normalised weight, so a query only multiplies by idf and adds; cost is linear in the postings
 * of the query's terms (a threshold algorithm was tried and did not help here: questions have many terms).
 */

export interface ScoredId {
  index: number;
  score: number;
}

interface Posting {
  doc: number;
  /** The term's BM25 weight in this document without its idf: tf·(k1+1) / (tf + k1·norm). */
  impact: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: number[];

  constructor(
    docs: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = docs.map((d) => d.length);
    const avg = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, docs.length);
    docs.forEach((tokens, doc) => {
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      const norm = 1 - this.b + (this.b * tokens.length) / (avg || 1);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, impact: (n * (this.k1 + 1)) / (n + this.k1 * norm) });
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

  /** The best `limit` documents sharing a term with the query; `filter` limits the candidates. */
  search(query: string[], limit: number, filter?: (index: number) => boolean): ScoredId[] {
    // A typed accumulator and a bounded top-k keep the cost near the postings touched, not the corpus size.
    const scores = new Float64Array(this.size);
    const touched: number[] = [];
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, impact } of list) {
        if (filter && !filter(doc)) continue;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += idf * impact;
      }
    }
    const top = new TopK(limit);
    for (const index of touched) top.offer({ index, score: scores[index]! });
    return top.items;
  }
}

/** A bounded list of the best scores, highest first, ties by position in the corpus. */
class TopK {
  readonly items: ScoredId[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  get worst(): number {
    return this.items[this.items.length - 1]?.score ?? 0;
  }

  offer(hit: ScoredId): void {
    const better = (a: ScoredId, b: ScoredId) =>
      a.score > b.score || (a.score === b.score && a.index < b.index);
    if (this.full && !better(hit, this.items[this.items.length - 1]!)) return;
    let i = this.items.length;
    while (i > 0 && better(hit, this.items[i - 1]!)) i--;
    this.items.splice(i, 0, hit);
    if (this.items.length > this.limit) this.items.pop();
  }
}
