/** Carries the subject of a conversation forward: "它" / "this resolution" / "what about 97?" read with history. */
import type { Turn } from '../contract/api.js';
import { clauseReference } from './clause-reference.js';
import { listPick } from './list-pick.js';
import { historyAnchor, relativeReference, PLACE_WORDS } from './relative-clause.js';
import { COMPARE_WORDS, OTHER_RESOLUTIONS } from './question-intent.js';
import { bareResolutionRef, resolutionRefs } from './resolution-refs.js';

/** Words at most in each piece of a telegraphed follow-up (all?? or only poorest??). */
const TELEGRAPHED_WORDS = 3;
/**
 * Pointing back: it, this resolution, these; both, which one, 哪个 (of the two just talked about). 伊 is
 * "it, he" in Wu and Min (not the 伊 of 伊朗, 伊斯兰, 伊拉克); 他 before a verb of saying (他说, Cantonese 佢话)
 * is the text said of, as speech and Cantonese's one pronoun write "it".
 */
const ANAPHORA =
  /你(?:刚|刚才|刚刚|前面|上面|之前|方才)(?:所)?(?:说|讲|提|列)(?:到|出)?(?:的|过的)|\byou (?:just |already )?(?:mentioned|said|talked about|referred to|quoted|listed)\b|^\s*这个(?![决号])|它|它们|伊(?![朗拉斯])|他们|他(?=说|讲|话|要求|提到|规定|写)|这些|那些|该决议|这项决议|此决议|这个决议|这一决议|本决议|上述决议|这份决议|其中|该项|[这那]一?[条项](?!目)|this resolution|that resolution|the resolution|the same|this one|that one|\bit\b|\bits\b|\bin there\b|\bthey\b|\bthem\b|\b(?:of|among) (?:these|those)\b|\bboth\b|\bwhich one\b|\beither (?:one|of them)\b|(?:这|那)?两(?:个|项|份|条)(?!决议)|哪一?(?:个|项)(?=是|呢|[？?，,。]|$|(?:改|变|动|修|更新|保持|没))/i;
/**
 * This, that, these, those standing alone for what was just said (who funds all of that? is this tied
 * to …?): at the end (a spoken tag after it, "… of that, huh?"), or before a verb or a preposition rather
 * than a noun of their own.
 */
const DEMONSTRATIVE =
  /\b(?:that|this|these|those)\b(?=\s*,?\s*(?:(?:ha|huh|eh|lah|leh|la|na|po|then|now)\s*)?(?:[?.!,;:]|$)|\s+(?:is|was|are|were|does|did|do|has|have|had|will|would|can|could|should|must|mean|linked|related|connected|tied|apply|applies|cover|covers|include|includes|cost|costs|work|works|happen|happens|funded|paid|for|to|in|on|with|by|from|at|also|too|still)\b)/i;
/**
 * Asking for a resolution on a topic (有单独的决议吗, does a resolution deal with it): the answer may well be
 * another one than the conversation's, so the subject is favoured, not required.
 */
const ASKS_FOR_A_RESOLUTION =
  /(?:哪|什么)(?:个|项|一项|条|份)?决议|有(?:没有)?(?:单独|专门|专项|独立)?的?(?:一项|一个)?决议(?:吗|么|嘛|[?？]|$)|\b(?:which|what) resolution\b|\bis there (?:a|any) (?:separate |specific |dedicated |special )?resolution\b/i;
/**
 * A resolution cited with its edition (第196号决议（2018年，迪拜，修订版）, Resolution 196 (Dubai, 2018)) is
 * one the text refers to, not the one the conversation is about.
 */
const CITED_EDITION =
  /第\s*\d{1,3}\s*号决议\s*[（(]\s*\d{4}\s*年[^）)]*[）)]|\bresolution\s*\d{1,3}\s*\((?:[^)]*\b)?(?:19|20)\d{2}\b[^)]*\)/gi;
