/**
 * Puts a question into the form the document is written in, before anything reads it: NFKC (第１２号 → 第12号),
 * traditional → simplified characters (第12號決議 → 第12号决议), no emoji or stray symbols, single spaces.
 * Case is kept: acronym checks (WHO vs who, R44) need the capitals; tokenisation lower-cases later.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/t2cn';
import { stripChatMarkup, withoutSignOff } from './chat-markup.js';
import { expandShorthand } from './chat-shorthand.js';
import { PrefixDictionary } from './prefix-dictionary.js';
import { withSpelledLetters } from './spelled-letters.js';
import { withChineseFigures, withSpelledNumbers } from './spelled-numbers.js';

type Convert = (text: string) => string;

/** OpenCC's config as its code has it: its types leave out the normalisation chain. */
type Config = NonNullable<(typeof OpenCC.Locale)['configs']>[string] & {
  normalizationChain?: readonly DictGroup[];
};

function config(name: string): Config {
  const c = OpenCC.Locale.configs[name];
  if (!c) throw new Error(`opencc-js has no ${name} config`);
  return c;
}

/**
 * One of opencc-js's dictionaries or groups of them (its configs hold them as "src dst|…" strings), as a
 * flat prefix dictionary: opencc-js's own trie, a Map per node, held 4.5 MB in every thread.
 */
function dictionary(dicts: DictLike | DictGroup): PrefixDictionary {
  const group: unknown[] = Array.isArray(dicts) && !Array.isArray(dicts[0]) ? dicts : [dicts];
  if (!group.every((d): d is string => typeof d === 'string'))
    throw new Error('opencc-js dictionaries are expected as strings');
  return PrefixDictionary.fromGroup(group);
}

let toSimplified: Convert | undefined;

/**
 * Taiwan variants (著 → 着), then Hong Kong ones (衞 → 卫), then traditional → simplified characters and
 * phrases; simplified text passes through unchanged. One chain from OpenCC's tw2s and hk2s configs (running
 * both converters would build the shared phrase dictionaries twice).
 */
function simplifier(): Convert {
  if (!toSimplified) {
    const tw = config('tw2s');
    const hk = config('hk2s');
    const normalize: PrefixDictionary[] = (tw.normalizationChain ?? []).map((g: DictGroup) =>
      dictionary(g),
    );
    const segments = dictionary(tw.segmentation);
    const chain = [tw.conversionChain[0]!, hk.conversionChain[0]!, tw.conversionChain[1]!].map(
      dictionary,
    );
    toSimplified = (text) =>
      chain
        .reduce<string[]>(
          (parts, d) => parts.map((p) => d.convert(p)),
          segments.segment(normalize.reduce((t, d) => d.convert(t), text)),
        )
        .join('');
  }
  return toSimplified;
}

/**
 * Traditional (Taiwan or Hong Kong) characters and phrases in simplified ones; simplified text as it is.
 * A 么 typed stays one: OpenCC reads it as the traditional 么 (幺, "one"), which turned the particle of
 * 改了么？ into 幺; traditional text writes the particle 麼, which still becomes 么.
 */
export function toSimplifiedChinese(text: string): string {
  const convert = simplifier();
  return text.includes('么') ? text.split('么').map(convert).join('么') : convert(text);
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

/**
 * ITU meeting codes as people type them, run together or spaced and with the full year (wtsa20, WTSA 20,
 * WTSA 2020): the document writes WTSA-20.
 */
const LOOSE_MEETING_CODE = /\b(WTSA|WTDC|WRC|WCIT|WSIS|GSS|PP)(?:\s?20|\s?)(\d{2})(?!\d)/gi;

/** Only worth converting when there is a CJK character at all. */
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * @example normalizeInput('第１２号') // '第12号'
 * @example normalizeInput('決議內容') // '决议内容'
 */
/** A Latin letter and the combining marks after it, once decomposed. */
const LATIN_ACCENT = /(\p{Script=Latin})\p{M}+/gu;

/** A space between two Chinese characters. */
const SPACE_IN_CHINESE = /(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])/g;
/** Words this long on average, between spaces, are Chinese typed word by word, not clauses set apart. */
const SPACED_WORD_CHARS = 3;

/**
 * Chinese typed with a space after every word (手机 辐射 怕, as some learners and signers write): the spaces
 * are no breaks, and patterns that read 多少钱 or 叫什么 must see the words together. Spaces that set
 * clauses apart in a long message (去放了几个风筝线都断了 有没有决议…) stay.
 */
function joinSpacedChinese(text: string): string {
  const spaces = text.match(SPACE_IN_CHINESE)?.length ?? 0;
  if (spaces < 2) return text;
  const runs = text.match(/[\u3400-\u9fff]+/g) ?? [];
  const mean = runs.reduce((n, r) => n + r.length, 0) / runs.length;
  return mean <= SPACED_WORD_CHARS ? text.replace(SPACE_IN_CHINESE, '') : text;
}

/**
 * The same text, held as a two-byte string. V8 compiles a regular expression once for each string width it
 * runs on, and questions come in both (English one-byte, Chinese two-byte): every pattern of the pipeline
 * was compiled twice in every answering thread. Strings derived from a two-byte one stay two-byte, so one
 * width serves all: the compiled patterns of a thread after 300 answers fell from 12.2 to 8.6 MB (heap
 * snapshot), the process tree by 3-4 MB per thread. The content is unchanged.
 */
function twoByte(text: string): string {
  return ('\u0100' + text).slice(1);
}

export function normalizeInput(text: string): string {
  // Accents off Latin letters (interprétation, délégués): the English word is meant, and the lexicons hold
  // it without them.
  let out = withoutSignOff(stripChatMarkup(twoByte(text)))
    .normalize('NFKC')
    .normalize('NFD')
    .replace(LATIN_ACCENT, '$1')
    .normalize('NFC')
    .replace(DASHES, '-');
  if (HAS_CJK.test(out)) out = joinSpacedChinese(toSimplifiedChinese(out));
  out = withChineseFigures(withSpelledNumbers(withSpelledLetters(expandShorthand(out))))
    .replace(INVISIBLE, '')
    .replace(DROP, ' ')
    .replace(
      LOOSE_MEETING_CODE,
      (_, series: string, year: string) => `${series.toUpperCase()}-${year}`,
    )
    .replace(/\s+/g, ' ')
    .trim();
  // NFKC and the other steps may hand back a one-byte string again.
  return twoByte(out);
}
