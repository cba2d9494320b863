/**
 * "What is TSAG?", "What does BDT stand for?", 什么是ITU-D: the clause where the document first writes the
 * term out — 电信标准化顾问组（TSAG） — quoted and cited, with the full name read from it. The document never
 * defines its acronyms otherwise, so this is the closest it comes to an answer.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Glossary } from '../corpus/glossary.js';
import { escapeRe } from '../retrieval/escape-re.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { renderExtractive } from './extractive-answerer.js';
import type { AskResult } from './types.js';

/** How much of the text before the parenthesis stands for the full name when the glossary does not say. */
const NAME_WINDOW = 12;

export interface Definition {
  clause: Clause;
  /** The term as the clause writes it (WTSA-20 for WTSA). */
  written: string;
  /** The full name as the document writes it before the term (the glossary's term, or the text before). */
  name: string;
  /** The term's English name from the glossary, when it has one. */
  english?: string;
  /**
   * False when the document never writes the term out in parentheses, only its full name (国际电联电信标准化
   * 部门 for ITU-T): the glossary pairs them, and the clause quoted is the first to use the name.
   */
  writtenOut: boolean;
  /** The resolution whose title writes the term out (国际移动漫游（IMR）): the term is its subject. */
  subjectOf?: number;
}

/** The term in parentheses after its full name, a meeting's year allowed (WTSA → WTSA-20). */
function writtenOut(term: string): RegExp {
  const t = escapeRe(term).replace(/\\?-/g, '[-‑]');
  return new RegExp(`([\\u3400-\\u9fff]{1,${NAME_WINDOW}})[（(]\\s*(${t}(?:[-‑]\\d+)?)\\s*[)）]`);
}

export function findDefinition(
  term: string,
  store: CorpusStore,
  glossary: Glossary,
): Definition | undefined {
  const re = writtenOut(term);
  // The first clause that writes the term out, unless a resolution's title does: then the term is that
  // resolution's subject, and its summary (or the first of its clauses that writes it out) says the most.
  let clause: Clause | undefined;
  let m: RegExpExecArray | null = null;
  let subjectOf: number | undefined;
  for (const c of store.clauses) {
    const found = re.exec(c.text);
    if (!found) continue;
    const subject = c.resolution !== null && c.title !== null && re.test(c.title);
    const better =
      subject && (subjectOf === undefined || (c.resolution === subjectOf && c.part === 'table2'));
    if (!clause || better) {
      clause = c;
      m = found;
      if (subject) subjectOf = c.resolution!;
    }
  }
  const base = term.replace(/[-‑]\d+$/, '').toLowerCase();
  const entry = glossary.terms.find((t) => t.en.some((e) => e.toLowerCase() === base));
  const english = entry?.en
    .filter((e) => e.toLowerCase() !== base && /\s/.test(e))
    .sort((a, b) => b.length - a.length)[0];
  const named = english ? { english } : {};
  if (!clause || !m) {
    // Never written out, but the glossary's full name is the document's word: where it first uses it. When
    // the document's word is the term itself (WTDC, OTT), it never says what the term stands for.
    if (!entry || entry.zh.toLowerCase() === base) return undefined;
    const first = store.clauses.find((c) => c.text.includes(entry.zh));
    return first
      ? { clause: first, written: term, name: entry.zh, writtenOut: false, ...named }
      : undefined;
  }
  const [, before = '', written = term] = m;
  // Without the glossary's term, the text just before the parenthesis, marked as cut.
  const name = entry && before.endsWith(entry.zh) ? entry.zh : `…${before}`;
  return {
    clause,
    written,
    name,
    writtenOut: true,
    ...named,
    ...(subjectOf !== undefined ? { subjectOf } : {}),
  };
}

export function renderDefinition(
  plan: QueryPlan,
  term: string,
  d: Definition,
  store: CorpusStore,
  englishTitle: (n: number) => string | undefined,
): AskResult {
  const body = renderExtractive(plan, [d.clause], store, englishTitle);
  const written = d.writtenOut ? `“${d.name}（${d.written}）”` : `“${d.name}”`;
  const stands = d.english ? `${term} stands for ${d.english}. ` : '';
  const n = d.subjectOf;
  const lead =
    plan.lang === 'en'
      ? n !== undefined
        ? `${stands}The document writes it out as ${written}, the subject of Resolution ${n} [1]:`
        : d.writtenOut
          ? `${stands}The document writes it out as ${written} [1]:`
          : `${stands}The document calls it ${written}, first here [1]:`
      : n !== undefined
        ? `${term}：文件中写作${written}，是第${n}号决议的主题[1]：`
        : d.writtenOut
          ? `${term}：文件中写作${written}[1]：`
          : `${term}：文件中称为${written}，首见于[1]：`;
  return { ...body, answer: `${lead}\n\n${body.answer}` };
}
