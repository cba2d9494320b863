/** The text indexed for a clause: the clause plus its context (resolution, title, heading, addressee, lead-in). */
import type { Clause } from '../corpus/clause.js';

/**
 * A cited resolution's edition (第54号决议（2022年，日内瓦，修订版）) says where that text was adopted, not what
 * the clause is about: a question naming Geneva as the assembly's venue should not match it. The number stays.
 */
const CITED_EDITION = /(号决议)[（(]\s*\d{4}\s*年[，,][^）)]{1,12}[）)]/g;

/** Clauses are immutable and each is read on every question that retrieves it: its text is built once. */
const built = new WeakMap<Clause, string>();

export function indexText(c: Clause): string {
  let text = built.get(c);
  if (text === undefined) built.set(c, (text = withoutEditions(contextText(c))));
  return text;
}

function withoutEditions(text: string): string {
  return text.replace(CITED_EDITION, '$1');
}

function contextText(c: Clause): string {
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
