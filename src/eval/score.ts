/** Scores one answered case: resolution hit@1/@5, clause hit@5, reciprocal rank, keywords, abstention. */
import type { Clause } from '../corpus/clause.js';
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
  /** Share of keyword groups present in what retrieval put in front of the reader (top 4). */
  contextRecall: number | null;
  /**
   * Cases expecting several resolutions ("which", "compare"): the share of the resolutions the answer cites
   * that are expected. Keyword accuracy only rewards recall, and a longer list always has more.
   */
  listPrecision: number | null;
  abstentionOk: boolean;
  latencyMs: number;
  /** Model mode only: cited ids that exist and were retrieved, out of all cited ids. */
  citationCheck?: { valid: number; total: number };
  /** What came back, for the report's failing cases. */
  got: { citations: string[]; answer: string };
}

export type Ranked = Pick<
  Clause,
  'id' | 'part' | 'resolution' | 'section' | 'within' | 'addressee' | 'item'
>;

/** How many ranked items count as "what the reader sees" for context recall (the baseline's k). */
export const CONTEXT_K = 4;

/** An item however it is spelt: 1.m), 1 m) and 1m are one item. */
const bareItem = (item: string) => item.replace(/[\s.．()（）]/g, '').toLowerCase();

/**
 * The item cited is the one expected, or one of its sub-items (9.i) within 9): a sub-item's clause holds its
 * item's lead too, so citing it cites the item, only more exactly. A sub-item expected by its own label
 * (m), as the document prints it under its item) is the one cited with its item's number (1.m)).
 */
function sameItem(cited: string | null, expected: string | null): boolean {
  if (cited === null || expected === null) return cited === expected;
  const own = expected.trim();
  return (
    bareItem(cited) === bareItem(expected) ||
    cited.trim().startsWith(`${own}.`) ||
    (/^[a-z]+\)$/i.test(own) && cited.trim().endsWith(`.${own}`))
  );
}

export function clauseMatches(c: Ranked, e: ExpectedClause): boolean {
  if (c.part !== e.part) return false;
  if (e.resolution !== undefined && c.resolution !== e.resolution) return false;
  if (e.part !== 'annex') return true;
  // A clause under two headings (做出决议 → 责成 …) is cited by either.
  if (e.section && c.section !== e.section && c.within !== e.section) return false;
  if (e.item !== undefined && sameItem(c.item ?? null, e.item ?? null) === false) return false;
  if (
    e.addressee &&
    c.addressee &&
    !c.addressee.includes(e.addressee) &&
    !e.addressee.includes(c.addressee)
  ) {
    return false;
  }
  return true;
}

/** True when every group has at least one alternative in the text (case-insensitive). */
export function keywordsPresent(answer: string, groups: string[][]): boolean {
  const text = answer.toLowerCase();
  return groups.every((g) => g.some((k) => text.includes(k.toLowerCase())));
}

/** Share of keyword groups with an alternative in the text; null when there are no groups. */
export function keywordRecall(text: string, groups: string[][]): number | null {
  if (!groups.length) return null;
  const lower = text.toLowerCase();
  const hit = groups.filter((g) => g.some((k) => lower.includes(k.toLowerCase()))).length;
  return hit / groups.length;
}

function listPrecision(c: EvalCase, result: AskResult): number | null {
  if (!c.answerable || c.resolutions.length < 2 || !result.found) return null;
  const cited = [...new Set(result.citations.map((x) => x.resolution))];
  if (!cited.length) return 0;
  return cited.filter((n) => n !== null && c.resolutions.includes(n)).length / cited.length;
}

/**
 * @param ranking what the answer cites first, then the rest of what retrieval ranked (deduplicated).
 * @param contextTexts texts of the ranked clauses, same order (for context keyword recall).
 */
export function scoreCase(
  c: EvalCase,
  result: AskResult,
  ranking: Ranked[],
  latencyMs: number,
  contextTexts: string[] = [],
): CaseScore {
  const top5 = ranking.slice(0, 5);
  const hasRes = c.answerable && c.resolutions.length > 0;
  const expects = (n: number | null) => n !== null && c.resolutions.includes(n);
  const firstCited = result.citations[0];
  const rank = hasRes ? ranking.findIndex((r) => expects(r.resolution)) : -1;
  return {
    id: c.id,
    category: c.category,
    lang: c.lang,
    answerable: c.answerable,
    found: result.found,
    resolutionHit1: hasRes
      ? Boolean(result.found && firstCited && expects(firstCited.resolution))
      : null,
    resolutionHit5: hasRes ? top5.some((r) => expects(r.resolution)) : null,
    clauseHit5: c.answerable && c.clause ? top5.some((r) => clauseMatches(r, c.clause!)) : null,
    reciprocalRank: hasRes ? (rank >= 0 ? 1 / (rank + 1) : 0) : null,
    keywordsOk: c.answerable ? result.found && keywordsPresent(result.answer, c.keywords) : null,
    contextRecall: c.answerable
      ? keywordRecall(contextTexts.slice(0, CONTEXT_K).join('\n'), c.keywords)
      : null,
    listPrecision: listPrecision(c, result),
    // A message with a part the document does not answer is not answered as a whole, though its other
    // parts are (and cited): the answer names the parts it cannot answer. An answerable message is judged
    // on what it asks (its keywords); a side question it also asks may be one the document does not answer.
    abstentionOk: c.answerable
      ? result.found
      : !result.found || Boolean(result.unansweredParts?.length),
    latencyMs,
    got: { citations: result.citations.map((x) => x.id), answer: result.answer },
  };
}
