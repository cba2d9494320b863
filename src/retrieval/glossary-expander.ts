/**
 * Lets English questions reach the Chinese text: glossary terms found in the question add their Chinese
 * equivalents, and the question is matched against the resolutions' English titles.
 */
import { stemmer } from 'stemmer';
import type { Glossary } from '../corpus/glossary.js';
import { Bm25Index } from './bm25-index.js';
import { escapeRe } from './escape-re.js';
import { STOPWORDS } from './stopwords.js';
import { termPattern } from './term-pattern.js';
import { termMatcher, type TermMatcher } from './term-matcher.js';

/**
 * Stemmed content words, plus each pair written side by side: "standards gap" then matches the title's
 * "standardization gap" as a phrase, not as two words many titles share. Pairs never span a function word.
 */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? []) {
    if (STOPWORDS.has(w) || w.length < 2) {
      prev = null;
      continue;
    }
    // Porter stems reach across derivations (standards, standardization → standard); British -isation is
    // folded to -ization first, or its stem would differ.
    const s = stemmer(w.replace(/isation/, 'ization'));
    out.push(s);
    // An e-word is a kind of its head (e-health is health, e-waste waste): a title naming one is found by
    // the plain word too.
    const head = /^[a-z]-([a-z]{3,})$/.exec(w)?.[1];
    if (head && !STOPWORDS.has(head)) out.push(stemmer(head));
    if (prev) out.push(`${prev}_${s}`);
    prev = s;
  }
  return out;
}

export interface Expansion {
  terms: string[];
  /** The terms by the span of the question they render: one topic, however many ways it is written. */
  groups: string[][];
  rewritten: string;
}

export interface TitleMatch {
  resolution: number;
  score: number;
}

interface PrefixIndex {
  byPrefix: Map<string, number[]>;
  /** The characters prefixes begin with: a window starting with any other is not looked up. */
  firsts: Set<string>;
  /** Keys shorter than a prefix: always checked. */
  short: number[];
  size: number;
  /** Whether a key starting with a Latin letter or digit counts only at a word start. */
  wholeWords: boolean;
  /** Scratch: 1 for a key already found by this call (calls are synchronous, so one array serves). */
  marks: Uint8Array;
}

/**
 * Keys by their first `size` characters. English keys take three: two-letter beginnings (co, in, re) are
 * shared by dozens of the glossary's names, and each candidate costs a substring search of the question.
 */
function prefixIndex(keys: string[], size: number, wholeWords: boolean): PrefixIndex {
  const byPrefix = new Map<string, number[]>();
  const firsts = new Set<string>();
  const short: number[] = [];
  keys.forEach((k, i) => {
    if (k.length < size) return short.push(i);
    const p = k.slice(0, size);
    firsts.add(p[0]!);
    byPrefix.set(p, [...(byPrefix.get(p) ?? []), i]);
    return undefined;
  });
  return { byPrefix, firsts, short, size, wholeWords, marks: new Uint8Array(keys.length) };
}

const LATIN_CHAR = /[a-z0-9]/;

/**
 * Indices (in the index's own order, longest keys first) of the keys whose prefix occurs in the text. With
 * `wholeWords`, a key that starts with a Latin letter or digit is matched whole-word, so only windows at a
 * word start count.
 */
function candidates(text: string, index: PrefixIndex): number[] {
  const { size, wholeWords, firsts, marks } = index;
  const found: number[] = [...index.short];
  for (let i = 0; i + size <= text.length; i++) {
    // Most windows begin with a character no key begins with (Chinese text against English names).
    if (!firsts.has(text[i]!)) continue;
    if (wholeWords && i > 0 && LATIN_CHAR.test(text[i]!) && LATIN_CHAR.test(text[i - 1]!)) continue;
    const keys = index.byPrefix.get(text.slice(i, i + size));
    if (!keys) continue;
    for (const k of keys) {
      if (marks[k] === 1) continue;
      marks[k] = 1;
      found.push(k);
    }
  }
  // Ascending, so longer keys are tried first; the marks are cleared for the next call.
  for (const k of found) marks[k] = 0;
  return found.sort((a, b) => a - b);
}

/** Three words in a row: a name's first word, one between, its last; runs overlap (about old broken phones). */
const GAPPED_NAME = /(?<![a-z0-9-])([a-z]{3,}) (?=([a-z]{3,}) ([a-z]{3,})(?![a-z0-9-]))/g;

/** Words that point to a thing or say whose it is, standing between a verb and its object. */
const DETERMINER = /^(?:the|our|their|your|its|his|her|my|these|those|some|more|all)$/;

