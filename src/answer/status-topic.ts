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

/** How far the best title match must lead the next for it to name the subject. */
const TITLE_LEAD = 1.15;
/** …among the subject's first clauses only. */
const TITLED_WITHIN = 3;

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
  // Where the change was made ("retouched it in Geneva", "kept it unchanged at Hammamet") is the meeting's
  // town, no part of the subject; a country or region (the emergency-number one in Africa) may be.
  const subject = statusSubject(plan.standalone)
    .replace(/\b(?:in|at)\s+([A-Z][a-z]+)\b/g, (m, town: string) =>
      placeNames().named(town).size ? m : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  let pool = hits;
  let titles = plan.titleMatches;
  if (subject && subject !== plan.standalone) {
    const subjectPlan = planQuery(subject, [], deps.planning, { ...opts, useHistory: false });
    pool = await deps.retriever.retrieve(subjectPlan, opts.retrieve);
    titles = subjectPlan.titleMatches;
  }
  // Of the subject's first few clauses, one from a title the subject matches well ahead of any other
  // (roaming, for "the roaming one on cellphones") names it better than the words the search leans on.
  const [lead, next] = titles;
  if (lead && (!next || lead.score >= next.score * TITLE_LEAD)) {
    const titled = pool
      .filter((h) => h.clause.part !== 'table1')
      .slice(0, TITLED_WITHIN)
      .find((h) => h.clause.resolution === lead.resolution);
    if (titled) return titled;
  }
  return pool.find((h) => h.clause.part !== 'table1') ?? pool[0];
}
