import {
  planQuery,
  type PlanContext,
  type PlanOptions,
  type QueryPlan,
} from '../retrieval/query-plan.js';
import type { Hit, RetrieveOptions, Retriever } from '../retrieval/retriever.js';
import { statusSubject } from '../retrieval/status-question.js';
import { placeNames } from './place-names.js';

export interface StatusTopicDeps {
  planning: PlanContext;
  retriever: Retriever;
}

/**
 * The clause a status question without a number is about, found without its words of change: 'was it
 * updated' would otherwise find clauses about change itself (更新, 气候变化) before the subject.
 */
export async function statusTopic(
  plan: QueryPlan,
  hits: Hit[],
  deps: StatusTopicDeps,
  opts: Omit<PlanOptions, 'useHistory'> & { retrieve: RetrieveOptions },
): Promise<Hit | undefined> {
  // Where the change was made ("retouched it in Geneva", "left it as it was at Hammamet") is the meeting's
  // town, no part of the subject; a country or region (the emergency-number one in Africa) may be.
  const subject = statusSubject(plan.standalone)
    .replace(/\b(?:in|at)\s+([A-Z][a-z]+)\b/g, (m, town: string) =>
      placeNames().named(town).size ? m : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  let pool = hits;
  if (subject && subject !== plan.standalone) {
    const subjectPlan = planQuery(subject, [], deps.planning, { ...opts, useHistory: false });
    pool = await deps.retriever.retrieve(subjectPlan, opts.retrieve);
  }
  return pool.find((h) => h.clause.part !== 'table1') ?? pool[0];
}
