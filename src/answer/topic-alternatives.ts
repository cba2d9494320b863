/**
 * A "which" question often lists alternatives or examples ("spam or roaming charges", "垃圾信息或者漫游费",
 * "比如电子废物、气候变化"): a resolution that clearly covers one of them deals with the topic,
 * though it covers only a share of the whole list. The topic is cut at such markers, and a clause's coverage
 * is the best it reaches on any one part.
 */
import type { Clause } from '../corpus/clause.js';
import type { Bm25Index } from '../retrieval/bm25-index.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { topicCoverage } from './topic-units.js';

/**
 * Words that join alternatives or introduce examples. "and"/和 are left out: "X and Y" may ask for both.
 * Commas too: an enumeration lists alternatives, and a clause rarely names all of them.
 */
const ALTERNATIVES =
  /\s*(?:\bor\b|\band\/or\b|\bsuch as\b|\blike\b|\be\.g\.|\bincluding\b|,|，|、|；|;|或者|或是|或|还是|比如|例如|譬如|像是|包括)\s*/i;

/** The parts of the topic; one part when it lists no alternatives. */
export function alternativesOf(topic: string): string[] {
  return topic
    .split(ALTERNATIVES)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** The plan narrowed to one part of its topic: its own words, glossary terms and dictionary spans. */
function narrowed(plan: QueryPlan, part: string): QueryPlan {
  const lower = part.toLowerCase();
  return {
    ...plan,
    standalone: part,
    rewritten: part,
    expansionGroups: plan.expansionGroups.filter((g) => g.some((e) => part.includes(e))),
    dictionary: plan.dictionary.filter((u) => lower.includes(u.surface.toLowerCase())),
  };
}

/**
 * Share (0…1) of the topic a clause covers, taking the best part when the topic lists alternatives.
 * `topicOf` takes the question's frame ("which resolutions mention") out of a plan; the parts are cut
 * first, as the frame's words include markers ("like", "such as").
 */
export function alternativesCoverage(
  plan: QueryPlan,
  bm25: Bm25Index,
  topicOf: (p: QueryPlan) => QueryPlan,
): (c: Clause) => number {
  const whole = topicCoverage(topicOf(plan), bm25);
  const parts = alternativesOf(plan.rewritten)
    .map((p) => topicOf(narrowed(plan, p)))
    .filter((p) => /[\p{L}\p{N}]/u.test(p.rewritten));
  if (parts.length < 2) return whole;
  const each = parts.map((p) => topicCoverage(p, bm25));
  return (c) => Math.max(whole(c), ...each.map((f) => f(c)));
}