/** How much of the previous answer stands for its topic: its heading and first words. */
const TOPIC_CHARS = 120;
/** What asks for more of the same without naming a topic (还有…也这么要求吗, any others that say so too?). */
const NO_TOPIC =
  /[那还也都有吗呢么吧嘛是否没的了]|这么|那样|这样|一样|类似|同样|提到|讲到|说到|谈到|涉及|要求|规定|[说讲谈做]|[\s\p{P}]+|\b(?:do|does|did|are|is|there|any|also|too|as well|same|similar|like|that|this|it|so|say|says|talk|talks|mention|mentions|about|ask|asks|for|the|too|others?|ones?)\b/giu;
/** Where something is written: 写在哪, 哪一部分, 第几条, "which part", "where is that stated". */
const WHERE_WRITTEN =
  /写在|出自|出处|原文|在哪(?:里|儿)?(?:写|说|讲|提)|(?:在)?哪一?(?:部分|段|节|条|项|款|里|儿)|第几(?:条|项|段|款|部分)|\bwhere (?:exactly )?(?:is|does|did|do) (?:it|this|that|they)\b[^?]{0,20}\b(?:say|said|written|stated|mentioned|come from|appear)\b|\bwhich (?:part|section|clause|paragraph|item|line)\b|\bwhere (?:exactly )?(?:is|can i find) (?:it|this|that)\b/i;
const WHERE_WRITTEN_ALL = new RegExp(WHERE_WRITTEN.source, 'gi');
/** What the question says besides pointing and asking where: 具体, exactly, 这个 … leave nothing. */
const WHERE_FILLER =
  /具体|到底|究竟|确切|这个|那个|这句|那句|这段|那段|这一点|这些|exactly|precisely|in the (?:document|text|resolution)|of the resolution|is it in|it in|\bin\b/gi;
const leftOver = (text: string) =>
  text
    .replace(WHERE_FILLER, ' ')
    .replace(NO_TOPIC, ' ')
    .replace(/[、，,]/g, ' ')
    .trim();
