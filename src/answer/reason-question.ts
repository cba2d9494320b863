/**
 * "Why …", 为什么: a clause that gives a reason or a purpose (鉴于, 由于, 以便, 旨在) answers better than one on
 * the same topic that only says what is done. A soft preference among close scores: a why-question whose
 * clauses give no reason is still answered by the best of them.
 */
import type { Hit } from '../retrieval/retriever.js';

const WHY_Q =
  /\bwhy\b|\bwhat (?:is|was) the (?:reason|purpose|point)\b|\bfor what reason\b|为什么|为何|为啥|什么原因|何故|出于什么|理由是/i;
const REASON_A =
  /鉴于|由于|因为|旨在|目的|原因|\b(?:because|since|in order to|so that|given that)\b/i;

/** A clause scoring at least this share of the best one that gives a reason is preferred. */
const REASON_RATIO = 0.8;

export function asksWhy(question: string): boolean {
  return WHY_Q.test(question);
}

export function preferReason(hits: Hit[], question: string): Hit[] {
  const top = hits[0];
  if (!top || !asksWhy(question) || REASON_A.test(top.clause.text)) return hits;
  const reason = hits.find(
    (h) =>
      h.score >= top.score * REASON_RATIO &&
      h.clause.part !== 'table1' &&
      REASON_A.test(h.clause.text),
  );
  return reason ? [reason, ...hits.filter((h) => h !== reason)] : hits;
}
