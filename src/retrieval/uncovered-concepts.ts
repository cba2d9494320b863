/**
 * Concepts a question names that the document never covers (携号转网, "spectrum auctions"). A concept is one
 * thing: a clause that shares its parts (号码, 转, 网; "spectrum", "auction" bridged to other words) does not
 * speak of it. Covered means one of its names, or all the words of one, stand in a sentence of the document
 * (a clause, a title), of the glossary (its official and everyday names for the document's terms) or of the
 * everyday questions written for the clauses.
 */
import type { IctConcept } from '../corpus/ict-concepts.js';
import { ConceptWords } from './concept-words.js';
import { escapeRe } from './escape-re.js';
import { STOPWORDS } from './stopwords.js';
import { englishWordsOf } from './english-lemma.js';
import { jiebaCut } from './tokenize.js';
import { ASKING_CLAUSE, CHAT_CLAUSE_BREAK } from './sentences.js';

/** What ends a clause: punctuation, or a chat space between Chinese runs. */
const CLAUSE_BREAK = new RegExp(`[，,。；;：:！!？?]|${CHAT_CLAUSE_BREAK.source}`, 'g');

/** Where a text's clauses start and end. */
function clauseSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push([at, m.index + m[0].length]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length]);
  return out;
}

/**
 * Where a concept's names are looked for, one text per place: each clause's text, its title and each of its
 * everyday questions apart, each glossary term's names together. A name is covered where all its words stand
 * in one place (国际电联预算 by 国际电联…年度预算), not only where it is written whole.
 */
export type CoveragePlaces = readonly string[];

const CJK = /[\u3400-\u9fff]/;

/** An acronym (USF, CBDC, 5G) is matched as written: lower-cased it is often a word (cap, at). */
const ACRONYM = /^[A-Z0-9&-]*[A-Z][A-Z0-9&-]*$/;

