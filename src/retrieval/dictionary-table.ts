/**
 * A compact bilingual table derived from a general dictionary (CC-CEDICT) at index build time, restricted to
 * the Chinese words the corpus uses: English base forms and short phrases → the corpus's Chinese words, and
 * everyday Chinese words (and characters with few senses) → the corpus's words that share an English sense.
 * Candidates are weighted by specificity — how many senses a word has and how many Chinese words one English
 * word fans out to — so a vague word weighs little. Rarity is not counted here: BM25 multiplies a candidate's
 * weight by the term's IDF when it searches, and counting it twice drowned the plain translation of a common
 * word (country → 国家) under rare words that share one odd sense.
 */
import { stemmer } from 'stemmer';
import type { CedictEntry } from './cedict-source.js';
import { englishWordsOf, regularBases, type LemmaTools } from './english-lemma.js';

/** Raised whenever the table's inputs or format change (stopwords included), so saved tables are derived again. */
export const TABLE_VERSION = 23;

/** A table entry, never an inherited property: an English word can be "constructor". */
export function entry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** [Chinese word, weight in 0…1], best first. */
export type Candidates = [string, number][];

export interface DictionaryTable {
  version: number;
  /** English key (base forms joined by single spaces, stopwords dropped) → the corpus's Chinese words. */
  en: Record<string, Candidates>;
  /** One-word key → the candidates of its word family (keys sharing its Porter stem), at a lower weight. */
  family: Record<string, Candidates>;
  /** English words the dictionary does not key, through related words it does (WordNet; physician → doctor). */
  related: Record<string, Candidates>;
  /** Everyday Chinese word (or a character with few senses) → the corpus's words that share a sense with it. */
  zh: Record<string, Candidates>;
  /** Irregular English forms of the keys' words → base form (stolen → steal), so answering needs no lexicon. */
  irregular: Record<string, string>;
  /** The segmenter's lean dictionary, in its own file format (see leanDictionary in tokenize.ts). */
  segmenter: string;
  /**
   * General English words with how common they are (SemCor counts): a capitalised word that is neither
   * these nor the document's is a name it never mentions (Huawei; unknown-names.ts), and of a misspelling's
   * readings the common word is meant (phnes → phones, not penes; spelling.ts).
   */
  lexicon: Record<string, number>;
  /**
   * English nouns the dictionary translates but that reach none of the corpus's words, nor a related or
   * family word that does (satellite → 卫星, refugee → 难民): a topic the document never speaks of.
   */
  absent: string[];
}

export interface TableInputs {
  entries: CedictEntry[];
  lemmas: LemmaTools;
  /** Chinese words the corpus uses (jieba, search mode). */
  corpusWords: Set<string>;
  stopwords: Set<string>;
  /** English words related to a word (WordNet synonyms and derived forms), with weights; optional. */
  related?: Map<string, Map<string, number>>;
  /** Carried into the table as it is (the segmenter's lean dictionary). */
  segmenter?: string;
  /** General English words (WordNet's) with their SemCor counts: see DictionaryTable.lexicon. */
  lexicon?: Map<string, number>;
  /** English words that are nouns first (WordNet's); see DictionaryTable.absent. */
  nouns?: Set<string>;
}

/** Longest English key, in words: longer senses are descriptions, not translations. */
export const MAX_KEY_WORDS = 3;
const PER_KEY = 4;
const PER_EVERYDAY_WORD = 3;
const MIN_WEIGHT = 0.05;
/** An everyday word with more senses than this is too vague to bridge to the document's wording. */
const MAX_BRIDGE_SENSES = 6;
/**
 * A single character bridges only when it is a verb with few senses, as a question writes it alone (偷 "to
 * steal" → 盗窃); never a function character, which has many.
 */
const MAX_CHARACTER_SENSES = 5;
/** One word of a multi-word sense ("phone" of "mobile phone") says less than the whole sense. */
const PART_WEIGHT = 0.5;
/** A corpus word inside a compound the corpus does not use (垃圾 in 垃圾邮件) says less than the compound. */
const INSIDE_WEIGHT = 0.5;

