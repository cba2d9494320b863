/**
 * "Which resolution covers kite flying?", "放风筝那项决议几号？": a topic the document names only in its introduction or
 * conclusion (a list of topics, the symposium before the assembly), in no resolution's title, summary or
 * text. No resolution is on record for it, and the clause nearest in words would read as the one asked for.
 */
import type { Clause } from '../corpus/clause.js';
import type { Glossary } from '../corpus/glossary.js';
import { escapeRe } from '../retrieval/escape-re.js';
import { holding, namesIn, type Holding } from './named-term.js';

/** Asks for a resolution or one of its clauses (which one, its number, what it asks). */
const ASKS_RESOLUTION =
  /决议|第几号|几号|哪一?[项条个份]|\b(?:res|resolutions?|reso)\b|\bwhich (?:one|clause|article|text)\b/i;

/** Asks for a resolution's number (第几号, 多少号, 编号, "what number"). */
const ASKS_NUMBER = /第几号|几号|多少号|编号|序号|\bnumber\b|\bres(?:olution)?\s*(?:no|#)/i;
/**
 * Asks what a text itself says inside (里头说没说, 具体内容, "does the draft mention …"): a paragraph that only
 * reports the draft exists gives none of it. Narrower than cited-only's content words: "what does the
 * drone racing resolution say" is answered by that paragraph.
 */
const ASKS_INSIDE =
  /里(?:头|面|边)(?:有没有|说|讲|提|写)|具体内容|\bwhat (?:does|did) (?:it|the draft)(?: resolution)? (?:say|contain|propose)\b|\b(?:does|did) (?:it|the draft)(?: resolution)? (?:say|mention|include|contain|propose)\b/i;
/** A resolution's number as the document writes it (第44号). */
const NUMBERED = /第\s*\d+\s*号/;

/** Asks what the introduction or conclusion itself says: those paragraphs answer it. */
const ASKS_FRAMING = /引言|结论|导言|总结|\b(?:introduction|intro|conclusions?|summing up)\b/i;

/**
 * A term in more framing paragraphs than this is the document's subject (WTSA-20, the assembly), not a
 * topic it lists in passing.
 */
const IN_PASSING = 2;
const NOWHERE: Holding = { clauses: 0, resolutions: 0, framing: [] };

/** What the assembly did with resolutions (废止, revised): the count and list answers' business, no topic. */
const STATUS_WORD = /废止|修订|新决议|无修改|abrogat|suppress|repeal|revis/i;
/** The document's own parts (执行部分, 表2): where things are written, not what about. */
const DOCUMENT_PART = /执行部分|表\s*\d|附件|摘要|标题|引言|结论/;

/** A resolution on the term: the term, then 决议 in the same sentence a few words on (关于X的新决议草案). */
function namesResolution(text: string, term: string): boolean {
  return new RegExp(`${escapeRe(term)}[^。；;]{0,20}决议`).test(text);
}

export interface FramingOnly {
  reason: { en: string; zh: string };
  /** The paragraphs that name it, shown as related. */
  framing: Clause[];
}

/**
 * Each glossary entry's Chinese term, or everyday Chinese name, the question writes as it is, with the
 * entry's term and acronyms (打假 asked, 假冒 written): the plan renders no alias when the question also
 * writes the term, yet the alias is still that term's.
 */
function literalTerms(question: string, glossary: Glossary): string[][] {
  return glossary.terms.flatMap((t) => {
    const acronyms = t.en.filter((e) => /^[A-Z][A-Z0-9&-]+$/.test(e));
    return [t.zh, ...(t.zhAliases ?? [])]
      .filter((name) => question.includes(name))
      .map((name) => [...new Set([name, t.zh, ...acronyms])]);
  });
}

/**
 * A group with the other Chinese names of each glossary entry it holds: a rendering that reaches one name of
 * an entry only (智能非洲 from "smart" and "Africa") still names the entry, which the resolutions may write
 * by its other name (智慧非洲).
 */
function withSiblings(group: readonly string[], glossary: Glossary): string[] {
  const out = new Set(group);
  for (const t of glossary.terms) {
    const names = [t.zh, ...(t.zhAliases ?? [])];
    if (names.some((n) => out.has(n))) for (const n of names) out.add(n);
  }
  return [...out];
}

/**
 * @param groups the question's terms as the document writes them, each with its other names (the plan's
 *   glossary renderings).
 */
export function framingOnly(
  question: string,
  clauses: readonly Clause[],
  glossary: Glossary,
  groups: readonly (readonly string[])[],
): FramingOnly | null {
  if (!ASKS_RESOLUTION.test(question) || ASKS_FRAMING.test(question)) return null;
  const candidates = [
    ...namesIn(question).map((n) => [n]),
    ...groups.map((g) => withSiblings(g, glossary)),
    ...literalTerms(question, glossary),
  ];
  // Aligned with the group; a single letter or character names nothing.
  const heldBy = (group: readonly string[]) =>
    group.map((t) => (t.length >= 2 ? holding(t, clauses) : NOWHERE));
  // A name that is also another name of a term the resolutions write (打假 beside 假冒) is theirs.
  const theirs = new Set(candidates.filter((g) => heldBy(g).some((h) => h.resolutions > 0)).flat());
  const found: { name: string; framing: Clause[] }[] = [];
  for (const group of candidates) {
    if (group.some((t) => theirs.has(t) || STATUS_WORD.test(t) || DOCUMENT_PART.test(t))) continue;
    const held = heldBy(group);
    const framing = [...new Set(held.flatMap((h) => h.framing))];
    // A paragraph on a resolution of its own about it (the draft on X put to the next conference) answers,
    // unless its number is asked and the paragraph gives none (a draft has no number yet), or what it says.
    const onResolution = framing.some((c) =>
      group.some((t) => t.length >= 2 && namesResolution(c.text, t)),
    );
    if (
      onResolution &&
      !(ASKS_NUMBER.test(question) && !framing.some((c) => NUMBERED.test(c.text))) &&
      !ASKS_INSIDE.test(question)
    )
      continue;
    // As the document writes it (疫情 asked, 全球流行疾病大流行 written).
    const name = group.find((_, i) => held[i]?.framing.length) ?? group[0]!;
    if (framing.length && framing.length <= IN_PASSING && !found.some((f) => f.name === name))
      found.push({ name, framing });
  }
  if (!found.length) return null;
  const list = found.map((n) => n.name);
  const framing = [...new Set(found.flatMap((n) => n.framing))];
  const where = framing.map((c) => c.label);
  const them = list.length > 1;
  return {
    reason: {
      en: `It names ${list.join(', ')} only in ${where.join(', ')}, never in a resolution's title, summary or text; so it does not say which resolution covers ${them ? 'them' : 'it'} or what one asks on ${them ? 'them' : 'it'}.`,
      zh: `文件只在${where.join('、')}中提到${list.join('、')}，没有哪项决议的标题、摘要或正文提到${them ? '它们' : '它'}，因此文件没有说明哪项决议涉及${them ? '它们' : '它'}、提出了什么要求。`,
    },
    framing,
  };
}
