/**
 * Lets English questions reach the Chinese text: glossary terms found in the question add their Chinese
 * equivalents, and the question is matched against the resolutions' English titles.
 */
import type { Glossary } from '../corpus/glossary.js';
import { Bm25Index } from './bm25-index.js';
import { STOPWORDS } from './tokenize.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Light English stemming, enough for titles and questions (countries → country, groups → group). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? [])
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map(stem);
}

export interface TitleMatch {
  resolution: number;
  score: number;
}

export class GlossaryExpander {
  private readonly terms: { re: RegExp; zh: string[]; en: string }[];
  private readonly titleIndex: Bm25Index;
  private readonly titleResolutions: number[];

  constructor(readonly glossary: Glossary) {
    this.terms = glossary.terms
      .flatMap((t) =>
        t.en.map((en) => ({
          // Word-bounded, case-insensitive, optional plural ending.
          re: new RegExp(`(?<![a-z0-9])${escapeRe(en.toLowerCase())}(?:s|es)?(?![a-z0-9])`, 'i'),
          zh: t.zh,
          en,
        })),
      )
      .sort((a, b) => b.en.length - a.en.length);
    this.titleResolutions = glossary.resolutions.map((r) => r.number);
    this.titleIndex = new Bm25Index(glossary.resolutions.map((r) => englishWords(r.en.join(' '))));
  }

  /** Chinese terms for the English terms of the question (longest terms first, each span used once). */
  expand(question: string): string[] {
    let rest = question.toLowerCase();
    const out = new Set<string>();
    for (const t of this.terms) {
      const m = t.re.exec(rest);
      if (!m) continue;
      t.zh.forEach((z) => out.add(z));
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
    return [...out];
  }

  /** Resolutions whose English title or everyday names match the question, best first. */
  matchTitles(question: string, limit = 3): TitleMatch[] {
    const words = englishWords(question);
    if (!words.length) return [];
    return this.titleIndex
      .search(words, limit)
      .map((s) => ({ resolution: this.titleResolutions[s.index]!, score: s.score }));
  }
}
