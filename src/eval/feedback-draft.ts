/**
 * A feedback record as a draft eval case (the evals/cases.jsonl schema): the question and its history as
 * asked, the resolutions the rated answer cited as a starting point, and notes saying what a maintainer
 * must decide before the case joins the dev split (answerable, category, clause, keywords).
 */
import type { FeedbackRecord } from '../contract/api.js';
import { caseSchema, type EvalCase } from './cases.js';

const CJK = /[\u3400-\u9fff]/;

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Resolution numbers in the order the answer cited them (its related clauses when nothing answered). */
function citedResolutions(r: FeedbackRecord): number[] {
  const refs = r.citations.length ? r.citations : r.related;
  return [...new Set(refs.flatMap((c) => (c.resolution === null ? [] : [c.resolution])))];
}

export function evalDraft(r: FeedbackRecord): EvalCase {
  const refs = r.citations.length ? r.citations : r.related;
  const notes = [
    `DRAFT from ${r.rating === 'down' ? '👎' : '👍'} feedback at ${r.at} (${r.via}, ${r.mode} answer, ${r.found ? 'found' : 'not found'}).`,
    r.comment ? `Comment: ${shorten(r.comment, 500)}` : '',
    `Answer given: ${shorten(r.answer, 300)}`,
    refs.length
      ? `It ${r.citations.length ? 'cited' : 'offered as related'}: ${refs.map((c) => c.id).join(', ')}.`
      : '',
    'To do: check answerable and resolutions, set category and clause, add keywords.',
  ];
  return caseSchema.parse({
    id: `feedback-${r.at.slice(0, 10)}-${r.answerId.slice(0, 8).toLowerCase()}`,
    question: r.question,
    ...(r.history.length ? { history: r.history } : {}),
    lang: CJK.test(r.question) ? 'zh' : 'en',
    category: 'feedback',
    answerable: r.found,
    resolutions: citedResolutions(r),
    keywords: [],
    notes: notes.filter(Boolean).join(' '),
  });
}
