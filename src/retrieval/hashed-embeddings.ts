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

/** FNV-1a, 32-bit: cheap and stable across runs and machines. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function features(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(LATIN)) out.push(`w:${m[0]}`);
  for (const m of lower.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= run.length; i++) out.push(run.slice(i, i + n));
    }
  }
  return out;
}

/**
 * LangChain's interface without its base class: the base class would load @langchain/core (about 8 MB of
 * heap) into every answering thread, for a retry queue local embeddings never use.
 */
export class HashedNgramEmbeddings implements EmbeddingsInterface {
  private df: Float64Array;
  private documents: number;

  constructor(readonly dimensions = 1024) {
    this.df = new Float64Array(dimensions);
    this.documents = 0;
  }

  /** Learns document frequencies from the corpus; call before embedding documents. */
  fit(texts: string[]): this {
    this.df = new Float64Array(this.dimensions);
    for (const t of texts) {
      for (const b of new Set(features(t).map((f) => fnv1a(f) % this.dimensions))) this.df[b]! += 1;
    }
    this.documents = texts.length;
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
    const tf = new Map<number, number>();
    for (const f of features(text)) {
      const h = fnv1a(f);
      const bucket = h % this.dimensions;
      // A sign bit from the hash keeps colliding features from only ever adding up.
      const sign = (h >>> 31) & 1 ? -1 : 1;
      tf.set(bucket * 2 + (sign > 0 ? 0 : 1), (tf.get(bucket * 2 + (sign > 0 ? 0 : 1)) ?? 0) + 1);
    }
    const v = new Array<number>(this.dimensions).fill(0);
    for (const [key, n] of tf) {
      const bucket = key >> 1;
      const sign = key & 1 ? -1 : 1;
      const idf = Math.log((1 + this.documents) / (1 + this.df[bucket]!)) + 1;
      v[bucket]! += sign * (1 + Math.log(n)) * idf;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
