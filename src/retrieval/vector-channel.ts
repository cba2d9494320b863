/**
 * The vector channel over the HNSW index: an approximate graph search over a large corpus, and an exact scan
 * when the candidates are few (the question names resolutions, or the corpus itself is small).
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HierarchicalNSW } from 'hnswlib-node';
import type { ChannelHit } from './fusion.js';
import { ColumnScan } from './column-scan.js';
import { TopK } from './top-k.js';

/**
 * Up to this many allowed clauses, score them all instead of searching the graph: a selective filter makes
 * HNSW visit (and call back into JavaScript for) far more nodes than it keeps, which is why vector
 * databases have full-scan thresholds. 2,048 dense 512-d points are about 1 M multiply-adds.
 */
export const EXACT_SCAN_LIMIT = 2048;

/** The extra terms' summed weight, relative to the question's own vector (1). */
const MAX_TERMS_WEIGHT = 0.8;

function normalise(v: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  // set(), not Float32Array.from(): from() walks the source through its iterator, a boxed number per entry.
  const out = new Float32Array(v.length);
  out.set(v);
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i]! *= inv;
  }
  return out;
}

/**
 * Σ w[j] · points[row + at[j]] with four running sums: one sum makes every add wait for the previous one,
 * and this loop runs for every candidate clause (1.6× faster measured).
 */
function dotAt(points: Float32Array, row: number, at: Int32Array, w: Float64Array): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = at.length;
  let j = 0;
  for (; j + 3 < n; j += 4) {
    s0 += w[j]! * points[row + at[j]!]!;
    s1 += w[j + 1]! * points[row + at[j + 1]!]!;
    s2 += w[j + 2]! * points[row + at[j + 2]!]!;
    s3 += w[j + 3]! * points[row + at[j + 3]!]!;
  }
  for (; j < n; j++) s0 += w[j]! * points[row + at[j]!]!;
  return s0 + s1 + s2 + s3;
}

/** The vector index as the retriever needs it (see VectorIndex): points, ids and graph in label order. */
export interface VectorSource {
  embeddings: EmbeddingsInterface;
  points: Float32Array;
  ids: string[];
  /** Needed only above EXACT_SCAN_LIMIT clauses; without it, every search is a scan. */
  graph: HierarchicalNSW | null;
}

export class VectorChannel {
  private maps?: { clauseOf: Int32Array; labelOf: Int32Array };
  private columns?: ColumnScan;
  private allClauses?: number[];
  private readonly source: VectorSource;
  private readonly points: Float32Array;

  constructor(
    source: VectorSource,
    private readonly clauseIndex: (id: string) => number | undefined,
    private readonly clauseCount: number,
  ) {
    this.source = source;
    this.points = source.points;
  }

  embed(text: string): Promise<ArrayLike<number>> {
    return this.source.embeddings.embedQuery(text);
  }

  /**
   * The question's own text plus weighted extra terms (dictionary candidates), as one unit vector: the terms
   * move the query towards the document's wording without outweighing what was asked.
   */
  async embedWeighted(text: string, terms: [string, number][]): Promise<ArrayLike<number>> {
    if (!terms.length) return this.embed(text);
    // One embedding for all the terms (one model call, not one per term), weighted as a whole below the
    // question itself however many there are.
    const [own, extra] = await this.source.embeddings.embedDocuments([
      text,
      terms.map(([t]) => t).join(' '),
    ]);
    const out = normalise(own!);
    const u = normalise(extra!);
    const w = Math.min(
      MAX_TERMS_WEIGHT,
      terms.reduce((a, [, x]) => a + x, 0),
    );
    for (let j = 0; j < out.length; j++) out[j]! += w * u[j]!;
    return out;
  }

  /** The `k` nearest clauses; with `within` (clause positions), only those. */
  search(query: ArrayLike<number>, k: number, within?: number[]): ChannelHit[] {
    if (within && within.length <= EXACT_SCAN_LIMIT) return this.exact(query, within, k);
    // A corpus this small is scanned whole: exact, and cheaper than a call into the graph.
    const { graph } = this.source;
    if (!graph || (!within && this.clauseCount <= EXACT_SCAN_LIMIT))
      return this.exact(query, within ?? this.all(), k);
    const { clauseOf } = this.labels();
    let mask: Uint8Array | undefined;
    if (within) {
      mask = new Uint8Array(this.clauseCount);
      for (const i of within) mask[i] = 1;
    }
    const result = graph.searchKnn(
      Array.from(query),
      k,
      mask ? (label: number) => mask[clauseOf[label] ?? -1] === 1 : undefined,
    );
    return result.neighbors
      .map((label, i) => ({ index: clauseOf[label] ?? -1, score: 1 - result.distances[i]! }))
      .filter((h) => h.index >= 0);
  }

  /**
   * Cosine similarity to each listed clause, from the index's own normalised points. A sparse query (the
   * local hashed embeddings fill a tenth of the dimensions) is multiplied over its non-zero dimensions only.
   */
  private exact(query: ArrayLike<number>, clauses: number[], k: number): ChannelHit[] {
    const { labelOf } = this.labels();
    const { points } = this;
    const q = normalise(query);
    const dim = q.length;
    // The query's non-zero dimensions and weights, packed: the local hashed embeddings fill about a tenth.
    let m = 0;
    for (let i = 0; i < dim; i++) if (q[i] !== 0) m++;
    const sparse = m * 2 < dim;
    const at = new Int32Array(sparse ? m : dim);
    const w = new Float64Array(at.length);
    for (let i = 0, j = 0; i < dim; i++) {
      if (sparse && q[i] === 0) continue;
      at[j] = i;
      w[j++] = q[i]!;
    }
    const top = new TopK(k);
    // Many candidates (a whole small corpus): all points at once, by dimension; a few: point by point.
    const labels = this.source.ids.length;
    if (clauses.length * 4 >= labels) {
      const dots = (this.columns ??= new ColumnScan(points, labels, dim)).dots(at, w);
      for (const clause of clauses) {
        const label = labelOf[clause]!;
        if (label >= 0) top.offer(clause, dots[label]!);
      }
      return top.sorted();
    }
    for (const clause of clauses) {
      const label = labelOf[clause]!;
      if (label >= 0) top.offer(clause, dotAt(points, label * dim, at, w));
    }
    return top.sorted();
  }

  private all(): number[] {
    return (this.allClauses ??= Array.from({ length: this.clauseCount }, (_, i) => i));
  }

  /** Clause position of each HNSW label and back. */
  private labels(): { clauseOf: Int32Array; labelOf: Int32Array } {
    if (this.maps) return this.maps;
    const { ids } = this.source;
    const clauseOf = new Int32Array(ids.length).fill(-1);
    const labelOf = new Int32Array(this.clauseCount).fill(-1);
    ids.forEach((id, label) => {
      const clause = this.clauseIndex(id);
      if (clause === undefined) return;
      clauseOf[label] = clause;
      labelOf[clause] = label;
    });
    return (this.maps = { clauseOf, labelOf });
  }
}
