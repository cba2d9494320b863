/**
 * A small in-memory BM25 index (Okapi, k1 1.2, b 0.75) over pre-tokenised clause texts. Each posting keeps
 * its length-normalised weight, so a query only multiplies by idf and adds. Postings are typed arrays and the
 * score buffers are reused.
 *
 * Search is term-at-a-time, rarest-weight first, with an exact early stop: once the most the remaining terms
 * could add is no more than the k-th best score so far, no unseen document can enter the top k, and the
 * remaining (common, long) lists are only consulted for the documents that still could — through a dense
 * per-document array for terms in an eighth of the documents or more. Character bigrams make most of a
 * question's postings common words, so this skips most of the work on large corpora. Documents can also be
 * grouped (by resolution) so a search within a few groups reads only their postings.
 *
 * All postings live in two flat arrays (each list a range of them), packed with the term table into one
 * SharedArrayBuffer (packed-postings.ts): an answering thread reads the main thread's index in place.
 */

import { PackedPostings, type PostingList, type TermPostings } from './packed-postings.js';
import { TopK, type ScoredId } from './top-k.js';

export type { ScoredId };

/** Which documents may be returned: a predicate, or a mask (1 = allowed) that costs no call per posting. */
export type DocFilter = ((index: number) => boolean) | Uint8Array;

/** Terms in at least this share of the documents also get a dense impact array (8 bytes per document). */
const DENSE_SHARE = 1 / 8;

export interface SearchOptions {
  filter?: DocFilter;
  /** Only documents of these groups (see the constructor's `groupOf`); reads only their postings. */
  groups?: number[];
  /** Per-term weight on its IDF (1 when absent): expansion terms count less than the question's words. */
  weights?: ReadonlyMap<string, number>;
}

export class Bm25Index {
  /** The postings, in a buffer other threads can read in place (see packed-postings.ts). */
  private readonly packed: PackedPostings;
  private readonly docs: Int32Array;
  private readonly impacts: Float64Array;
  private readonly groupIndex: Int32Array;
  /** Per-document accumulators, zeroed again after each search (searches are synchronous, so one set serves). */
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** Marks the documents still open after the early stop (cleared again before search returns). */
  private readonly isOpen: Uint8Array;
  readonly groupCount: number;
  /** What the last search did: postings read in full, and at which term it stopped reading whole lists. */
  readonly last = { postings: 0, terms: 0, stoppedAt: -1, probed: 0 };

  /**
   * @param docs each document's tokens; or the buffer of an index built elsewhere (`shared`), read in place.
   * @param groupOf each document's group (a resolution), or null.
   */
  constructor(
    docs: string[][] | SharedArrayBuffer,
    groupOf?: (doc: number) => number | null,
    k1 = 1.2,
    b = 0.75,
  ) {
    this.packed =
      docs instanceof SharedArrayBuffer ? new PackedPostings(docs) : build(docs, groupOf, k1, b);
    const n = this.packed.docCount;
    this.docs = this.packed.docs;
    this.impacts = this.packed.impacts;
    this.groupIndex = this.packed.groupIndex;
    this.groupCount = this.packed.groupCount;
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.isOpen = new Uint8Array(n);
  }

  /** The buffer another thread can build the same index from (`new Bm25Index(buffer)`). */
  get shared(): SharedArrayBuffer {
    return this.packed.buffer;
  }

  get size(): number {
    return this.packed.docCount;
  }

  /** Whether any document holds the term. */
  has(term: string): boolean {
    return this.packed.termId(term) >= 0;
  }

  /** The groups with a document holding the term, as a bit set over their dense indexes. */
  groupMask(term: string): Uint32Array {
    const mask = new Uint32Array(Math.ceil(this.groupCount / 32));
    const id = this.packed.termId(term);
    if (id < 0) return mask;
    const list = this.packed.list(id);
    for (let j = list.start; j < list.end; j++) {
      const g = this.groupIndex[this.docs[j]!]!;
      if (g >= 0) mask[g >>> 5]! |= 1 << (g & 31);
    }
    return mask;
  }

