/**
 * A bare number that a chat message uses for a resolution: at its head before a dash ("21 - revised or
 * not?"), or said with that resolution's own topic ("72 emf basics, quick", "88 roaming: who pays?").
 * So is one set beside such a resolution with "and" (88 roaming and 89 mobile money, 89 money and 88 roaming).
 * Written out as "Resolution N", every later step reads it as a resolution named by number. Only numbers
 * of resolutions the document holds are read so, and only in those two places: "20 experts" stays a count.
 */
import type { ResolutionTitle } from './resolution-by-topic.js';
import { STOPWORDS } from './stopwords.js';

/** The number at the head of the message, a dash or a colon after it, then words. */
const HEADED = /^(\s*)(\d{1,3})(?=\s*[-–—:]\s*[a-z\u3400-\u9fff])/i;
/** A number, then up to three words that may name its topic. */
const WITH_WORDS = /(?<![\w.#/$€£¥%-])(\d{1,3})((?:\s+[a-z][\w-]*){1,3})/gi;

/**
 * A bare number set beside a resolution named with its topic ("Resolution 88 roaming and 89 mobile money"):
 * the second of the pair, as the first is. Not one counting things after it (and 20 experts).
 */
const PAIRED =
  /(\bResolution \d{1,3}(?:\s+[a-z][\w-]*){1,3}\s+(?:and|&)\s+)(\d{1,3})\b(?![%.,]?\d)(?!\s+[a-z]+s\b)/gi;

/** …or before it ("72 on towers and Resolution 73 climate"): the first of the pair, as the second is. */
const PAIRED_BEFORE =
  /(?<![\w.#/$€£¥%-])(\d{1,3})(?![%.,]?\d)(?!\s+[a-z]+s\b)((?:\s+[a-z][\w-]*){1,4}\s+(?:and|&)\s+Resolution \d{1,3}\b)/gi;

/** Whether a word is one of the words of a resolution's names (emf in "EMF", roaming in its title). */
function namesIt(word: string, title: ResolutionTitle): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || STOPWORDS.has(w)) return false;
  const re = new RegExp(`(?<![a-z0-9])${w.replace(/[-]/g, '\\-')}(?![a-z0-9])`);
  return title.names.some((n) => re.test(n.toLowerCase()));
}

/** The message with such numbers written as "Resolution N". */
export function withNumberedTopics(text: string, titles: readonly ResolutionTitle[]): string {
  const byNumber = new Map(titles.map((t) => [t.number, t]));
  const headed = HEADED.exec(text);
  let out =
    headed && byNumber.has(Number(headed[2]))
      ? `${headed[1]}Resolution ${headed[2]}${text.slice(headed[0].length)}`
      : text;
  out = out.replace(WITH_WORDS, (whole, n: string, words: string, at: number) => {
    const title = byNumber.get(Number(n));
    // Already named ("Resolution 72 emf"), or no word of its own topic after it.
    if (!title || /\b(?:resolutions?|res\.?|r)\s*$/i.test(out.slice(0, at))) return whole;
    return words
      .trim()
      .split(/\s+/)
      .some((w) => namesIt(w, title))
      ? `Resolution ${n}${words}`
      : whole;
  });
  const paired = out.replace(PAIRED, (whole, lead: string, n: string) =>
    byNumber.has(Number(n)) ? `${lead}Resolution ${n}` : whole,
  );
  return paired.replace(PAIRED_BEFORE, (whole, n: string, rest: string, at: number) =>
    byNumber.has(Number(n)) && !/\b(?:resolutions?|res\.?|r)\s*$/i.test(paired.slice(0, at))
      ? `Resolution ${n}${rest}`
      : whole,
  );
}
