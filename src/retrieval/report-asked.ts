/**
 * "Do the kite and drone texts both report back?", 向谁汇报: what is asked is a report to a governing body, so
 * the clause that has one made to the Council, the assembly or the advisory group answers it, before a
 * clause on the same topic that only studies or prepares reports. Retrieval ranks such clauses up (a query
 * hint) and a comparison prefers them for each side.
 */
const ASKED = new RegExp(
  [
    String.raw`\breport(?:s|ed|ing)?\s+back\b`,
    String.raw`\b(?:report|present|submit)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}to\s+(?:the\s+)?(?:next\s+)?(?:council|wtsa|tsag|(?:[\w-]+\s+){0,2}assembly)\b`,
    String.raw`\bto whom\b[^?]{0,40}\breport|\breport(?:s|ing)?\b[^?]{0,40}\bto whom\b`,
    '(?:向|给)(?:谁|哪里|哪个(?:机构|部门)?)(?:报告|汇报)|(?:报告|汇报)(?:给|交给)(?:谁|哪里|哪个)',
    '(?:向|给)[^，,。？?]{0,10}(?:理事会|全会|大会)(?:报告|汇报)',
  ].join('|'),
  'i',
);

/** A report made to a governing body: 向理事会报告, 报告提交TSAG. */
const MADE_TO_BODY =
  /(?:理事会|全会|电信标准化顾问组|TSAG)[^；;。]{0,30}报告|报告[^；;。]{0,30}(?:理事会|全会|电信标准化顾问组|TSAG)/;

export function asksReportToBody(question: string): boolean {
  return ASKED.test(question);
}

export function reportsToBody(text: string): boolean {
  return MADE_TO_BODY.test(text);
}
