/**
 * A person's name asked for (主任叫啥名, 主席姓什么, "the kite bureau head's name"): the document speaks of
 * officials only by their post (电信标准化局主任, the chairs of study groups), never by name. A clause naming
 * the post would read as an answer it never gives.
 */

/** A post held by one person, in the document's sense: who holds it is what a name question is after. */
const POST_ZH = '(?:主任|局长|主席|副主席|秘书长|副秘书长|负责人|会长|报告人|召集人)';
const POST_EN =
  '(?:director|chair(?:man|woman|person)?s?|vice-chairs?|secretary-general|head|rapporteur|convenor)';

const ASKED = [
  // 主任叫啥名, 主席叫什么名字, 局长姓什么, 秘书长的名字是…: the name after the post, a few characters between.
  new RegExp(
    `${POST_ZH}[^，,。？?！!]{0,6}?(?:叫(?:什么|啥|哪样)(?:名字?|名儿)?|姓(?:什么|啥)|的?(?:名字|姓名|大名)(?:是|叫)?)`,
  ),
  // "names of the new kite chairs", "name o di kite director": a few words may describe the post.
  new RegExp(
    String.raw`\bnames?\s+(?:of|a|o)\s+(?:(?:the|di|de|this|that|current|new)\s+)*(?:[\w-]+\s+){0,3}?${POST_EN}\b`,
    'i',
  ),
  // "the kite director's name", "chairman name".
  new RegExp(String.raw`\b${POST_EN}(?:['’]s)?\s+names?\b`, 'i'),
];

export function asksPersonName(question: string): boolean {
  return ASKED.some((re) => re.test(question));
}

/** What the answer says instead; the passages naming the post follow as related. */
export const PERSON_NAME_REASON = {
  en: 'It refers to officials only by their post (such as the TSB Director), never by name. The passages below are the closest it has.',
  zh: '文件只按职务提到这些官员（如电信标准化局主任），没有写任何人的姓名。下列条款是其中最接近的内容。',
};
