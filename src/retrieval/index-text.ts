/** The text indexed for a clause: the clause plus its context (resolution, title, heading, addressee, lead-in). */
import type { Clause } from '../corpus/clause.js';

export function indexText(c: Clause): string {
  const res = c.resolution !== null ? `第${c.resolution}号决议` : '';
  switch (c.part) {
    case 'intro':
      return `引言 ${c.text}`;
    case 'conclusion':
      return `结论 ${c.text}`;
    case 'table1':
      return `${res} ${c.title ?? ''} 表1 现状 ${c.status ?? ''}`;
    case 'table2':
      return `${res} ${c.title ?? ''} 摘要 ${c.text}`;
    case 'annex':
      return [res, c.title, c.section, c.addressee, c.leadIn, c.text].filter(Boolean).join(' ');
  }
}
