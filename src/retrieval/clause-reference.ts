/**
 * A clause named the way the answers cite it or people do: 第44号决议 · 做出决议 · 6, "R44 instructs 9",
 * "Res 44 resolves 2 (iii)", "point 2 of the instructions", 第72号决议责成第三段. The resolution comes from
 * the question's resolution references; this reads the section and the item, and finds the clauses they
 * name.
 */
import type { Clause } from '../corpus/clause.js';
import { ORDINALS } from './relative-clause.js';
import { chineseNumeral, spelledValue } from './spelled-numbers.js';

/** Operative sections by the words for them, longest first (进一步做出决议 before 做出决议). */
const SECTIONS: [RegExp, string][] = [
  [/进一步做出决议|further resolves?/i, '进一步做出决议'],
  // Slack shorthand too: "R44 instr 10", "further instr 2".
  [/进一步责成|further instr(?:ucts|uctions|\.)?(?![a-z])/i, '进一步责成'],
  [/进一步请|further invites?/i, '进一步请'],
  [/做出决议|\bresolves?\b/i, '做出决议'],
  [/责成|\binstr(?:ucts|uctions|\.)?(?![a-z])/i, '责成'],
  [/呼吁|\bcalls? upon\b/i, '呼吁'],
  [/鼓励|\bencourages?\b/i, '鼓励'],
  [/认识到|\brecogni[sz]ing\b/i, '认识到'],
  [/(?<![申邀])请(?![问教])|\binvites?\b/i, '请'],
];

/** Chinese numerals as people number paragraphs (第三段, 第十二项). */
const ZH_DIGITS = '一二三四五六七八九';
const ZH_NUMBER = `十?[${ZH_DIGITS}]|十`;

function arabic(n: string): string {
  return /^[一二三四五六七八九十]+$/.test(n) ? String(chineseNumeral(n)) : n;
}

/** A small number spelled out after item / point / paragraph ("and item two?"), as speech and dictation give it. */
const SPELLED_ITEM = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const SPELLED_RE = new RegExp(`^(?:${SPELLED_ITEM})$`, 'i');

/** A sub-item after its item: 2.iii), 2 (vii), and in words (第1段下面的m)项). */
const SUB = `(?:\\s*[.．]?\\s*|[段项条点款]?(?:下面|下|里面|里|中)?的?\\s*)[(（]?\\s*(?<sub>[ivx]{1,5}|[a-z])\\s*[)）]`;
/** 第 and a number in digits or Chinese numerals (第6段, 第三项). */
const ORDINAL = `第\\s*(?<n>\\d{1,2}|${ZH_NUMBER})[段项条点款]?`;

/** An item right after the section's words: 6, 第3段, item 2, 2.iii), (vii), m); quotes around the section skipped. */
const ITEM_AFTER = new RegExp(
  `^[\\s·:：,，"'”’」』》]*(?:${ORDINAL}|(?:item|point|para(?:graph)?|§|[#＃]|no\\.?)?\\s*[(（]?\\s*(?<m>\\d{1,2}|[ivx]{1,5}|[a-z])\\s*[)）]?)(?:${SUB})?(?![a-z\\d])`,
  'i',
);

/** An item marked as one anywhere else in the question: item 3 (of the instructions), point 6, 第6段. */
const ITEM_MARKED = new RegExp(
  `(?:${ORDINAL}|(?:\\b(?:item|point|para(?:graph)?|no\\.?)|[§#＃])\\s*(?<m>\\d{1,2}|\\b(?:${SPELLED_ITEM})\\b))(?:${SUB})?(?![a-z\\d])`,
  'i',
);

export interface ClauseReference {
  /** '' when only the item is named: any section's. */
  section: string;
  /** The item as the clauses print it, without brackets: "6", "2.iii", "vii". */
  item: string;
}

function reference(section: string, m: RegExpExecArray): ClauseReference {
  const g = m.groups!;
  const n = (g.n ?? g.m ?? g.k)!;
  const parts = [SPELLED_RE.test(n) ? String(spelledValue(n)) : arabic(n), g.sub].filter(
    (p): p is string => Boolean(p),
  );
  return { section, item: parts.join('.').toLowerCase() };
}

/**
 * The section and item a question names, or null; `rest` is the question without its resolution reference.
 * The item follows the section's words (做出决议第6段, resolves 2 iii) or is marked as an item anywhere
 * (point 2 under the instructions); a section named without an item is no reference.
 */
