/**
 * Structural hints in a question that plain word matching misses: the operative verb it asks about
 * (责成 / instructs …), a part it names (结论, 表2 …), "who" questions, and what it excludes ("除了X").
 */
import type { Clause, Part } from '../corpus/clause.js';
import { tokenize } from './tokenize.js';
import { asksReportToBody, reportsToBody } from './report-asked.js';

const SECTION_HINTS: [RegExp, RegExp][] = [
  [/责成|instruct/i, /责成/],
  [/鼓励|encourag/i, /鼓励/],
  [/呼吁|call(?:s|ed)? (?:up)?on/i, /呼吁/],
  [/认识到|recogni[sz]/i, /认识到/],
  [/(?<!申)请(?!问)|invite/i, /^(?:进一步)?请$/],
  [/\b(?:ask|task)(?:s|ed)?\b|要求/i, /请|责成/],
  [/做出决议|决定|resolve/i, /决议|决定/],
];
const PART_HINTS: [RegExp, Part][] = [
  [/结论|conclusion/i, 'conclusion'],
  [/引言|导言|introduction/i, 'intro'],
  [/表\s*2|表二|table\s*2|summary table/i, 'table2'],
];
const WHO =
  /谁|哪个(?:机构|部门|组)|\b[Ww]ho\b|which (?:body|bureau|group|director|organi[sz]ation)/;
