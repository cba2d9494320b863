/**
 * Chinese words typed by sound: pinyin input and dictation put a character of the same reading for the one
 * meant (决意 for 决议, 非州 for 非洲, 慢游 for 漫游, 建意书 for 建议书). A span of the question that the
 * document never writes, read the same as one of the document's words and differing from it in one
 * character, is read as that word — as English slips are (spelling.ts), and shown to the asker the same way.
 *
 * Guards, each against a real word taken for a slip:
 * - the span must be whole words of the question as jieba cuts it (我们现在 holds no 们现 to correct), and
 *   the character that differs no function word (在哪 is not 在内) nor part of a word the dictionary lists;
 * - a span the dictionary lists as a word is never a slip: the few real words typed for the document's
 *   commonest terms (决意 for 决议) are chat-shorthand's;
 * - the word meant is one of what the document is about (its titles' words, the glossary's terms: 限值 is
 *   no slip for 限制), used twice at least, and no other such word reads the same.
 */
import { readingsOf } from './pinyin.js';
import type { Spelling } from './spelling.js';
import { jiebaCut } from './tokenize.js';

export interface HomophoneLexicon {
  /** The words a slip may be read as: what the document is about (its titles' words, the glossary's terms). */
  terms: Iterable<string>;
  /** How many clauses use a word. */
  uses: (word: string) => number;
  /** Whether the document writes a span as it is. */
  inDocument: (span: string) => boolean;
  /** Whether a span is a word of general Chinese (the dictionary lists it). */
  isWord: (span: string) => boolean;
  /** Whether a character is a function word (在, 哪, 的): no slip for a content word. */
  isFunctionWord: (word: string) => boolean;
}

/** Readings of a span tried at most (characters with several readings multiply them). */
const MAX_READINGS = 16;
/** The word meant is one the document uses at least this often. */
const USED = 2;

const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;
/**
 * Sentence-final particles of chat and dialect (第几号嘛, 好多哦, 改了噻): they end a question, so they are no
 * slip for a word that shares their sound (嘛 for 码).
 */
const PARTICLE = /^[嘛呀啦哦喔咯哈呗嘞噻喃哇咧嗦撒]$/;
/**
 * The verbs of asking what became of a resolution (作费 typed for 作废, 修定 for 修订): slips are read as these
 * too, though the document may never write them (it says 废止, not 作废).
 */
const ASKING_WORDS = [
  '作废',
  '废止',
  '废除',
  '撤销',
  '取消',
  '修订',
  '修改',
  '更改',
  '通过',
  '保留',
  '保持',
];
/** Such a verb is read only where a verb stands: before 了, 过, 吗, 几 (作费了几个), not in a name (固废处的). */
const AFTER_VERB = /^[了过掉没吗几哪啥]/;

function readingsOfSpan(span: string): string[] {
  let keys = [''];
  for (const c of span) {
    const rs = readingsOf(c);
    if (!rs.length) return [];
    keys = keys.flatMap((k) => rs.map((r) => (k ? `${k} ${r}` : r)));
    if (keys.length > MAX_READINGS) return [];
  }
  return keys;
}

function differing(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

export class Homophones {
  /** Reading → the document word read so; null when several are. */
  private readonly bySound = new Map<string, string | null>();

  private readonly topicWords: Set<string>;

  constructor(private readonly lexicon: HomophoneLexicon) {
    this.topicWords = new Set(lexicon.terms);
    for (const term of new Set([...this.topicWords, ...ASKING_WORDS])) {
      if (!/^[\u4e00-\u9fff]{2,4}$/.test(term)) continue;
      for (const key of readingsOfSpan(term)) {
        const known = this.bySound.get(key);
        if (known === undefined) this.bySound.set(key, term);
        else if (known !== term) this.bySound.set(key, null);
      }
    }
  }

  /** The document word a span is read as, or null. */
  private meant(span: string, after: string): string | null {
    for (const key of readingsOfSpan(span)) {
      const term = this.bySound.get(key);
      if (!term || term === span || differing(term, span) !== 1) continue;
      // Looked up only for a span that sounds like a topic word: most spans sound like none, and a
      // search of the document's text for each would cost more than the rest of planning.
      if (this.lexicon.inDocument(span) || this.lexicon.isWord(span)) return null;
      if (ASKING_WORDS.includes(term) && AFTER_VERB.test(after)) return term;
      if (this.topicWords.has(term) && this.lexicon.uses(term) >= USED) return term;
    }
    return null;
  }

  correct(text: string): Spelling {
    const corrections: [string, string][] = [];
    const out = text.replace(HAN_RUN, (run) => {
      // Where the question's words start and end, and where a word stands that no slip makes: a function
      // word (在哪 is not 在内) or a word the dictionary lists.
      const bounds = new Set([0]);
      const fixedAt = new Set<number>();
      let at = 0;
      for (const w of jiebaCut(run)) {
        if (
          this.lexicon.isFunctionWord(w) ||
          PARTICLE.test(w) ||
          (w.length > 1 && this.lexicon.isWord(w))
        )
          for (let k = 0; k < w.length; k++) fixedAt.add(at + k);
        bounds.add((at += w.length));
      }
      let fixed = '';
      for (let i = 0; i < run.length;) {
        let done = 0;
        for (const len of [4, 3, 2]) {
          if (!bounds.has(i) || !bounds.has(i + len) || i + len > run.length) continue;
          const span = run.slice(i, i + len);
          // The character that differs must stand alone, as jieba cuts a slip (非/州, 慢/游).
          const term = this.meant(span, run.slice(i + len));
          if (term && [...span].some((c, k) => c !== term[k] && fixedAt.has(i + k))) continue;
          if (term) {
            if (!corrections.some(([a]) => a === span)) corrections.push([span, term]);
            fixed += term;
            done = len;
            break;
          }
        }
        if (!done) fixed += run[i]!;
        i += done || 1;
      }
      return fixed;
    });
    return { text: out, corrections };
  }
}
