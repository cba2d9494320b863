/**
 * Every string one edit away from a lower-case a–z word: a letter dropped, two neighbours swapped, a letter
 * replaced or added (Norvig's edits1) — the slips of the keyboard that misspell most words. About 54n + 25
 * strings for n letters, so callers look each one up in a hash table, never scan a word list.
 */
const ABC = 'abcdefghijklmnopqrstuvwxyz';

export function edits(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const c of ABC) {
      if (b) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}
