/**
 * Which resolution matters most, changed most, is most urgent: a judgement between resolutions that the
 * document never makes. It presents each resolution and what it asks; a clause that merely mentions the
 * asker's topic would read as the document's verdict. "Which resolution is about e-waste" is not this.
 */

const EN =
  /\b(?:which(?: one| ones| resolutions?)?|what (?:one|resolutions?))\b[^?]{0,80}?\b(?:(?:the )?most (?:important|significant|urgent|useful|valuable|impactful)|matters? (?:the )?most|biggest (?:changes?|impact|effect|difference)|greatest (?:impact|effect|change)|top priority|(?:changed|revised) the most)\b/i;
const ZH =
  /哪(?:一|几)?(?:项|个|份|条)?(?:决议)?[^？?。]{0,30}(?:最(?:重要|关键|要紧|紧迫|值得|有用|有价值)|(?:改动|变化|修改|影响)(?:最大|最多))/;

export function asksForRanking(question: string): boolean {
  return EN.test(question) || ZH.test(question);
}

/** What the answer says instead. */
export const RANKING_REASON = {
  en: 'It does not rank the resolutions or say which matters or changed most; it presents each one and what it asks of ITU-D. The passages below are on the topic.',
  zh: '文件没有对决议排序，也没有说明哪项最重要或改动最大；它逐项介绍各决议及其对ITU-D的要求。下列条款与该话题相关。',
};
