/** Human labels and stable URL-safe ids for clauses. */
import type { Part } from './clause.js';

const PART_NAMES: Record<Part, string> = {
  intro: '引言',
  table1: '表1',
  table2: '表2',
  annex: '附件',
  conclusion: '结论',
};

export function resolutionName(n: number): string {
  return `第${n}号决议`;
}

function shortAddressee(a: string): string {
  return a.length > 24 ? `${a.slice(0, 23)}…` : a;
}

export interface LabelParts {
  part: Part;
  resolution: number | null;
  section?: string | null;
  within?: string;
  addressee?: string | null;
  item?: string | null;
  status?: string | null;
  paragraph?: number;
  isTitle?: boolean;
}

/** e.g. 第44号决议 · 附件 · 做出决议 · 6, 第44号决议 · 附件 · 请 · 电信标准化局主任 · 4, 引言 · 第3段. */
export function makeLabel(p: LabelParts): string {
  const bits: string[] = [];
  if (p.resolution !== null) bits.push(resolutionName(p.resolution));
  if (p.part === 'table1') bits.push(p.status ? `表1（${p.status}）` : '表1');
  else if (p.part === 'table2') bits.push('表2', '摘要');
  else bits.push(PART_NAMES[p.part]);
  if (p.isTitle) bits.push('标题');
  if (p.within) bits.push(p.within);
  if (p.section) bits.push(p.section);
  if (p.addressee) bits.push(shortAddressee(p.addressee));
  if (p.item) bits.push(p.item);
  if (p.paragraph !== undefined) bits.push(`第${p.paragraph}段`);
  return bits.join(' · ');
}

/** "2.i)" → "2-i", "m)" → "m": ids stay [a-z0-9.-]. */
export function itemSlug(item: string): string {
  return item
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Document slug from its file name: "wtsa20-itu-d-resolutions.zh.txt" → "wtsa20-itu-d-resolutions". */
export function docSlug(fileName: string): string {
  const stem = fileName.replace(/\.[^/.]+$/, '').split('.')[0] ?? fileName;
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'doc';
}

/** Makes ids unique within one parse by suffixing repeats (-2, -3 …), deterministically. */
export class IdAllocator {
  private readonly seen = new Map<string, number>();
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