/** Who leads or is in charge of something (谁负责, 谁牵头, "who leads it", "in charge of"). */
const LEADS =
  /谁(?:来)?(?:负责|牵头|主导|领头|带头|主管)|(?:负责|牵头|主导)的?(?:是谁|是哪)|\bwho(?:['’]s| is| will be)? (?:(?:actually|really) )?(?:in the lead|in charge|leading|responsible)\b|\bwho (?:leads|runs|heads)\b|\b(?:takes?|taking) the lead\b/i;
/** What a clause says when it states who leads (由BDT牵头开展…). */
const LEAD_STATED = /牵头|主导|领导/;
/**
 * Finding out how much of something there is (算算有多少, 摸清有多少, 不知道有多少, 有多少也算不清, "figure
 * out how much … there is"): a clause on assessing its amount (规模, 数量) answers it, though the question
 * never says amount.
 */
const AMOUNT =
  /(?:算|算算|算一算|算清楚?|算出|弄清楚?|搞清楚?|摸清楚?|[弄搞整]明白|统计|估算|估摸|估一估|估计|测算|核算|盘点|清点|查清楚?|不知道?|不清楚)[^，,。？?]{0,16}?(?:有|是|攒了|积了|产生了?)?(?:多少|好多|几多)|(?:多少|几多)[^，,。？?]{0,8}?(?:[算摸数搞弄说查]不清|不知道|不清楚|没数)|\b(?:figure out|work out|find out|measure|estimate|count|calculate|assess|gauge|tally)\b[^?.]{0,30}\bhow (?:much|many)\b|\bquantify\b/i;
const AMOUNT_STATED = /数量|规模/;
/**
 * Working with one another (互相配合, 彼此, "with each other", "teams from different countries working
 * together"): a clause on cooperation among them (X之间的协作) answers it, not one on working with others.
 */
const MUTUAL =
  /互相|相互|彼此|之间(?:要|的|怎么|如何)?(?:配合|合作|协作|交流)|\b(?:each other|one another|among themselves|between themselves|mutual(?:ly)?)\b|\bfrom (?:different|diff|various|several|many|other) (?:countries|nations|regions)\b[^?.]{0,30}\b(?:work(?:ing)? together|cooperat\w*|collaborat\w*|team(?:ing)? up)\b/i;
/** Said of one another: 之间, 相互, and 互 before a verb (互学 learn from each other, 互鉴, 互助). */
const MUTUAL_STATED = /之间|相互|互相|彼此|互(?:学|鉴|助|访|认|通有无)/;
const EXCLUDE =
  /(?:除了|除)(.{1,20}?)(?:之外|以外|外)?[，,]|(?:besides|apart from|aside from|other than|beyond|on top of|in addition to|except(?: for)?)\s+([^,?]{1,40})/i;

export interface QueryHints {
  sections: RegExp[];
  parts: Part[];
  who: boolean;
  /** Who leads something: a clause stating who leads answers it, whatever its heading (认识到 too). */
  leads: boolean;
  /** How much of something there is, to be found out: a clause on its amount answers it. */
  amount: boolean;
  /** Working with one another: a clause on cooperation among them answers it. */
  mutual: boolean;
  /** Whom a report goes to: a clause reporting to the Council, the assembly or TSAG answers it. */
  reports: boolean;
  /**
   * Topic words of what the question sets aside ("除了技术援助" → 技术, 援助), each with the ways the text may
   * write it ("apart from the donations" → 捐款, 捐赠).
   */
  exclude: string[][];
}

/** How English words set aside are written in the document (its renderings); none by default. */
export type RenderExcluded = (span: string) => string[][];

export function queryHints(question: string, render: RenderExcluded = () => []): QueryHints {
  const m = EXCLUDE.exec(question);
  const excluded = m ? (m[1] ?? m[2] ?? '') : '';
  const chinese = [...new Set(tokenize(excluded, 'jieba'))].filter(
    (t) => t.length > 1 && /[\u3400-\u9fff]/.test(t),
  );
  return {
    sections: SECTION_HINTS.filter(([q]) => q.test(question)).map(([, s]) => s),
    parts: PART_HINTS.filter(([q]) => q.test(question)).map(([, p]) => p),
    who: WHO.test(question),
    leads: LEADS.test(question),
    amount: AMOUNT.test(question),
    mutual: MUTUAL.test(question),
    reports: asksReportToBody(question),
    // Chinese words as written; English ones by their renderings (the clauses are Chinese).
    exclude: !excluded
      ? []
      : /[a-z]/i.test(excluded)
        ? [...chinese.map((t) => [t]), ...render(excluded)].filter((g) => g.length)
        : chinese.map((t) => [t]),
  };
}

const BOOST = {
  section: 0.3,
  part: 0.3,
  who: 0.15,
  leads: 0.15,
  amount: 0.15,
  mutual: 0.15,
  reports: 0.15,
};

/** Multiplier-free adjustment added to a fused score (scores are on a 0–1 scale per channel). */
export function hintAdjustment(c: Clause, hints: QueryHints): number {
  let adj = 0;
  if (c.part === 'annex' && c.section && hints.sections.some((re) => re.test(c.section!)))
    adj += BOOST.section;
  if (hints.parts.includes(c.part)) adj += BOOST.part;
  if (
    hints.who &&
    c.part === 'annex' &&
    (c.addressee || /主任|研究组|顾问组|代表处/.test(c.text.slice(0, 12)))
  ) {
    adj += BOOST.who;
  }
  if (hints.leads && c.part === 'annex' && LEAD_STATED.test(c.text)) adj += BOOST.leads;
  if (hints.amount && c.part === 'annex' && AMOUNT_STATED.test(c.text)) adj += BOOST.amount;
  if (hints.mutual && c.part === 'annex' && MUTUAL_STATED.test(c.text)) adj += BOOST.mutual;
  if (hints.reports && c.part === 'annex' && reportsToBody(c.text)) adj += BOOST.reports;
  return adj;
}

/**
 * Where a clause names the thing set aside among others (妇女、青年和…), or sets it aside itself (与上述
 * 自愿捐款无关的新来源): it speaks of more than that thing.
 */
const AMONG_OTHERS_AFTER =
  /^[^，。；]{0,4}?(?:、|和|及|以及|与|或)|^[^，。；]{0,6}?(?:无关|以外|之外)/;
const AMONG_OTHERS_BEFORE = /(?:、|和|及|以及|与|或|除)[^，。；、]{0,4}$/;

/**
 * True when the clause is what the question set aside: its text holds each excluded word (in one of its
 * ways), and not only as one of a list or as what it sets aside itself.
 */
export function isExcluded(c: Clause, hints: QueryHints): boolean {
  if (!hints.exclude.length) return false;
  const text = c.text.toLowerCase();
  let alone = false;
  for (const ways of hints.exclude) {
    const t = ways.map((w) => w.toLowerCase()).find((w) => text.includes(w));
    if (t === undefined) return false;
    const at = text.indexOf(t);
    const before = text.slice(Math.max(0, at - 8), at);
    const after = text.slice(at + t.length, at + t.length + 8);
    if (!AMONG_OTHERS_AFTER.test(after) && !AMONG_OTHERS_BEFORE.test(before)) alone = true;
  }
  return alone;
}
