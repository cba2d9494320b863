/**
 * "How many of them were women?", 其中有几位是女性: a count of a part of what the clause counts. A clause
 * that gives the whole (120 vice-chairs) without naming the part (women) gives no count of it, as one that
 * gives all countries gives none of Kenya's (absent-places.ts).
 */
import type { Clause } from '../corpus/clause.js';
import { mentions, textOf } from './mention-check.js';
import type { TopicUnit } from './relevance.js';

/** Words after "how many were" that say what happened to them or how they stand, not which part they are. */
const NOT_A_PART =
  /^(?:there|here|from|in|at|of|by|new|old|revised|changed|unchanged|adopted|approved|appointed|elected|named|chosen|added|left|kept|held|made|given|set|created|done|needed|required|involved|present|used|still|already|actually|really|in total|total|altogether)\b|ed$/i;

const PART_EN =
  /\bhow many (?:of (?:them|these|those|the [a-z-]+)\s+)?(?:were|are|was|is)\s+(?:(?:actually|really|in fact|exactly)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s*(?:[?.!]|$)/i;
/** Among them: 其中, or 里面/当中 after what is counted (风筝评委当中几位是飞行员). */
const AMONG = '(?:其中|里面|里头|当中|中间)';
const PART_ZH = [
  new RegExp(
    `${AMONG}(?:有)?(?:多少|几)(?:位|个|名|人)?(?:是|为)([\\u4e00-\\u9fff]{2,6}?|[\\u4e00-\\u9fff]的)(?:的)?(?:[？?。！!]|$)`,
  ),
  new RegExp(`${AMONG}([\\u4e00-\\u9fff]{2,6}?)(?:的)?(?:有|占)(?:多少|几)`),
];

/** The part a count asks about, as the question writes it, or null when it asks the count of all. */
export function countedPart(question: string): string | null {
  const en = PART_EN.exec(question);
  if (en && !NOT_A_PART.test(en[1]!)) return en[1]!;
  for (const re of PART_ZH) {
    const m = re.exec(question);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The part asked about when none of the clauses names it (no unit of its words is mentioned); null when
 * the question asks no part, or a clause names it. `unitsOf` gives the topic units of a text (its words
 * with their renderings in the document's language).
 */
export function partUnanswered(
  question: string,
  unitsOf: (text: string) => readonly TopicUnit[],
  clauses: readonly Clause[],
): string | null {
  const part = countedPart(question);
  if (!part) return null;
  const units = unitsOf(part).filter((u) => u.weight > 0 && u.alternatives.length > 0);
  const text = textOf(clauses);
  if (!units.length) {
    // A part of one character and 的 (女的, 新的) has no unit of its own: the clauses must write the character.
    const character = /^([\u4e00-\u9fff])的$/.exec(part)?.[1];
    return character && !text.includes(character) ? part : null;
  }
  return units.some((u) => mentions(u, text)) ? null : part;
}
