/**
 * Study groups by number, in the document's own form: "study group 17", "SG17", "ITU-D Study Group 2" and
 * 第5研究组 are 第17研究组, ITU-D第2研究组, 第5研究组. The number is what tells them apart; without it, "study
 * group" matches every clause that mentions one.
 */
import { askingSentences } from './sentences.js';

const ENGLISH = /\b(?:(ITU-[TDR])(?:['’]s)?\s*)?(?:study\s*group|SG)\s*-?\s*(\d{1,2})\b/gi;
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

/**
 * Whether a text names the study group (as studyGroupTerms writes it). This is an ITU-T document: it writes
 * ITU-T's groups mostly without the sector (第5研究组, 电信标准化部门第17研究组), never another sector's so.
 */
export function namesStudyGroup(term: string): (text: string) => boolean {
  const m = /^(ITU-[TDR])?第(\d{1,2})研究组$/.exec(term);
  if (!m) return (text) => text.includes(term);
  const n = m[2]!;
  const re =
    m[1] && m[1] !== 'ITU-T'
      ? new RegExp(`${m[1]}\\s*第\\s*${n}\\s*研究组`)
      : new RegExp(`(?<!ITU-[DR]\\s*)第\\s*${n}\\s*研究组`);
  return (text) => re.test(text);
}

/**
 * Whether a text names the one study group a question asks about, or undefined when it names none or
 * several. Only the sentences that ask count: "which group keeps the roadmap? I was told SG13" asks which,
 * and SG13 is the claim to check, not the group asked about.
 */
export function theStudyGroupOf(question: string): ((text: string) => boolean) | undefined {
  const groups = studyGroupTerms(askingSentences(question));
  return groups.length === 1 ? namesStudyGroup(groups[0]!) : undefined;
}

/**
 * Asked which study group, unnamed (whether the kite and drone texts share one, 交给哪个研究组): a clause
 * naming one by its number answers, before a summary that only says 研究组.
 */
const WHICH_GROUP =
  /\b(?:which|what|same|one|different|separate)\s+(?:itu(?:-t)?\s+)?(?:study\s+groups?|sgs?)\b|(?:哪个|哪一个|哪些|同一个|同一|不同的?)\s*(?:ITU-T\s*)?研究组/i;

export function asksWhichStudyGroup(question: string): boolean {
  return WHICH_GROUP.test(question) && studyGroupTerms(question).length === 0;
}

/** Whether a text names a numbered study group (第5研究组, SG17). */
export function namesNumberedStudyGroup(text: string): boolean {
  return studyGroupTerms(text).length > 0;
}
