/**
 * Things the document only counts: it says the assembly revised 三份ITU-T A系列建议书 and kept three
 * more, and no part of it says which they are or what was changed in them. Asked which ones, or what
 * changed in them, no clause answers; the counting clause is related, not an answer.
 *
 * Found from the text, not listed by hand: a glossary term every mention of which follows a count of two
 * or more (三份, 4项) is a set the document never itemises.
 */
import type { Clause } from '../corpus/clause.js';
import type { Glossary } from '../corpus/glossary.js';
import { chineseNumeral, spelledValue } from '../retrieval/spelled-numbers.js';

/** A count just before a term: 三份, 4项, 其他三份ITU-T (a body's prefix may stand between). */
const COUNT_BEFORE =
  /(\d+|[两二三四五六七八九十]+)(?:项|份|个|条|家|种|类)(?:其他|其它|其余)?(?:ITU-[TDR]\s*)?$/;

export interface CountedSet {
  /** The document's term (A系列建议书). */
  term: string;
  /** Its mentions with their counts (三份ITU-T A系列建议书). */
  phrases: string[];
  clauses: Clause[];
}

const cache = new WeakMap<readonly Clause[], CountedSet[]>();

export function countedSets(clauses: readonly Clause[], glossary: Glossary): CountedSet[] {
  const known = cache.get(clauses);
  if (known) return known;
  const sets: CountedSet[] = [];
  for (const { zh: term } of glossary.terms) {
    if (term.length < 3) continue;
    const phrases = new Set<string>();
    const holding: Clause[] = [];
    let all = true;
    for (const clause of clauses) {
      for (let at = clause.text.indexOf(term); at >= 0; at = clause.text.indexOf(term, at + 1)) {
        const m = COUNT_BEFORE.exec(clause.text.slice(Math.max(0, at - 16), at));
        const n = m && (/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!));
        if (!m || n === null || n < 2) all = false;
        else phrases.add(m[0] + term);
      }
      if (clause.text.includes(term)) holding.push(clause);
      if (!all) break;
    }
    if (all && holding.length) sets.push({ term, phrases: [...phrases], clauses: holding });
  }
  cache.set(clauses, sets);
  return sets;
}

/** Which ones, by number or name (哪几份, 编号, "which ones", "list them"), not which resolution. */
const WHICH_ONES =
  /哪(?:些|几|一|两|二|三|四|五)(?!\s*(?:项|个|条)?\s*决议)|几号|编号|分别|列(?:一下|出|举)|名称|名字|叫(?:什么|啥)|\b(?:which|list|name|names|numbers?|designations?)\b(?!\s+(?:of the )?res)|\bwhat (?:are|were) (?:they|the)\b/i;
const HOW_MANY =
  /(?<!号(?:是|为)?)多少|(?<!哪)几(?:项|个|份)(?!.*(?:分别|几号|编号|哪))|\bhow many\b/i;
/** What was changed in them (改了什么, 修改了哪些内容, "what got edited"). */
const CHANGES =
  /(?:改|修订|修改|改动)了?(?:些)?(?:什么|啥|哪些)|(?:什么|哪些|啥)(?:内容|地方)|\bwhat (?:exactly )?(?:changed|got (?:changed|edited|amended|revised)|was (?:changed|edited|amended))\b|\bwhat (?:were )?the (?:changes|amendments|edits)\b/i;

/** The counted set the question asks to have named or its changes told, if any. */
export function unnamedCounted(
  question: string,
  expansions: readonly string[],
  sets: readonly CountedSet[],
): CountedSet | null {
  const asksWhich = WHICH_ONES.test(question) && !HOW_MANY.test(question);
  if (!asksWhich && !CHANGES.test(question)) return null;
  return sets.find((s) => question.includes(s.term) || expansions.includes(s.term)) ?? null;
}

export function countedReason(set: CountedSet): { en: string; zh: string } {
  const said = set.phrases.map((p) => `「${p}」`).join(', ');
  return {
    en: `It only counts them (${said}); it names none of them and does not say what was changed in them.`,
    zh: `文件只给出了数量（${set.phrases.join('；')}），没有说明是哪些，也没有说明改了什么内容。`,
  };
}

/**
 * A count the question repeats from the document ("the eleven study groups", 那十一个研究组): asked which
 * they are, where the document's one phrase counts them (十一个ITU-T研究组) and its clause lists none, no
 * clause answers. Five or more only: a few of a kind (两个局) the document may well name elsewhere.
 */
