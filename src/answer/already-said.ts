/**
 * "What else?" after an answer: the clauses that answer said already go last, so the next one is quoted
 * first. Which clauses it said is found by retrieving with the answer's own words (an answer may paraphrase
 * the clause, or put it in English): those that match it nearly as well as the best one.
 */
import type { Turn } from '../contract/api.js';
import { planQuery, type PlanContext, type PlanOptions } from '../retrieval/query-plan.js';
import type { Retriever, RetrieveOptions } from '../retrieval/retriever.js';

/** Asking for more of the same: what else, anything else, 还要做什么, 还有什么别的. */
const MORE =
  /\bwhat else\b|\banything else\b|\bwhat more\b|\bwhat other (?:things?|tasks?|steps?|actions?|duties|jobs)\b|还(?:要|得|需要|会)?[^，。？?]{0,6}(?:干|做|搞|负责)(?:些)?什么|还有(?:什么|哪些|别的|其他|其它)(?!决议)(?:要求|任务|工作|事|内容)?(?:吗|呢|[？?]|$)/i;

export function asksForMore(question: string): boolean {
  return MORE.test(question);
}

/** A clause matching the answer at least this share of the best match counts as said. */
const SAID_SHARE = 0.7;

/** The ids of the clauses the last answer in the history said (empty without one). */
export async function saidBefore(
  history: Turn[],
  deps: { planning: PlanContext; retriever: Retriever },
  opts: PlanOptions & { retrieve: RetrieveOptions },
): Promise<Set<string>> {
  const answer = [...history].reverse().find((t) => t.role === 'assistant')?.content;
  if (!answer) return new Set();
  const matched = await deps.retriever.retrieve(
    planQuery(answer, undefined, deps.planning, opts),
    opts.retrieve,
  );
  const best = matched[0]?.score ?? 0;
  if (best <= 0) return new Set();
  return new Set(matched.filter((h) => h.score >= best * SAID_SHARE).map((h) => h.clause.id));
}

/** The items whose clause was said moved last; unchanged when nothing else is left to quote. */
export function saidLast<T>(items: T[], said: Set<string>, id: (item: T) => string): T[] {
  const fresh = items.filter((x) => !said.has(id(x)));
  return fresh.length && fresh.length < items.length
    ? [...fresh, ...items.filter((x) => said.has(id(x)))]
    : items;
}
