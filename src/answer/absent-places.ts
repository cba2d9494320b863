/**
 * Countries and regions a fact question asks about ("其中来自巴西的有几位", "how many come from
 * Kenya?"): a figure, a date or a name a clause gives of all of them (37 countries) is none of that
 * place's, so the clause that answers must name it.
 */
import type { Clause } from '../corpus/clause.js';
import { askingSentences } from '../retrieval/sentences.js';
import { asWritten, placeNames } from './place-names.js';

/**
 * The places the question's asking sentences name that none of the clauses names, as the question writes
 * them; empty when it names none, or a clause names them all.
 */
export function placesUnanswered(question: string, clauses: readonly Clause[]): string[] {
  const asked = askingSentences(question, true);
  const namings = placeNames().namings(asked);
  if (!namings.size) return [];
  const named = clauses.map((c) => placeNames().named(c.text));
  return [...namings]
    .filter(([, code]) => !named.some((codes) => codes.has(code)))
    .map(([surface]) => asWritten(surface, asked));
}

/**
 * Asks whether someone comes from a place (有没有来自冰岛的, "any chairs from Fiji?"): a yes/no whose answer
 * is that place's as much as a figure is.
 */
const ORIGIN_ASKED = /来自|出自|\b(?:from|hails? from|comes? from)\b/i;

export function asksOrigin(question: string): boolean {
  return ORIGIN_ASKED.test(askingSentences(question, true));
}
