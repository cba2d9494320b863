/**
 * How a resolution's work is paid for (在现有预算资源范围内, 在所分配的或捐助的现有资源范围内) is stated in one
 * of its own clauses, seldom in the one that best matches the question's topic, and often below the hits
 * retrieval keeps. Asked who pays, the best resolution's own clause that says so answers first.
 */
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Hit } from '../retrieval/retriever.js';
import { canSupply, statedText } from './answer-type.js';

export function withFundingClause(hits: Hit[], question: string, store: CorpusStore): Hit[] {
  const top = hits[0];
  const n = top?.clause.resolution;
  if (!top || n === null || n === undefined) return hits;
  const funds = (c: Hit['clause']) => canSupply('funding', question, statedText(c));
  if (funds(top.clause)) return hits;
  const hit = hits.find((h) => h.clause.resolution === n && funds(h.clause));
  if (hit) return [hit, ...hits.filter((h) => h !== hit)];
  const own = store.ofResolution(n).find((c) => c.part === 'annex' && funds(c));
  return own
    ? [{ clause: own, score: top.score, lexical: 0, vector: 0, question: 0 }, ...hits]
    : hits;
}
