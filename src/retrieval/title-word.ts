/**
 * Resolutions picked out by a word in their title ("the two with kite in their titles", 标题里带风筝的两项):
 * the asker names them by what their titles share, not by topic or number.
 */
import type { ResolutionTitle } from './resolution-by-topic.js';

const WORD_EN = `["“']?([a-z][\\w-]*(?: [a-z][\\w-]*)?)["”']?`;
const TITLE_EN = '(?:names?|titles?|headings?)';
const TITLE_WORD_EN = [
  // with drone in the name, with "kite" in their titles
  new RegExp(
    `\\b(?:with|having|has|have|had|that have|that has)\\s+(?:the word\\s+)?${WORD_EN}\\s+in\\s+(?:the|their|its|his|her)\\s+${TITLE_EN}\\b`,
    'i',
  ),
  // titles with / containing / mentioning kites
  new RegExp(
    `\\b${TITLE_EN}\\s+(?:with|containing|including|mentioning|naming|that (?:has|have|contain|contains|mention|mentions|include|includes|say|says))\\s+(?:the word\\s+)?${WORD_EN}`,
    'i',
  ),
];
/** 标题里有非洲的, 名字里带“风筝”, 题目中含有无人机. */
const TITLE_WORD_ZH =
  /(?:标题|题目|名字|名称|题名)(?:里|中|上|内|当中)?(?:面)?(?:都)?(?:带有|含有|包含|包括|出现|写着|写了|有|带|含)(?:了)?[“"「]?([\u4e00-\u9fff]{2,6}?)[”"」]?(?:这个词|字样|二字|两个字)?的/;

/** The word a question says is in the titles of the resolutions it means, or null. */
export function titleWordAsked(question: string): string | null {
  const zh = TITLE_WORD_ZH.exec(question);
  if (zh) return zh[1]!;
  for (const re of TITLE_WORD_EN) {
    const m = re.exec(question);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The resolutions whose titles or English names hold the word, or one of its renderings (drone: 无人机).
 * English words match whole words.
 */
export function resolutionsTitledWith(
  word: string,
  titles: readonly ResolutionTitle[],
  renderings: (word: string) => string[],
): number[] {
  const forms = [word, ...renderings(word)].map((f) => f.toLowerCase());
  const holds = (name: string) => {
    const low = name.toLowerCase();
    return forms.some((f) =>
      /^[a-z]/.test(f)
        ? new RegExp(`\\b${f.replace(/[^\w\s-]/g, '')}\\b`).test(low)
        : low.includes(f),
    );
  };
  return titles.filter((t) => t.names.some(holds)).map((t) => t.number);
}
