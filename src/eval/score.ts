/** Scores one answered case: resolution hit@1/@5, clause hit@5, reciprocal rank, keywords, abstention. */
import type { Citation, Clause } from '../corpus/clause.js';
import type { AskResult } from '../answer/types.js';
import type { EvalCase, ExpectedClause } from './cases.js';

export interface CaseScore {
  id: string;
  category: string;
  lang: string;
  answerable: boolean;
  found: boolean;
  /** null where the metric does not apply to the case. */
  resolutionHit1: boolean | null;
  resolutionHit5: boolean | null;
  clauseHit5: boolean | null;
  reciprocalRank: number | null;
  keywordsOk: boolean | null;
  abstentionOk: boolean;
  latencyMs: number;
  /** What came back, for the report's failing cases. */
  got: { citations: string[]; answer: string };
}

type Ranked = Pick<Clause, 'id' | 'part' | 'resolution' | 'section' | 'addressee' | 'item'>;

export function clauseMatches(c: Ranked, e: ExpectedClause): boolean {
  if (c.part !== e.part) return false;
  if (e.resolution !== undefined && c.resolution !== e.resolution) return false;
  if (e.part !== 'annex') return true;
  if (e.section && c.section !== e.section) return false;
  if (e.item !== undefined && (c.item ?? null) !== (e.item ?? null)) return false;
  if (e.addressee && c.addressee && !c.addressee.includes(e.addressee) && !e.addressee.includes(c.addressee)) {
    return false;
  }
  return true;
}

export function keywordsPresent(answer: string, groups: string[][]): boolean {
  const text = answer.toLowerCase();
  return groups.every((g) => g.some((k) => text.includes(k.toLowerCase())));
}

/**
 * @param ranking what the answer cites first, then the rest of what retrieval ranked (deduplicated).
 */
export function scoreCase(c: EvalCase, result: AskResult, ranking: Ranked[], latencyMs: number): CaseScore {
  const top5 = ranking.slice(0, 5);
  const hasRes = c.answerable && c.resolutions.length > 0;
  const firstCited: Citation | undefined = result.citations[0];
  const rank = hasRes ? ranking.findIndex((r) => r.resolution !== null && c.resolutions.includes(r.resolution)) : -1;
  return {
    id: c.id,
    category: c.category,
    lang: c.lang,
    answerable: c.answerable,
    found: result.found,
    resolutionHit1: hasRes ? Boolean(result.found && firstCited && c.resolutions.includes(firstCited.resolution ?? -1)) : null,
    resolutionHit5: hasRes ? top5.some((r) => r.resolution !== null && c.resolutions.includes(r.resolution)) : null,
    clauseHit5: c.answerable && c.clause ? top5.some((r) => clauseMatches(r, c.clause!)) : null,
    reciprocalRank: hasRes ? (rank >= 0 ? 1 / (rank + 1) : 0) : null,
    keywordsOk: c.answerable ? result.found && keywordsPresent(result.answer, c.keywords) : null,
    abstentionOk: c.answerable === result.found,
    latencyMs,
    got: { citations: result.citations.map((x) => x.id), answer: result.answer },
  };
}
