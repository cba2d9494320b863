/**
 * Study groups by number, in the document's own form: "study group 17", "SG17", "ITU-D Study Group 2" and
 * 第5研究组 are 第17研究组, ITU-D第2研究组, 第5研究组. The number is what tells them apart; without it, "study
 * group" matches every clause that mentions one.
 */
const ENGLISH = /\b(?:(ITU-[TDR])\s*)?(?:study\s*group|SG)\s*-?\s*(\d{1,2})\b/gi;
const CHINESE = /((?:ITU-[TDR])?)\s*第\s*(\d{1,2})\s*研究组/gi;

/** The study groups a text names, each once, as the document writes them. */
export function studyGroupTerms(text: string): string[] {
  const out = new Set<string>();
  for (const re of [ENGLISH, CHINESE]) {
    for (const m of text.matchAll(re))
      out.add(`${(m[1] ?? '').toUpperCase()}第${Number(m[2])}研究组`);
  }
  return [...out];
}

/**
 * The text without the study groups it names by number: "study group 17" is that group, not the subject
 * "study groups" that resolution 2's title is about.
 */
export function withoutStudyGroups(text: string): string {
  return text.replace(ENGLISH, ' ');
}
