/**
 * What a Recommendation the document only names says (E.161.1讲了什么内容, what does X.1205 specify):
 * the document cites ITU-T Recommendations by number and never gives their text, so the clause naming one
 * is where to look next, not the answer. "What is E.161.1" or "which Recommendation …" are answered by the
 * clause that names it.
 */

const CODE = String.raw`([A-Z]\.\d+(?:\.\d+)*)`;
const ASKED = [
  new RegExp(
    String.raw`(?:ITU-T\s*)?${CODE}(?:号)?(?:建议书)?[^，。？?]{0,8}?(?:具体|详细)?(?:规定|讲|说|包括|包含|要求)(?:了)?(?:什么|哪些|啥)|(?:ITU-T\s*)?${CODE}(?:号)?(?:建议书)?(?:的)?(?:具体|详细)?(?:内容|细节|条款)`,
  ),
  new RegExp(
    String.raw`\bwhat (?:does|do|did) (?:the )?(?:itu-t )?(?:recommendation )?${CODE} (?:actually )?(?:say|specify|require|contain|cover|set out|define|recommend)\b|\b(?:details|contents?|text|technical details) of (?:the )?(?:itu-t )?(?:recommendation )?${CODE}`,
    'i',
  ),
];

/** The Recommendation whose content is asked for, or null. */
export function askedRecommendation(question: string): string | null {
  for (const re of ASKED) {
    const m = re.exec(question);
    const code = m?.slice(1).find(Boolean);
    if (code) return code;
  }
  return null;
}

export function recommendationReason(code: string): { en: string; zh: string } {
  return {
    en: `It only names Recommendation ${code}; it does not give what that Recommendation specifies. The passages below name it.`,
    zh: `文件只提到了${code}建议书，没有给出其具体内容。下列条款提到了它。`,
  };
}
