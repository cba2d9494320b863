/**
 * A rare name the question writes as the document does (IETF, ICNIRP, U4SSC, E.161.1): the clause that
 * holds it answers "does it name the IETF?" better than a title or summary on the same topic that does not.
 * Rare: in a few clauses only, so a name every clause holds (ITU-T, TSB) decides nothing.
 */
import { LRUCache } from 'lru-cache';
import type { Clause } from '../corpus/clause.js';
import type { Hit } from '../retrieval/retriever.js';

/** Acronyms and codes as written: IETF, SC&C, U4SSC, E.161.1, JCA-IMT2020, and mixed-case ones (IPv6). */
const NAME =
  /(?<![A-Za-z0-9])(?:[A-Z][A-Z0-9&]{2,9}(?:-[A-Z0-9]+)*|[A-Z][A-Z]+[a-z]{1,2}\d+|[A-Z]\.\d+(?:\.\d+)*)(?![A-Za-z0-9])/g;
/** At most this many clauses hold it for it to single one out. */
const RARE = 3;
/** A clause holding it may score this share of the best one and still come first. */
const NAMED_RATIO = 0.25;

/** Meetings (WTDC-22, GSS-20): what a question asks of one is other-meeting.ts's to judge. */
const MEETING = /^(?:WTSA|WTDC|WRC|WCIT|WSIS|GSS|PP|RA)-?\d+$/;

/** How many clauses hold each name asked about, per corpus: names recur (ITU-T, TSB), the corpus does not change. */
const HOLDING_NAMES = 2_000;
export interface Holding {
  clauses: number;
  /** The resolutions whose clauses hold it (the introduction and conclusion name topics of many). */
  resolutions: number;
  /** The introduction's and conclusion's paragraphs holding it. */
  framing: Clause[];
}
const holdingCache = new WeakMap<readonly Clause[], LRUCache<string, Holding>>();

export function holding(name: string, clauses: readonly Clause[]): Holding {
  let cache = holdingCache.get(clauses);
  if (!cache) holdingCache.set(clauses, (cache = new LRUCache({ max: HOLDING_NAMES })));
  let h = cache.get(name);
  if (h === undefined) {
    const held = clauses.filter((c) => c.text.includes(name));
    const of = new Set(held.flatMap((c) => (c.resolution === null ? [] : [c.resolution])));
    const framing = held.filter((c) => c.part === 'intro' || c.part === 'conclusion');
    cache.set(name, (h = { clauses: held.length, resolutions: of.size, framing }));
  }
  return h;
}

/** The names a question writes as the document would, meetings aside. */
export function namesIn(question: string): string[] {
  return [...new Set(question.match(NAME) ?? [])].filter((n) => !MEETING.test(n));
}

/** Letters with digits (ipv6, u4ssc): typed in lower case, still a name, as no English word has digits. */
const CODE_LIKE =
  /(?<![A-Za-z0-9])(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z][a-z0-9-]{2,11}(?![A-Za-z0-9])/g;

/** The document's names as it writes them, by their lower-case form, per corpus. */
const writtenNames = new WeakMap<readonly Clause[], Map<string, string>>();
function documentNames(clauses: readonly Clause[]): Map<string, string> {
  let names = writtenNames.get(clauses);
  if (!names) {
    names = new Map();
    for (const c of clauses)
      for (const n of c.text.match(NAME) ?? []) names.set(n.toLowerCase(), n);
    writtenNames.set(clauses, names);
  }
  return names;
}

/** Names as written, and names with digits typed in lower case, in the document's spelling (ipv6 → IPv6). */
function namesAsTheDocumentWrites(question: string, clauses: readonly Clause[]): string[] {
  const names = documentNames(clauses);
  const typed = (question.match(CODE_LIKE) ?? []).flatMap((w) => names.get(w) ?? []);
  return [...new Set([...namesIn(question), ...typed.filter((n) => !MEETING.test(n))])];
}

export function rareNames(question: string, clauses: readonly Clause[]): string[] {
  return namesAsTheDocumentWrites(question, clauses).filter((n) => {
    const { clauses: held, resolutions } = holding(n, clauses);
    // Or the name of one resolution's subject (IPv6): every operative clause holding it is that one's.
    return held > 0 && (held <= RARE || resolutions === 1);
  });
}

export function preferNaming(hits: Hit[], names: readonly string[]): Hit[] {
  const top = hits[0];
  if (!top || !names.length) return hits;
  const holds = (h: Hit) => names.some((n) => h.clause.text.includes(n));
  if (holds(top)) return hits;
  const named = hits.find((h) => h.score >= top.score * NAMED_RATIO && holds(h));
  return named ? [named, ...hits.filter((h) => h !== named)] : hits;
}
