/**
 * One answer to a message that asks several things: each part's answer under the part it answers, the
 * citations merged and renumbered in order of first use, and the parts the document does not answer named,
 * so no part is dropped in silence. A part answered with the very clauses an earlier part was ("where
 * exactly is it?") adds nothing of its own and is left out.
 */
import type { Citation } from '../corpus/clause.js';
import { resolutionRefs } from '../retrieval/resolution-refs.js';
import { detectIntent } from '../retrieval/question-intent.js';
import type { AskInput, AskResult, Turn } from './types.js';

/** What answering one part gives back: the resolutions its plan named, its language, its result. */
export interface PartRun {
  plan: { resolutions: number[]; lang: string };
  result: AskResult;
}

export interface PartAnswer {
  question: string;
  result: AskResult;
}

/** The longest a part's question is shown as its heading. */
const HEADING_CHARS = 80;

function heading(question: string, i: number, en: boolean): string {
  const q = question.trim();
  const shown = q.length > HEADING_CHARS ? `${q.slice(0, HEADING_CHARS - 1)}…` : q;
  return en ? `Question ${i}: ${shown}` : `问题${i}：${shown}`;
}

/** A not-found answer's own lines, without its list of closest passages (they come once, at the end). */
function notFoundLines(answer: string): string {
  const lines = answer.split('\n');
  const list = lines.findIndex((l) => /^(?:Closest passages|最接近的条款)/.test(l));
  return (list >= 0 ? lines.slice(0, list) : lines).join('\n');
}

export function combineParts(parts: PartAnswer[], en: boolean): AskResult {
  const seen = new Set<string>();
  const kept = parts.filter((p) => {
    if (!p.result.found) return true;
    const key = p.result.citations.map((c) => c.id).join(' ');
    const adds = !seen.has(key);
    seen.add(key);
    return adds;
  });
  if (kept.length === 1) return kept[0]!.result;

  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const sections: string[] = [];
  const related: Citation[] = [];
  const unanswered: string[] = [];
  kept.forEach((p, i) => {
    const { result } = p;
    let body: string;
    if (result.found) {
      const local = result.citations.map((c) => {
        if (!numberOf.has(c.id)) {
          citations.push(c);
          numberOf.set(c.id, citations.length);
        }
        return numberOf.get(c.id)!;
      });
      body = result.answer.replace(/\[(\d+)\]/g, (m, n: string) => {
        const g = local[Number(n) - 1];
        return g === undefined ? m : `[${g}]`;
      });
    } else {
      unanswered.push(p.question);
      body = notFoundLines(result.answer);
      for (const r of result.related) if (!related.some((x) => x.id === r.id)) related.push(r);
    }
    sections.push(`${heading(p.question, i + 1, en)}\n${body}`);
  });
  const found = citations.length > 0;
  return {
    answer: sections.join('\n\n'),
    found,
    mode: 'extractive',
    citations,
    related: found ? related.filter((r) => !numberOf.has(r.id)) : related,
    ...(unanswered.length ? { unansweredParts: unanswered } : {}),
  };
}

/** A part that asks about a resolution, by number or by its topic (漫游那个决议, "the spam resolution"). */
const OF_A_RESOLUTION = /决议|\bresolution\b/i;
/** A part that points at the clause just answered (这条是怎么写的, 该条, "is that clause binding?"). */
const AT_THE_CLAUSE =
  /这(?:一)?条|该条|这段|该段|这句|这一款|\b(?:this|that) (?:clause|provision|paragraph|line|wording)\b/i;

/**
 * The resolutions a part was about, for the parts after it: those it named, or, when it asked about one
 * by its topic or the next part points at the clause it was answered with, the one its answer leads with.
 */
function subjectOf(question: string, run: PartRun, next?: string): number[] {
  if (run.plan.resolutions.length) return run.plan.resolutions;
  const lead = run.result.found ? run.result.citations[0]?.resolution : null;
  const pointed =
    OF_A_RESOLUTION.test(question) || (next !== undefined && AT_THE_CLAUSE.test(next));
  return lead != null && pointed ? [lead] : [];
}

/**
 * Answers each part in turn, a later part read as a follow-up of the ones asked before it ("and was it
 * revised?"): of the resolutions they were about, not of every clause their answers cited (这些决议 in the
 * same message means the document's). A later part that names no resolution, after parts about none,
 * leans on their topic ("来自哪个国家？" after a question on a chair): it is asked together with them.
 */
export async function answerInParts<R extends PartRun>(
  input: AskInput,
  parts: string[],
  answer: (part: AskInput) => Promise<R>,
): Promise<{ result: AskResult; runs: R[] }> {
  const asked: { question: string; history: Turn[]; run: R }[] = [];
  for (const part of parts) {
    const last = asked.at(-1);
    const lone = !OF_A_RESOLUTION.test(part) && !resolutionRefs(part).length;
    const subject = last ? subjectOf(last.question, last.run, part) : [];
    if (last && lone && !subject.length) {
      last.question = `${last.question} ${part}`;
      last.run = await answer({ question: last.question, history: last.history });
      continue;
    }
    const named = subject.map((n) => `第${n}号决议`).join('、');
    const history = last
      ? [
          ...last.history,
          { role: 'user' as const, content: last.question },
          ...(named ? [{ role: 'assistant' as const, content: named }] : []),
        ]
      : (input.history ?? []);
    let run = await answer({ question: part, history });
    // Its status asked with nothing to say whose (修订过没有?), which the follow-up did not carry without a
    // pointing word: the status of what the part before was about. Not a count by status (没改的有几项):
    // resolutions counted, not that one's status.
    if (
      lone &&
      named &&
      !run.plan.resolutions.length &&
      detectIntent(part, part, true, subject.length).kind === 'status'
    ) {
      const en = !/[\u3400-\u9fff]/.test(part);
      const whose = en ? subject.map((n) => `Resolution ${n}`).join(' and ') : named;
      run = await answer({ question: `${whose}${en ? ': ' : '：'}${part}`, history });
    }
    asked.push({ question: part, history, run });
  }
  const runs = asked.map((a) => a.run);
  if (asked.length === 1) return { result: runs[0]!.result, runs };
  const result = combineParts(
    asked.map((a) => ({ question: a.question, result: a.run.result })),
    runs[0]!.plan.lang === 'en',
  );
  return { result, runs };
}

/** Each part's ranking taken in turn (the first of each, then the second …), each clause once. */
export function interleave<H extends { clause: { id: string } }>(rankings: H[][]): H[] {
  const out: H[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...rankings.map((r) => r.length));
  for (let i = 0; i < longest; i++) {
    for (const r of rankings) {
      const h = r[i];
      if (h && !seen.has(h.clause.id)) {
        seen.add(h.clause.id);
        out.push(h);
      }
    }
  }
  return out;
}
