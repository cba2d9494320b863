/**
 * Whether a message is about the document's field at all. A message on another subject ("best fertiliser
 * for maize", 怎么教小朋友背古诗) shares a common word or two with some clause (best, 教育), and the relevance
 * check, which must let everyday wordings through, lets it pass. So each word is weighed by where it is used:
 * in the document or the everyday questions written for its clauses (the field's words), and how common it
 * is in general language. A message is off the field when none of its words is a field word uncommon in
 * general language (an anchor: 辐射, ipv6, 区域组's 区域 is too common alone, so is "best") and at least
 * two of its content words appear nowhere in the field (fertiliser, maize; 古诗, 小朋友). Both together: a
 * short lookup of common words (区域组 线上 方法) has no foreign words, and one unknown word may be a typo.
 * An anchor or two among many foreign words may be a stray (a question word some everyday question uses):
 * the message is still off the field when its foreign words outnumber all it shares with the field.
 *
 * The field's words include everyday ones (its everyday questions ask with 医生, 推荐, party, budget), and an
 * everyday message shares several of them. So each shared word is also weighed by its keyness: its share of
 * the field over its share of general text. A word of the subject (辐射, 漫游, spam, 网络安全) is used
 * hundreds of times more often in the field than in general text; an everyday word a few times to some
 * tens. A message whose every shared word is everyday, with two or more words the field never uses
 * (dictionary renderings included: they bridge loosely), is about something else.
 */
import { QUERY_STOPWORDS } from './stopwords.js';

export interface FieldLookups {
  /** Whether the document or its clauses' everyday questions use the token. */
  inField(token: string): boolean;
  /** Whether the document uses the token, or the everyday questions of several clauses (see Retriever). */
  usedByField(token: string): boolean;
  /** A Chinese word's frequency in the segmenter's general dictionary (0 when not listed). */
  chineseFrequency(word: string): number;
  /** An English word's count in a general corpus (0 when unknown). */
  englishFrequency(word: string): number;
  /** The token's share of the field's clauses and everyday questions (0 when none uses it). */
  fieldShare(token: string): number;
  /** The word's share of general text (0 when unknown: then no keyness is judged). */
  generalShare(word: string): number;
}

/**
 * Counts at which a word is too common to show the subject: measured over the dictionary's scales (jieba's
 * frequencies run to about a million; SemCor's counts to a few thousand), where the document's own terms
 * (辐射 about 3,000, 标准化 900; spectrum 9) sit below and everyday words (一点 14,000; best 150) above.
 */
const COMMON_CHINESE = 5000;
const COMMON_ENGLISH = 30;
/** Foreign content words needed, so one typo or name alone does not make a message off-topic. */
const MIN_FOREIGN = 2;

/**
 * Prepositions, conjunctions and the particles of phrasal verbs (runs out, sets up): general English,
 * though a general corpus's sense counts leave them low (after 5, out 11), so they would pass for words of
 * the field.
 */
const FUNCTION_WORDS = new Set(
  'after before during since until till while whilst within without upon among amongst across against along around behind below beneath beside besides between beyond despite except inside near onto outside over per through throughout toward towards under underneath unlike via though although unless whether out up off down away'.split(
    ' ',
  ),
);

const CJK = /[\u4e00-\u9fff]/;
const LATIN_WORD = /^[a-z][a-z-]{2,}$/;
/** Latin tokens with digits (ipv6, 5g, e-161): codes of the field when the field uses them. */
const CODE = /^(?=.*\d)(?=.*[a-z])[a-z\d.-]+$/;

function isContent(token: string): boolean {
  if (QUERY_STOPWORDS.has(token) || FUNCTION_WORDS.has(token)) return false;
  return CJK.test(token) ? token.length >= 2 : LATIN_WORD.test(token);
}

function isAnchor(token: string, look: FieldLookups): boolean {
  if (QUERY_STOPWORDS.has(token) || FUNCTION_WORDS.has(token) || !look.usedByField(token))
    return false;
  if (CJK.test(token)) return token.length >= 2 && look.chineseFrequency(token) < COMMON_CHINESE;
  if (CODE.test(token)) return true;
  return LATIN_WORD.test(token) && look.englishFrequency(token) < COMMON_ENGLISH;
}

/**
 * @param tokens the message's tokens (jieba words and Latin words, lower-cased), with those of its
 *   rewriting into the document's words
 * @param rendered words the dictionary or glossary renders into the document's words: not foreign
 * @returns the words no part of the field uses when the message is off the field, else null
 */
