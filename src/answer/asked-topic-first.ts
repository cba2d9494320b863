/**
 * "I bought a cheap phone, it was a fake and keeps dropping calls. Any text about fake devices?":
 * the setting's words (dropped calls) can draw the search to another resolution than the one the asking
 * sentence names. When a question asking which resolution has a topic of its own in the sentences that
 * ask, and the first resolution's clauses cover next to none of it, one close behind that covers most of it
 * comes first.
 */
import type { Bm25Index } from '../retrieval/bm25-index.js';
import { indexText } from '../retrieval/index-text.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { Hit } from '../retrieval/retriever.js';
import { askingSentences } from '../retrieval/sentences.js';
import { NOT_A_TOPIC } from './mention-check.js';
import { coverage } from './relevance.js';
import { topicUnits } from './topic-units.js';
import { withoutFrame } from './which-answerer.js';
import { asksWhichResolution } from './which-one.js';

/** A resolution scoring at least this share of the best one's is close enough to be weighed against it. */
const CLOSE = 0.6;
/**
 * The first must cover next to none of the asked topic, and the other most of it: a synonym the clauses use
 * (协调 for 配合) leaves a right first resolution a little coverage, and it stays first.
 */
const NEXT_TO_NONE = 0.2;
const MOST = 0.75;
/** Hits read per resolution for its best coverage. */
const LOOK_AT = 10;

/**
 * @param planOf plans a part of the question on its own (its words, renderings and glossary terms only).
 */
export function askedTopicFirst(
  plan: QueryPlan,
  hits: Hit[],
  bm25: Bm25Index,
  planOf: (text: string) => QueryPlan,
): Hit[] {
  const top = hits[0];
  if (!top || top.clause.resolution === null || plan.resolutions.length) return hits;
  if (!asksWhichResolution(plan.standalone)) return hits;
  const asked = askingSentences(plan.standalone);
  if (asked.trim() === plan.standalone.trim()) return hits;
  // Not a word of quantity nor a single character (see NOT_A_TOPIC): what about, not how many.
  const units = topicUnits(withoutFrame(planOf(asked)), bm25).filter(
    (u) => u.weight > 0 && !NOT_A_TOPIC.test(u.alternatives[0]?.[0] ?? ''),
  );
  if (!units.length) return hits;
  const best = new Map<number, number>();
  for (const h of hits.slice(0, LOOK_AT)) {
    const n = h.clause.resolution;
    if (n === null) continue;
    best.set(n, Math.max(best.get(n) ?? 0, coverage(units, indexText(h.clause))));
  }
  const first = best.get(top.clause.resolution) ?? 0;
  const rival = hits.find(
    (h) =>
      h.clause.resolution !== null &&
      h.clause.resolution !== top.clause.resolution &&
      h.score >= top.score * CLOSE,
  );
  const n = rival?.clause.resolution;
  if (n === undefined || n === null || first >= NEXT_TO_NONE || (best.get(n) ?? 0) < MOST)
    return hits;
  return [
    ...hits.filter((h) => h.clause.resolution === n),
    ...hits.filter((h) => h.clause.resolution !== n),
  ];
}
