/** A bounded best-k selection over (index, score) pairs: higher score first, ties by lower index. */

export interface ScoredId {
  index: number;
  score: number;
}

/** Whether a ranks above b: higher score, ties by position in the corpus. */
export function better(aScore: number, aIndex: number, bScore: number, bIndex: number): boolean {
  return aScore > bScore || (aScore === bScore && aIndex < bIndex);
}

/**
 * The best `limit` scores: a binary heap with the worst kept at the root, so most documents cost one
 * comparison against it and none allocates.
 */
export class TopK {
  private readonly idx: Int32Array;
  private readonly val: Float64Array;
  private count = 0;

  constructor(private readonly limit: number) {
    this.idx = new Int32Array(Math.max(0, limit));
    this.val = new Float64Array(Math.max(0, limit));
  }

  offer(index: number, score: number): void {
    const { idx, val } = this;
    if (this.count < this.limit) {
      // Sift up: a parent must be worse than its children.
      let i = this.count++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!better(val[p]!, idx[p]!, score, index)) break;
        idx[i] = idx[p]!;
        val[i] = val[p]!;
        i = p;
      }
      idx[i] = index;
      val[i] = score;
      return;
    }
    if (this.limit === 0 || !better(score, index, val[0]!, idx[0]!)) return;
    // Replace the worst.
    this.siftDown(index, score, this.count);
  }

  /** Puts (index, score) at the root of the first n entries and sifts it down: a child worse than it rises. */
  private siftDown(index: number, score: number, n: number): void {
    const { idx, val } = this;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const w = r < n && better(val[l]!, idx[l]!, val[r]!, idx[r]!) ? r : l;
      if (!better(score, index, val[w]!, idx[w]!)) break;
      idx[i] = idx[w]!;
      val[i] = val[w]!;
      i = w;
    }
    idx[i] = index;
    val[i] = score;
  }

  /** The lowest score kept (0 while not full). */
  get worst(): number {
    return this.count < this.limit ? 0 : this.val[0]!;
  }

  /** Best first. Empties the selection: the heap's worst is taken from the root, last place first. */
  sorted(): ScoredId[] {
    const { idx, val } = this;
    const out = new Array<ScoredId>(this.count);
    while (this.count > 0) {
      const n = --this.count;
      out[n] = { index: idx[0]!, score: val[0]! };
      // The last leaf moves to the root and sifts down (a heap pop; no comparator calls through sort).
      this.siftDown(idx[n]!, val[n]!, n);
    }
    return out;
  }
}