/** What an answer quotes: 「…」 or “…”. */
const QUOTED = /[「“"]([^」”"]{6,})[」”"]/g;
/** How much of an answer that quotes nothing stands for what it said. */
const SAID_CHARS = 200;

/** Going on from what was said: 那, 还有, "and", 具体 (specifically: which ones, exactly). */
/** The document's own parts, named as such. */
const DOCUMENT_PARTS =
  /结论|引言|导言|表\s*[12一二](?![0-9])|\b(?:the )?(?:conclusions?|introduction)\b|\btables?\s*(?:1|2|one|two)\b/i;
/**
 * The rest of what the answer listed ("and the other clubs?", the remaining ones, 其余几类, 剩下的): more
 * of the same clause, not a new topic. Not other resolutions, which OTHER_RESOLUTIONS reads.
 */
const THE_REST =
  /(?<!\b(?:like|unlike|as with|than)\s)\bthe (?:(?:other|remaining) (?!resolutions?\b|ones?\b)[a-z]+s|rest|others)\b(?! of\b)|其余(?:的|几)|剩下的|其他(?:的)?(?:那)?几(?:类|个|种|项)/i;
const CONTINUATION =
  /^(?:(?:ok(?:ay)?|so|right|well|hmm+|thanks)[,.!\s]+)*(?:那|那么|还有|另外|此外|再|具体|and\b|also\b|what about|how about|what else)/i;
/** A question that is mostly a reference to switch subject: "那第N号呢？", "And resolution N?" */
const SWITCH_ONLY =
  /^(?:那|那么|那么说|还有|再看|请问)?\s*(?:(?:ok(?:ay)?|so|and|then|hmm+|well|right)[,\s]+)*(?:第\s*\d{1,3}\s*号(?:决议)?|\d{1,3}\s*号决议|(?:what|how) about (?:resolution|res\.?)\s*\d{1,3}|(?:and )?(?:resolution|res\.?)\s*\d{1,3})\s*(?:呢|怎么样|如何|的呢)?\s*[?？。.]?$/i;

/**
 * Another resolution named by its topic ("那讲漫游的那个决议呢", "and the one covering stolen phones?", "and
 * the roaming resolution?"): the conversation's subject is not carried over, the topic finds the resolution.
 */
// 决议 may be left out before a question particle: 那漫游那项呢.
const TOPIC_SWITCH_ZH =
  /^(?:那|那么|还有|另外|再说说|再看看)\s*(?:关于)?(?!(?:这|那|该|此|本)(?:个|项|份)?决议)[^，。？?、]{2,20}?的?(?:那个|那项|那份|那条)(?:决议(?:呢|怎么样|如何|又如何|的话)?|(?:呢|怎么样|如何|又如何))|^(?:那|那么|还有|另外)\s*(?:那个|那项|那份)(?:跟|和|与|关于)[^，。？?、]{2,20}?(?:有关|相关)?的决议|^(?:那)?(?:还有|另外还有|另外)(?:一)?(?:个|项|份)(?:讲|关于|说|管|涉及)[^，。？?、]{2,20}?的/;
const PLACES = PLACE_WORDS.join('|');
const TOPIC_SWITCH_EN = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|so|and|then|right|well)[,\s]+)*(?:(?:what|how) about |and )the (?:(?:one|resolution) (?:on|about|for|against|dealing with|covering) [a-z][\w\s-]{2,40}|(?!(?:same|other|new|${PLACES})\b)[a-z][\w-]*(?: [a-z][\w-]*){0,3} (?:one|resolution))\b`,
  'i',
);
/**
 * Another resolution as what the one talked about cites or has carried out ("is it asking them to carry out
 * some other resolution?", 它还要求落实别的决议吗): asked of that one, not a search for others.
 */
const CITES_ANOTHER =
  /\b(?:implement|implementing|carry out|carrying out|cite|cites|citing|refer to|refers to|build on|builds on|follow|follows|apply|applies)\b[^?]{0,20}\b(?:some|any|an|another|the)?\s*other resolutions?\b|(?:落实|执行|实施|引用|援引|根据|依据)[^，。？?]{0,6}(?:别的|其他|其它|另一?(?:项|个|份)?)决议/i;
/** What is left after the switch, when it asks nothing of its own (只是"那X的那个决议呢？"). */
const SWITCH_TAIL = /^[\s?？。.!！,，]*$/;

/** The resolutions the latest turn of history was about (user turns first, then what the answer cited). */
export function subjectOf(history: Turn[]): number[] {
  const refsOf = (t: Turn) => resolutionRefs(t.content.replace(CITED_EDITION, ' '));
  for (let i = history.length - 1; i >= 0; i--) {
    const refs = refsOf(history[i]!);
    if (!refs.length) continue;
    if (history[i]!.role === 'user') return refs;
    // An answer about the several the question before it named (a comparison) is about all of them.
    const asked = i > 0 && history[i - 1]!.role === 'user' ? refsOf(history[i - 1]!) : [];
    if (asked.length > 1 && asked.every((n) => refs.includes(n))) return asked;
    // An answer that never names the resolution asked about is still about it: one it names is cited in
    // passing (根据第195号决议支持…).
    return asked.length && !asked.some((n) => refs.includes(n)) ? asked : refs.slice(0, 1);
  }
  return [];
}

export interface FollowUp {
  /** The question rewritten to stand alone, when history changed it. */
  standalone: string;
  /**
   * Resolutions carried over from history: empty when the question names its own, except when it compares
   * the one it names with the conversation's subject ("它和第58号有什么区别").
   */
  carried: number[];
  /** The conversation's subject when the question does not point back at it: favoured, not required. */
  soft?: number[];
  /** The conversation's subject when the question asks for other resolutions than it: left out. */
  besides?: number[];
}

/** The previous question without its resolution numbers: what a switch-only follow-up asks again. */
function previousAsk(lastUser: string): string {
  return resolutionRefs(lastUser).length
    ? lastUser.replace(/第\s*\d{1,3}\s*号|\d{1,3}\s*号决议|(?:resolution|res\.?)\s*\d{1,3}/gi, '')
    : lastUser;
}

/** Words that name an item of a clause. */
const ITEM_WORD = /\b(?:item|point|para(?:graph)?|bullet|sub-?item)s?\b|条|项|点/i;

/** A number and nothing else of substance ("and 15?", "what about 3", 那12呢). */
const BARE_NUMBER =
  /^(?:and|what about|how about|then|那|还有)?\s*(\d{1,2})\s*(?:呢|then)?\s*[?？]?$/i;

export function resolveFollowUp(question: string, history: Turn[] | undefined): FollowUp {
  if (!history?.length) return { standalone: question, carried: [] };
  const own = resolutionRefs(question);
  const lastUser = [...history].reverse().find((t) => t.role === 'user')?.content;
  // "and 15?" after a clause named by its item ("R44 instr 10?"): the next item asked, not a resolution.
  const itemAsked = BARE_NUMBER.exec(question.trim());
  if (itemAsked && lastUser && clauseReference(lastUser)?.item && subjectOf(history).length) {
    return {
      standalone: question.replace(itemAsked[1]!, `item ${itemAsked[1]}`),
      carried: subjectOf(history),
    };
  }
  // "#16" beside a place in a list or an item word ("the last one, #16?", "item #16"): an item of the
  // resolution talked about, not resolution 16.
  if (
    own.length &&
    own.every((n) => new RegExp(`#\\s?${n}(?!\\d)`).test(question)) &&
    (relativeReference(question) !== null || ITEM_WORD.test(question)) &&
    subjectOf(history).length
  ) {
    return {
      standalone: question.replace(
        /(\b(?:item|point|para(?:graph)?)\s*)?[#＃]\s?(\d{1,3})/gi,
        (_, word: string | undefined, n: string) => `${word ?? 'item '}${n}`,
      ),
      carried: subjectOf(history),
    };
  }
  // "那58号呢？", "what about 58": a bare number, read as a resolution when the conversation is about one.
  const bare = own.length ? null : bareResolutionRef(question);
  if (bare !== null && subjectOf(history).length) {
    const ref = /[\u3400-\u9fff]/.test(question) ? `第${bare}号决议` : `Resolution ${bare}`;
    return { standalone: `${ref} ${lastUser ? previousAsk(lastUser) : ''}`.trim(), carried: [] };
  }
  if (own.length === 1 && COMPARE_WORDS.test(question)) {
    const other = subjectOf(history).filter((n) => n !== own[0]);
    if (other.length) return { standalone: question, carried: other.slice(0, 1) };
  }
  if (own.length) {
    // "What about 97?": the previous question, asked of the new resolution.
    if (SWITCH_ONLY.test(question.trim()) && lastUser) {
      return { standalone: `${question} ${previousAsk(lastUser)}`, carried: [] };
    }
    return { standalone: question, carried: [] };
  }
  // "The second one", 后者: one of the several just listed, named in its place.
  const picked = listPick(question, history);
  if (picked) return { standalone: picked.standalone, carried: [] };
  const subject = subjectOf(history);
  if (!subject.length) return { standalone: question, carried: [] };
  // "And the point right before it?": a place from the clause talked about, no switch of topic.
  if (relativeReference(question) !== null && historyAnchor(history) !== null)
    return { standalone: question, carried: subject };
  const switched = TOPIC_SWITCH_ZH.exec(question.trim()) ?? TOPIC_SWITCH_EN.exec(question.trim());
  if (switched) {
    // Nothing asked beyond the switch: the previous question, asked of the resolution on this topic.
    const rest = question.trim().slice(switched[0].length);
    const standalone =
      SWITCH_TAIL.test(rest) && lastUser ? `${question} ${previousAsk(lastUser)}` : question;
    return { standalone, carried: [] };
  }
  // "Any other resolutions on that?": the topic asked about again, the resolution talked about set aside; a
  // question that names no topic of its own (还有别的决议也这么要求吗) asks the previous question's.
  if (
    OTHER_RESOLUTIONS.test(question) &&
    !(ANAPHORA.test(question) && CITES_ANOTHER.test(question))
  ) {
    const topicless = !question.replace(OTHER_RESOLUTIONS, ' ').replace(NO_TOPIC, ' ').trim();
    // Without a topic of its own, "that" is what the last turns were about: the question and the start of
    // the answer (a heading with the resolution's title, or a summary).
    const answered = [...history].reverse().find((t) => t.role === 'assistant')?.content ?? '';
    const before = [lastUser ?? '', answered.slice(0, TOPIC_CHARS)].map(previousAsk).join(' ');
    const standalone = topicless ? `${question} ${before}`.trim() : question;
    return { standalone, carried: [], besides: subject };
  }
  // "Where exactly is that written?" with nothing of its own: where what was just said stands, found by
  // the answer's own words (what it quoted, else its start).
  if (WHERE_WRITTEN.test(question) && !leftOver(question.replace(WHERE_WRITTEN_ALL, ' '))) {
    const answered = [...history].reverse().find((t) => t.role === 'assistant')?.content ?? '';
    const quoted = [...answered.matchAll(QUOTED)].map((m) => m[1]).join(' ');
    return {
      standalone: `${question} ${quoted || answered.slice(0, SAID_CHARS)}`.trim(),
      carried: subject,
    };
  }
  // The rest of what the answer listed: found by the answer's own words, as more of the same clause.
  if (THE_REST.test(question)) {
    const answered = [...history].reverse().find((t) => t.role === 'assistant')?.content ?? '';
    return { standalone: `${question} ${answered.slice(0, SAID_CHARS)}`.trim(), carried: subject };
  }
  // The document's own parts (its conclusion, 引言, 表1) asked about: of the document, not of the
  // resolution talked about, unless the question points back at it (它在表1里是什么状态).
  if (DOCUMENT_PARTS.test(question) && !ANAPHORA.test(question)) {
    return { standalone: question, carried: [] };
  }
  // Word count only for text without CJK: a Chinese question has no spaces and would always count as short.
  // Its length in characters leaves out punctuation and emoji (去做的？😭 is four characters).
  // Telegraphed (target countries?? all?? or only poorest??): each piece between question marks is as short.
  const pieces = question
    .split(/[?？!！]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const short =
    question.replace(/[\s\p{P}\p{S}]/gu, '').length <= 8 ||
    (!/[\u3400-\u9fff]/.test(question) &&
      (question.trim().split(/\s+/).length <= 4 ||
        (pieces.length >= 2 && pieces.every((p) => p.split(/\s+/).length <= TELEGRAPHED_WORDS))));
  // A clause named without its resolution (item 6 of the instructions) is the conversation's resolution's.
  // So is one named by where it stands (the next one, 最后一条, 第三类) from a clause the history names.
  const pointsBack =
    ANAPHORA.test(question) ||
    DEMONSTRATIVE.test(question) ||
    clauseReference(question) !== null ||
    (relativeReference(question) !== null && historyAnchor(history) !== null);
  if (!pointsBack && ASKS_FOR_A_RESOLUTION.test(question)) {
    return { standalone: question, carried: [], soft: subject };
  }
  if (pointsBack || CONTINUATION.test(question.trim()) || short) {
    return { standalone: question, carried: subject };
  }
  return { standalone: question, carried: [], soft: subject };
}
