/**
 * Whether a word is within two slips of a word in a list (optimal string alignment distance: a letter
 * dropped, added, replaced, or two neighbours swapped). Two slips is where a misspelling (cybrsecurty) and a
 * word the document never uses (blockchain) part: edits.ts covers one slip by lookups, but the strings two
 * slips away are hundreds of thousands, so this compares against the list itself.
 *
 * Written here rather than taken from a library: the packages on npm compute the full distance for every
 * pair, and the checks below (length, then letters in common) skip almost every word of the list first.
 */
const MAX = 2;

export class NearWords {
  /**
   * The words by length, with their letter counts (a–z) for the cheap filter, 26 per word in one array per
   * length: a Uint8Array per word cost 3.9 MB of object headers in every thread that built the list.
   */
  private readonly byLength = new Map<number, { words: string[]; counts: Uint8Array }>();
  private readonly prev2 = new Int32Array(64);
  private readonly prev = new Int32Array(64);
  private readonly row = new Int32Array(64);

  constructor(words: Iterable<string>) {
    const lists = new Map<number, string[]>();
    for (const w of words) {
      if (!/^[a-z]{3,60}$/.test(w)) continue;
      const list = lists.get(w.length) ?? [];
      list.push(w);
      lists.set(w.length, list);
    }
    for (const [len, list] of lists) {
      const counts = new Uint8Array(26 * list.length);
      list.forEach((w, k) => letterCounts(w, counts, 26 * k));
      this.byLength.set(len, { words: list, counts });
    }
  }

  /** A listed word within two slips of `word` (lower-case a–z), or undefined. */
  find(word: string): string | undefined {
    if (!/^[a-z]{3,60}$/.test(word)) return undefined;
    const counts = letterCounts(word, new Uint8Array(26), 0);
    for (let len = word.length - MAX; len <= word.length + MAX; len++) {
      const list = this.byLength.get(len);
      if (!list) continue;
      for (let k = 0; k < list.words.length; k++) {
        // Each slip changes at most two letter counts by one: more apart than that, it is no match.
        let apart = 0;
        for (let i = 0; i < 26 && apart <= 2 * MAX; i++)
          apart += Math.abs(counts[i]! - list.counts[26 * k + i]!);
        if (apart <= 2 * MAX && this.distance(word, list.words[k]!) <= MAX) return list.words[k];
      }
    }
    return undefined;
  }

  /** The distance, or MAX + 1 once every way through is further than MAX. */
  private distance(a: string, b: string): number {
    let [prev2, prev, row] = [this.prev2, this.prev, this.row];
    for (let j = 0; j <= b.length; j++) prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
      row[0] = i;
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          v = Math.min(v, prev2[j - 2]! + 1);
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > MAX) return MAX + 1;
      [prev2, prev, row] = [prev, row, prev2];
    }
    return prev[b.length]!;
  }
}

/** The word's letter counts written into `out` from `at`; returns `out`. */
function letterCounts(w: string, out: Uint8Array, at: number): Uint8Array {
  for (let i = 0; i < w.length; i++) out[at + w.charCodeAt(i) - 97]!++;
  return out;
}
