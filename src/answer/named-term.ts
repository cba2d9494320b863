/**
 * A rare name the question writes as the document does (IETF, ICNIRP, U4SSC, E.161.1): the clause that
 * holds it answers "does it name the IETF?" better than a title or summary on the same topic that does not.
 * Rare: in a few clauses only, so a name every clause holds (ITU-T, TSB) decides nothing.
 */
import { LRUCache } from 'lru-cache';
import type { Clause } from '../corpus/clause.js';
import type { Hit } from '../retrieval/retriever.js';

/** Acronyms and codes as written: IETF, SC&C, U4SSC, E.161.1, JCA-IMT2020. */
const NAME =
  /(?<![A-Za-z0-9])(?:[A-Z][A-Z0-9&]{2,9}(?:-[A-Z0-9]+)*|[A-Z]\.\d+(?:\.\d+)*)(?![A-Za-z0-9])/g;
/** At most this many clauses hold it for it to single one out. */
const RARE = 3;
/** A clause holding it may score this share of the best one and still come first. */
const NAMED_RATIO = 0.25;

/** Meetings (WTDC-22, GSS-20): what a question asks of one is other-meeting.ts's to judge. */
const MEETING = /^(?:WTSA|WTDC|WRC|WCIT|WSIS|GSS|PP|RA)-?\d+$/;

/** How many clauses hold each name asked about, per corpus: names recur (ITU-T, TSB), the corpus does not change. */
const HOLDING_NAMES = 2_000;
const holdingCache = new WeakMap<readonly Clause[], LRUCache<string, number>>();

function holding(name: string, clauses: readonly Clause[]): number {
  let cache = holdingCache.get(clauses);
  if (!cache) holdingCache.set(clauses, (cache = new LRUCache({ max: HOLDING_NAMES })));
  let n = cache.get(name);
  if (n === undefined) cache.set(name, (n = clauses.filter((c) => c.text.includes(name)).length));
  return n;
}

export function rareNames(question: string, clauses: readonly Clause[]): string[] {
  const names = [...new Set(question.match(NAME) ?? [])].filter((n) => !MEETING.test(n));
  return names.filter((n) => {
    const held = holding(n, clauses);
    return held > 0 && held <= RARE;
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