/** Senses that only point elsewhere (variants, surnames, classifiers) say nothing about meaning. */
const REFERENCE_ONLY =
  /^(?:surname|(?:old |archaic |japanese )?variant of|see |used in|abbr\. (?:for|of)|also written|also pr\.|erhua variant|cl:|classifier for|pr\. )/i;
/** CEDICT's own shorthand for somebody/something, and English words that carry no sense by themselves. */
const FILLER = new Set(['sb', 'sth', 'one', "one's", 'oneself', 'etc']);

/** The key of a phrase's words: only the head takes its base form ("developing" and "developed" differ). */
function phraseKey(words: string[], lemmas: LemmaTools): string {
  return words.map((w, i) => (i === words.length - 1 ? lemmas.lemma(w) : w)).join(' ');
}

/** An English key and the share of its sense it carries (1 for the whole gloss, less for one of its words). */
export type SenseKey = [key: string, weight: number];

/** The English keys of one sense string ("to steal; to rob" → ["steal", "rob"]); each word of a phrase too. */
export function senseKeys(sense: string, lemmas: LemmaTools, stopwords: Set<string>): SenseKey[] {
  const keys = new Map<string, number>();
  const add = (k: string, w: number) => keys.set(k, Math.max(keys.get(k) ?? 0, w));
  for (const raw of sense.split(';')) {
    const gloss = raw
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .replace(/^\s*(?:lit\.|fig\.|esp\.|in particular)\s*/i, '')
      .trim();
    if (!gloss || REFERENCE_ONLY.test(gloss) || /[\u3400-\u9fff]/.test(gloss)) continue;
    const plain = englishWordsOf(gloss.replace(/^to\s+/i, '')).filter(
      (w) => !stopwords.has(w) && !FILLER.has(w),
    );
    if (plain.length < 1 || plain.length > MAX_KEY_WORDS) continue;
    add(phraseKey(plain, lemmas), 1);
    if (plain.length > 1) for (const w of plain) add(lemmas.lemma(w), PART_WEIGHT / plain.length);
  }
  return [...keys];
}

function topOf(m: Map<string, number>, k: number): Candidates {
  return [...m]
    .filter(([, w]) => w >= MIN_WEIGHT)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([z, w]) => [z, Math.round(w * 1000) / 1000]);
}

/**
 * Characters that stand as a word: a lone verb character (偷 "to steal"). A lone noun character is mostly a
 * piece of a compound the segmenter did not know (线 of 线上), and bridging it brings noise.
 */
function verbCharacters(entries: CedictEntry[]): Set<string> {
  return new Set(
    entries
      .filter((e) => e.simplified.length === 1 && /^to /i.test(e.senses[0] ?? ''))
      .map((e) => e.simplified),
  );
}

/**
 * Keys of every entry, several entries of one word pooled (a word with many readings has many senses).
 * Of the single characters, only verbs.
 */
function keysByWord(inputs: TableInputs): Map<string, Map<string, number>> {
  const verbs = verbCharacters(inputs.entries);
  const byWord = new Map<string, Map<string, number>>();
  for (const e of inputs.entries) {
    if (!/^[\u3400-\u9fff]+$/.test(e.simplified)) continue;
    if (e.simplified.length === 1 && !verbs.has(e.simplified)) continue;
    const keys = e.senses.flatMap((s) => senseKeys(s, inputs.lemmas, inputs.stopwords));
    if (!keys.length) continue;
    const m = byWord.get(e.simplified) ?? new Map<string, number>();
    for (const [k, w] of keys) m.set(k, Math.max(m.get(k) ?? 0, w));
    byWord.set(e.simplified, m);
  }
  return byWord;
}

/** The longest corpus words inside a word the corpus does not use (垃圾 in 垃圾邮件). */
function corpusWordsInside(word: string, corpusWords: Set<string>): string[] {
  const found: string[] = [];
  for (let len = word.length - 1; len >= 2; len--) {
    for (let i = 0; i + len <= word.length; i++) {
      const sub = word.slice(i, i + len);
      if (corpusWords.has(sub) && !found.some((f) => f.includes(sub))) found.push(sub);
    }
  }
  return found;
}

