/**
 * Tokenisation suited to Chinese: jieba words plus character bigrams for the CJK runs, and lower-cased
 * Latin words (ITU-T, IPv6, E.161.1 kept whole). Whitespace splitting fails on Chinese; both channels help.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { LRUCache } from 'lru-cache';
import type { Segmenter } from './segmenter.js';
import { STOPWORDS } from './stopwords.js';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

let jieba: Jieba | undefined;
/** The segmenter over the shared table's dictionary (see useSegmenter), which a new corpus replaces. */
let shared: Segmenter | undefined;

function dictionaryText(): string {
  return readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
}

/**
 * Native jieba with the whole dictionary: only where the dictionary table is derived (its worker) and where
 * no table was given (tests). Loaded when first needed, so answering threads never load it.
 */
function getJieba(): Jieba {
  // The dictionary file is read here and dropped once jieba has built its own structures: the package's
  // dict.js would keep it (5 MB) and an IDF table this code never uses (6 MB) alive in every thread.
  if (!jieba) {
    const native = createRequire(import.meta.url)(
      '@node-rs/jieba',
    ) as typeof import('@node-rs/jieba');
    jieba = native.Jieba.withDict(Buffer.from(dictionaryText()));
  }
  return jieba;
}

/** Runs cut lately: one answer cuts its question's runs several times (search, question index, topic). */
const cutCache = new LRUCache<string, string[]>({ max: 1_000 });

/**
 * Forgets the cuts made so far: those of building the indexes (the clauses, their questions) would take the
 * cache's room, in every answering thread, from the questions asked, which repeat their words.
 */
export function forgetCuts(): void {
  cutCache.clear();
}

/** Exact-mode words of a CJK run: the shared table's segmenter, else native jieba (the same cut, see segmenter.ts). */
function cutRun(run: string): string[] {
  if (!shared) return getJieba().cut(run, false);
  let words = cutCache.get(run);
  if (!words) cutCache.set(run, (words = shared.cut(run)));
  return words;
}

/** Below this frequency a dictionary word is rare in general Chinese (about 270,000 of jieba's 349,000). */
const UNUSED_WORD = '\uE000';
const GENERAL_MIN_FREQ = 20;

/**
 * A lean dictionary for jieba (its dict.txt lines): the words of general Chinese (frequency 20 or more),
 * every dictionary word occurring in `texts` (the corpus), and `keep` (the everyday words the dictionary
 * table bridges). Jieba only ever considers words that occur in the text it cuts, so the corpus is cut
 * exactly as with the whole dictionary; only a question's rare words that are neither in the corpus nor
 * bridged are cut smaller, and they match nothing either way. Derived with the dictionary table (on its
 * worker, which holds the whole dictionary) and saved with it.
 */
export function leanDictionary(texts: string[], keep: Set<string>): string {
  const lines = dictionaryText().split('\n');
  const inCorpus = new Set<string>();
  // Jieba's full mode lists the dictionary words in a text, natively; words that mix scripts (IP地址) it
  // does not, so those few are looked for directly.
  const distinct = [...new Set(texts)];
  for (const text of distinct) for (const w of getJieba().cutAll(text)) inCorpus.add(w);
  const all = distinct.join('\n');
  for (const line of lines) {
    const word = line.slice(0, line.indexOf(' '));
    if (/[A-Za-z0-9]/.test(word) && all.includes(word)) inCorpus.add(word);
  }
  const kept: string[] = [];
  let dropped = 0;
  for (const line of lines) {
    const [word, freq] = line.split(' ', 2);
    if (!word) continue;
    if (keep.has(word) || inCorpus.has(word) || Number(freq) >= GENERAL_MIN_FREQ) kept.push(line);
    else dropped += Number(freq) || 0;
  }
  // Jieba scores a cut by each word's frequency over the dictionary's total: the dropped words' share goes to
  // one entry no text can contain (a private-use character), so the total, and every cut, stays the same.
  kept.push(`${UNUSED_WORD} ${dropped} x`);
  return kept.join('\n');
}

