/** How much of a question's topic a clause covers: IDF-weighted share of the question's content words it contains. */
import { tokenize, tokenizeTerm } from '../retrieval/tokenize.js';

/** Words too general in this corpus to show that a clause answers anything; and asking for a number (第几号). */
const GENERIC = new Set([
  '决议',
  '号',
  '第',
  '第几',
  '几号',
  '哪号',
  'wtsa',
  'itu',
  '国际电联',
  'resolution',
  '规定',
  '要求',
  '文件',
  '提到',
  '说法',
]);

export function queryTerms(text: string): string[] {
  return [...new Set(tokenizeTerm(text, 'jieba'))].filter(
    (t) =>
      !GENERIC.has(t) &&
      (t.length > 1 || /[\u4e00-\u9fff]/.test(t) === false) &&
      !/^\d{1,3}$/.test(t),
  );
}

/**
 * Clause texts are few and fixed: their tokens are computed once. Only the Latin ones are kept: a Chinese
 * term is looked for in the text itself (see present), and all of a clause's Chinese words held as sets
 * cost each answering thread about half a megabyte.
 */
const tokenCache = new Map<string, Set<string>>();
const TOKEN_CACHE_MAX = 50_000;
const CJK = /[\u3400-\u9fff]/;

function clauseTokens(text: string): Set<string> {
  let set = tokenCache.get(text);
  if (!set) {
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    set = new Set(tokenize(text, 'jieba').filter((t) => !CJK.test(t)));
    tokenCache.set(text, set);
  }
  return set;
}

/** The same texts lower-cased, also once: the mention check reads the whole document's text. */
const lowerCache = new Map<string, string>();

export function lowerCased(text: string): string {
  let lower = lowerCache.get(text);
  if (lower === undefined) {
    if (lowerCache.size >= TOKEN_CACHE_MAX) lowerCache.clear();
    lowerCache.set(text, (lower = text.toLowerCase()));
  }
  return lower;
}

/** One part of the question's topic and the ways the document may word it. */
export interface TopicUnit {
  /** Words whose presence covers the unit, with how fully (1 = the question's own word or its best rendering). */
  alternatives: [term: string, credit: number][];
  /** How much the unit says about the topic (the IDF of its rarest rendering). */
  weight: number;
  /**
   * The question's own word, where the alternatives are only its renderings (meeting → 会议) or there are
   * none (a word nothing translates): what to look for in the question itself.
   */
  word?: string;
}

/** Latin tokens need word boundaries ("it" is not in "itu") and are lower-cased like the clause's tokens (IoT); Chinese words are found in the text itself. */
function present(term: string, clauseText: string, tokens: Set<string>): boolean {
  // The text is lower-cased: so is a Chinese term written with Latin letters (IMR费率, 国家CIRT).
  return CJK.test(term) ? clauseText.includes(term.toLowerCase()) : tokens.has(term.toLowerCase());
}

/** The credit of the best alternative of a unit that the (lower-cased) text contains. */
function bestCredit(u: TopicUnit, text: string, tokens: Set<string>): number {
  let best = 0;
  for (const [term, credit] of u.alternatives)
    if (credit > best && present(term, text, tokens)) best = credit;
  if (best > 0) return best;
  // A Chinese term the text writes with words between its own (保护用户 in 保护电信业务用户): less surely
  // the same thing, so half the credit.
  for (const [term, credit] of u.alternatives)
    if (credit / 2 > best && apart(term, text)) best = credit / 2;
  return best;
}

/** The most characters between a term's words for the text still to say it. */
const APART_GAP = 10;

function apart(term: string, text: string): boolean {
  if (!CJK.test(term)) return false;
  const words = tokenizeTerm(term, 'jieba').filter((w) => CJK.test(w));
  if (words.length < 2 || words.some((w) => w.length < 2)) return false;
  let from = text.indexOf(words[0]!);
  while (from >= 0) {
    let at = from + words[0]!.length;
    let ok = true;
    for (const w of words.slice(1)) {
      const next = text.indexOf(w, at);
      if (next < 0 || next - at > APART_GAP) {
        ok = false;
        break;
      }
      at = next + w.length;
    }
    if (ok) return true;
    from = text.indexOf(words[0]!, from + 1);
  }
  return false;
}

/** How fully (0…1) a clause's text covers one unit: the credit of the best alternative it contains. */
export function unitCoverage(u: TopicUnit, clauseText: string): number {
  return bestCredit(u, lowerCased(clauseText), clauseTokens(clauseText));
}

/** Weighted share (0…1) of the question's topic units that the clause covers. */
export function coverage(units: TopicUnit[], clauseText: string): number {
  const tokens = clauseTokens(clauseText);
  const text = lowerCased(clauseText);
  let total = 0;
  let hit = 0;
  for (const u of units) {
    total += u.weight;
    hit += u.weight * bestCredit(u, text, tokens);
  }
  return total > 0 ? hit / total : 0;
}