export function clauseReference(rest: string): ClauseReference | null {
  const named = SECTIONS.flatMap(([words, section]) => {
    const m = words.exec(rest);
    return m ? [{ section, after: rest.slice(m.index + m[0].length) }] : [];
  });
  for (const { section, after } of named) {
    const item = ITEM_AFTER.exec(after);
    if (item) return reference(section, item);
  }
  const marked = named.length ? ITEM_MARKED.exec(rest) : null;
  if (marked) return reference(named[0]!.section, marked);
  // An item named on its own (那第8条呢, "and item 3?"): in whichever section has it (section '').
  const only = ITEM_ONLY.exec(rest);
  if (only) return reference('', only);
  // "And the third one?": the item in that place.
  const nth = NTH_ITEM.exec(rest);
  const place = nth ? ORDINALS.indexOf(nth[1]!.toLowerCase()) + 1 : 0;
  return place > 0 ? { section: '', item: String(place) } : null;
}

const NTH_ITEM = new RegExp(
  `\\bthe (${ORDINALS.join('|')}) (?:one|item|point|paragraph|bullet|entry|thing(?= (?:on|in|from) (?:that|the|this|your) list\\b|\\s*[?？]?\\s*$))\\b`,
  'i',
);

/**
 * An item named as one, with its word or sign (第8条, 第ii)项, item 3, #3, no. 3), or as "the number 3" ending
 * its phrase ("and the number 3, what…?"); a bare 第2 may be a group's (第2研究组), "the number 12
 * resolution" is the resolution, and "the kite group, number 5 I think" a group's number.
 */
const ITEM_ONLY = new RegExp(
  `第\\s*[(（]?\\s*(?<n>\\d{1,2}|${ZH_NUMBER}|[ivx]{1,5})\\s*[)）]?\\s*[段项条点款](?![a-z\\d])|(?:\\b(?:item|point|para(?:graph)?)|\\bno\\.|[#＃])\\s*(?<m>\\d{1,2}|(?<=\\b(?:item|point|para(?:graph)?)\\s+)(?:${SPELLED_ITEM}))\\b(?!\\s*(?:resolution|reso|res)\\b)|(?:^|\\b(?:the|and|about)|[,，])\\s*number\\s*(?<k>\\d{1,2})(?=\\s*(?:[?？,，.!]|$))`,
  'i',
);

/** An item as printed (2.iii), vii), 6) without its brackets. */
const bare = (item: string) => item.replace(/[()（）\s]/g, '').toLowerCase();

/** The clauses of a resolution with that section and item (two when a section recurs for another addressee). */
export function referencedClauses(clauses: readonly Clause[], ref: ClauseReference): Clause[] {
  return clauses.filter(
    (c) =>
      c.part === 'annex' &&
      (ref.section === '' || c.section === ref.section || c.within === ref.section) &&
      c.item !== null &&
      bare(c.item) === ref.item,
  );
}

/** A block's place, just before its heading: 第二个, the second, the last. */
const BLOCK_ZH = new RegExp(`第\\s*(?<n>\\d|${ZH_NUMBER})\\s*(?:个|处|段|部分)?\\s*[“"「『]?\\s*$`);
const BLOCK_EN = new RegExp(`\\b(?:the\\s+)?(?<n>${ORDINALS.join('|')}|last)\\s+["“'‘]?\\s*$`, 'i');

export interface BlockReference {
  section: string;
  /** 1-based; -1 for the last. */
  n: number;
}

/**
 * A block of a section named by its place among the resolution's blocks with that heading: 第二个“责成”,
 * "the second instructs". Items are named by clauseReference; this names the whole block.
 */
export function blockReference(rest: string): BlockReference | null {
  for (const [words, section] of SECTIONS) {
    const m = words.exec(rest);
    if (!m) continue;
    const before = rest.slice(0, m.index);
    const zh = BLOCK_ZH.exec(before);
    if (zh) return { section, n: Number(arabic(zh.groups!.n!)) };
    const en = BLOCK_EN.exec(before);
    if (en) {
      const word = en.groups!.n!.toLowerCase();
      return { section, n: word === 'last' ? -1 : ORDINALS.indexOf(word) + 1 };
    }
  }
  return null;
}

/** The clauses of the block a reference names: the resolution's runs of that heading, in document order. */
export function referencedBlock(clauses: readonly Clause[], ref: BlockReference): Clause[] {
  const annex = clauses.filter((c) => c.part === 'annex').sort((a, b) => a.order - b.order);
  const blocks: Clause[][] = [];
  let previous: string | null = null;
  for (const c of annex) {
    const heading = c.within ?? c.section;
    if (heading === ref.section || c.section === ref.section) {
      if (previous !== `${c.section}|${c.addressee}`) blocks.push([]);
      blocks.at(-1)!.push(c);
    }
    previous = `${c.section}|${c.addressee}`;
  }
  return (ref.n === -1 ? blocks.at(-1) : blocks[ref.n - 1]) ?? [];
}
