/**
 * Answers without a model: the best clause(s) quoted with their heading and addressee, each cited. The first
 * line names the resolution and where the answer sits (第44号决议（…）· 做出决议 · 5).
 */
import { hasNotes } from '../corpus/word-artifacts.js';
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { DocumentPart } from '../retrieval/question-intent.js';
import type { Hit } from '../retrieval/retriever.js';
import { CitationList } from './citation-list.js';
import { location, quote, resolutionHeading } from './clause-format.js';
import type { AskResult } from './types.js';

export interface ExtractiveOptions {
  /** A further clause is quoted when its score is at least this share of the best one's. */
  keepRatio: number;
  maxClauses: number;
}

export const DEFAULT_EXTRACTIVE: ExtractiveOptions = { keepRatio: 0.8, maxClauses: 3 };

/** Children of a numbered item (2 → 2.i), 2.ii) …), quoted with it because the item only leads into them. */
function childrenOf(c: Clause, store: CorpusStore): Clause[] {
  if (c.part !== 'annex' || !c.item || c.item.includes('.') || !/[：:]$/.test(c.text)) return [];
  return store
    .ofResolution(c.resolution ?? -1)
    .filter(
      (k) =>
        k.doc === c.doc &&
        k.section === c.section &&
        k.addressee === c.addressee &&
        k.item?.startsWith(`${c.item}.`),
    );
}

/**
 * Clauses worth quoting: the best, then close runners-up; titles and 表1 rows only when nothing better.
 * @param operative the question asks who acts or what an operative verb requires, or names the resolution:
 *   its operative text answers, not the summary of it.
 */
export function selectClauses(hits: Hit[], opts: ExtractiveOptions, operative = false): Hit[] {
  // A title is a name, not an answer, unless it carries a footnote (what "developing countries" covers).
  const substantive = hits.filter(
    (h) =>
      (!h.clause.id.endsWith('.title') || hasNotes(h.clause.text)) && h.clause.part !== 'table1',
  );
  const pool = substantive.length ? substantive : hits;
  let best = pool[0];
  if (!best) return [];
  // A summary (表2) matches many words because it is long; the operative clause it summarises is the answer,
  // always so for an operative question or one about a named resolution (the summary then stays beside it).
  if (best.clause.part === 'table2') {
    const annex = pool.find(
      (h) =>
        h.clause.part === 'annex' &&
        h.clause.resolution === best!.clause.resolution &&
        (operative || h.score >= best!.score * 0.5),
    );
    if (annex) best = annex;
  }
  const b = best.clause;
  // Items of the same heading and addressee answer "what is X instructed to do" together.
  const sibling = (c: Clause) =>
    c.part === 'annex' &&
    c.doc === b.doc &&
    c.resolution === b.resolution &&
    c.section === b.section &&
    c.addressee === b.addressee;
  const picked = [best];
  for (const h of pool.filter((x) => x !== best)) {
    if (picked.length >= opts.maxClauses) break;
    const ratio = sibling(h.clause) ? opts.keepRatio * 0.6 : opts.keepRatio;
    if (h.score < best.score * ratio) continue;
    if (picked.some((p) => p.clause.leadIn && h.clause.text === p.clause.leadIn)) continue;
    picked.push(h);
  }
  return picked;
}

export function overviewClauses(plan: QueryPlan, store: CorpusStore): Clause[] {
  return plan.resolutions.flatMap((n) => {
    const clauses = store.ofResolution(n);
    // The summary, then the operative text it starts from: what the resolution asks of whom.
    const summary = clauses.find((c) => c.part === 'table2');
    const firstAnnex = clauses.find((c) => c.part === 'annex' && !c.id.endsWith('.title'));
    return [summary, firstAnnex].filter((c): c is Clause => Boolean(c));
  });
}

/** How the document's text names its parts. */
const PART_NAMED: Record<DocumentPart, RegExp> = {
  table1: /表\s*1(?![0-9])/,
  table2: /表\s*2(?![0-9])/,
  annex: /附件/,
  conclusion: /结论/,
};

/** How a document refers to itself in its own text. */
const SELF_REFERENCE = /本文件|本文档|本报告|this document/i;

/**
 * What the document says about itself: the introduction's and conclusion's paragraphs that refer to "this
 * document", then the introduction's first paragraph (the meeting it records).
 */
export function documentClauses(store: CorpusStore, parts: DocumentPart[] = []): Clause[] {
  // The conclusion is its own paragraphs: what it says is asked, not where it is.
  if (parts.includes('conclusion')) return store.ofPart('conclusion');
  const framing = [...store.ofPart('intro'), ...store.ofPart('conclusion')];
  // Its parts as the introduction presents them (表1介绍…, 详细案文见附件).
  const presenting = framing.filter((c) => parts.some((p) => PART_NAMED[p].test(c.text)));
  if (presenting.length) return presenting;
  const self = framing.filter((c) => SELF_REFERENCE.test(c.text));
  const first = store.ofPart('intro')[0];
  return [...self, ...(first && !self.includes(first) ? [first] : [])];
}

export function renderExtractive(
  plan: QueryPlan,
  clauses: Clause[],
  store: CorpusStore,
  englishTitle: (n: number) => string | undefined,
): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  const blocks = clauses.map((c) => {
    const head = resolutionHeading(
      c,
      plan.lang,
      c.resolution !== null ? englishTitle(c.resolution) : undefined,
    );
    const where = location(c, plan.lang);
    return `${head}${where ? ` · ${where}` : ''}${en ? ':' : '：'}\n${quote(c, childrenOf(c, store))} ${cites.cite(c)}`;
  });
  const note = en ? '\n(Quoted from the Chinese original.)' : '';
  return {
    answer: `${blocks.join('\n\n')}${note}`,
    found: true,
    mode: 'extractive',
    citations: cites.citations,
    related: [],
  };
}
