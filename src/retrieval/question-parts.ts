/**
 * A message that asks several things at once ("What does Resolution 58 ask, and was it revised?",
 * 第12号决议讲什么？另外第34号呢？): its parts, each a question of its own. The setting before the first
 * question goes with it; each later part is read as a follow-up of the ones before, so "it" and 呢 find
 * what the first part named.
 */
import { expandShorthand } from './chat-shorthand.js';
import { sentencesOf } from './sentences.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** The most parts a message is answered in; the rest stays with the last part. */
const MAX_PARTS = 3;

/**
 * Inside one sentence, where a second question starts: "…, and did it …", "… — and who …", 另外/此外/还有
 * after a comma or semicolon, or a semicolon before a question word.
 */
const SECOND_QUESTION =
  /(?:,|\s[—–-]{1,2})\s*(?:and|also|plus)\s+(?=(?:did|does|do|is|was|were|are|has|have|had|can|could|should|will|what|which|who|whom|whose|how|when|where|why)\b)|[，,；;]\s*(?=另外|此外|还有|同时|以及)|[；;]\s*(?=(?:是否|是不是|有没有|什么|哪|谁|多少|几|何|怎么|为什么))/i;

/** A sentence asks when it ends with a question mark, or with 吗/呢 typed without one. */
const ASKS = /(?:[?？]|[吗呢么])\s*$/;
/**
 * Chat drops the last question mark ("…跟谁协作？还有按照什么来的"): a last sentence without an end asks,
 * when it has a question's or a request's form; a remark ("both look alike to me") does not.
 */
const UNENDED = /[^。！？!?.…]\s*$/;
const QUESTION_FORM =
  /^\W*(?:(?:and|also|so|then|plus|or|but)\s+)*(?:what|which|who|whom|whose|how|when|where|why|whether|did|does|do|is|are|was|were|has|have|had|can|could|should|will|would|may|might|must|any|tell|show|list|give|explain|describe|summari[sz]e|compare|quote|name)\b|什么|啥|哪|谁|怎|如何|多少|几|是否|是不是|有没有|有无|吗|呢|么|为何|请|列出|说说|讲讲|介绍|解释|告诉/i;

/** Words that point at the document rather than say what is asked about (决议, 原文, "the doc"). */
const ABOUT_THE_DOCUMENT = new Set([
  '决议',
  '文件',
  '条款',
  '原文',
  '具体',
  '单独',
  '专门',
  'document',
  'doc',
  'resolution',
  'resolutions',
  'text',
  'exactly',
  'clause',
  // Where in it, and please: "which clause, which item please" asks where the answer stands.
  'item',
  'items',
  'paragraph',
  'section',
  'number',
  'pls',
  'plz',
  'please',
  '编号',
  '第几条',
]);

/** A resolution's status is a question of its own, however short ("was it revised?", 是新的吗？). */
const STATUS = /修订|修改|新决议|无修改|状态|\b(?:revised|amended|unchanged|changed|new|status)\b/i;

/** Words that ask how things differ, not what about: "有什么不一样？" after a question compares its sides. */
const DIFFER =
  /不一样|一样|不同|区别|差别|差异|异同|相同|(?<=区别|不同|差别|差异)何在|\b(?:differ(?:s|ence|ences|ent)?|same|compared?|contrast)\b/gi;

/** The two just named, pointed back at (二者, 这两项, "the two of them"): no topic of the piece's own. */
const THE_TWO =
  /二者|两者|[这那]两(?:个|项|份|条)?|[这那]?俩|\b(?:the two(?: of them)?|both of them)\b/gi;

/**
 * Whether a piece says enough to be asked on its own: "which?", 有单独的决议吗？, 效果怎么样？, "where
 * exactly is it?", 有什么不一样？ lean on the question before them (its topic) and are answered with it.
 */
function standsAlone(piece: string): boolean {
  return (
    /\d/.test(piece) ||
    STATUS.test(piece) ||
    topicWords(piece.replace(DIFFER, ' ').replace(THE_TWO, ' ')) >= 2
  );
}

/** How many words of a piece say what it is about (not function words, the document, numbers). */
function topicWords(piece: string): number {
  // Read as chat shorthand is read, so another language's question words and particles ("anong number
  // po?": what number?) are no topic.
  return tokenize(expandShorthand(piece), 'jieba').filter(
    (t) =>
      !STOPWORDS.has(t) &&
      !ABOUT_THE_DOCUMENT.has(t) &&
      !/^[\p{P}\s]+$/u.test(t) &&
      !/^\d+$/.test(t),
  ).length;
}

/**
 * A first part that only names what the message is about ("那讲漫游的那个决议呢？", "And Resolution 12?", in
 * Nigerian Pidgin "the kite one nko?") asks nothing yet: the question after it is asked of it.
 */
const NAMES_ONLY =
  /^(?:(?:那|那么|还有|另外)[^？?]{0,24}呢|(?:and|what about|how about)\b[^?]{0,40}|[^?]{1,40}\bnko)\s*[？?]$/i;

/**
 * A question that starts by pointing back at what the one before counted (那四个是哪些？, "those 4, which are
 * they?"): it is asked of that, and goes with it.
 */
const POINTS_BACK =
  /^\s*(?:那|这)(?:[一两二三四五六七八九十]+|\d+|几)(?:个|项|份|条|些)|^\s*(?:those|these) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/**
 * A question that tells sides apart (which one is kite-only and which stays?, 哪个是新的，哪个没改？) is
 * asked of the things just named, however many status words it has: it goes with them.
 */
