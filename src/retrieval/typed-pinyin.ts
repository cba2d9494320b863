/**
 * Chinese words written in pinyin: a pupil, or someone on a keyboard without Chinese input, writes the
 * word they cannot type by its sound (feng zheng 比赛, 关于 wurenji 的决议). In a question that also holds
 * Chinese, a run of lower-case pinyin read as exactly one of the words the document is about is read as
 * that word, and shown to the asker as a misspelling is (spelling.ts).
 *
 * Guards, each against an English word taken for pinyin:
 * - only questions with Chinese in them, and only lower-case runs (ITU, IoT, WTSA stay as written);
 * - the run must read as a whole word of two characters or more (a lone syllable, le or de, is left);
 * - a single Latin word that general English knows is English (change is no chang'e).
 */
import { PINYIN } from './pinyin-data.js';
import { readingsOf } from './pinyin.js';
import type { Spelling } from './spelling.js';

export interface PinyinLexicon {
  /** The words a pinyin run may be read as: what the document is about (titles' words, glossary terms). */
  terms: Iterable<string>;
  /** How many clauses use a word: of two words read alike, the one the document uses more is meant. */
  uses: (word: string) => number;
  /** Whether general English knows a word. */
  isEnglish: (word: string) => boolean;
}

const SYLLABLES = new Set(Object.keys(PINYIN));
/** Readings of a term tried at most (characters with several readings multiply them). */
const MAX_READINGS = 16;
/**
 * A lower-case Latin run: words separated by spaces or apostrophes (xi'an), no letter or digit beside, with
 * the spaces around it (typed to set it off from the Chinese, and dropped once it is read as Chinese).
 */
const LATIN_RUN = /( *)(?<![A-Za-z0-9])([a-z]+(?:[ ']+[a-z]+)*)(?![A-Za-z0-9])( *)/g;
const HAN = /[\u4e00-\u9fff]/;

/** A term's readings with the syllables run together (wulianwang), as the key a run is looked up by. */
function joinedReadings(term: string): string[] {
  let keys = [''];
  for (const c of term) {
    const rs = readingsOf(c);
    if (!rs.length) return [];
    keys = keys.flatMap((k) => rs.map((r) => k + r));
    if (keys.length > MAX_READINGS) return [];
  }
  return keys;
}

/** Whether a Latin word can be cut into pinyin syllables (laji: la + ji). */
function isPinyin(word: string): boolean {
  const ok = [true];
  for (let end = 1; end <= word.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 6); start < end && !ok[end]; start++) {
      if (ok[start] && SYLLABLES.has(word.slice(start, end))) ok[end] = true;
    }
  }
  return ok[word.length] === true;
}

export class TypedPinyin {
  /** Joined reading → the term read so; null when two terms read so are used as often. */
  private readonly bySound = new Map<string, string | null>();

  constructor(private readonly lexicon: PinyinLexicon) {
    const uses = new Map<string, number>();
    for (const term of new Set(lexicon.terms)) {
      if (!/^[\u4e00-\u9fff]{2,8}$/.test(term)) continue;
      uses.set(term, lexicon.uses(term));
      for (const key of joinedReadings(term)) {
        const known = this.bySound.get(key);
        if (known === undefined) this.bySound.set(key, term);
        else if (known !== null && known !== term) {
          const a = uses.get(known) ?? 0;
          const b = uses.get(term)!;
          this.bySound.set(key, a === b ? null : a > b ? known : term);
        }
      }
    }
  }

  read(text: string): Spelling {
    const corrections: [string, string][] = [];
    if (!HAN.test(text)) return { text, corrections };
    const out = text.replace(LATIN_RUN, (all, before: string, run: string, after: string) => {
      const words = run.split(/([ ']+)/);
      // words alternates word, separator, word …; spans are taken longest first, left to right.
      const tokens = words.filter((_, i) => i % 2 === 0);
      const parts: string[] = [];
      for (let i = 0; i < tokens.length;) {
        let read = 0;
        for (let j = tokens.length; j > i && !read; j--) {
          const span = tokens.slice(i, j);
          if (!span.every(isPinyin)) continue;
          if (span.length === 1 && this.lexicon.isEnglish(span[0]!)) continue;
          const term = this.bySound.get(span.join(''));
          if (!term) continue;
          const written = words.slice(2 * i, 2 * j - 1).join('');
          if (!corrections.some(([a]) => a === written)) corrections.push([written, term]);
          parts.push(term);
          read = j - i;
        }
        if (!read) parts.push(tokens[i]!);
        i += read || 1;
      }
      if (parts.length === tokens.length && parts.every((p, k) => p === tokens[k])) return all;
      // 垃圾 短信 is 垃圾短信: a space beside Chinese only set the pinyin off.
      const read = parts.join(' ');
      const first = HAN.test(read[0]!) ? '' : before;
      const last = HAN.test(read.at(-1)!) ? '' : after;
      return first + read + last;
    });
    return { text: out, corrections };
  }
}
