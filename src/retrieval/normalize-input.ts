/**
 * Puts a question into the form the document is written in, before anything reads it: NFKC (第１２号 → 第12号),
 * traditional → simplified characters (第12號決議 → 第12号决议), no emoji or stray symbols, single spaces.
 * Case is kept: acronym checks (WHO vs who, R44) need the capitals; tokenisation lower-cases later.
 */
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let toSimplified: Convert | undefined;

/** Taiwan variants first (著 → 着), then Hong Kong ones (衞 → 卫); simplified text passes through unchanged. */
function simplifier(): Convert {
  if (!toSimplified) {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    toSimplified = (text) => hk(tw(text));
  }
  return toSimplified;
}

/** Hyphen-like dashes NFKC leaves alone; references (IMT-2020, WTDC-22) are matched with an ASCII hyphen. */
const DASHES = /[\u2010-\u2013\u2212\ufe58]/g;

/** Invisible characters (zero-width spaces, joiners, variation selectors, BOM) vanish without a gap. */
const INVISIBLE = /[\p{Cf}\ufe00-\ufe0f]/gu;
/**
 * What a question keeps: letters, digits, combining marks, punctuation (？ , 。 - / & . …), currency and
 * ASCII symbols (+ = < > for amounts and comparisons). Anything else (emoji, pictographs, arrows, ©,
 * keycap frames) becomes a space.
 */
const DROP = /[^\p{L}\p{N}\p{Mn}\p{Mc}\p{P}\p{Sc}\s\x21-\x7e]/gu;

/** Only worth converting when there is a CJK character at all. */
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * @example normalizeInput('第１２号') // '第12号'
 * @example normalizeInput('決議內容') // '决议内容'
 */
export function normalizeInput(text: string): string {
  let out = text.normalize('NFKC').replace(DASHES, '-');
  if (HAS_CJK.test(out)) out = simplifier()(out);
  return out.replace(INVISIBLE, '').replace(DROP, ' ').replace(/\s+/g, ' ').trim();
}