  /** How many documents hold the term. */
  docFreq(term: string): number {
    const id = this.packed.termId(term);
    return id < 0 ? 0 : this.packed.docFreq(id);
  }

  /** The IDF a term no document holds would have: the most any term can weigh. */
  get unseenIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  idf(term: string): number {
    const df = this.docFreq(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * The most any document could score for the query: each term at its best impact (within `groups`, when
   * given), and each of the question's `own` terms that no document holds at what one occurrence in a
   * document of average length would weigh, had one held it. A top score far below this covers little of
   * what was asked.
   */
  ceiling(query: Iterable<string>, own: ReadonlySet<string>, opts: SearchOptions = {}): number {
    const { groups, weights } = opts;
    let sum = 0;
    for (const term of new Set(query)) {
      const w = weights?.get(term) ?? 1;
      const id = this.packed.termId(term);
      if (id < 0) {
        if (own.has(term)) sum += w * this.unseenIdf;
        continue;
      }
      let best = this.packed.list(id).maxImpact;
      if (groups) {
        best = 0;
        for (const g of groups) best = Math.max(best, this.packed.groupList(id, g)?.maxImpact ?? 0);
      }
      sum += w * this.idf(term) * best;
    }
    return sum;
  }

  /** The best `limit` documents sharing a term with the query, best first, ties by position. */
  search(query: string[], limit: number, opts: SearchOptions | DocFilter = {}): ScoredId[] {
    const { filter, groups, weights } =
      typeof opts === 'function' || opts instanceof Uint8Array ? { filter: opts } : opts;
    if (limit <= 0) return [];
    const mask = filter instanceof Uint8Array ? filter : filter ? this.maskOf(filter) : undefined;
    // Each query term with its lists (several when searching within groups) and its highest possible weight.
    const terms: { idf: number; lists: PostingList[]; bound: number }[] = [];
    // Plain loops: this runs for each of a question's ~100 words and bigrams, where the array helpers'
    // throwaway arrays showed in the profile.
    for (const term of new Set(query)) {
      const id = this.packed.termId(term);
      if (id < 0) continue;
      const whole = this.packed.list(id);
      let lists: PostingList[];
      if (groups) {
        lists = [];
        for (const g of groups) {
          const part = this.packed.groupList(id, g);
          if (part) lists.push(part);
        }
        if (!lists.length) continue;
      } else lists = [whole];
      let maxImpact = 0;
      for (const l of lists) maxImpact = Math.max(maxImpact, l.maxImpact);
      const df = whole.end - whole.start;
      const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5)) * (weights?.get(term) ?? 1);
      terms.push({ idf, lists, bound: idf * maxImpact });
    }
    terms.sort((x, y) => y.bound - x.bound);
    // What the terms from t on could still add, and how many postings they hold.
    const rest = new Float64Array(terms.length + 1);
    const restLength = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) {
      rest[i] = rest[i + 1]! + terms[i]!.bound;
      restLength[i] = restLength[i + 1]! + terms[i]!.lists.reduce((m, l) => m + l.end - l.start, 0);
    }

