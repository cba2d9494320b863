/**
 * The question's topic as units to check against the best clause, each with the ways the document may word it:
 * the question's own words, the glossary's terms, and the dictionary's candidates (credited by their weight).
 * English words that nothing translates and the corpus never uses stay as units nothing can cover.
 */
import type { Clause } from '../corpus/clause.js';
import type { Bm25Index } from '../retrieval/bm25-index.js';
import type { DictionaryUnit } from '../retrieval/dictionary-expander.js';
import { englishWordsOf } from '../retrieval/english-lemma.js';
import { indexText } from '../retrieval/index-text.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { QUERY_STOPWORDS } from '../retrieval/stopwords.js';
import { studyGroupTerms } from '../retrieval/study-groups.js';
import { coverage, queryTerms, type TopicUnit } from './relevance.js';

/**
 * A clause whose everyday questions match this share of the question is on topic even when it covers too
 * little of it in the document's words. Dev hardly moves between 0.7 and 0.9; at 0.7 a question about a
 * meeting's date matched a clause question on the meeting closely enough to pass for its date.
 */
export const QUESTION_MATCH_FOUND = 0.8;

/** An untranslated English word weighs half an unseen Chinese word: it may be a word the document has no need of. */
const UNKNOWN_LATIN_WEIGHT = 0.5;

/**
 * A study group as a topic unit. This is an ITU-T document: it writes ITU-T's groups mostly without the
 * sector (第5研究组), so ITU-T第5研究组 is either; another sector's group (ITU-D第2研究组) only as written.
 */
export function studyGroupUnit(term: string, weight: number): TopicUnit {
  const bare = term.replace(/^ITU-T/, '');
  return {
    alternatives: bare.startsWith('ITU-')
      ? [[term, 1]]
      : [...new Set([term, bare])].map((t) => [t, 1]),
    weight,
  };
}

export function topicUnits(plan: QueryPlan, bm25: Bm25Index): TopicUnit[] {
  const unseen = bm25.unseenIdf;
  const idf = (term: string) =>
    Math.max(0, ...queryTerms(term).map((t) => Math.min(bm25.idf(t), unseen)));
  const dictionary = (u: DictionaryUnit, own?: string): TopicUnit => {
    const top = Math.max(...u.candidates.map(([, w]) => w));
    const alternatives: [string, number][] = u.candidates.map(([z, w]) => [z, w / top]);
    if (own) alternatives.unshift([own, 1]);
    return {
      alternatives,
      weight: Math.max(own ? idf(own) : 0, ...u.candidates.map(([z]) => idf(z))),
    };
  };
  const bySurface = new Map(plan.dictionary.map((u) => [u.surface, u]));
  const units: TopicUnit[] = [];
  const own = queryTerms(plan.rewritten);
  // A study group named by its number is a precise topic (第17研究组), though its pieces (17, 研究组) are not.
  for (const g of studyGroupTerms(plan.standalone)) units.push(studyGroupUnit(g, unseen));
  if (plan.lang === 'zh') {
    // A glossary name in the question (电子垃圾 → 电子废物) is one topic, whichever way a clause writes it;
    // its own pieces (电子, 垃圾) are not topics of their own.
    const named = plan.expansionGroups.filter((g) => plan.standalone.includes(g[0]!));
    for (const g of named) {
      units.push({ alternatives: g.map((e) => [e, 1]), weight: Math.max(...g.map(idf)) });
    }
    for (const t of own) {
      if (named.some((g) => g[0]!.includes(t))) continue;
      const d = bySurface.get(t);
      units.push(d ? dictionary(d, t) : { alternatives: [[t, 1]], weight: idf(t) });
    }
    // A verb character the dictionary bridged (偷 → 盗窃) is part of the topic, though single characters
    // are not question terms by themselves.
    for (const d of plan.dictionary) {
      if (d.surface.length === 1 && !own.includes(d.surface)) units.push(dictionary(d, d.surface));
    }
  } else {
    // One unit per glossary span: 物联网 or IoT covers "Internet of Things" either way.
    for (const g of plan.expansionGroups) {
      units.push({ alternatives: g.map((e) => [e, 1]), weight: Math.max(...g.map(idf)) });
    }
    for (const d of plan.dictionary) units.push({ ...dictionary(d), word: d.surface });
    const translated = new Set(plan.dictionary.flatMap((d) => d.surface.split(' ')));
    const rendered = new Set(plan.expansionGroups.flat().map((e) => e.toLowerCase()));
    for (const t of own.filter((x) => /^[a-z]/.test(x))) {
      if (bm25.has(t) && !rendered.has(t)) units.push({ alternatives: [[t, 1]], weight: idf(t) });
    }
    // Words no list knows count against a clause, as terms it does not use; not in a message that switches
    // into another language, where they are that language's (walang bayad: free of charge).
    for (const w of plan.otherLanguage ? [] : englishWordsOf(plan.rewritten)) {
      if (QUERY_STOPWORDS.has(w) || w.length < 3 || translated.has(w) || bm25.has(w)) continue;
      if (!own.includes(w)) continue;
      units.push({ alternatives: [], weight: UNKNOWN_LATIN_WEIGHT * unseen, word: w });
    }
  }
  // A number alone ("resolution 44") is no topic to check.
  return units.some((u) => u.alternatives.some(([t]) => !/^\d+$/.test(t))) ? units : [];
}

/** Share (0…1) of the question's topic that a clause covers (its text with context, as indexed). */
/**
 * @param frame words that ask for the kind of fact wanted (建议书, 编号 in "which Recommendation number"): a
 *   unit whose own word (the question's, before any rendering) is one of them is what is asked for, not
 *   the topic it is asked about.
 */
export function topicCoverage(
  plan: QueryPlan,
  bm25: Bm25Index,
  frame?: RegExp,
): (c: Clause) => number {
  const all = topicUnits(plan, bm25);
  const units = frame
    ? all.filter((u) => {
        // The asker's own word asks for the fact (时间 in 开会时间), whatever the dictionary renders it as.
        const own = u.alternatives[0]?.[0];
        return own === undefined || !frame.test(own);
      })
    : all;
  return (c) => coverage(units, indexText(c));
}
