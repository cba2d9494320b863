/** Parses the two tables of the document: 表1 (status, number, title) rows and 表2 one-cell summaries. */
import type { CleanLine } from './word-artifacts.js';
import { withNotes } from './word-artifacts.js';

export interface StatusRow {
  resolution: number;
  status: string;
  title: string;
}

export interface SummaryRow {
  resolution: number;
  /** The title as the summary spells it (up to its first comma). */
  title: string;
  text: string;
}

export type ParsedTable =
  | { kind: 'status'; caption: string; rows: StatusRow[] }
  | { kind: 'summary'; caption: string; rows: SummaryRow[] };

/** Rows are blocks of tab-led cells separated by blank lines. */
function rowsOf(lines: CleanLine[]): CleanLine[][] {
  const rows: CleanLine[][] = [];
  let row: CleanLine[] = [];
  for (const line of lines) {
    if (!line.text.trim()) {
      if (row.length) rows.push(row);
      row = [];
    } else {
      row.push(line);
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

const SUMMARY_START = /^第\s*(\d{1,4})\s*号决议\s*(.*)$/;

/** Decides from the rows' shape (not the caption's number) which kind of table this is. */
export function parseTable(caption: string, lines: CleanLine[]): ParsedTable | null {
  const rows = rowsOf(lines).map((r) => r.map((c) => ({ ...c, text: c.text.trim() })));
  const status: StatusRow[] = [];
  const summary: SummaryRow[] = [];
  for (const cells of rows) {
    const numIdx = cells.findIndex((c) => /^\d{1,4}$/.test(c.text));
    if (cells.length >= 3 && numIdx >= 0) {
      const others = cells.filter((_, i) => i !== numIdx);
      status.push({
        resolution: Number(cells[numIdx]!.text),
        status: others[0]!.text,
        title: others.slice(1).map((c) => c.text).join(' '),
      });
      continue;
    }
    const joined = cells.map((c) => c.text).join('');
    const m = SUMMARY_START.exec(joined);
    if (m) {
      const rest = m[2]!;
      const comma = rest.search(/[，,]/);
      summary.push({
        resolution: Number(m[1]),
        title: (comma > 0 ? rest.slice(0, comma) : rest).trim(),
        text: withNotes(
          joined,
          cells.flatMap((c) => c.notes),
        ),
      });
    }
  }
  if (status.length >= summary.length && status.length > 0) return { kind: 'status', caption, rows: status };
  if (summary.length > 0) return { kind: 'summary', caption, rows: summary };
  return null;
}