/**
 * Cuts with the segmenter over the shared dictionary table (its lean dictionary): native jieba with that
 * dictionary cost about 11 MB in every thread; the table is held once. Call it before the first cut;
 * called again (a new corpus), it replaces it. Where native jieba already holds the whole dictionary, that
 * one keeps cutting: it cuts every text, the corpus exactly as the lean one does.
 */
export function useSegmenter(segmenter: Segmenter | null): void {
  // A table without one would leave no words at all.
  if (!segmenter || jieba) return;
  shared = segmenter;
  cutCache.clear();
}

export type TokenMode = 'jieba+bigram' | 'jieba' | 'bigram';

const LATIN = /[a-z][a-z0-9]*(?:[-‑.][a-z0-9]+)*|\d+[a-z][a-z0-9]*|\d+(?:[-./][a-z0-9]+)*/g;

function bigrams(run: string): string[] {
  if (run.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out;
}

const NAME = /^[a-z]{2,}$/;

/** The names inside a hyphenated compound of names (see tokenize). */
function compoundNames(token: string): string[] {
  const parts = token.split('-');
  if (parts.length < 2) return [];
  return parts.filter((p, i) => {
    if (!NAME.test(p) || STOPWORDS.has(p)) return false;
    const next = parts[i + 1];
    return next === undefined ? NAME.test(parts[i - 1]!) : NAME.test(next);
  });
}

/** Tokens for indexing and for queries (the same function on both sides). */
export function tokenize(text: string, mode: TokenMode = 'jieba+bigram'): string[] {
  const lower = text.toLowerCase().replace(/‑/g, '-');
  const tokens: string[] = [];
  for (const m of lower.matchAll(LATIN)) {
    const t = m[0].replace(/[-.]+$/, '');
    // Written in capitals, a stopword is an acronym (WHO, IT): keep it.
    const original = text.slice(m.index!, m.index! + t.length);
    if (
      !STOPWORDS.has(t) ||
      (t.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original))
    ) {
      tokens.push(t);
      // A compound of names (JCA-AHF, JCA-IMT-2000) is also each name in it: "JCA" finds the clause on
      // JCA-AHF. A name is joined to another name, not to a sector's letter (ITU-T) nor to a number, which
      // makes it another thing (WTSA-20 is not WTSA-16; IMT-2000 is not IMT).
      tokens.push(...compoundNames(t));
    }
  }
  for (const m of lower.matchAll(CJK_RUN)) {
    const run = m[0];
    if (mode === 'bigram') {
      for (const b of bigrams(run)) if (!STOPWORDS.has(b)) tokens.push(`~${b}`);
      continue;
    }
    // Bigrams stay inside the stretches between function words: one across 有 in 国际电联有没有 pairs two
    // unrelated words and matches every text where they happen to meet.
    let stretch = '';
    const flush = () => {
      if (mode !== 'jieba' && stretch) for (const b of bigrams(stretch)) tokens.push(`~${b}`);
      stretch = '';
    };
    for (const w of cutRun(run)) {
      if (STOPWORDS.has(w)) {
        flush();
        continue;
      }
      tokens.push(w);
      stretch += w;
    }
    flush();
  }
  return tokens;
}

/** Jieba's words of a text's CJK runs (exact mode, no HMM guesses). */
export function jiebaCut(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) out.push(...cutRun(m[0]));
  return out;
}

/** The dictionary words of a text's CJK runs, long words and the shorter words inside them (jieba search mode). */
export function jiebaWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) out.push(...getJieba().cutForSearch(m[0], false));
  return out;
}

/**
 * Tokens of a short term the dictionary or glossary puts into queries (the document's own words): the same
 * few thousand come back question after question, so they are remembered instead of cut again.
 */
const termCache = new LRUCache<string, string[]>({ max: 5_000 });

export function tokenizeTerm(term: string, mode: TokenMode = 'jieba+bigram'): string[] {
  const key = `${mode}\u0000${term}`;
  let tokens = termCache.get(key);
  if (!tokens) termCache.set(key, (tokens = tokenize(term, mode)));
  return tokens;
}
