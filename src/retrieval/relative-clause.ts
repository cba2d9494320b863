/**
 * A clause named by where it stands relative to the one just talked about: "and the next one?", "the point
 * right after that", 最后一条, 第三类 (the third of the sub-items just listed). The clause talked about is
 * the latest one the conversation names by section and item (做出决议 5, "责成”…主任 9：", 第2条 under a
 * section named before).
 */
import type { Turn } from '../contract/api.js';
import type { Clause } from '../corpus/clause.js';
import { chineseNumeral } from './spelled-numbers.js';

export type RelativeKind = 'next' | 'previous' | 'last' | 'nth';

export interface RelativeReference {
  kind: RelativeKind;
  /** For 'nth': which one, from 1. */
  n?: number;
}

export interface ClauseAnchor {
  section: string;
  /**
   * As the clauses print it, without brackets: "5", "2.iii"; empty when the conversation named the section's
   * list but no item of it ("it instructs the Director on a list of tasks"): then the list is that one.
   */
  item: string;
  /** With an empty item: what the conversation said, which may name the block's addressee. */
  said?: string;
}

const NEXT =
  /\b(?:the )?next (?:one|item|point|paragraph|clause|step|bit)\b|\bright after\b|\b(?:one|point|item|paragraph|clause) (?:right |just |immediately )?after (?:that|it|this|the)\b|\bwhat comes (?:next|after)\b|下一(?:条|项|段|点|个)|后面(?:那|一)(?:条|项|段|点|个)|接下来(?:那|的)?(?:一)?(?:条|项|段|点)/i;
const PREVIOUS =
  /\b(?:the )?previous (?:one|item|point|paragraph|clause)\b|\b(?:one|point|item|paragraph|clause) (?:right |just |immediately )?before (?:that|it|this|the)\b|上一(?:条|项|段|点|个)|前一(?:条|项|段|点|个)/i;
const LAST =
  /\b(?:the )?(?:last|final) (?:one|item|point|paragraph|clause|step|bit|part)\b|最后一(?:条|项|段|点|个|类|部分)|最后那(?:条|项|个|段)/i;
/** English ordinal words, first to ninth. */
export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
/** Words that place one in a list (the third one, the last, the next): no topic and no other resolution. */
export const PLACE_WORDS = [
  ...ORDINALS,
  'tenth',
  'last',
  'final',
  'former',
  'latter',
  'previous',
  'next',
];
const NTH_EN = new RegExp(
  `\\b(?:the|a) (?:very )?(${ORDINALS.join('|')}) (?:one|item|point|kind|category|type|part|group|thing|task|bullet|entry|step)\\b`,
  'i',
);
/** 第三类, 第二个: without a section word (those are clause references, read elsewhere). */
const NTH_ZH = /第([一二三四五六七八九十]+|\d{1,2})(?:类|个|种)/;

export function relativeReference(question: string): RelativeReference | null {
  if (LAST.test(question)) return { kind: 'last' };
  if (NEXT.test(question)) return { kind: 'next' };
  if (PREVIOUS.test(question)) return { kind: 'previous' };
  const en = NTH_EN.exec(question);
  if (en) return { kind: 'nth', n: ORDINALS.indexOf(en[1]!.toLowerCase()) + 1 };
  const zh = NTH_ZH.exec(question);
  const n = zh ? (/^\d+$/.test(zh[1]!) ? Number(zh[1]) : chineseNumeral(zh[1]!)) : null;
  return n ? { kind: 'nth', n } : null;
}

/** Sections by the words for them, longest first (as clause-reference.ts reads them). */
const SECTION_WORDS: [RegExp, string][] = [
  [/进一步做出决议|further resolves?/gi, '进一步做出决议'],
  [/进一步责成|further instructs?/gi, '进一步责成'],
  [/(?<!进一步)做出决议|\bresolves\b/gi, '做出决议'],
  // An answer in prose may put what the resolution instructs as what it tells a bureau's Director.
  [/(?<!进一步)责成|\binstructs\b|\btells the (?:[A-Z]{2,4} )?Directors?\b/gi, '责成'],
  [/(?<![申邀进一步])请(?![问教])|\binvites\b/gi, '请'],
];
/** An item after the section, an addressee between at most ("责成”电信标准化局主任 9：", 做出决议 · 5, "resolves item 5,"). */
const ITEM_AFTER = /^[^0-9，。；;.?？\n]{0,30}?(?<![\d.])(\d{1,2})(?=\s*[：:)）,，]|\s|$)/;
/** An item named alone (第2条里…), its section named in an earlier turn. */
const ITEM_ALONE = /第\s*(\d{1,2}|[一二三四五六七八九十]+)\s*(?:条|项|段|点)/;