/**
 * A name of a describing word and a thing said the other way round, the thing first (the network is so poor,
 * the signal was weak): the describing word and the thing, with what lies between.
 */
const SAID_OF =
  /(?<![a-z0-9-])([a-z]{3,}) (?:is|are|was|were|gets?|got|keeps? being|seems?|looks?|feels?)(?: (?:so|very|really|too|quite|pretty|super|always|often|still|just|extremely|terribly|awfully|kind of|a bit))? ([a-z]{3,})(?![a-z0-9-])/g;

/** A plural's singular, as far as a name's last word needs (phones, countries, boxes). */
function singularOf(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** An acronym as the Chinese text writes it inline (IoT, CIRT, SC&C). */
const ACRONYM = /^[A-Z][A-Za-z0-9&-]{1,7}$/;

/** The acronyms among a term's English names. */
const acronymsOf = (names: string[]) => names.filter((a) => ACRONYM.test(a));

type GlossaryTerm = Glossary['terms'][number];

const FUNCTION_WORD = /^(?:the|of|and|for|to|in|on|a|an|with|between|among|or|by|at)$/i;

/**
 * A long proper name is also called by its closing words (the Standardization Assembly, the Development
 * Sector, the Health Organization): each ending of two words or more of a name written in capitals, that
 * no other entry's name ends with or is, stands for that entry. Everyday paraphrases (lower case) are not
 * cut, as their endings mean nothing alone.
 */
function nameTails(terms: readonly GlossaryTerm[]): Map<number, string[]> {
  const names = new Set(terms.flatMap((t) => t.en.map((n) => n.toLowerCase())));
  const owners = new Map<string, Set<number>>();
  terms.forEach((t, i) => {
    for (const name of t.en) {
      const words = name.split(' ');
      if (words.length < 3 || !words.every((w) => /^[A-Za-z][A-Za-z-]*$/.test(w))) continue;
      if (!words.every((w) => FUNCTION_WORD.test(w) || /^[A-Z]/.test(w))) continue;
      for (let k = 2; k < words.length; k++) {
        const tail = words.slice(-k).join(' ').toLowerCase();
        if (FUNCTION_WORD.test(words[words.length - k]!) || names.has(tail)) continue;
        owners.set(tail, (owners.get(tail) ?? new Set()).add(i));
      }
    }
  });
  const out = new Map<number, string[]>();
  for (const [tail, of] of owners) {
    if (of.size !== 1) continue;
    const [i] = of;
    out.set(i!, [...(out.get(i!) ?? []), tail]);
  }
  return out;
}

/** A Chinese name with a 的 allowed after each of its characters but the last (应急队伍 → 应急的队伍). */
function linked(alias: string): RegExp {
  // A name that writes 的 itself (盲的) is matched as written.
  return alias.includes('的') ? /(?!)/ : new RegExp([...alias].map(escapeRe).join('的?'));
}

export class GlossaryExpander {
  private readonly terms: {
    /** The term's pattern, matched without a RegExp (see term-matcher.ts). */
    match: TermMatcher;
    zh: string;
    en: string;
    key: string;
    contains?: string;
    acronyms: string[];
    /** The terms of other entries with the same English name. */
    also?: string[];
  }[];
  /** Each entry's Chinese term with the acronyms of the same entry. */
  private readonly zhTerms: { zh: string; acronyms: string[] }[];
  /** Everyday Chinese names of a term → the document's term (and the acronyms it writes inline). */
  private readonly zhAliases: { alias: string; linked: RegExp; zh: string; acronyms: string[] }[];
  /**
   * Two-word English names by "first last" with the last word in singular: a name with one describing word
   * put between ("old broken phones", "emergency phone number") is still that name.
   */
  private readonly gapped = new Map<string, number>();
  private readonly titleIndex: Bm25Index;
  private readonly titleResolutions: number[];
  /** English names, everyday Chinese names and Chinese terms by their first characters: a question only
   * needs to be searched for those whose beginning it contains. */
  private readonly termsByPrefix: PrefixIndex;
  private readonly aliasesByPrefix: PrefixIndex;
  private readonly zhTermsByPrefix: PrefixIndex;

  constructor(readonly glossary: Glossary) {
    const tails = nameTails(glossary.terms);
    this.terms = glossary.terms
      .flatMap((t, i) =>
        [...t.en, ...(tails.get(i) ?? [])].map((en) => {
          const { key, source, contains } = termPattern(en);
          return {
            match: termMatcher(source),
            // A plain substring test first: most terms are absent, and it is far cheaper than the regex.
            key,
            ...(contains ? { contains } : {}),
            zh: t.zh,
            en,
            acronyms: acronymsOf(t.en).filter((a) => a !== en),
          };
        }),
      )
      .sort((a, b) => b.en.length - a.en.length);
    // An English name several entries share (carry out → 实施, 落实) renders as all of their terms.
    const byName = new Map<string, string[]>();
    for (const t of this.terms) {
      const k = t.en.toLowerCase();
      byName.set(k, [...(byName.get(k) ?? []), t.zh]);
    }
    for (const t of this.terms) t.also = byName.get(t.en.toLowerCase())!.filter((z) => z !== t.zh);
    this.zhAliases = glossary.terms
      .flatMap((t) =>
        (t.zhAliases ?? []).map((alias) => ({
          alias,
          linked: linked(alias),
          zh: t.zh,
          acronyms: acronymsOf(t.en),
        })),
      )
      .sort((a, b) => b.alias.length - a.alias.length);
    this.zhTerms = glossary.terms
      .map((t) => ({ zh: t.zh, acronyms: acronymsOf(t.en) }))
      .filter((t) => t.acronyms.length > 0);
    this.termsByPrefix = prefixIndex(
      this.terms.map((t) => t.key),
      3,
      true,
    );
    this.aliasesByPrefix = prefixIndex(
      this.zhAliases.map((a) => a.alias),
      2,
      false,
    );
    this.zhTermsByPrefix = prefixIndex(
      this.zhTerms.map((t) => t.zh),
      2,
      false,
    );
    this.terms.forEach((t, i) => {
      const words = t.en.toLowerCase().split(' ');
      if (words.length !== 2 || !words.every((w) => /^[a-z]{3,}$/.test(w))) return;
      if (words.some((w) => STOPWORDS.has(w))) return;
      const key = `${words[0]} ${singularOf(words[1]!)}`;
      // The longest name first (terms are sorted by length): the first one kept.
      if (!this.gapped.has(key)) this.gapped.set(key, i);
    });
    this.titleResolutions = glossary.resolutions.map((r) => r.number);
    this.titleIndex = new Bm25Index(glossary.resolutions.map((r) => englishWords(r.en.join(' '))));
  }

  /**
   * The document's terms for the question's English domain terms (longest first, each span used once), and
   * the question rewritten with those spans replaced by them.
   */
  expand(
    question: string,
    englishTerms: 'all' | 'within-chinese' = 'all',
    inCorpus: (term: string) => boolean = () => false,
    chineseAliases = true,
  ): Expansion {
    let rest = question.toLowerCase();
    const out = new Set<string>();
    const groups: string[][] = [];
    // With no terms, the span is only taken out (a term's later places: one topic, one group).
    const replace = (index: number, length: number, terms: string[]) => {
      terms.forEach((z) => out.add(z));
      if (terms.length) groups.push(terms);
      rest = `${rest.slice(0, index)} ${terms.join(' ')} ${rest.slice(index + length)}`;
    };
    /** Every place a term's pattern matches, in the text before any of them is replaced. */
    const allMatches = (match: TermMatcher) => {
      const found: { index: number; length: number }[] = [];
      for (let from = 0, m = match.exec(rest); m; m = match.exec(rest.slice(from))) {
        found.push({ index: from + m.index, length: m.length });
        from += m.index + Math.max(1, m.length);
      }
      return found;
    };
    for (const i of candidates(rest, this.termsByPrefix)) {
      const t = this.terms[i]!;
      if (!rest.includes(t.key) || (t.contains && !rest.includes(t.contains))) continue;
      // An acronym that is also an everyday word (WHO / who) counts only when written in capitals; a
      // name of several words that begins with one (A-series recommendations) is no acronym.
      if (
        STOPWORDS.has(t.key) &&
        t.en !== t.en.toLowerCase() &&
        !/\s/.test(t.en) &&
        !new RegExp(`\\b${escapeRe(t.en)}\\b`).test(question)
      ) {
        continue;
      }
      // In a Chinese question (English words within it: EMF monitoring 那个 center), an acronym the
      // document itself uses is found by the indexes as it is.
      if (englishTerms !== 'all' && /^[A-Z][A-Z0-9-]+$/.test(t.en) && inCorpus(t.en)) continue;
      // The document often writes a term by its acronym inline (IoT beside 物联网): both are searched.
      const own = ACRONYM.test(t.en) && inCorpus(t.en) ? [t.en] : [];
      const terms = [t.zh, ...(t.also ?? []), ...own, ...t.acronyms.filter(inCorpus)];
      // In a Chinese question, each place it names the term (5G了 … 让5G): a second Latin name left in the
      // asker's words is a word nothing translates, a topic of its own the document never names. It is one
      // topic, searched once: the later places are only taken out (last first, so the places found stay
      // where they are). In English a word left over is still translated word by word, and searched so.
      const places = allMatches(t.match).slice(0, englishTerms === 'all' ? 1 : undefined);
      for (const [i, m] of [...places.entries()].reverse())
        replace(m.index, m.length, i > 0 ? [] : terms);
    }
    // A two-word name with one describing word between its words, in what no name above has taken; or,
    // for a verb and its object, a determiner (train our people, build their skills).
    for (const m of rest.matchAll(GAPPED_NAME)) {
      const [, first, between, last] = m;
      if (STOPWORDS.has(between!) && !DETERMINER.test(between!)) continue;
      const i = this.gapped.get(`${first} ${singularOf(last!)}`);
      if (i === undefined) continue;
      const t = this.terms[i]!;
      const span = `${first} ${between} ${last}`;
      const at = rest.indexOf(span);
      if (at >= 0)
        replace(at, span.length, [t.zh, ...(t.also ?? []), ...t.acronyms.filter(inCorpus)]);
    }
    for (const m of rest.matchAll(SAID_OF)) {
      const [span, thing, describing] = m;
      const i = this.gapped.get(`${describing} ${singularOf(thing!)}`);
      if (i === undefined || STOPWORDS.has(describing!)) continue;
      const t = this.terms[i]!;
      const at = rest.indexOf(span);
      if (at >= 0)
        replace(at, span.length, [t.zh, ...(t.also ?? []), ...t.acronyms.filter(inCorpus)]);
    }
    // An everyday Chinese name reaches the document's own term, as one topic with it (longest name first).
    let unnamed = question;
    for (const i of chineseAliases ? candidates(question, this.aliasesByPrefix) : []) {
      const a = this.zhAliases[i]!;
      // 的 between two words of a name (应急的队伍) leaves it that name.
      const span = unnamed.includes(a.alias) ? a.alias : a.linked.exec(unnamed)?.[0];
      if (!span) continue;
      // Beside the document's own term (残疾人、盲人): one topic with it, nothing more to search.
      if (question.includes(a.zh)) {
        unnamed = unnamed.split(span).join(' ');
        groups.push([span, a.zh]);
        continue;
      }
      // A Latin name (5G) is the English names' job, done above, in an English question or wherever
      // they rendered it.
      if (!/[\u3400-\u9fff]/.test(a.alias) && (englishTerms === 'all' || out.has(a.zh))) continue;
      // Used once: a shorter name inside a longer one (辐射 in 手机辐射) is not a second topic.
      unnamed = unnamed.split(span).join(' ');
      const terms = [a.zh, ...a.acronyms.filter(inCorpus)];
      terms.forEach((z) => out.add(z));
      groups.push([span, ...terms]);
    }
    // A Chinese term the question uses reaches the clauses that write its acronym instead.
    for (const i of candidates(question, this.zhTermsByPrefix)) {
      const t = this.zhTerms[i]!;
      if (!question.includes(t.zh)) continue;
      const added = t.acronyms.filter((a) => inCorpus(a) && !question.includes(a));
      added.forEach((a) => out.add(a));
      if (added.length) groups.push([t.zh, ...added]);
    }
    return { terms: [...out], groups, rewritten: rest };
  }

  /** The English names of the glossary's entry for a Chinese term (保护用户/消费者 → consumer protection …). */
  englishNames(zh: string): readonly string[] {
    return this.glossary.terms.find((t) => t.zh === zh)?.en ?? [];
  }

  /** Resolutions whose English title or everyday names match the question, best first. */
  matchTitles(
    question: string,
    limit = 3,
    common: (word: string) => boolean = () => false,
  ): TitleMatch[] {
    // A word of everyday English on its own (persons, groups) names no title's topic; in a pair it may.
    const commonStems = new Set(
      (question.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? [])
        .filter(common)
        .map((w) => englishWords(w)[0])
        .filter((w): w is string => w !== undefined),
    );
    const words = englishWords(question).filter((w) => w.includes('_') || !commonStems.has(w));
    if (!words.length) return [];
    return this.titleIndex
      .search(words, limit)
      .map((s) => ({ resolution: this.titleResolutions[s.index]!, score: s.score }));
  }
}
