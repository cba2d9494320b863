/** The plain "the document does not cover this" answer, with the reason and the closest clauses as related only. */
import { toCitation, type Clause } from '../corpus/clause.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { AskResult } from './types.js';

export function notFound(plan: QueryPlan, related: Clause[], known: number[]): AskResult {
  const en = plan.lang === 'en';
  const lines: string[] = [
    en
      ? 'The document does not answer this question.'
      : '文件没有回答这个问题。',
  ];
  if (plan.unknownResolutions.length) {
    const list = plan.unknownResolutions.join(', ');
    lines.push(
      en
        ? `It does not contain Resolution ${list}; the resolutions it covers are ${known.join(', ')}.`
        : `文件不包含第${plan.unknownResolutions.join('、')}号决议；它收录的决议是第${known.join('、')}号。`,
    );
  }
  if (plan.unknownEntities.length) {
    lines.push(
      en
        ? `It never mentions ${plan.unknownEntities.join(', ')}.`
        : `文件没有提到 ${plan.unknownEntities.join('、')}。`,
    );
  }
  if (related.length) {
    lines.push(en ? 'Closest passages (related, not an answer):' : '最接近的条款（仅供参考，并非答案）：');
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