/** Whole senses count fully; a sense that is one word of a phrase counts for its share. */
function senseCount(keys: Map<string, number>): number {
  let n = 0;
  for (const w of keys.values()) if (w === 1) n++;
  return Math.max(1, n);
}

/** Keys for words that have none of their own, from the candidates of their related words. */
function throughRelated(
  en: Record<string, Candidates>,
  related: Map<string, Map<string, number>>,
  stopwords: Set<string>,
  lemmas: LemmaTools,
): Record<string, Candidates> {
  const keyOf = (w: string) =>
    phraseKey(
      englishWordsOf(w).filter((x) => !stopwords.has(x)),
      lemmas,
    );
  const out: Record<string, Candidates> = {};
  for (const [word, rel] of related) {
    const key = keyOf(word);
    if (!key || entry(en, key) || key.split(' ').length > MAX_KEY_WORDS) continue;
    const m = new Map<string, number>();
    for (const [r, weight] of rel) {
      for (const [z, w] of entry(en, keyOf(r)) ?? []) m.set(z, Math.max(m.get(z) ?? 0, w * weight));
    }
    const top = topOf(m, PER_KEY);
    if (top.length) out[key] = top;
  }
  return out;
}

/** A word family's candidates count for less than the word's own (disability → 残疾, through disable). */
const FAMILY_WEIGHT = 0.4;

/**
 * For each one-word key, the candidates of the other keys sharing its Porter stem: the dictionary glosses
 * one form of a word family (残疾 "disabled"), a question uses another ("disabilities").
 */
function wordFamilies(en: Record<string, Candidates>): Record<string, Candidates> {
  const families = new Map<string, string[]>();
  for (const k of Object.keys(en)) {
    if (k.includes(' ')) continue;
    const s = stemmer(k);
    families.set(s, [...(families.get(s) ?? []), k]);
  }
  const out: Record<string, Candidates> = {};
  for (const members of families.values()) {
    if (members.length < 2) continue;
    for (const k of members) {
      const m = new Map<string, number>();
      for (const other of members) {
        if (other === k) continue;
        for (const [z, w] of en[other]!) m.set(z, Math.max(m.get(z) ?? 0, w * FAMILY_WEIGHT));
      }
      const top = topOf(m, PER_KEY);
      if (top.length) out[k] = top;
    }
  }
  return out;
}

/** What WordNet adds to the table; the rest is derived from CC-CEDICT alone. */
type WordNetInputs = Pick<TableInputs, 'related' | 'lexicon' | 'nouns'>;

/** The table's CC-CEDICT part: its keys and the candidates everything else is derived from. */
export interface TableStart {
  byWord: Map<string, Map<string, number>>;
  en: Record<string, Candidates>;
  zh: Record<string, Candidates>;
  family: Record<string, Candidates>;
}