function latestSection(text: string): { section: string; at: number; end: number } | null {
  let best: { section: string; at: number; end: number } | null = null;
  for (const [re, section] of SECTION_WORDS) {
    for (const m of text.matchAll(re)) {
      if (!best || m.index! > best.at)
        best = { section, at: m.index!, end: m.index! + m[0].length };
    }
  }
  return best;
}

/**
 * The section the conversation talked about last (the invites of the last answer), or null: an item named
 * without its section ("what about the fifth bullet?") is of that one.
 */
export function talkedSection(history: readonly Turn[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    // The first one a turn names: an answer cites its main clause first.
    let first: { section: string; at: number } | null = null;
    for (const [re, section] of SECTION_WORDS) {
      const at = history[i]!.content.search(re);
      if (at >= 0 && (!first || at < first.at)) first = { section, at };
    }
    if (first) return first.section;
  }
  return null;
}

/** The clause the conversation talked about last, by section and item, or null. */
export function historyAnchor(history: readonly Turn[]): ClauseAnchor | null {
  const exact = itemAnchor(history);
  if (exact) return exact;
  // A list under a section named without any item of it: the list itself.
  const section = talkedSection(history);
  return section ? { section, item: '', said: history.map((t) => t.content).join('\n') } : null;
}

function itemAnchor(history: readonly Turn[]): ClauseAnchor | null {
  let item: string | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const text = history[i]!.content;
    const section = latestSection(text);
    if (item === null) {
      const after = section ? ITEM_AFTER.exec(text.slice(section.end)) : null;
      if (section && after) return { section: section.section, item: after[1]! };
      const alone = ITEM_ALONE.exec(text);
      const n = alone
        ? /^\d+$/.test(alone[1]!)
          ? alone[1]!
          : String(chineseNumeral(alone[1]!))
        : null;
      if (n && section) return { section: section.section, item: n };
      if (n) item = n;
    } else if (section) {
      return { section: section.section, item };
    }
  }
  return null;
}

const bare = (item: string) => item.replace(/[()（）\s]/g, '').toLowerCase();
const depth = (c: Clause) => bare(c.item!).split('.').length;
const parentOf = (c: Clause) => bare(c.item!).split('.').slice(0, -1).join('.');

/**
 * The clause the reference points to among a resolution's clauses, from the anchor. When the anchor has
 * sub-items (2 with i) … iv)), "the last one" or 第三类 is among them: they are what was just listed.
 */
export function relativeClause(
  clauses: readonly Clause[],
  anchor: ClauseAnchor,
  ref: RelativeReference,
): Clause | null {
  const items = clauses
    .filter((c) => c.part === 'annex' && c.item !== null)
    .sort((a, b) => a.order - b.order);
  if (anchor.item === '') {
    // The section's list: the block (one addressee) the conversation named, or its first; top-level items.
    const ofSection = items.filter(
      (c) => c.section === anchor.section || c.within === anchor.section,
    );
    const named = ofSection.find(
      (c) => c.addressee && anchor.said?.includes(c.addressee.split(/[与和及协]/)[0]!),
    );
    const first = named ?? ofSection[0];
    if (!first) return null;
    const list = items.filter(
      (c) => c.section === first.section && c.addressee === first.addressee && depth(c) === 1,
    );
    if (ref.kind === 'nth') return list[(ref.n ?? 0) - 1] ?? null;
    return ref.kind === 'last' ? (list.at(-1) ?? null) : null;
  }
  const a = items.find(
    (c) =>
      (c.section === anchor.section || c.within === anchor.section) &&
      bare(c.item!) === anchor.item,
  );
  if (!a) return null;
  const block = items.filter((c) => c.section === a.section && c.addressee === a.addressee);
  const siblings = block.filter((c) => depth(c) === depth(a) && parentOf(c) === parentOf(a));
  const children = block.filter((c) => bare(c.item!).startsWith(`${bare(a.item!)}.`));
  const at = siblings.indexOf(a);
  switch (ref.kind) {
    case 'next':
      return siblings[at + 1] ?? null;
    case 'previous':
      return siblings[at - 1] ?? null;
    case 'last':
      return (children.length ? children : siblings).at(-1) ?? null;
    case 'nth':
      return (children.length ? children : siblings)[(ref.n ?? 0) - 1] ?? null;
  }
}
