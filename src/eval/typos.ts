/**
 * The eval's questions as people type them in a hurry: a seeded slip (a letter dropped, two swapped, one
 * doubled) in some of the English words of five letters or more, the same slips on every run. Scored as
 * the clean questions are, it shows how much misspelling costs, with and without the spelling correction.
 */
import { STOPWORDS } from '../retrieval/stopwords.js';
import type { EvalCase } from './cases.js';

/** Share of the eligible words given a slip. */
const TYPO_RATE = 0.3;

/** A small seeded generator (a linear congruential one): the same case always gets the same slips. */
function seeded(text: string): () => number {
  let seed = 0;
  for (let i = 0; i < text.length; i++) seed = (seed * 31 + text.charCodeAt(i)) % 2147483648;
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function slip(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

/** The question with slips in about TYPO_RATE of its lower-case English content words of five letters or more. */
export function withTypos(question: string, seed = question): string {
  const rnd = seeded(seed);
  return question.replace(/(?<![A-Za-z])[a-z]{5,}(?![A-Za-z])/g, (w) =>
    !STOPWORDS.has(w) && rnd() < TYPO_RATE ? slip(w, rnd) : w,
  );
}

/** Every case with its question misspelt (seeded by the case's id); the history is left as it was. */
export function casesWithTypos(cases: EvalCase[]): EvalCase[] {
  return cases.map((c) => ({ ...c, question: withTypos(c.question, c.id) }));
}
