/**
 * A percentage the question asks for or takes as given ("是不是要求每年减排百分之八？", "cut by what % by
 * 2030?") in a document that writes no percentage at all: whatever clause shares its other words, it does
 * not give that figure, and quoting it would read as a yes.
 */

import { askingSentences } from '../retrieval/sentences.js';

/**
 * A percentage written in figures or words, or asked for as one ("how many percent", as learners and
 * French, Spanish, German or Indonesian speakers say it); or a share said as a fraction (cut in half, 减半,
 * 三分之一), which is a percentage in other words.
 */
const PERCENTAGE =
  /\d+(?:\.\d+)?\s*%|[%％]|百分之[\d零一二两三四五六七八九十百点.]*|百分比|\b\d+(?:\.\d+)?\s*(?:percent|per cent|pourcent|pour cent|por ciento|prozent|persen)\b|\bhow many (?:percent|per cent|pourcent|pour cent|por ciento|prozent|persen)\b|\b(?:percentages?|pourcentages?|porcentajes?|prozentsatz|persentase)\b|一半|减半|[\d一二两三四五六七八九十]+分之[\d一二两三四五六七八九十]+|\bhalve[sd]?\b|\b(?:in|by) half\b|\b(?:one|a|two) (?:third|quarter)s? of\b/i;

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

/**
 * Asked to confirm what was said ("true?", "can you confirm", 属实吗, 有这么回事吗), or whether it is a rumour
 * ("real or fake?", "for real?", 真的假的).
 */
const CONFIRM_ASKED = new RegExp(
  `${CLAIM_CHECK.source}|\\btrue\\s*\\?|[,，]\\s*(?:yes|right|correct|yeah|no|isn't it|is it not|innit)\\s*\\?\\s*$|\\bconfirm(?:ed|s)?\\b|\\bis (?:that|this) (?:number|figure) right\\b|\\b(?:does|did) (?:it|the (?:document|text|report|resolution|record|assembly)|wtsa(?:-?20)?|they) (?:say|state|specify|decide)\\b(?! (?:anything|something|much|a lot|what|how|who|where|when|why|which|whether|about)\\b)|属实|有这么回事|是真的|真的假的|是真是假|\\b(?:real|true) or (?:fake(?: news)?|made up|a rumou?r|a hoax)\\b|\\bfor real\\b|\\b(?:is|was) (?:that|this|it) real(?: or (?:fake(?: news)?|made up|a rumou?r|a hoax))?\\b`,
  'i',
);

/** Whether the question asks to confirm a claim it states (see CONFIRM_ASKED). */
export function asksToConfirm(question: string): boolean {
  return CONFIRM_ASKED.test(question);
}

const CONFIRM_WORDS = new RegExp(CONFIRM_ASKED.source, 'gi');

/** The question without its words asking to confirm ("… real or fake news?"): they name no topic. */
export function withoutConfirmWords(question: string): string {
  return question.replace(CONFIRM_WORDS, ' ');
}

/**
 * The numbers a claim the asker wants confirmed states (112, 3,000 delegates, 0.1美元): not a resolution's
 * number, a year, a meeting's code (WTSA-20) or a Recommendation's (E.161.1). Empty unless the question
 * asks whether something is so.
 */
export function claimedNumbers(question: string): string[] {
  if (!asksToConfirm(question)) return [];
  // A sum is claimed with its currency ("1 dollar a minute", 0.1美元): the bare 1 is written everywhere.
  const sums = new Map<string, string>();
  for (const m of question.matchAll(AMOUNT)) sums.set(m[1] ?? m[3]!, m[0].trim());
  return numbersIn(question).map((n) => sums.get(n) ?? n);
}

/** A number with its currency, after it (5 dollars, 0.1美元) or before it ($5). */
const AMOUNT =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(dollars?|usd|euros?|francs?|chf|cents?|美元|美金|欧元|法郎|瑞郎|元|块)|(?:\$|US\$|€|£)\s?(\d+(?:\.\d+)?)/gi;

/** The figures a text states: not references, codes, years or days of a date. */
export function numbersIn(text: string): string[] {
  const plain = text
    .replace(/\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:至|到|[-–—~])\s*\d{1,2}\s*日)?/g, ' ')
    .replace(/第\s*\d+\s*号|\d+\s*号决议|\b(?:resolutions?|res\.?|r)\s*\d+/gi, ' ')
    .replace(/\b[A-Z]{2,}[-‑]?\d+\b|\b(?:wtsa|wtdc|gss|pp|sg)\s*[-‑]?\s*\d+\b/gi, ' ')
    .replace(/\b[A-Z]\.\d+(?:\.\d+)*/g, ' ')
    .replace(/(?<![\d.])(?:19|20)\d{2}(?![\d.])\s*年?/g, ' ');
  const numbers = plain.match(/(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? [];
  return [...new Set(numbers)];
}
