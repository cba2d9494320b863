/**
 * What a question's English words are checked against: whether a word is known at all (general English,
 * the document's, the glossary's, a place's) for names the document never mentions (unknown-names.ts), and
 * how well a word reaches the document for reading a misspelling (spelling.ts).
 */
import { LRUCache } from 'lru-cache';
import type { Glossary } from '../corpus/glossary.js';
import type { DictionaryExpander } from './dictionary-expander.js';
import { NearWords } from './near-words.js';
import type { SpellingLexicon } from './spelling.js';
import { STOPWORDS } from './stopwords.js';
import type { NameLexicon } from './unknown-names.js';

export type KnownWords = NameLexicon & SpellingLexicon;

export interface WordSources {
  glossary: Glossary;
  dictionary: Pick<
    DictionaryExpander,
    'knowsWord' | 'knowsAsWritten' | 'reach' | 'frequency' | 'keyWords' | 'hasPhrase'
  >;
  /** The corpus text, lower-cased. */
  corpusText: string;
  /** Whether the corpus uses a term (remembered by the caller). */
  inCorpus: (term: string) => boolean;
  /** Words of names the caller knows besides these (places: Eswatini). */
  knownWord?: (word: string) => boolean;
}

/** Whether each word is known, remembered: questions use the same few thousand words. */
const KNOWN_WORDS = 20_000;

export function createKnownWords(s: WordSources): KnownWords {
  // The glossary's English words (names the document has in Chinese: Smart Africa), and the text's own
  // Latin words (ITU-T, IoT, 5G …), lower-cased. A one-word name keeps its joiners too (O&M, R&D), as an
  // acronym is looked up whole.
  const glossaryWords = new Set(
    [...s.glossary.terms, ...s.glossary.resolutions]
      .flatMap((t) => t.en)
      .flatMap((n) => [
        ...(n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
        ...(/\s/.test(n) ? [] : [n.toLowerCase()]),
      ]),
  );
  const corpusWords = new Set(s.corpusText.match(/[a-z][a-z0-9]*/g) ?? []);
  const isWord = (w: string) => s.dictionary.knowsWord(w) || glossaryWords.has(w);
  /** Known outside the dictionary's word lists: a stopword, the document's, a place's. */
  const knownElsewhere = (w: string) =>
    STOPWORDS.has(w) || s.inCorpus(w) || (s.knownWord?.(w) ?? false);
  const knows = (w: string) => isWord(w) || knownElsewhere(w);
  const known = new LRUCache<string, boolean>({ max: KNOWN_WORDS });
  // The words that reach the document, for telling a word two slips off one of them (a misspelling) from a
  // word it never uses; built on first use, since most questions have no unknown word at all.
  let near: NearWords | undefined;
  const reachesDocument = () =>
    (near ??= new NearWords(
      new Set([...s.dictionary.keyWords(), ...glossaryWords, ...corpusWords, ...STOPWORDS]),
    ));
  return {
    isWord,
    nearWord: (w) => reachesDocument().find(w),
    phrase: (a, b) => s.dictionary.hasPhrase(`${a} ${b}`),
    frequency: (w) => s.dictionary.frequency(w),
    knowsAsWritten: (w) =>
      s.dictionary.knowsAsWritten(w) || glossaryWords.has(w) || knownElsewhere(w),
    knows: (w) => {
      let v = known.get(w);
      if (v === undefined) known.set(w, (v = knows(w)));
      return v;
    },
    reach: (w) => {
      const found = s.dictionary.reach(w);
      if (glossaryWords.has(w) || corpusWords.has(w))
        return { base: found?.base ?? w, score: Infinity };
      if (!found) return null;
      // How common the word is in general English: the commoner is the likelier meant (phones, not penes).
      return { base: found.base, score: 1 + s.dictionary.frequency(found.base) };
    },
  };
}
