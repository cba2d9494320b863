/** The plain "the document does not cover this" answer, with the reason and the closest clauses as related only. */
import { toCitation, type Clause } from '../corpus/clause.js';
import { RELATIVE_TIME, type QueryPlan } from '../retrieval/query-plan.js';
import type { AskResult } from './types.js';

/**
 * @param reason what the document does say instead, when it says something near (a number, not the list
 *   asked for): a line after the first, in the question's language.
 */
export function notFound(
  plan: QueryPlan,
  related: Clause[],
  known: number[],
  reason?: { en: string; zh: string },
): AskResult {
  const en = plan.lang === 'en';
  const lines: string[] = [
    en ? 'The document does not answer this question.' : '文件没有回答这个问题。',
  ];
  if (reason) lines.push(en ? reason.en : reason.zh);
  if (plan.unknownResolutions.length) {
    const list = plan.unknownResolutions.join(', ');
    lines.push(
      en
        ? `It does not contain Resolution ${list}; the resolutions it covers are ${known.join(', ')}.`
        : `文件不包含第${plan.unknownResolutions.join('、')}号决议；它收录的决议是第${known.join('、')}号。`,
    );
  }
  const relative = plan.unknownEntities.filter((e) => RELATIVE_TIME.test(e));
  const named = [
    ...plan.unknownEntities.filter((e) => !RELATIVE_TIME.test(e)),
    ...plan.unknownNames,
  ];
  if (named.length) {
    lines.push(
      en ? `It never mentions ${named.join(', ')}.` : `文件没有提到 ${named.join('、')}。`,
    );
  }
  if (relative.length) {
    lines.push(
      en
        ? 'It is a record of WTSA-20 (2022) and says nothing about the present or the future.'
        : '该文件记录的是2022年的WTSA-20，不涉及当前或将来的情况。',
    );
  }
  if (related.length) {
    lines.push(
      en ? 'Closest passages (related, not an answer):' : '最接近的条款（仅供参考，并非答案）：',
    );
    for (const c of related) lines.push(`· ${c.label}`);
  }
  return {
    answer: lines.join('\n'),
    found: false,
    mode: 'extractive',
    citations: [],
    related: related.map(toCitation),
  };
}
