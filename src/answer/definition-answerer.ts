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
  // One pass: the first clause that writes the term out, and the match itself.
  let clause: Clause | undefined;
  let m: RegExpExecArray | null = null;
  for (const c of store.clauses) {
    m = re.exec(c.text);
    if (m) {
      clause = c;
      break;
    }
  }
  if (!clause || !m) return undefined;
  const [, before = '', written = term] = m;
  const base = term.replace(/[-‑]\d+$/, '').toLowerCase();
  const entry = glossary.terms.find((t) => t.en.some((e) => e.toLowerCase() === base));
  // Without the glossary's term, the text just before the parenthesis, marked as cut.
  const name = entry && before.endsWith(entry.zh) ? entry.zh : `…${before}`;
  const english = entry?.en
    .filter((e) => e.toLowerCase() !== base && /\s/.test(e))
    .sort((a, b) => b.length - a.length)[0];
  return { clause, written, name, ...(english ? { english } : {}) };
}

export function renderDefinition(
  plan: QueryPlan,
  term: string,
  d: Definition,
  store: CorpusStore,
  englishTitle: (n: number) => string | undefined,
): AskResult {
  const body = renderExtractive(plan, [d.clause], store, englishTitle);
  const written = `“${d.name}（${d.written}）”`;
  const lead =
    plan.lang === 'en'
      ? `${d.english ? `${term} stands for ${d.english}. ` : ''}The document writes it out as ${written} [1]:`
      : `${term}：文件中写作${written}[1]：`;
  return { ...body, answer: `${lead}\n\n${body.answer}` };
}
