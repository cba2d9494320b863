/** The unit of the corpus: one clause, table row, summary or paragraph, with the metadata a citation needs. */

import type { Citation, Part } from '../contract/api.js';

export type { Citation, Part };

export interface Clause {
  /** Stable across rebuilds of the same document, URL-safe ([a-z0-9.-]). */
  id: string;
  /** Slug of the source document (its file name without extension). */
  doc: string;
  part: Part;
  resolution: number | null;
  /** The resolution's title (annex title when present, else 表1, else 表2). */
  title: string | null;
  /** Status from 表1 (修订版 / 无修改 / 新决议), or null when the resolution is not in 表1. */
  status: string | null;
  /** The operative heading as printed (做出决议, 责成, 进一步责成 …), or null. */
  section: string | null;
  /** The heading the section's own sits under, when that one holds nothing else (做出决议 → 责成 …). */
  within?: string;
  addressee: string | null;
  /** Item as printed; nested items joined with "." (e.g. "2.i)"). */
  item: string | null;
  /** The clause text as the reader sees it (Word artefacts removed, footnotes kept). */
  text: string;
  /** Lead-in text of the parent item or section, for context (not shown as the clause). */
  leadIn: string | null;
  /** Human label, e.g. 第44号决议 · 附件 · 做出决议 · 6. */
  label: string;
  /** Position in the document, for previous / next navigation. */
  order: number;
}

export function toCitation(c: Clause): Citation {
  return {
    id: c.id,
    label: c.label,
    resolution: c.resolution,
    part: c.part,
    section: c.section,
    addressee: c.addressee,
    item: c.item,
    title: c.title,
    status: c.status,
    text: c.text,
  };
}
