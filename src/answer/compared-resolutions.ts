/**
 * The resolutions a comparison means when it names them by topic ("the resolution on roaming and the one
 * on consumers"): each side's best clause, when it covers that side's topic, gives its resolution.
 */
import { comparedTopics } from '../retrieval/compared-topics.js';
import { planQuery, type PlanContext, type PlanOptions } from '../retrieval/query-plan.js';
import type { RetrieveOptions, Retriever } from '../retrieval/retriever.js';
import { QUESTION_MATCH_FOUND, topicCoverage } from './topic-units.js';

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
