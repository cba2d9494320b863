/** How much of a question's topic a clause covers: IDF-weighted share of the question's content words it contains. */
import type { Bm25Index } from '../retrieval/bm25-index.js';
import { tokenize } from '../retrieval/tokenize.js';

/** Words too general in this corpus to show that a clause answers anything. */
const GENERIC = new Set([
  '决议',
  '号',
  '第',
  'wtsa',
  'itu',
  '国际电联',
  'resolution',
  '规定',
  '要求',
  '文件',
  '提到',
]);

export function queryTerms(text: string): string[] {
  return [...new Set(tokenize(text, 'jieba'))].filter(
    (t) =>
      !GENERIC.has(t) &&
      (t.length > 1 || /[\u4e00-\u9fff]/.test(t) === false) &&
      !/^\d{1,3}$/.test(t),
  );
}

/** Clause texts are few and fixed: their tokens are computed once. */
const tokenCache = new Map<string, Set<string>>();
const TOKEN_CACHE_MAX = 50_000;

function clauseTokens(text: string): Set<string> {
  let set = tokenCache.get(text);
  if (!set) {
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    set = new Set(tokenize(text, 'jieba'));
    tokenCache.set(text, set);
  }
  return set;
}

/** English words the glossary did not translate and the corpus never uses weigh half an unseen Chinese word. */
const UNKNOWN_LATIN_WEIGHT = 0.5;

/** Share (0…1) of the query terms' IDF mass found in the clause's tokens. */
export function coverage(terms: string[], clauseText: string, bm25: Bm25Index): number {
  if (!terms.length) return 0;
  const have = clauseTokens(clauseText);
  const unseen = bm25.idf('\u0000never-a-token');
  let total = 0;
  let hit = 0;
  for (const t of terms) {
    let idf = bm25.idf(t);
    if (idf >= unseen && /^[a-z]/.test(t)) idf *= UNKNOWN_LATIN_WEIGHT;
    total += idf;
    if (have.has(t)) hit += idf;
  }
  return total > 0 ? hit / total : 0;
}
