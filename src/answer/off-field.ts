/**
 * A message on another subject altogether (recipes, trekking, a school lesson): declined as outside what the
 * assistant covers, whatever common word it shares with a clause. Judged only of a message that names no
 * resolution, the document or ITU and follows no earlier turn: "and the other one?" has no words of its own.
 */
import { offFieldWords } from '../retrieval/field-words.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { Retriever } from '../retrieval/retriever.js';
import type { DictionaryExpander } from '../retrieval/dictionary-expander.js';
import { tokenize } from '../retrieval/tokenize.js';
import { aboutDocument } from './task-request.js';

export function offField(
  plan: QueryPlan,
  followsTurn: boolean,
  retriever: Retriever,
  dictionary: DictionaryExpander,
): boolean {
  if (followsTurn || plan.resolutions.length || plan.unknownResolutions.length) return false;
  if (aboutDocument(plan.standalone)) return false;
  const tokens = [...tokenize(plan.standalone, 'jieba'), ...tokenize(plan.rewritten, 'jieba')];
  // English words the dictionary renders into the document's words are the field's too.
  const rendered = new Set(
    plan.dictionary.filter((d) => d.candidates.length).map((d) => d.surface.toLowerCase()),
  );
  return (
    offFieldWords(tokens, rendered, {
      inField: (t) => retriever.inField(t),
      chineseFrequency: (w) => dictionary.chineseFrequency(w),
      englishFrequency: (w) => dictionary.frequency(w),
    }) !== null
  );
}