export function offFieldWords(
  tokens: readonly string[],
  rendered: ReadonlySet<string>,
  look: FieldLookups,
): string[] | null {
  const words = [...new Set(tokens)];
  const anchors = words.filter((t) => isAnchor(t, look)).length;
  // A hyphenated word the field never uses is one foreign word, not also each of its pieces.
  const pieces = new Set(words.filter((t) => t.includes('-')).flatMap((t) => t.split('-')));
  const foreign = words.filter(
    (t) => isContent(t) && !rendered.has(t) && !look.inField(t) && !pieces.has(t),
  );
  if (!anchors) return foreign.length >= MIN_FOREIGN ? foreign : null;
  // One stray word of the field among many it never uses (a kite-glue recipe asking 多长 it must dry: some
  // everyday question uses 多长): still another subject, when the foreign words outnumber every word the field shares with
  // the message, common ones included, and each anchor twice over.
  const shared = words.filter((t) => isShared(t, rendered, look)).length;
  return foreign.length >= STRAY_FOREIGN && foreign.length >= 2 * anchors && foreign.length > shared
    ? foreign
    : null;
}

/** Foreign words needed beside a word of the field: a stray word is no subject, three foreign ones are. */
const STRAY_FOREIGN = 3;
/**
 * Counts below which a word the field uses is shared with the message as a word of substance (时间, report),
 * not a word of every sentence (一个, the): ten times those that make an anchor.
 */
const SHARED_CHINESE = 20000;
const SHARED_ENGLISH = 200;

function isShared(token: string, rendered: ReadonlySet<string>, look: FieldLookups): boolean {
  if (!isContent(token) || !(rendered.has(token) || look.inField(token))) return false;
  return CJK.test(token)
    ? look.chineseFrequency(token) < SHARED_CHINESE
    : look.englishFrequency(token) < SHARED_ENGLISH;
}

/**
 * Keyness (log10 of field share over general share) below which a shared word is everyday: measured on the
 * dev questions, where everyday words the field's questions use sit at 1–2.5 (good 1.2, 医生 1.8, people
 * 1.9) and the subject's own words above (网络 3.1, 垃圾 3.3, spam 3.5, 路由器 4.0). An English word of
 * the subject may sit lower (roaming 2.6: SemCor counts roam), but its rendering into the document's term
 * (imr 3.7) is among the message's words too.
 */
export const EVERYDAY_KEYNESS = 2.75;
/** Words the field never uses that make an everyday message another subject: one may be a typo or a name. */
const MIN_UNUSED = 2;
/** A number with its measure word (三个, 五年, 十八) says nothing of the subject. */
const NUMBER_WORD = /^[一二两三四五六七八九十几百千万半数每]+[个年月天日周次件位条项种]?$/;

function isSubjectWord(token: string): boolean {
  if (CJK.test(token)) return token.length >= 2 && !NUMBER_WORD.test(token);
  return (
    (LATIN_WORD.test(token) || CODE.test(token)) &&
    !QUERY_STOPWORDS.has(token) &&
    !FUNCTION_WORDS.has(token)
  );
}

/**
 * Whether every word the message shares with the field is everyday, and at least two are words the field
 * never uses; judged apart from offFieldWords, after a topic of the field the document never covers has
 * been named as such (a printer is ICT, though a message on it shares only everyday words).
 * @returns the words the field never uses when so, else null
 */
export function everydayWords(tokens: readonly string[], look: FieldLookups): string[] | null {
  const unused: string[] = [];
  for (const t of new Set(tokens)) {
    if (singleUnused(t, look)) unused.push(t);
    if (!isSubjectWord(t)) continue;
    const field = look.fieldShare(t);
    if (!field) {
      unused.push(t);
      continue;
    }
    const general = look.generalShare(t);
    if (!general || Math.log10(field / general) >= EVERYDAY_KEYNESS) return null;
  }
  return unused.length >= MIN_UNUSED ? unused : null;
}

/**
 * A single Chinese character the segmenter leaves alone is a word of its own when general text uses it often
 * (煮, 洗, 汤: jieba splits a dish's name into them), not a stray piece of a name or typo (rarer than this).
 */
const SINGLE_WORD = 1000;

/** A single-character word the field never uses: counts as unused, though too short to weigh as a subject. */
function singleUnused(t: string, look: FieldLookups): boolean {
  return (
    t.length === 1 &&
    CJK.test(t) &&
    !QUERY_STOPWORDS.has(t) &&
    !look.fieldShare(t) &&
    look.chineseFrequency(t) >= SINGLE_WORD
  );
}
