/**
 * How people type in a chat or on a phone: apostrophes dropped (whats, doesnt), "res" for resolution, "doc"
 * for document, pls, tl;dr, w/, and pinyin input's homophones of 决议. Read as the words they stand for before anything else reads the question,
 * so the question-word, status and count patterns, written for the full words, see them.
 */
const SHORTHAND: [RegExp, string][] = [
  // "its" is a word of its own (the possessive), and stays.
  [/\b(what|who|where|how|that|there)s\b/gi, "$1's"],
  [/\b(is|was|are|were|does|do|did|has|have|had|could|should|would)nt\b/gi, "$1n't"],
  [/\bcant\b/gi, "can't"],
  [/\bwont\b/gi, "won't"],
  // Several resolutions asked about ("which res", "how many res"), then one.
  [/\b(which|what|any|all|list|how many|other|several|both)\s+res\b\.?/gi, '$1 resolutions'],
  [/\bres(?:o|ol)?\b\.?(?=\s|$|[?!,;:])/gi, 'resolution'],
  [/\bdocs\b/gi, 'documents'],
  [/\bdoc\b/gi, 'document'],
  [/\btl;?\s?dr\b/gi, 'summary'],
  [/\b(?:pls|plz)\b/gi, 'please'],
  [/\bw\/(?=\s)/gi, 'with'],
  [/\babt\b/gi, 'about'],
  // Pinyin input's near-homophones of the document's commonest terms: 决议 (决意, 决义, 绝议), 建议书 (建意书),
  // 研究组 (研究祖, 研究族).
  [/决[意义仪]|绝议/g, '决议'],
  [/建意书/g, '建议书'],
  [/研究[祖族]/g, '研究组'],
];

/**
 * @example expandShorthand('whats res 52 about') // "what's resolution 52 about"
 */
export function expandShorthand(text: string): string {
  let out = text;
  for (const [re, to] of SHORTHAND) out = out.replace(re, to);
  return out;
}
