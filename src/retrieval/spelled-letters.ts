/**
 * An acronym dictated letter by letter comes out spaced: "i p v6", "E M F", "the i t u". The letters are
 * joined back (ipv6, EMF, itu) so the word is looked up, not a run of one-letter words.
 */

/** Single letters, space-separated, maybe ending in a letter-and-digit tail (v6, 5g) or digits. */
const SPELLED =
  /(?<![\p{L}\p{N}'’-])(?:[a-z] )+[a-z](?: (?:[a-z]\d{1,2}|\d{1,2}[a-z]?))?(?![\p{L}\p{N}'’-])/giu;

/** One-letter English words: two letters joined only when neither is one of these, or a tail follows. */
const WORD_LETTERS = /^[ai]$/i;

function joined(run: string): string {
  const parts = run.split(' ');
  const letters = parts.filter((p) => p.length === 1);
  const tail = parts.length > letters.length;
  // "is i a …" or "plan a b" stays; three letters, or two with a tail (i p v6), are a spelled word.
  const spelled = letters.length >= 3 || tail || !letters.some((l) => WORD_LETTERS.test(l));
  return spelled ? parts.join('') : run;
}

export function withSpelledLetters(text: string): string {
  return text.replace(SPELLED, (run) => joined(run));
}
