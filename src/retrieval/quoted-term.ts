/**
 * A term the question quotes ("哪些决议提到了“数字鸿沟”", which resolutions mention "e-waste"): the asker
 * wants the words as written, so which resolutions hold it is a search for that string, not a ranking by
 * topic.
 */

/** Chinese and Western quotation marks around 2–20 characters, with no quotation mark inside. */
const QUOTED_TERM = /[“「『"]([^“”「」『』"\n]{2,20})[”」』"]/;

export function quotedTerm(question: string): string | null {
  const term = QUOTED_TERM.exec(question)?.[1]?.trim();
  return term && term.length >= 2 ? term : null;
}

/** Whether a text writes the term (Latin letters in any case). */
export function writesTerm(term: string): (text: string) => boolean {
  const lower = term.toLowerCase();
  return (text) => text.toLowerCase().includes(lower);
}
