/**
 * The resolutions a comparison means when it names them by topic ("the resolution on roaming and the one
 * on consumers"): each side's best clause, when it covers that side's topic, gives its resolution.
 */
import { comparedTopics } from '../retrieval/compared-topics.js';
import { planQuery, type PlanContext, type PlanOptions } from '../retrieval/query-plan.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { Hit, RetrieveOptions, Retriever } from '../retrieval/retriever.js';
import { QUESTION_MATCH_FOUND, topicCoverage, topicUnits } from './topic-units.js';

export interface ComparedDeps {
  planning: PlanContext;
  retriever: Retriever;
}

/** Two distinct resolutions, one per side, or null when a side finds none on its topic. */
export async function comparedResolutions(
  question: string,
  deps: ComparedDeps,
  opts: Omit<PlanOptions, 'useHistory'> & { retrieve: RetrieveOptions; minCoverage: number },
): Promise<[number, number] | null> {
  const sides = comparedTopics(question);
  if (!sides) return null;
  const found: number[] = [];
  for (const side of sides) {
    const plan = planQuery(side, [], deps.planning, { ...opts, useHistory: false });
    const hits = await deps.retriever.retrieve(plan, opts.retrieve);
    const covers = topicCoverage(plan, deps.retriever.bm25);
    // A side named by number (第72号) is its resolution; otherwise the best clause on its topic.
    const n =
      plan.resolutions[0] ??
      hits.find(
        (h) =>
          h.clause.resolution !== null &&
          // Or its everyday questions match the side's words (网安 for 网络安全).
          (covers(h.clause) >= opts.minCoverage || h.question >= QUESTION_MATCH_FOUND),
      )?.clause.resolution;
    if (n == null || found.includes(n)) return null;
    found.push(n);
  }
  return [found[0]!, found[1]!];
}

/**
 * What a comparison by topic asks of both sides ("the kite one and the consumer one: how often must each
 * report?"): the question without its two sides, planned and searched within the pair. Its clauses answer
 * that point, where the whole question's ranking favours the clauses that best name each side's topic.
 * Null when nothing is left to ask but the difference itself ("how do they differ?").
 */
export async function comparedAspect(
  question: string,
  pair: readonly number[],
  deps: ComparedDeps,
  opts: Omit<PlanOptions, 'useHistory'> & { retrieve: RetrieveOptions },
): Promise<{ plan: QueryPlan; hits: Hit[] } | null> {
  const sides = comparedTopics(question);
  if (!sides) return null;
  const rest = sides.reduce((t, side) => t.split(side).join(' '), question);
  const plan = {
    ...planQuery(rest, [], deps.planning, { ...opts, useHistory: false }),
    resolutions: [...pair],
  };
  if (!topicUnits(plan, deps.retriever.bm25).length) return null;
  return { plan, hits: await deps.retriever.retrieve(plan, opts.retrieve) };
}
