/**
 * Local embeddings that need no network and no model download: TF-IDF-weighted character n-grams
 * (CJK 1–3-grams, Latin words) hashed into a fixed number of dimensions, L2-normalised.
 * The IDF is fitted on the corpus and saved with the index, so queries are embedded the same way.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

export interface HashedEmbeddingsState {
  kind: 'hashed-ngrams';
  version: 1;
  dimensions: number;
  documents: number;
  /** Document frequency per bucket. */
  df: number[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN = /[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*|\d+/g;

const FNV_OFFSET = 0x811c9dc5;
/** The hash of the Latin-word prefix `w:`, where each word's hash continues. */
const WORD_PREFIX = fnv1a('w:', 0, 2, FNV_OFFSET);

/**
 * FNV-1a, 32-bit (cheap and stable across runs and machines), of s[from, to), continuing from `h`: a
 * feature is hashed where it lies in the text, without cutting it out as a string of its own.
 */
function fnv1a(s: string, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Calls `visit` with the hash of each feature of the text: Latin words (`w:` + word), CJK 1–3-grams. */
function forEachFeature(text: string, visit: (hash: number) => void): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(LATIN)) {
    visit(fnv1a(lower, m.index, m.index + m[0].length, WORD_PREFIX));
  }
  for (const m of lower.matchAll(CJK_RUN)) {
    const end = m.index + m[0].length;
    for (let n = 1; n <= 3; n++) {
      for (let i = m.index; i + n <= end; i++) visit(fnv1a(lower, i, i + n, FNV_OFFSET));
    }
  }
}

/**
 * Math.hypot(...v) without spreading the vector into arguments, step for step as V8 computes it (the
 * largest value scales, Kahan summation over every entry, zeros included), so the norm is bit-identical to
 * the one the persisted vectors were built with.
 */
function hypot(v: Float64Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]!));
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < v.length; i++) {
    // A zero entry changes nothing while there is no compensation to carry: most entries are zero.
    if (v[i] === 0 && compensation === 0) continue;
    const n = Math.abs(v[i]!) / max;
    const summand = n * n - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}

/**
 * LangChain's interface without its base class: the base class would load @langchain/core (about 8 MB of
 * heap) into every answering thread, for a retry queue local embeddings never use.
 */
export class HashedNgramEmbeddings implements EmbeddingsInterface {
  private df: Float64Array;
  private documents: number;
  /** Each bucket's IDF weight, from df and documents: computed once, not per feature of every query. */
  private idf: Float64Array | null = null;
  /**
   * Scratch space reused by every embedding (a query's term counts and vector), since an embedding is
   * computed synchronously: the answering path then allocates only the vector it returns.
   */
  private readonly counts: Int32Array;
  private readonly keys: Int32Array;
  private readonly dense: Float64Array;

  constructor(readonly dimensions = 1024) {
    this.df = new Float64Array(dimensions);
    this.documents = 0;
    this.counts = new Int32Array(dimensions * 2);
    this.keys = new Int32Array(dimensions * 2);
    this.dense = new Float64Array(dimensions);
  }

  /** Learns document frequencies from the corpus; call before embedding documents. */
  fit(texts: string[]): this {
    this.df = new Float64Array(this.dimensions);
    const seen = new Uint8Array(this.dimensions);
    for (const t of texts) {
      seen.fill(0);
      forEachFeature(t, (h) => (seen[h % this.dimensions] = 1));
      for (let b = 0; b < this.dimensions; b++) this.df[b]! += seen[b]!;
    }
    this.documents = texts.length;
    this.idf = null;
    return this;
  }

  toState(): HashedEmbeddingsState {
    return {
      kind: 'hashed-ngrams',
      version: 1,
      dimensions: this.dimensions,
      documents: this.documents,
      df: [...this.df],
    };
  }

  static fromState(state: HashedEmbeddingsState): HashedNgramEmbeddings {
    const e = new HashedNgramEmbeddings(state.dimensions);
    if (state.df.length !== state.dimensions) throw new Error('embedder state: df length mismatch');
    e.df = Float64Array.from(state.df);
    e.documents = state.documents;
    return e;
  }

  embed(text: string): number[] {
    const { counts, keys, dense: v, dimensions } = this;
    const idf = (this.idf ??= this.df.map((df) => Math.log((1 + this.documents) / (1 + df)) + 1));
    // Term counts per bucket and sign (bucket * 2, + 1 when negative), keys in order of first sight.
    let distinct = 0;
    forEachFeature(text, (h) => {
      // A sign bit from the hash keeps colliding features from only ever adding up.
      const key = (h % dimensions) * 2 + ((h >>> 31) & 1);
      if (counts[key]!++ === 0) keys[distinct++] = key;
    });
    for (let i = 0; i < distinct; i++) {
      const key = keys[i]!;
      const sign = key & 1 ? -1 : 1;
      v[key >> 1]! += sign * (1 + Math.log(counts[key]!)) * idf[key >> 1]!;
      counts[key] = 0;
    }
    const norm = hypot(v) || 1;
    const out = new Array<number>(dimensions);
    for (let i = 0; i < dimensions; i++) out[i] = v[i]! / norm;
    v.fill(0);
    return out;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
