/**
 * English base forms for the bilingual dictionary. The index build lemmatises glosses with wink-lemmatizer
 * (WordNet's exception lists); at question time only light suffix rules run, checked against the table's own
 * words, plus the irregular forms the build kept for them — so the ~40 MB lexicon is never loaded to answer.
 */

import { createRequire } from 'node:module';

/** A word's base form, from WordNet's lemmatiser: noun first (plurals), then verb, then adjective. */
export type Lemmatiser = (word: string) => string;

export interface LemmaTools {
  lemma: Lemmatiser;
  /** WordNet's irregular forms (stolen → steal, children → child, better → good). */
  irregular: Map<string, string>;
}

/** Loads the lexicon (build time only). */
export async function loadLemmaTools(): Promise<LemmaTools> {
  const { default: wink } = await import('wink-lemmatizer');
  const require = createRequire(import.meta.url);
  const irregular = new Map<string, string>();
  for (const kind of ['noun', 'verb', 'adjective']) {
    const table = require(`wink-lexicon/src/wn-${kind}-exceptions.js`) as Record<string, string>;
    for (const [surface, base] of Object.entries(table))
      if (!irregular.has(surface)) irregular.set(surface, base);
  }
  // The build asks for the same few thousand words again and again across 120,000 dictionary senses.
  const seen = new Map<string, string>();
  const lemma: Lemmatiser = (word) => {
    const w = word.toLowerCase();
    let base = seen.get(w);
    if (base === undefined) {
      base = w;
      for (const f of [wink.noun, wink.verb, wink.adjective]) {
        const l = f(w);
        if (l && l !== w) {
          base = l;
          break;
        }
      }
      seen.set(w, base);
    }
    return base;
  };
  return { lemma, irregular };
}

/** Candidate base forms by regular English inflection, most likely first (the word itself first). */
export function regularBases(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const add = (x: string) => x.length > 1 && !out.includes(x) && out.push(x);
  if (w.endsWith('ies') && w.length > 4) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied') && w.length > 4) add(`${w.slice(0, -3)}y`);
  if (/(?:ches|shes|sses|xes|zes|oes)$/.test(w)) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
  } else if (/^[aeiou][a-z]ing$/.test(w)) {
    // A two-letter stem opening with a vowel drops its e (using → use, owing → owe); not thing, bring, sting.
    add(`${w.slice(0, 2)}e`);
  }
  if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    add(stem);
    add(w.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
  }
  return out;
}

/**
 * Further bases for telling a real word from a slip, not for dictionary lookups: comparatives and
 * superlatives (cheaper → cheap, bigger → big, easiest → easy), which WordNet lists only as the plain
 * adjective, and -es plurals of words ending in s (aliases → alias, statuses → status).
 */
export function looseBases(word: string): string[] {
  const out: string[] = [];
  if (/ses$/.test(word)) out.push(word.slice(0, -2));
  const m = /^(.{2,}?)(?:er|est)$/.exec(word);
  if (!m) return out;
  const stem = m[1]!;
  out.push(stem, `${stem}e`);
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}

/**
 * Lower-cased English words of a text (letters, inner hyphens and apostrophes kept). A possessive ending goes:
 * "ITU's" is ITU, and a lone "s" would otherwise look up a word.
 */
export function englishWordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      // A typographic apostrophe joins a word as a plain one does (don’t is one word, not don and t).
      .match(/[a-z][a-z0-9]*(?:[-'’][a-z0-9]+)*/g) ?? []
  );
}
