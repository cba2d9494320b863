/** Parses one annex row — a resolution's title and operative text — into clauses by heading, addressee and item. */
import { parseHeading } from './sections.js';
import { withNotes, type CleanLine } from './word-artifacts.js';

export interface AnnexClause {
  section: string | null;
  /** 1-based count of this section heading within the resolution (two 责成 blocks → 1 and 2). */
  sectionOrdinal: number;
  addressee: string | null;
  item: string | null;
  text: string;
  leadIn: string | null;
  /**
   * The heading this section's heading sits under, when one holds nothing but it (做出决议 → 责成电信标准化局
   * 主任…: "resolves to instruct"): both are the clause's headings as printed.
   */
  within?: string;
  isTitle?: boolean;
}

const NUMBERED = /^(\d{1,3})(?:\t|\s+(?=\D))\s*(.+)$/;
const SUB_ITEM = /^((?:x{0,3})(?:ix|iv|v?i{0,3})|[a-z])\)\s*(.+)$/;
const ROW_START = /^第\s*(\d{1,4})\s*号决议$/;

/** The line that opens an annex row ("第44号决议"), or null. */
export function annexRowNumber(line: string): number | null {
  const m = ROW_START.exec(line.trim());
  return m ? Number(m[1]) : null;
}

/** An addressee line names who acts (电信标准化局主任与…协作): short, no sentence punctuation. */
function isAddresseeLine(text: string): boolean {
  return text.length <= 60 && !/[，。；,;！？]/.test(text.replace(/[：:]$/, ''));
}

interface SectionState {
  section: string | null;
  within?: string;
  ordinal: number;
  addressee: string | null;
  expectAddressee: boolean;
}

/**
 * @param title the row's title line; @param body the lines after it (already cleaned of Word artefacts).
 */
export function parseAnnexRow(title: CleanLine, body: CleanLine[]): AnnexClause[] {
  const out: AnnexClause[] = [];
  const titleText = title.text.trim();
  out.push({
    section: null,
    sectionOrdinal: 0,
    addressee: null,
    item: null,
    text: withNotes(titleText, title.notes),
    leadIn: null,
    isTitle: true,
  });

  const ordinals = new Map<string, number>();
  let cur: SectionState = { section: null, ordinal: 0, addressee: null, expectAddressee: false };
  let parent: { item: string; text: string } | null = null;
  let bodyLeadIn: string | null = null;
  let emitted = 0;

  const emit = (item: string | null, text: string, notes: string[], leadIn: string | null) => {
    emitted++;
    out.push({
      section: cur.section,
      ...(cur.within ? { within: cur.within } : {}),
      sectionOrdinal: cur.ordinal,
      addressee: cur.addressee,
      item,
      text: withNotes(text, notes),
      leadIn,
    });
  };

  for (const line of body) {
    const text = line.text.trim();
    if (!text) continue;

    const heading = parseHeading(text);
    if (heading) {
      // A heading directly followed by another (做出决议 → 责成相关研究组) holds nothing: it does not count,
      // but the next one sits under it.
      const empty = cur.section && emitted === 0 ? cur.section : undefined;
      if (empty) ordinals.set(empty, cur.ordinal - 1);
      emitted = 0;
      const n = (ordinals.get(heading.section) ?? 0) + 1;
      ordinals.set(heading.section, n);
      cur = {
        section: heading.section,
        // 请 → 请电信标准化局…主任 repeats the heading with its addressee: not a second heading.
        ...(empty && empty !== heading.section ? { within: empty } : {}),
        ordinal: n,
        addressee: heading.addressee,
        expectAddressee: heading.addressee === null,
      };
      parent = null;
      bodyLeadIn = null;
      continue;
    }

    const numbered = NUMBERED.exec(text);
    if (numbered) {
      cur.expectAddressee = false;
      parent = { item: numbered[1]!, text: numbered[2]!.trim() };
      emit(parent.item, parent.text, line.notes, bodyLeadIn);
      continue;
    }

    const sub = SUB_ITEM.exec(text);
    if (sub && sub[1]) {
      cur.expectAddressee = false;
      const item = parent ? `${parent.item}.${sub[1]})` : `${sub[1]})`;
      emit(item, sub[2]!.trim(), line.notes, parent ? parent.text : bodyLeadIn);
      continue;
    }

    if (cur.expectAddressee && isAddresseeLine(text)) {
      cur.addressee = text.replace(/[：:]$/, '');
      cur.expectAddressee = false;
      continue;
    }
    cur.expectAddressee = false;
    parent = null;
    emit(null, text, line.notes, null);
    bodyLeadIn = /[：:]$/.test(text) ? text : null;
  }
  return out;
}
