/**
 * Resolution numbers spelled out in English words, as dictation and screen-reader users get them
 * ("resolution forty four and ninety"): read as the figures every other step looks for. Only after
 * "resolution" (or "res"), so "one of them" or "seventy countries" stay words; "the resolution one of them
 * wrote" too. A meeting's year after its acronym likewise (WTDC twenty two, WTSA twenty twenty).
 */

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** A dictation tool's homophone of two after a tens word (seventy too); not "to", which makes ranges. */
const TWO_SOUNDS: Record<string, number> = { too: 2 };

const alt = (words: Record<string, number>) => Object.keys(words).join('|');
const BELOW_HUNDRED = `(?:(?:${alt(TENS)})(?:[ -](?:${alt(UNITS)}|${alt(TWO_SOUNDS)})\\b)?|${alt(TEENS)}|${alt(UNITS)})`;
const NUMBER = `(?:(?:(?:one|a) )?hundred(?:(?: and)? ${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;
/** Resolution (number), then one or more numbers joined by and, or, commas. */
const SPELLED = new RegExp(
  `\\b((?:resolutions?|res\\.?)\\s+(?:(?:number|no\\.?)\\s+)?)(${NUMBER}(?:\\s*(?:,|and|&|or|vs\\.?|versus)\\s*${NUMBER})*)\\b(?!\\s+of\\b)`,
  'gi',
);
const ONE_NUMBER = new RegExp(NUMBER, 'gi');

/** The value of a number written in English words (two, forty four, a hundred and one); 0 when none. */
export function spelledValue(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'hundred') n = Math.max(n, 1) * 100;
    else n += UNITS[w] ?? TEENS[w] ?? TENS[w] ?? TWO_SOUNDS[w] ?? 0;
  }
  return n;
}

/**
 * After a resolution's number, another one set beside it (different from eighty eight, and ninety): not one
 * counting things (and seventy countries).
 */
const BESIDE = new RegExp(
  `(?<=\\b(?:and|or|from|with|than|vs\\.?|versus)\\s+)${NUMBER}\\b(?!\\s+of\\b)(?!\\s+[a-z]+s\\b)`,
  'gi',
);

/** A meeting's acronym, then its year in words: the century may be said too (twenty twenty two). */
const MEETING_YEAR = new RegExp(
  `\\b(WTSA|WTDC|WRC|WCIT|PP)\\s+(?:twenty[ -](?=(?:${alt(TENS)}|${alt(TEENS)})\\b))?(${BELOW_HUNDRED})\\b`,
  'gi',
);

/** The text with resolution numbers and meeting years spelled out in English written as figures. */
export function withSpelledNumbers(text: string): string {
  const out = numbered(text).replace(
    MEETING_YEAR,
    (_, code: string, year: string) => `${code} ${String(spelledValue(year)).padStart(2, '0')}`,
  );
  return out === text ? out : out.replace(BESIDE, (n) => String(spelledValue(n)));
}

function numbered(text: string): string {
  return text.replace(
    SPELLED,
    (_, lead: string, numbers: string) =>
      lead + numbers.replace(ONE_NUMBER, (n) => String(spelledValue(n))),
  );
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 四十四 → 44, 一百 → 100, 十八 → 18. */
export function chineseNumeral(s: string): number | null {
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return null;
  }
  return total + current;
}

/**
 * A number as speech says it: with 十/百 (八十三), or digit by digit (八三, 二零, as numbers and years are read
 * out); null when it is no number.
 */
function spokenNumeral(s: string): number | null {
  if (/[十百]/.test(s)) return chineseNumeral(s);
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

const ZH_CHARS = '零〇一二两三四五六七八九十百';
const ZH_NUMERAL = `[${ZH_CHARS}]`;

/**
 * A resolution's number in Chinese words before 号决议 (八十三号决议, 八三号决议 as dictation gives it): the
 * figures every other step reads. Only before 决议, not after a month (三月八号决议 is a day's), and of two
 * characters at least: 哪一号决议 asks which one (第二号决议 is read by the resolution finder).
 */
const ZH_RESOLUTION = new RegExp(`(?<![月${ZH_CHARS}])(${ZH_NUMERAL}{2,5})(?=\\s*号\\s*决议)`, 'g');

/** A meeting's acronym, then its year in Chinese words (WTSA二零, WTDC-二二, WTSA二零二零). */
const ZH_MEETING_YEAR = new RegExp(
  `\\b(WTSA|WTDC|WRC|WCIT|PP)\\s*-?\\s*(${ZH_NUMERAL}{2,4})(?!${ZH_NUMERAL}|\\s*(?:号|届|个|项|条|年))`,
  'gi',
);

/**
 * A code's digit said in Chinese after its letters (IPV六, as dictation writes IPv6): one digit, closing the
 * code where no Chinese word goes on (ITU一直 is ITU and 一直).
 */
const CODE_DIGIT = /(?<=\b[A-Za-z]{2,})([零一二三四五六七八九])(?![\u4e00-\u9fff])/g;

/** The text with resolution numbers, meeting years and codes' digits said in Chinese written as figures. */
export function withChineseFigures(text: string): string {
  return text
    .replace(ZH_RESOLUTION, (words: string) => {
      const n = spokenNumeral(words);
      return n !== null && n > 0 && n < 1000 ? String(n) : words;
    })
    .replace(CODE_DIGIT, (d: string) => String(CN_DIGITS[d]))
    .replace(ZH_MEETING_YEAR, (whole: string, code: string, words: string) => {
      const n = spokenNumeral(words);
      return n === null ? whole : `${code} ${String(n % 100).padStart(2, '0')}`;
    });
}
