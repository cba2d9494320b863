/** How a clause is named and quoted in an answer, in Chinese or English. */
import type { Clause } from '../corpus/clause.js';

const SECTION_EN: Record<string, string> = {
  做出决议: 'resolves',
  进一步做出决议: 'further resolves',
  决议: 'resolves',
  决定: 'decides',
  责成: 'instructs',
  进一步责成: 'further instructs',
  请: 'invites',
  鼓励: 'encourages',
  呼吁: 'calls upon',
  认识到: 'recognizing',
  注意到: 'noting',
};

export type Lang = 'zh' | 'en';

/**
 * How an answer names a resolution. In English it also carries the document's own label (第N号决议), which
 * is what a reader searches for in the Chinese text and what every citation label starts with.
 */
export function resolutionName(n: number, lang: Lang): string {
  return lang === 'en' ? `Resolution ${n} / 第${n}号决议` : `第${n}号决议`;
}

export function resolutionHeading(c: Clause, lang: Lang, englishTitle?: string): string {
  if (c.resolution === null)
    return c.part === 'intro'
      ? lang === 'en'
        ? 'Introduction (引言)'
        : '引言'
      : lang === 'en'
        ? 'Conclusion (结论)'
        : '结论';
  if (lang === 'en') {
    const title = englishTitle ?? c.title;
    return `${resolutionName(c.resolution, lang)}${title ? ` (${title})` : ''}`;
  }
  return `第${c.resolution}号决议${c.title ? `（${c.title}）` : ''}`;
}

/** Where in the resolution the clause sits: 做出决议 · 5, 请 · 电信标准化局主任 · 4, 表1, 第3段. */
export function location(c: Clause, lang: Lang): string {
  const bits: string[] = [];
  if (c.part === 'table1') bits.push(lang === 'en' ? '表1 (status table)' : '表1');
  if (c.part === 'table2') bits.push(lang === 'en' ? '表2 (summary)' : '表2 · 摘要');
  if (c.part === 'intro' || c.part === 'conclusion') bits.push(c.label.split(' · ').pop() ?? '');
  // 做出决议 · 责成 …: "resolves to instruct", both headings as printed.
  for (const heading of [c.within, c.section]) {
    if (!heading) continue;
    const en = SECTION_EN[heading];
    bits.push(lang === 'en' && en ? `${heading} (${en})` : heading);
  }
  if (c.addressee) bits.push(c.addressee);
  if (c.item) bits.push(c.item);
  return bits.filter(Boolean).join(' · ');
}

/** The quoted text, with the lead-in of a sub-item so the quote reads on its own. */
export function quote(c: Clause, children: Clause[] = []): string {
  const lead = c.leadIn ? `${c.leadIn}…` : '';
  const kids = children.map((k) => ` ${k.item?.split('.').pop() ?? ''} ${k.text}`).join('');
  return `「${lead}${c.text}${kids}」`;
}