const MANY = 5;
/** A count and its measure word, then the term (a body's prefix may stand between); not a code's digit (IPv6). */
const COUNTED_AT =
  /(?<![A-Za-z\d第])(\d+|[一两二三四五六七八九十百]+)(?:项|份|个|条|家|种|类|位|名)(?:其他|其它|其余)?(?:ITU-[TDR]\s*)?$/;

/** A counted set with its count. */
type ManyCounted = CountedSet & { n: number };

const phraseCache = new WeakMap<readonly Clause[], ManyCounted[]>();

/** Every "N term" of the document with N of five or more, each with the clause that says it. */
function manyCounted(clauses: readonly Clause[], glossary: Glossary): ManyCounted[] {
  const known = phraseCache.get(clauses);
  if (known) return known;
  const out: ManyCounted[] = [];
  for (const { zh: term } of glossary.terms) {
    if (term.length < 2) continue;
    for (const clause of clauses) {
      for (let at = clause.text.indexOf(term); at >= 0; at = clause.text.indexOf(term, at + 1)) {
        const m = COUNTED_AT.exec(clause.text.slice(Math.max(0, at - 16), at));
        const n = m && (/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!));
        // A list after it (…研究组：第2、第3…) names them.
        if (!m || n === null || n < MANY) continue;
        const listed = clause.text.slice(at).split('、').length > n - 1;
        if (!listed) out.push({ term, phrases: [m[0] + term], clauses: [clause], n });
      }
    }
  }
  phraseCache.set(clauses, out);
  return out;
}

/**
 * The counts a question says: a Chinese numeral with its measure word (十一个), or a number in figures or
 * English words before a word ("the eleven study groups", "11 groups"); not a name's number (WTSA-20,
 * IPv6, 第17, Resolution 100).
 */
const COUNT_ZH =
  /(?<![A-Za-z\d第-])(\d+|[一两二三四五六七八九十百]+)(?:个|项|份|条|位|名|家|种|类)/g;
const COUNT_EN =
  /(?<![\w-])(?<!\b(?:resolutions?|res|no\.?|number|nos?|group|sg|question|article|clause|paragraph|item|section)\s+)(\d+|[a-z]+(?:-[a-z]+)?)\s+(?=[a-z])/gi;

/** The counts a question says, each with the words right after it (what it counts). */
function countsIn(question: string): { n: number; after: string }[] {
  const out: { n: number; after: string }[] = [];
  for (const m of question.matchAll(COUNT_ZH)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
    if (n)
      out.push({ n, after: question.slice(m.index! + m[0].length, m.index! + m[0].length + 12) });
  }
  for (const m of question.matchAll(COUNT_EN)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledValue(m[1]!);
    const after = question
      .slice(m.index! + m[0].length)
      .split(/\s+/)
      .slice(0, 4)
      .join(' ');
    if (n) out.push({ n, after: after.toLowerCase() });
  }
  return out;
}

/** The counted phrase the question repeats and asks to have named, if any. */
export function repeatedCount(
  question: string,
  clauses: readonly Clause[],
  glossary: Glossary,
): CountedSet | null {
  if (!WHICH_ONES.test(question) || HOW_MANY.test(question)) return null;
  const counts = countsIn(question).filter((c) => c.n >= MANY);
  if (!counts.length) return null;
  return (
    manyCounted(clauses, glossary).find((s) => {
      // The count is of the term: its Chinese or one of its English names right after the number.
      const names =
        glossary.terms.find((t) => t.zh === s.term)?.en.map((e) => e.toLowerCase()) ?? [];
      return counts.some(
        (c) => c.n === s.n && (c.after.includes(s.term) || names.some((e) => c.after.includes(e))),
      );
    }) ?? null
  );
}

export function repeatedCountReason(set: CountedSet): { en: string; zh: string } {
  // Resolutions counted for the whole assembly: 表1 lists those that concern ITU-D, not all of them.
  if (set.term === '决议')
    return {
      en: `It only counts them for the whole assembly (「${set.phrases[0]}」) and does not list them all; 表1 (Table 1) lists only the resolutions that concern ITU-D.`,
      zh: `文件只给出了全会的总数（${set.phrases[0]}），没有全部列出；表1只列出与ITU-D工作有关的决议。`,
    };
  return {
    en: `It only counts them (「${set.phrases[0]}」); it does not say which they are.`,
    zh: `文件只给出了数量（${set.phrases[0]}），没有列出是哪些。`,
  };
}
