/**
 * Parses one Word-exported document of the WTSA-resolutions family (引言, 表1 status table, 表2 summaries,
 * 附件 operative text, 结论) into clauses. Structure is read from the text, not keyed to one file.
 */
import type { Clause, Part } from './clause.js';
import { IdAllocator, itemSlug, makeLabel } from './labels.js';
import { annexRowNumber, parseAnnexRow, type AnnexClause } from './parse-annex.js';
import { parseTable, type StatusRow, type SummaryRow } from './parse-tables.js';
import { sectionSlug } from './sections.js';
import { cleanLine, extractFootnotes, type CleanLine } from './word-artifacts.js';

type SegmentKind = 'intro' | 'conclusion' | 'table' | 'annex';
interface Segment {
  kind: SegmentKind;
  caption: string;
  lines: CleanLine[];
}

function segmentKind(text: string): SegmentKind | null {
  const t = text.trim();
  if (/^(引言|导言|前言|Introduction)$/i.test(t)) return 'intro';
  if (/^(结论|结语|Conclusions?)$/i.test(t)) return 'conclusion';
  // A caption (表1 – …, 表2: …), not a sentence that begins with the table's name (表1介绍…, in the introduction).
  if (/^表\s*\d+(?:\s*[–—\-－:：.．]|\s+\S|$)/.test(t)) return 'table';
  if (/^附件(\s*\d+)?$/.test(t)) return 'annex';
  return null;
}

function splitSegments(lines: CleanLine[]): Segment[] {
  const segments: Segment[] = [{ kind: 'intro', caption: '', lines: [] }];
  for (const line of lines) {
    const kind = segmentKind(line.text);
    if (kind) segments.push({ kind, caption: line.text.trim(), lines: [] });
    else segments[segments.length - 1]!.lines.push(line);
  }
  return segments;
}

interface Draft {
  part: Part;
  resolution: number | null;
  annex?: AnnexClause;
  paragraph?: number;
  text: string;
  leadIn: string | null;
  tableTitle?: string;
  status?: string;
}

function annexDrafts(lines: CleanLine[]): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < lines.length) {
    const n = annexRowNumber(lines[i]!.text);
    if (n === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text.trim()) j++;
    const title = lines[j] ?? { text: '', notes: [] };
    let k = j + 1;
    while (k < lines.length && annexRowNumber(lines[k]!.text) === null) k++;
    for (const a of parseAnnexRow(title, lines.slice(j + 1, k))) {
      drafts.push({ part: 'annex', resolution: n, annex: a, text: a.text, leadIn: a.leadIn });
    }
    i = k;
  }
  return drafts;
}

function paragraphDrafts(part: 'intro' | 'conclusion', lines: CleanLine[], start: number): Draft[] {
  return lines
    .filter((l) => l.text.trim())
    .map((l, i) => ({
      part,
      resolution: null,
      paragraph: start + i + 1,
      text: l.notes.length ? `${l.text.trim()}（注：${l.notes.join('；')}）` : l.text.trim(),
      leadIn: null,
    }));
}

export function parseDocument(raw: string, doc: string): Clause[] {
  const { text, footnotes } = extractFootnotes(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = text.split('\n').map((l) => cleanLine(l, footnotes));
  const drafts: Draft[] = [];
  const statusRows: StatusRow[] = [];
  const summaryRows: SummaryRow[] = [];
  const counts = { intro: 0, conclusion: 0 };

  for (const seg of splitSegments(lines)) {
    if (seg.kind === 'intro' || seg.kind === 'conclusion') {
      const ds = paragraphDrafts(seg.kind, seg.lines, counts[seg.kind]);
      counts[seg.kind] += ds.length;
      drafts.push(...ds);
    } else if (seg.kind === 'annex') {
      drafts.push(...annexDrafts(seg.lines));
    } else {
      const table = parseTable(seg.caption, seg.lines);
      if (table?.kind === 'status') {
        statusRows.push(...table.rows);
        for (const r of table.rows) {
          drafts.push({
            part: 'table1',
            resolution: r.resolution,
            text: `${seg.caption}：第${r.resolution}号决议 · 现状：${r.status} · 标题：${r.title}`,
            leadIn: null,
            tableTitle: r.title,
            status: r.status,
          });
        }
      } else if (table?.kind === 'summary') {
        summaryRows.push(...table.rows);
        for (const r of table.rows) {
          drafts.push({ part: 'table2', resolution: r.resolution, text: r.text, leadIn: null, tableTitle: r.title });
        }
      }
    }
  }
  return finalize(doc, drafts, statusRows, summaryRows);
}

function finalize(doc: string, drafts: Draft[], status: StatusRow[], summary: SummaryRow[]): Clause[] {
  const statusOf = new Map(status.map((r) => [r.resolution, r.status]));
  const titleOf = new Map<number, string>();
  for (const d of drafts) if (d.annex?.isTitle && d.resolution !== null) titleOf.set(d.resolution, d.annex.text.replace(/（注：.*）$/, ''));
  for (const r of status) if (!titleOf.has(r.resolution)) titleOf.set(r.resolution, r.title);
  for (const r of summary) if (!titleOf.has(r.resolution)) titleOf.set(r.resolution, r.title);

  const ids = new IdAllocator();
  return drafts.map((d, order) => {
    const res = d.resolution;
    const a = d.annex;
    const section = a?.section ?? null;
    const item = a?.item ?? null;
    let base: string;
    if (d.part === 'intro' || d.part === 'conclusion') base = `${doc}.${d.part}.${d.paragraph}`;
    else if (d.part !== 'annex') base = `${doc}.r${res}.${d.part}`;
    else if (a?.isTitle) base = `${doc}.r${res}.title`;
    else {
      const s = section ? sectionSlug(section) + (a!.sectionOrdinal > 1 ? a!.sectionOrdinal : '') : 'text';
      base = `${doc}.r${res}.${s}.${item ? itemSlug(item) : 'p'}`;
    }
    const id = ids.take(base);
    const st = res !== null ? (statusOf.get(res) ?? null) : null;
    return {
      id,
      doc,
      part: d.part,
      resolution: res,
      title: res !== null ? (titleOf.get(res) ?? d.tableTitle ?? null) : null,
      status: st,
      section,
      ...(a?.within ? { within: a.within } : {}),
      addressee: a?.addressee ?? null,
      item,
      text: d.text,
      leadIn: d.leadIn,
      label: makeLabel({
        part: d.part,
        resolution: res,
        section,
        within: a?.within,
        addressee: a?.addressee ?? null,
        item,
        status: d.part === 'table1' ? (d.status ?? null) : null,
        paragraph: d.paragraph,
        isTitle: a?.isTitle,
      }),
      order,
    };
  });
}
