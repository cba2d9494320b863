/**
 * Who proposed what at the assembly, and who stood where: which country put a change forward, which
 * proposals a delegation submitted, what position or vote a delegation took. The document records what the resolutions say after the assembly,
 * never whose proposal they came from; a clause on the topic would read as an answer it never gives.
 */

// Who asked, by country or delegation: the document does say where a text came from when it is an ITU
// body (根据电信标准化顾问组的提议), so "who proposed" alone is left to it.
const EN = [
  // A word or two may describe them (which African administrations, what island countries).
  /\b(?:which|what) (?:[a-z-]+ ){0,2}(?:country|countries|member states?|regions?|regional (?:group|organi[sz]ation)s?|delegations?|administrations?)\b[^?]{0,60}\b(?:propos\w*|put (?:it |them )?forward|submit\w*|sponsor\w*|tabled?)\b/i,
  /\b(?:proposals?|contributions?) (?:did|has|have) [A-Z][a-z]+ (?:submit|put forward|make|table)\b/,
  // "What proposals Ruritania presented": a named actor between the proposals and the verb.
  /\b(?:proposals?|contributions?)\b[^?.]{0,20}?\b(?!ITU|WTSA|TSB|BDT)[A-Z][a-z]{2,}\b[^?.]{0,30}\b(?:presented|submitted|put forward|tabled|brought)\b/,
  // A delegation's position or vote.
  /\b(?:delegations?|countries|country|member states?)\b[^?]{0,40}\b(?:position|stance|voted?|oppos\w*)\b|\b(?:position|stance) (?:of|did|does) (?:the )?[A-Z]/i,
];
const ZH = [
  /哪(?:个|些|几个)[\u4e00-\u9fff]{0,4}?(?:国家|成员国|区域组织|代表团|主管部门)[^？?。]{0,20}(?:提议|提出|提交|倡议)/,
  /(?:提交|提出)了?哪些(?:提案|文稿)/,
  /(?:代表团|成员国|主管部门)[^？?。]{0,12}(?:立场|态度|投票|赞成|反对)/,
];

export function asksProposer(question: string): boolean {
  return EN.some((re) => re.test(question)) || ZH.some((re) => re.test(question));
}

/** What the answer says instead; the passages on the topic follow as related. */
export const PROPOSER_REASON = {
  en: 'It records what the resolutions say as adopted, not who proposed them or what any delegation submitted. The passages below are the closest it has.',
  zh: '文件记录的是各项决议通过后的内容，没有说明由谁提议或各代表团提交了哪些提案。下列条款是其中最接近的内容。',
};
