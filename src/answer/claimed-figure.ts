/**
 * A percentage the question asks for or takes as given ("是不是要求每年减排百分之八？", "cut by what % by
 * 2030?") in a document that writes no percentage at all: whatever clause shares its other words, it does
 * not give that figure, and quoting it would read as a yes.
 */

import { askingSentences } from '../retrieval/sentences.js';

/**
 * A percentage written in figures or words, or asked for as one; or a share said as a fraction (cut in
 * half, 减半, 三分之一), which is a percentage in other words.
 */
const PERCENTAGE =
  /\d+(?:\.\d+)?\s*%|[%％]|百分之[\d零一二两三四五六七八九十百点.]*|百分比|\b\d+(?:\.\d+)?\s*(?:percent|per cent)\b|\bpercentages?\b|一半|减半|[\d一二两三四五六七八九十]+分之[\d一二两三四五六七八九十]+|\bhalve[sd]?\b|\b(?:in|by) half\b|\b(?:one|a|two) (?:third|quarter)s? of\b/i;

/**
 * What makes the part of the question holding the figure ask something: a question word or particle, or
 * its mark. "我们镇上30%的风筝坏了，协会能帮忙吗？" holds the figure in a part that only sets the scene.
 */
const ASKS =
  /[?？]|吗|是不是|是否|多少|对不对|\b(?:what|which|how)\b|^\s*(?:does|do|did|is|are|was|were|has|have)\b/i;

/** The question's parts between commas and stops, as people separate what they set out from what they ask. */
const PARTS = /[^，,；;。.!！]+[，,；;。.!！]?/g;

/** Asked whether what was said before is so ("… by half. Is that true?", …对吗): all of it is asked. */
const CLAIM_CHECK =
  /\b(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so)\b|\btrue or (?:false|not)\b|对吗|对不对|是真的吗|属实吗|真的吗/i;

/** Whether a part of the question that asks holds a percentage. */
export function asksPercentage(question: string): boolean {
  const asked = askingSentences(question);
  if (CLAIM_CHECK.test(asked)) return PERCENTAGE.test(question);
  return (asked.match(PARTS) ?? []).some((p) => PERCENTAGE.test(p) && ASKS.test(p));
}

/** Whether a text writes any percentage. */
export function writesPercentage(text: string): boolean {
  return PERCENTAGE.test(text);
}

export const NO_PERCENTAGE_REASON = {
  en: 'The document gives no percentages or fractions at all.',
  zh: '文件没有给出任何百分比数字或比例。',
};
