/**
 * A resolution the document only cites: "what does the WTDC Resolution 63 that Resolution 64 mentions say?"
 * asks for a text the document does not hold, though the citing resolution is in it. The question names
 * both, asks what the cited one says, and the citing resolution's text does cite it.
 */
import type { Clause } from '../corpus/clause.js';

/** Verbs of naming another text (提到, 引用, "refers to"): how one resolution names another. */
export const NAMING_ZH = '提到|提及|引用|援引|依据|根据|参照';
export const NAMING_EN =
  'cites?|cited|citing|mentions?|mentioned|refers? to|referred to|quotes?|quoted';
/** The question refers to the citation itself (mentioned in, cited by, to be implemented, 提到的, 引用的). */
const CITING = new RegExp(
  `${NAMING_ZH}|落实|实施|执行|\\b(?:${NAMING_EN}|based on|under|implement(?:s|ed|ing)?)\\b`,
  'i',
);

/** The question asks what a text says or contains, not why or how it is used. */
const ASKS_CONTENT =
  /内容|规定了?(?:什么|哪些|些什么)|(?:讲|说|写|要求)(?:了|的)?(?:是)?(?:什么|哪些|些什么|啥)|具体(?:是|有|包括)?(?:什么|哪些)|\bwhat(?:'s| is| does| do)? (?:in|it say|they say|say)\b|\bwhat (?:exactly |actually |really )?(?:does|do|did) [^?]{0,50}\b(?:say|state|contain|require|provide|cover)\b|\bcontents?\b|\bdetails? of\b|\bwhat is in\b/i;

/** The clauses that mention resolution `n` (第63号决议, not 第163号决议). */
export function citing(clauses: readonly Clause[], n: number): Clause[] {
  const re = new RegExp(`第\\s*${n}\\s*号决议`);
  return clauses.filter((c) => re.test(c.text));
}

/**
 * The clauses that cite resolution `n` with its edition (第196号决议（2018年，迪拜，修订版）): the document
 * does state when and where that resolution was adopted or revised, though it holds none of its text.
 * The operative text first, then the summaries.
 */
export function citedWithEdition(clauses: readonly Clause[], n: number): Clause[] {
  const re = new RegExp(`第\\s*${n}\\s*号决议[（(]\\s*\\d{4}\\s*年`);
  const found = clauses.filter((c) => re.test(c.text));
  return [...found.filter((c) => c.part === 'annex'), ...found.filter((c) => c.part !== 'annex')];
}

export interface CitedOnly {
  cited: number;
  by: number;
  /** The clauses of `by` that cite it. */
  clauses: Clause[];
}

/**
 * The unknown resolutions the question asks the content of, each cited by one of the named resolutions
 * (empty when the question is about the citing resolution itself).
 */
export function citedOnly(
  question: string,
  named: readonly number[],
  unknown: readonly number[],
  clausesOf: (n: number) => readonly Clause[],
): CitedOnly[] {
  if (!named.length || !unknown.length) return [];
  if (!CITING.test(question) || !ASKS_CONTENT.test(question)) return [];
  const out: CitedOnly[] = [];
  for (const u of unknown) {
    for (const by of named) {
      const clauses = citing(clausesOf(by), u);
      if (clauses.length) {
        out.push({ cited: u, by, clauses });
        break;
      }
    }
  }
  return out;
}

/** How a text relates to a cited one (它跟第196号决议是什么关系, "how is it linked to"). */
const RELATION = /关系|联系|\b(?:relationship|relation|link(?:ed)?|connection|connected)\b/i;

/** Whether the question asks how a cited resolution is used or related, not what it says itself. */
export function asksOfCitation(question: string): boolean {
  return (CITING.test(question) || RELATION.test(question)) && !ASKS_CONTENT.test(question);
}
