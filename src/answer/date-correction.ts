/**
 * "Was WTSA-20 held in 2021?", WTSA-20是2021年开的吧？: a date asked to be confirmed that the document never
 * writes. Its honest answer is the date the document does give, said as a correction, not "the document
 * does not answer": the asker is checking a fact the document states.
 */
import type { Clause } from '../corpus/clause.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { Hit } from '../retrieval/retriever.js';
import { answerType, canSupply, statedText } from './answer-type.js';

const YEAR = /^(?:19|20)\d{2}$/;
/** A year written in the clause (2022年, 2022). */
const STATED_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** A date to the month or day: 2022年3月, 3月1日, 1 March 2022. */
const FULL_DATE =
  /\d{1,2}\s*月|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b/i;
/** Asked to be confirmed: a yes/no question, or a statement with "right?", 对吧, 是吗. */
const CONFIRM =
  /^\s*(?:was|were|is|are|did|does|do|has|have)\b|\b(?:right|correct|true|isn't it|wasn't it|didn't it)\s*[?？]|[吧吗][？?]?\s*$|对(?:吗|吧|不对)|是不是|是否|没错吧/i;
/** Words of a deadline or target: a year beside them is the one set, not when something happened. */
const DEADLINE_WORDS =
  /\b(?:deadlines?|targets?|goals?|timelines?|due)\b|期限|截止|最后时限|目标|时间表/i;

/**
 * Whether the question gives a year as a deadline or target: 到2025年, 2025年前, by/before/until 2025, or
 * a year beside the word deadline ("a hard deadline, like 2025?").
 */
function deadline(question: string, year: string): boolean {
  if (DEADLINE_WORDS.test(question)) return true;
  return new RegExp(
    `(?:到|至|截至)\\s*${year}|${year}\\s*年?\\s*(?:前|之前|以前)|\\b(?:by|before|until|till)\\s+(?:the end of\\s+)?${year}\\b`,
    'i',
  ).test(question);
}

/**
 * Whether the question names a meeting by the year (2030年那届全会, "the 2030 assembly in Lima"): another
 * edition of a meeting, asked about, not a date to correct.
 */
function namesEdition(question: string, year: string): boolean {
  return new RegExp(
    `${year}\\s*年?[^，。,.？?！!]{0,8}?(?:届|那次|这次|的(?:全会|大会|会议))|${year}\\s*年?[^，。,.？?！!]{0,8}?\\b(?:WTSA|WTDC|PP|WRC|WCIT|GSS|TDAG|TSAG)\\b|\\b${year}\\s+(?:[A-Za-z-]+\\s+){0,2}(?:assembly|conference|meeting|session|edition|WTSA|WTDC|PP)\\b`,
    'i',
  ).test(question);
}

/** How far down the ranking the clause stating the date may be. */
const LOOK = 3;

/**
 * The clause among the best-ranked that states a date for what is asked, when the only thing the document
 * lacks is the year the question gives and the question asks for a date or to confirm one.
 */
export function correctedDate(plan: QueryPlan, hits: readonly Hit[]): Clause | null {
  const years = plan.unknownEntities;
  if (!years.length || !years.every((e) => YEAR.test(e))) return null;
  if (plan.unknownResolutions.length || plan.unknownNames.length) return null;
  const q = plan.standalone;
  if (answerType(q) !== 'date' && !CONFIRM.test(q)) return null;
  // A year as a target (到2025年让…, "by 2030") dates no event: the document's dates correct nothing there.
  if (years.every((y) => deadline(q, y))) return null;
  if (years.some((y) => namesEdition(q, y))) return null;
  // A year for a year: a clause dating something by its frequency (每年) corrects nothing. One that dates
  // to the day or month (于2022年3月1日至9日) states when something happened, rather than naming a year in
  // passing (自2016年以来).
  const stating = hits
    .slice(0, LOOK)
    .filter((h) => STATED_YEAR.test(h.clause.text) && canSupply('date', q, statedText(h.clause)));
  return (stating.find((h) => FULL_DATE.test(h.clause.text)) ?? stating[0])?.clause ?? null;
}

/** The line before the quoted date: what the question said, and that the document says otherwise. */
export function correctionNote(plan: QueryPlan): string {
  const years = plan.unknownEntities.join(plan.lang === 'en' ? ', ' : '、');
  return plan.lang === 'en'
    ? `(The document never mentions ${years}; the date it gives is below.)`
    : `（文件没有提到${years}；它给出的日期如下。）`;
}
