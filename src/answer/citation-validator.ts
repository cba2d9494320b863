/** Checks the model's citations in code: each [n] must name one of the numbered sources, or it is removed. */
import type { Citation } from '../corpus/clause.js';

export interface ValidatedAnswer {
  /** The answer with markers renumbered [1], [2] … in order of first use, invalid ones removed. */
  answer: string;
  /** The cited sources, in the order of their new numbers. */
  citations: Citation[];
  /** How many citation numbers named no source and were removed. */
  droppedCitations: number;
}

/**
 * A citation marker: [1], 【1】, ［1］, [1, 3], [1，3], [1、3], [1-2] is not expanded (read as 1 and 2 only
 * if written as a list). Half- and full-width brackets, since models writing Chinese use both.
 */
const MARKER = /\s*[[【［]\s*(\d{1,4}(?:\s*[,，、;；]\s*\d{1,4})*)\s*[\]】］]/g;

/**
 * Maps the model's source numbers (1…sources.length) to citations, renumbering in order of first
 * use and dropping numbers outside the range. Returns null when no valid citation is left: such an
 * answer is not presented as grounded.
 */
export function validateCitations(
  text: string,
  sources: readonly Citation[],
): ValidatedAnswer | null {
  const newNumber = new Map<number, number>();
  const citations: Citation[] = [];
  let dropped = 0;

  const answer = text.replace(MARKER, (whole, list: string) => {
    const leading = whole.match(/^\s*/)![0];
    const kept: number[] = [];
    for (const part of list.split(/[,，、;；]/)) {
      const n = Number(part.trim());
      if (!Number.isInteger(n) || n < 1 || n > sources.length) {
        dropped++;
        continue;
      }
      let renumbered = newNumber.get(n);
      if (renumbered === undefined) {
        citations.push(sources[n - 1]!);
        renumbered = citations.length;
        newNumber.set(n, renumbered);
      }
      if (!kept.includes(renumbered)) kept.push(renumbered);
    }
    // A marker with nothing valid left disappears with the space before it ("另见 [99]。" → "另见。").
    return kept.length ? leading + kept.map((k) => `[${k}]`).join('') : '';
  });

  if (citations.length === 0) return null;
  return { answer: answer.trim(), citations, droppedCitations: dropped };
}
