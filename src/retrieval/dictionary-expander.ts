/**
 * Question-time use of the dictionary table: English words and short phrases (in base form) and everyday
 * Chinese words the corpus never uses become weighted candidates in the document's own words.
 */
import type { Candidates, DictionaryTable } from './dictionary-table.js';
import { MAX_KEY_WORDS } from './dictionary-table.js';
import { englishWordsOf, regularBases } from './english-lemma.js';
import { jiebaCut } from './tokenize.js';

/** One span of the question and what it may be in the document's words. */
export interface DictionaryUnit {
  surface: string;
  candidates: Candidates;
}

/** Phrases are tried as every combination of their words' possible bases; a cap keeps that small. */
const MAX_BASES_PER_WORD = 3;

export class DictionaryExpander {
  private readonly keyWords: Set<string>;

  constructor(readonly table: DictionaryTable) {
    this.keyWords = new Set(Object.keys(table.en).flatMap((k) => k.split(' ')));
  }

  /** A word's base forms that the table knows (irregular form first, then the suffix rules). */
  private bases(word: string): string[] {
    const irregular = this.table.irregular[word];
    const all = [...(irregular ? [irregular] : []), ...regularBases(word)];
    return [...new Set(all)].filter((b) => this.keyWords.has(b)).slice(0, MAX_BASES_PER_WORD);
  }

  private lookup(words: string[]): Candidates | undefined {
    let keys = [''];
    for (const w of words) {
      const bases = this.bases(w);
      if (!bases.length) return undefined;
      keys = keys.flatMap((k) => bases.map((b) => (k ? `${k} ${b}` : b)));
    }
    for (const k of keys) {
      const hit = this.table.en[k];
      if (hit) return hit;
    }
    return undefined;
  }

  /** English spans, longest phrase first, each word used once; `stopwords` are skipped as in the table. */
  english(text: string, stopwords: Set<string>): DictionaryUnit[] {
    const words = englishWordsOf(text).filter((w) => !stopwords.has(w));
    const units: DictionaryUnit[] = [];
    for (let i = 0; i < words.length;) {
      let used = 1;
      for (let len = Math.min(MAX_KEY_WORDS, words.length - i); len >= 1; len--) {
        const span = words.slice(i, i + len);
        const hit = this.lookup(span);
        if (hit) {
          units.push({ surface: span.join(' '), candidates: hit });
          used = len;
          break;
        }
      }
      i += used;
    }
    return units;
  }

  /** Everyday Chinese words the corpus does not use (`known` is false for them) → the corpus's words. */
  chinese(text: string, known: (word: string) => boolean): DictionaryUnit[] {
    const units: DictionaryUnit[] = [];
    for (const w of new Set(jiebaCut(text))) {
      if (w.length < 2 || known(w)) continue;
      const hit = this.table.zh[w];
      if (hit) units.push({ surface: w, candidates: hit });
    }
    return units;
  }
}

/** Every candidate once, at its highest weight. */
export function candidateTerms(units: DictionaryUnit[]): Candidates {
  const best = new Map<string, number>();
  for (const u of units)
    for (const [z, w] of u.candidates) best.set(z, Math.max(best.get(z) ?? 0, w));
  return [...best];
}