const SIDES_OF_BEFORE =
  /^\s*(?:(?:and|so|then)\s+)?which(?:\s+one)?\s+(?:is|was|are|were|has|had|got|did)\b[^?]*?\b(?:and|or)\s+which\b|^\s*(?:那|那么)?哪(?:个|项|一个|一项)[^？?。]{1,20}?[，,、]?\s*(?:哪(?:个|项|一个|一项)|另一(?:个|项))/i;

/**
 * The asker's guess at what the question before asks (…要先弄清楚什么？是不是要数一数风筝？, "What do they
 * check first? Is it the kite count?"): the same question, offered an answer to confirm.
 */
const GUESS =
  /^\s*(?:是不是|是否就是|就是|难道是|莫非是?|还是说|大概是|应该是)|^\s*(?:is it|is that|would it be|i guess|maybe|perhaps|probably)\b/i;
/** A question that asks for something by a question word (what, which, 什么, 哪): one a guess may answer. */
const ASKS_FOR = /什么|啥|哪|谁|怎么|怎样|如何|多少|\b(?:what|which|who|whom|how|where|when)\b/i;
const guessesBefore = (before: string, piece: string) =>
  ASKS_FOR.test(before) && GUESS.test(piece) && !/\d/.test(piece) && !STATUS.test(piece);

/**
 * A Chinese head that neither asks nor names a resolution (好多家长被乱扣流量费，还有被电话骗的，…有没有…？):
 * the setting of the question after 还有, not a question of its own.
 */
const tellsSetting = (head: string) =>
  /[\u3400-\u9fff]/.test(head) && !/\d/.test(head) && !QUESTION_FORM.test(head);

/** A sentence cut where a second question starts; each piece ends as a question. */
function splitSentence(s: string): string[] {
  const out: string[] = [];
  let rest = s;
  for (let m = SECOND_QUESTION.exec(rest); m && out.length < MAX_PARTS - 1;) {
    const head = rest.slice(0, m.index).trim();
    const tail = rest.slice(m.index + m[0].length).trim();
    if (!standsAlone(head) || !standsAlone(tail) || tellsSetting(head) || pairsSides(head, tail))
      break;
    out.push(/[\u3400-\u9fff]$/.test(head) ? `${head}？` : `${head}?`);
    rest = tail;
    m = SECOND_QUESTION.exec(rest);
  }
  out.push(rest.trim());
  return out;
}

/**
 * "Which of the kite rules is new, and which one stayed?": two "which" halves ask one thing, how the sides
 * of one comparison fall, and are answered together.
 */
function pairsSides(head: string, tail: string): boolean {
  return (
    /\bwhich(?:\s+one|\s+of\s+[^,;]{1,30}?)?\s+(?:was|is|were|are|has|had|did|does|got)\b/i.test(
      head,
    ) &&
    /^which(?:\s+one|\s+of\s+(?:them|the two|these|those))?\s+(?:was|is|were|are|has|had|did|does|got|remained|stayed)\b/i.test(
      tail,
    )
  );
}

/** Sentences, a question quoted inside one ("he asked, 'why?'. I …") kept with its sentence. */
function sentencesWithQuotes(text: string): string[] {
  const out: string[] = [];
  for (const s of sentencesOf(text)) {
    // A closing quote or bracket ends what it opened: 那个（12号？）还有效吗 is one question.
    if (out.length && /^\s*['"”’」』)）]/.test(s)) out[out.length - 1] += s;
    else out.push(s);
  }
  return out;
}

/**
 * The questions a message asks, in order; a message that asks one thing is one part. Sentences that do not
 * ask (the asker's setting, a greeting) join the question that follows them.
 */
export function questionParts(text: string): string[] {
  const sentences = sentencesWithQuotes(text);
  if (sentences.filter((s) => ASKS.test(s)).length === 0) return [text];
  const last = sentences.length - 1;
  // Unended, it must say something of its own: "(res 44)" after a question is a note on it.
  const asks = (s: string, i: number) =>
    ASKS.test(s) ||
    (i === last && i > 0 && UNENDED.test(s) && QUESTION_FORM.test(s.trim()) && topicWords(s) >= 2);
  const parts: string[] = [];
  let pending = '';
  for (const [i, s] of sentences.entries()) {
    if (!asks(s, i)) {
      pending += s;
      continue;
    }
    const pieces = splitSentence(s.trim());
    if (pending)
      pieces[0] = `${pending.trim()}${/[。！？]$/.test(pending.trim()) ? '' : ' '}${pieces[0]}`;
    pending = '';
    // A question that leans on the one before ("which?", 分别是哪几项？) stays with it; a first one that
    // says nothing yet (在吗？, "Quick question?") goes with the next.
    if (
      parts.length &&
      (!standsAlone(pieces[0]!) ||
        POINTS_BACK.test(pieces[0]!) ||
        SIDES_OF_BEFORE.test(pieces[0]!) ||
        guessesBefore(parts[parts.length - 1]!, pieces[0]!))
    )
      parts[parts.length - 1] += ` ${pieces.shift()}`;
    if (!parts.length && pieces.length === 1 && !standsAlone(pieces[0]!)) {
      pending = pieces[0]!;
      continue;
    }
    parts.push(...pieces);
  }
  if (!parts.length) return [text];
  if (parts.length > 1 && NAMES_ONLY.test(parts[0]!.trim()))
    parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  // A closing remark after the last question ("Thanks!") stays with it.
  if (pending) parts[parts.length - 1] += pending;
  if (parts.length <= MAX_PARTS) return parts.map((p) => p.trim()).filter(Boolean);
  return [...parts.slice(0, MAX_PARTS - 1), parts.slice(MAX_PARTS - 1).join(' ')].map((p) =>
    p.trim(),
  );
}