/** Latin words as names are written: e-waste, E.164, Wi-Fi and ITU-T are one word each. */
const LATIN_WORD = /[A-Za-z0-9]+(?:[-.&'][A-Za-z0-9]+)*/g;

/** The most words of a name that a question is searched for. */
const MAX_WORDS = 6;

function latinWords(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(LATIN_WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Where the words of a text's Chinese runs start and end (jieba's cut). */
function wordBounds(text: string): Set<number> {
  const bounds = new Set<number>();
  let at = 0;
  for (const w of jiebaCut(text)) {
    const i = text.indexOf(w, at);
    if (i < 0) continue;
    bounds.add(i).add(i + w.length);
    at = i + w.length;
  }
  return bounds;
}

/** Whether a name can stand for its concept in a question: not a short or everyday word by itself. */
export type UsableName = (name: string) => boolean;

/**
 * Below this SemCor count a single English word is rare enough to name its concept by itself (blockchain,
 * ransomware: 0); an everyday word (robot 6, cap 9, hoax 1 is kept) is more often just the word.
 */
const RARE_WORD = 5;

/** Acronyms and phrases stand for their concept; a single word only when it is rare in general English. */
export function usableConceptName(english: { frequency(word: string): number }): UsableName {
  return (name) => {
    if (ACRONYM.test(name)) return name.length >= 2;
    const words = name
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (words.every((w) => STOPWORDS.has(w))) return false;
    return words.length > 1 || english.frequency(words[0]!) < RARE_WORD;
  };
}

/**
 * From this SemCor count on an English word is everyday (right 208, way 387, small 240): a name made only of
 * such words ("rights of way", "small cell") is matched as written, not by its words in any order and form,
 * where they are as often just the words ("the right way to fly a kite"). Below it a word says more
 * (dominant 51: "a giant operator dominating the market" still names the dominant operator).
 */
const EVERYDAY_WORD = 100;

/** Whether a name may be found by its words (see ConceptWords): one of them at least is no everyday word. */
export function specificConceptName(english: { frequency(word: string): number }): UsableName {
  return (name) =>
    CJK.test(name) ||
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((w) => w.length >= 3 && !STOPWORDS.has(w) && english.frequency(w) < EVERYDAY_WORD);
}

export class UncoveredConcepts {
  /** The concepts each name stands for: Chinese as written, English by its words (acronyms as written). */
  private readonly zh = new Map<string, number[]>();
  private readonly en = new Map<string, number[]>();
  /** The lengths of the Chinese names, longest first. */
  private readonly zhLengths: number[];
  /** The names' first two characters, and first words: where a name can start (most places it cannot). */
  private readonly zhStarts: Set<string>;
  private readonly enStarts: Set<string>;
  private readonly places: CoveragePlaces;
  /** The names by their words, in any order and form ("protecting children online"). */
  private readonly words = new ConceptWords();
  /** Whether each concept is covered, worked out when a question first names it (a pass over the places). */
  private readonly coverage = new Map<number, boolean>();
  readonly size: number;

  /**
   * @param usable which English names to match at all: a one-word name that is an everyday English word
   *   (robots, cap) is the word, not the concept.
   * @param byWords which English names to match by their words too (see specificConceptName).
   */
  constructor(
    private readonly concepts: readonly IctConcept[],
    places: CoveragePlaces,
    usable: UsableName,
    byWords: UsableName = () => true,
  ) {
    // Held as given (the clauses' and their questions' own strings): a lower-cased copy cost each
    // answering thread megabytes; English is matched ignoring case instead.
    this.places = places;
    const add = (map: Map<string, number[]>, key: string, i: number) =>
      map.set(key, [...(map.get(key) ?? []), i]);
    concepts.forEach((c, i) => {
      for (const n of c.zh) {
        add(this.zh, n, i);
        this.words.add(n, i);
      }
      for (const n of c.en) {
        if (!usable(n)) continue;
        if (!ACRONYM.test(n) && byWords(n)) this.words.add(n, i);
        const words = latinWords(n).map((w) => (ACRONYM.test(n) ? w.word : w.word.toLowerCase()));
        if (words.length && words.length <= MAX_WORDS) add(this.en, words.join(' '), i);
      }
    });
    this.zhLengths = [...new Set([...this.zh.keys()].map((k) => k.length))].sort((a, b) => b - a);
    this.zhStarts = new Set([...this.zh.keys()].map((k) => k.slice(0, 2)));
    this.enStarts = new Set([...this.en.keys()].map((k) => k.split(' ')[0]!.toLowerCase()));
    this.size = concepts.length;
  }

  /** Whether one name is in the places: whole, or all its words in one place. */
  private found(name: string): boolean {
    // Its words, when it is made of words the check can find apart (a single character is no such word:
    // 假 of 假新闻 is its point).
    const cut = CJK.test(name) ? jiebaCut(name) : [];
    const words = CJK.test(name)
      ? cut.every((w) => w.length >= 2)
        ? cut
        : []
      : englishWordsOf(name).filter((w) => !STOPWORDS.has(w));
    const all = words.length ? words : [name.toLowerCase()];
    const res = all.map((w) =>
      CJK.test(w) ? null : new RegExp(`(?<![a-z0-9])${escapeRe(w)}(?:e?s)?(?![a-z0-9])`, 'i'),
    );
    return this.places.some((p) => all.every((w, i) => (res[i] ? res[i].test(p) : p.includes(w))));
  }

  /** A concept is covered by any of its names, usable in a question or not. */
  private covered(concept: number): boolean {
    let hit = this.coverage.get(concept);
    if (hit === undefined) {
      const c = this.concepts[concept]!;
      hit = [...c.en, ...c.zh].some((n) => this.found(n));
      this.coverage.set(concept, hit);
    }
    return hit;
  }

  /** The names in a text, Chinese and English, longest first at each place; then names by their words. */
  private *named(text: string): Generator<{ start: number; end: number; concepts: number[] }> {
    const written = [...this.asWritten(text)];
    yield* written;
    // By its words only where no name as written stands: there the written name says what is meant.
    for (const s of this.words.find(text))
      if (!written.some((w) => w.start < s.end && s.start < w.end)) yield s;
  }

  private *asWritten(text: string): Generator<{ start: number; end: number; concepts: number[] }> {
    // A Chinese name starts and ends where the question's words do: 外卖 is not named in 往国外卖.
    const bounds = wordBounds(text);
    for (let i = 0; i < text.length; i++) {
      if (!bounds.has(i) || !this.zhStarts.has(text.slice(i, i + 2))) continue;
      for (const len of this.zhLengths) {
        const concepts = bounds.has(i + len) ? this.zh.get(text.slice(i, i + len)) : undefined;
        if (concepts) {
          yield { start: i, end: i + len, concepts };
          break;
        }
      }
    }
    const words = latinWords(text);
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!.word.toLowerCase();
      if (!this.enStarts.has(first) && !this.enStarts.has(first.replace(/e?s$/, ''))) continue;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
        const span = words.slice(i, i + n);
        const last = span[n - 1]!;
        // As written (an acronym), lower-cased, and with a plural's ending off.
        const keys = [span.map((w) => w.word).join(' ')];
        const lower = span.map((w) => w.word.toLowerCase());
        keys.push(lower.join(' '));
        if (/[a-z]e?s$/.test(last.word)) {
          keys.push([...lower.slice(0, -1), lower[n - 1]!.replace(/e?s$/, '')].join(' '));
          keys.push([...lower.slice(0, -1), lower[n - 1]!.replace(/s$/, '')].join(' '));
        }
        const concepts = keys.map((k) => this.en.get(k)).find(Boolean);
        if (concepts) {
          yield { start: span[0]!.start, end: last.end, concepts };
          break;
        }
      }
    }
  }

  /**
   * The first concept named in `text` (as written there) that the document does not cover, unless a covered
   * one is named over the same words ("mobile money" inside "mobile money fraud" is the document's), or it
   * stands in a clause of the asker's setting that asks nothing while a covered one is named in another
   * (我家换下一堆旧显示器 电联对电子垃圾有啥办法: the monitors are where the question comes from, e-waste
   * what it asks about). A name two concepts share counts as covered if either is.
   */
  in(text: string): string | null {
    const spans = [...this.named(text)].map((s) => ({
      ...s,
      covered: s.concepts.some((c) => this.covered(c)),
    }));
    const covered = spans.filter((s) => s.covered);
    const clauses = clauseSpans(text);
    const clauseAt = (at: number) => clauses.findIndex(([a, b]) => at >= a && at < b);
    const inSetting = (s: { start: number }): boolean => {
      const i = clauseAt(s.start);
      const [a, b] = clauses[i] ?? [0, text.length];
      return !ASKING_CLAUSE.test(text.slice(a, b)) && covered.some((c) => clauseAt(c.start) !== i);
    };
    const absent = spans
      .sort((a, b) => a.start - b.start)
      .find(
        (s) =>
          !s.covered && !covered.some((c) => c.start < s.end && s.start < c.end) && !inSetting(s),
      );
    return absent ? text.slice(absent.start, absent.end) : null;
  }
}
