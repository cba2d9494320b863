/**
 * How a resolution's work is paid for (在现有预算资源范围内, 在所分配的或捐助的现有资源范围内) is stated in its
 * own clauses, seldom in the one that best matches the question's topic, and often below the hits retrieval
 * keeps; a resolution may state it in several (a budget line of its own, the budget proposal, new sources
 * of money). Asked who pays, the best resolution's clauses that say so answer first, together.
 */
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Hit } from '../retrieval/retriever.js';
import { canSupply, statedText } from './answer-type.js';

/** The heading of what a resolution decides itself. */
const RESOLVES = '做出决议';

/** Money itself named: a budget, funds, contributions, spending. */
const NAMES_MONEY =
  /预算|资金|经费|捐(?:赠|助|款)|会费|出资|支出|\b(?:budget|funds?|funding|contributions?)\b/i;

/** The asker paying for it themselves (自己掏钱, 自费, "pay for it ourselves", "out of our own pocket"). */
const SELF_PAY =
  /自己(?:掏钱|出钱|付钱|花钱|出资|付费|承担)|自费|自掏腰包|\bpay (?:for (?:it|that|this|them) )?(?:ourselves|myself|themselves|yourself)\b|\bout of (?:our|my|their|your) own pockets?\b|\bat (?:our|my|their|your) own (?:cost|expense)\b|\b(?:we|i|they) (?:gotta|have to|must|need to|got to) pay\b/i;

/** The most clauses on funding quoted together: as many as an answer quotes at all. */
const FUNDING_CLAUSES = 3;

export function withFundingClause(hits: Hit[], question: string, store: CorpusStore): Hit[] {
  const top = hits[0];
  const n = top?.clause.resolution;
  if (!top || n === null || n === undefined) return hits;
  const funds = (c: Hit['clause']) => canSupply('funding', question, statedText(c));
  // Those retrieval ranked first, in its order, then the rest of the resolution's operative text.
  const ranked = hits.filter((h) => h.clause.resolution === n && funds(h.clause));
  const own = store
    .ofResolution(n)
    .filter((c) => c.part === 'annex' && funds(c) && !ranked.some((h) => h.clause.id === c.id))
    .map((clause): Hit => ({ clause, score: 0, lexical: 0, vector: 0, question: 0 }));
  // The one retrieval ranks first (it may be of the part asked about: the regional offices' budget); then
  // those that name money itself (a budget line, contributions; not only "free" or "existing resources"),
  // what the resolution decides (做出决议) before what it instructs be done, else in retrieval's order.
  const [first, ...rest] = [...ranked, ...own];
  if (!first) return hits;
  const decided = (h: Hit) => (h.clause.section === RESOLVES && !h.clause.within ? 0 : 1);
  const chosen = [
    first,
    ...rest
      .filter((h) => NAMES_MONEY.test(statedText(h.clause)))
      .map((h, i) => ({ h, i }))
      .sort((a, b) => decided(a.h) - decided(b.h) || a.i - b.i)
      .map(({ h }) => h),
  ].slice(0, FUNDING_CLAUSES);
  // As strong as the best hit, so that the answer keeps them all.
  const lifted = chosen.map((h) => ({ ...h, score: Math.max(h.score, top.score) }));
  // Whether the asker pays for it themselves asks whether it is provided: the clause providing it leads.
  if (SELF_PAY.test(question) && !chosen.includes(top))
    return [top, ...lifted, ...hits.filter((h) => h !== top && !chosen.includes(h))];
  return [...lifted, ...hits.filter((h) => !chosen.includes(h))];
}
