/** One-line "expected vs got" descriptions of a case, shared by the console, the report and the floors test. */
import type { EvalCase } from './cases.js';
import type { CaseScore } from './score.js';

export function expectedText(c: EvalCase): string {
  if (!c.answerable) return 'not found (the document does not answer this)';
  const parts: string[] = [];
  if (c.resolutions.length) parts.push(`resolution ${c.resolutions.join('/')}`);
  if (c.clause) {
    const cl = c.clause;
    const where = [cl.part, cl.resolution, cl.section, cl.addressee, cl.item].filter(
      (x) => x !== undefined && x !== null,
    );
    parts.push(`clause ${where.join(' · ')}`);
  }
  if (c.keywords.length) parts.push(`keywords ${c.keywords.map((g) => g.join(' | ')).join(' + ')}`);
  return parts.join('; ');
}

export function gotText(s: CaseScore, answerChars = 160): string {
  if (!s.found) return 'not found';
  const cites = s.got.citations.slice(0, 3).join(', ') || '(no citation)';
  const answer = s.got.answer.replace(/\s+/g, ' ').trim();
  const cut = answer.length > answerChars ? `${answer.slice(0, answerChars)}…` : answer;
  return `found; cites ${cites}; answer: ${cut}`;
}

/** Which headline checks a case fails, e.g. "keywords, abstention". */
export function failedChecks(s: CaseScore): string[] {
  const out: string[] = [];
  if (s.keywordsOk === false) out.push('keywords');
  if (!s.abstentionOk) out.push('abstention');
  if (s.clauseHit5 === false) out.push('clause@5');
  if (s.resolutionHit1 === false) out.push('resolution@1');
  return out;
}

export function describeCase(c: EvalCase, s: CaseScore): string {
  return `${s.id} [${s.category}/${s.lang}] ${c.question}\n    expected: ${expectedText(c)}\n    got: ${gotText(s)}`;
}
