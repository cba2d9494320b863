/**
 * "Which kinds of countries count?", "what types of help are there?": when the best clause is one item of
 * a list under a lead-in (协助…国家：i) … ii) … iii) …), the whole list answers which ones, not the one item
 * that shares the most words with the question.
 */
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Hit } from '../retrieval/retriever.js';

/** Which ones, of a kind, are asked for. */
const KINDS_ASKED =
  /哪些|哪几(?:种|类|个|项)?|哪(?:一)?类|哪(?:一)?种|什么样的?(?:国家|人|情况|地区)|\bwhich (?:ones|kinds?|types?|sorts?|countries|groups|cases)\b|\bwhat (?:kinds?|types?|sorts?) of\b|\bwho (?:all|else|counts|qualifies)\b/i;

/** An item nested in a numbered one (9.i), 2.iv)): its parent's number. */
const SUB_ITEM = /^(.+)\.[ivx]+\)?$/i;

/**
 * The hits with the best one's sibling items put first, in the document's order, when the question asks
 * which ones and the best clause is one of a short list (no longer than `max` items).
 */
export function withListItems(
  picked: Hit[],
  question: string,
  store: CorpusStore,
  max: number,
): Hit[] {
  const best = picked[0];
  if (!best || best.clause.resolution === null || !KINDS_ASKED.test(question)) return picked;
  const c = best.clause;
  const parent = c.item ? SUB_ITEM.exec(c.item)?.[1] : undefined;
  if (!parent) return picked;
  const items = store
    .ofResolution(c.resolution!)
    .filter(
      (x) =>
        x.part === 'annex' &&
        x.section === c.section &&
        x.addressee === c.addressee &&
        x.item !== null &&
        SUB_ITEM.exec(x.item)?.[1] === parent,
    );
  if (items.length < 2 || items.length > max) return picked;
  const byId = new Map(picked.map((h) => [h.clause.id, h]));
  const listed = items.map(
    (x) => byId.get(x.id) ?? { clause: x, score: best.score, lexical: 0, vector: 0, question: 0 },
  );
  return [...listed, ...picked.filter((h) => !items.includes(h.clause))];
}