/** buildTable's first half: needs no WordNet, so a build can run it while WordNet is still being read. */
export function startTable(inputs: Omit<TableInputs, keyof WordNetInputs>): TableStart {
  const byWord = keysByWord(inputs);
  // English → the corpus's words, each weighted by how few senses its entry has.
  const raw = new Map<string, Map<string, number>>();
  const offer = (k: string, word: string, w: number) => {
    const m = raw.get(k) ?? new Map<string, number>();
    m.set(word, Math.max(m.get(word) ?? 0, w));
    raw.set(k, m);
  };
  for (const [word, keys] of byWord) {
    // A single character is a target only inside the corpus's longer words.
    if (word.length < 2) continue;
    const senses = Math.sqrt(senseCount(keys));
    if (inputs.corpusWords.has(word)) {
      const w = 1 / senses;
      for (const [k, part] of keys) offer(k, word, w * part);
      continue;
    }
    // English reaches the corpus through a compound it does not use: "spam" → 垃圾邮件 → 垃圾.
    for (const inside of corpusWordsInside(word, inputs.corpusWords)) {
      const w = (INSIDE_WEIGHT * inside.length) / word.length / senses;
      for (const [k, part] of keys) offer(k, inside, w * part);
    }
  }
  const en: Record<string, Candidates> = {};
  for (const [k, m] of raw) {
    // One English word that fans out to many Chinese words says little about which one is meant.
    const fan = Math.sqrt(m.size);
    const scaled = new Map([...m].map(([z, w]) => [z, w / fan]));
    const top = topOf(scaled, PER_KEY);
    if (top.length) en[k] = top;
  }
  // Everyday Chinese → English sense → the corpus's words. Through the dictionary's own senses only: a
  // WordNet relative of a sense is a second hop (骗子 → cheat → … → 国际) and brought mostly noise.
  const zh: Record<string, Candidates> = {};
  for (const [word, keys] of byWord) {
    // Words the corpus uses are bridged too: a question may use one the document writes only in passing.
    if (word.length > 4) continue;
    const senses = senseCount(keys);
    if (senses > (word.length < 2 ? MAX_CHARACTER_SENSES : MAX_BRIDGE_SENSES)) continue;
    const m = new Map<string, number>();
    for (const [k, part] of keys) {
      for (const [z, w] of entry(en, k) ?? []) {
        // Its own characters already reach the clauses through bigrams.
        if (word.includes(z)) continue;
        m.set(z, Math.max(m.get(z) ?? 0, (w * part) / Math.sqrt(senses)));
      }
      // A lone character means the corpus word written with it that shares its sense (测 "to measure" →
      // 测量), though that word is not among the sense's best few (measure → 措施, 举措 …).
      if (word.length === 1)
        for (const [z, w] of raw.get(k) ?? [])
          if (z.includes(word)) m.set(z, Math.max(m.get(z) ?? 0, (w * part) / Math.sqrt(senses)));
    }
    const top = topOf(m, PER_EVERYDAY_WORD);
    if (top.length) zh[word] = top;
  }
  return { byWord, en, zh, family: wordFamilies(en) };
}

/** buildTable's second half: what WordNet adds (related words, the lexicon, absent nouns). */
export function finishTable(start: TableStart, inputs: TableInputs): DictionaryTable {
  const { byWord, en, zh, family } = start;
  // A word the dictionary does not key reaches the corpus through a related one it does (physician → doctor).
  const related = inputs.related
    ? throughRelated(en, inputs.related, inputs.stopwords, inputs.lemmas)
    : {};
  // Irregular forms whose base is a key word and that the suffix rules would not find.
  const keyWords = new Set(
    [...Object.keys(en), ...Object.keys(related)].flatMap((k) => k.split(' ')),
  );
  const absent = absentNouns(byWord, inputs.nouns, [en, related, family]);
  // The absent nouns' too (children → child): a question names them in any form.
  const based = new Set([...keyWords, ...absent]);
  const irregular: Record<string, string> = {};
  for (const [surface, base] of inputs.lemmas.irregular) {
    if (based.has(base) && !regularBases(surface).includes(base)) irregular[surface] = base;
  }
  return {
    version: TABLE_VERSION,
    en,
    family,
    related,
    zh,
    irregular,
    segmenter: inputs.segmenter ?? '',
    lexicon: Object.fromEntries(inputs.lexicon ?? []),
    absent,
  };
}

export function buildTable(inputs: TableInputs): DictionaryTable {
  return finishTable(startTable(inputs), inputs);
}

/**
 * One-word senses the dictionary gives in full (a translation, not a word of a longer gloss) that are
 * nouns first and that no part of the table reaches the corpus from.
 */
function absentNouns(
  byWord: Map<string, Map<string, number>>,
  nouns: Set<string> | undefined,
  reaching: Record<string, Candidates>[],
): string[] {
  if (!nouns) return [];
  const out = new Set<string>();
  for (const [word, keys] of byWord) {
    if (word.length < 2) continue;
    for (const [k, w] of keys) {
      if (w === 1 && !k.includes(' ') && nouns.has(k) && !reaching.some((r) => entry(r, k)))
        out.add(k);
    }
  }
  return [...out].sort();
}
