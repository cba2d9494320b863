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
  /** The words by length, each with its letter counts (a–z) for the cheap filter. */
  private readonly byLength = new Map<number, { word: string; counts: Uint8Array }[]>();
  private readonly prev2 = new Int32Array(64);
  private readonly prev = new Int32Array(64);
  private readonly row = new Int32Array(64);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z]{3,60}$/.test(w)) continue;
      const list = this.byLength.get(w.length) ?? [];
      list.push({ word: w, counts: letterCounts(w) });
      this.byLength.set(w.length, list);
    }
  }

  /** A listed word within two slips of `word` (lower-case a–z), or undefined. */
  find(word: string): string | undefined {
    if (!/^[a-z]{3,60}$/.test(word)) return undefined;
    const counts = letterCounts(word);
    for (let len = word.length - MAX; len <= word.length + MAX; len++) {
      for (const c of this.byLength.get(len) ?? []) {
        // Each slip changes at most two letter counts by one: more apart than that, it is no match.
        let apart = 0;
        for (let i = 0; i < 26 && apart <= 2 * MAX; i++)
          apart += Math.abs(counts[i]! - c.counts[i]!);
        if (apart <= 2 * MAX && this.distance(word, c.word) <= MAX) return c.word;
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

function letterCounts(w: string): Uint8Array {
  const counts = new Uint8Array(26);
  for (let i = 0; i < w.length; i++) counts[w.charCodeAt(i) - 97]!++;
  return counts;
}