    const { scores, touched, docs, impacts } = this;
    let n = 0;
    let best = 0;
    let checks = 0;
    let t = 0;
    for (; t < terms.length; t++) {
      // Stop reading whole lists once nothing unseen can reach the k-th score, i.e. once `limit` documents
      // already score at least what the rest could add. Checked only when the lists left are much longer
      // than the documents touched, since the check is a pass over those.
      if (n >= limit && rest[t]! <= best && restLength[t]! > 4 * n && checks < 3) {
        checks++;
        if (this.countAtLeast(n, rest[t]!) >= limit) break;
      }
      const { idf, lists } = terms[t]!;
      for (const { start, end } of lists) {
        for (let j = start; j < end; j++) {
          const doc = docs[j]!;
          if (mask && mask[doc] !== 1) continue;
          if (scores[doc] === 0) touched[n++] = doc;
          const s = (scores[doc]! += idf * impacts[j]!);
          if (s > best) best = s;
        }
      }
    }
    this.last.terms = terms.length;
    this.last.stoppedAt = t < terms.length ? t : -1;
    this.last.postings = restLength[0]! - restLength[t]!;
    this.last.probed = 0;
    const top = new TopK(limit);
    if (t < terms.length) {
      // The documents that could still reach the top k get the remaining terms: looked up in the dense
      // array of a common term, or found by walking a rarer term's (short) list against a mask. After each
      // term, those that can no longer reach the k-th score are dropped.
      const { isOpen } = this;
      const theta = this.kth(n, limit);
      let size = 0;
      const open = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const doc = touched[i]!;
        if (scores[doc]! + rest[t]! >= theta) {
          open[size++] = doc;
          isOpen[doc] = 1;
        }
      }
      this.last.probed = size;
      for (let u = t; u < terms.length; u++) {
        const { idf, lists } = terms[u]!;
        for (const { start, end, dense } of lists) {
          if (dense) {
            for (let i = 0; i < size; i++) scores[open[i]!]! += idf * dense[open[i]!]!;
          } else {
            for (let j = start; j < end; j++) {
              if (isOpen[docs[j]!] === 1) scores[docs[j]!]! += idf * impacts[j]!;
            }
          }
        }
        // θ stays the k-th score at the stop (a lower bound on the final one): recomputing it per term
        // cost more than it pruned.
        if (size > 2 * limit && u + 1 < terms.length) {
          let kept = 0;
          for (let i = 0; i < size; i++) {
            const doc = open[i]!;
            if (scores[doc]! + rest[u + 1]! >= theta) open[kept++] = doc;
            else isOpen[doc] = 0;
          }
          size = kept;
        }
      }
      for (let i = 0; i < size; i++) isOpen[open[i]!] = 0;
      for (let i = 0; i < size; i++) top.offer(open[i]!, scores[open[i]!]!);
    } else {
      for (let i = 0; i < n; i++) top.offer(touched[i]!, scores[touched[i]!]!);
    }
    for (let i = 0; i < n; i++) scores[touched[i]!] = 0;
    return top.sorted();
  }

  private countAtLeast(n: number, score: number): number {
    let count = 0;
    for (let i = 0; i < n; i++) if (this.scores[this.touched[i]!]! >= score) count++;
    return count;
  }

  /** The k-th best accumulated score among the first n touched documents. */
  private kth(n: number, k: number): number {
    const top = new TopK(k);
    for (let i = 0; i < n; i++) top.offer(this.touched[i]!, this.scores[this.touched[i]!]!);
    return top.worst;
  }

  private maskOf(filter: (index: number) => boolean): Uint8Array {
    const mask = new Uint8Array(this.size);
    for (let i = 0; i < mask.length; i++) if (filter(i)) mask[i] = 1;
    return mask;
  }
}

/** Okapi BM25 impacts (k1, b) of each term in each document, packed. */
function build(
  docs: string[][],
  groupOf: ((doc: number) => number | null) | undefined,
  k1: number,
  b: number,
): PackedPostings {
  const lengths = Int32Array.from(docs, (d) => d.length);
  const avg = lengths.reduce((a, n) => a + n, 0) / Math.max(1, docs.length);
  const terms: TermPostings = new Map();
  docs.forEach((tokens, doc) => {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const norm = 1 - b + (b * tokens.length) / (avg || 1);
    for (const [term, n] of tf) {
      let list = terms.get(term);
      if (!list) terms.set(term, (list = { docs: [], impacts: [] }));
      list.docs.push(doc);
      list.impacts.push((n * (k1 + 1)) / (n + k1 * norm));
    }
  });
  return PackedPostings.build(terms, lengths, groupOf, DENSE_SHARE);
}
