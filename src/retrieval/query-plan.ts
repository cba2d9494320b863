/** Query understanding: resolution references, follow-ups, glossary expansion, title matches, intent, scope checks. */
import { LRUCache } from 'lru-cache';
import { resolutionsTitledWith, titleWordAsked } from './title-word.js';
import { studyGroupTerms, withoutStudyGroups } from './study-groups.js';
import type { Turn } from '../contract/api.js';
import { compoundBridges } from './compound-bridge.js';
import type { DictionaryExpander, DictionaryUnit } from './dictionary-expander.js';
import type { GlossaryExpander, TitleMatch } from './glossary-expander.js';
import { resolveFollowUp, type FollowUp } from './follow-up.js';
import { queryHints, type QueryHints } from './query-hints.js';
import { normalizeInput } from './normalize-input.js';
import { withNumberedTopics } from './numbered-topic.js';
import {
  COMPARE_WORDS,
  EACH_DOES,
  detectIntent,
  withoutDocumentRefs,
  type Intent,
} from './question-intent.js';
import {
  historyAnchor,
  relativeReference,
  talkedSection,
  type ClauseAnchor,
  type RelativeReference,
} from './relative-clause.js';
import { resolutionsByTopic, topicNamings, type ResolutionTitle } from './resolution-by-topic.js';
import { documentTheme } from './document-theme.js';
import { asideClauses, askingSentences, sentencesOf, withoutPurposeAfter } from './sentences.js';
import {
  barePairRef,
  describedNamings,
  resolutionRefs,
  setAsideRefs,
  withoutResolutionRefs,
} from './resolution-refs.js';
import { termPattern } from './term-pattern.js';
import { QUERY_STOPWORDS, STOPWORDS } from './stopwords.js';
import { coherentUnits } from './sense-coherence.js';
import { jiebaCut } from './tokenize.js';
import { createKnownWords, type KnownWords } from './known-words.js';
import { correctSpelling } from './spelling.js';
import { inAnotherLanguage } from './foreign-words.js';
import { Homophones } from './homophones.js';
import { TypedPinyin } from './typed-pinyin.js';
import { unknownNames, withoutAccented } from './unknown-names.js';

/** The question's own words in the document's language: its glossary terms, and its Chinese words (cut). */
function senseContext(words: readonly string[], expansions: string[], ctx: PlanContext): string[] {
  const terms = expansions.filter((e) => /[\u3400-\u9fff]/.test(e));
  for (const w of words) {
    if (w.length > 1 && !STOPWORDS.has(w) && ctx.clausesUsing(w) > 0) terms.push(w);
  }
  return [...new Set(terms)];
}

export interface QueryPlan {
  question: string;
  lang: 'zh' | 'en';
  /** Question after follow-up handling. */
  standalone: string;
  /** Resolutions the question (or its history) points at that the corpus holds. */
  resolutions: number[];
  /** Resolutions it names that the corpus does not hold (第7号决议). */
  unknownResolutions: number[];
  /** Meetings or years it names that the corpus never mentions (WTDC-25, 2031). */
  unknownEntities: string[];
  /**
   * Whether the message switches into a language the word lists do not hold (Taglish, Sheng): its unknown
   * lower-case words are that language's, not terms the document never uses.
   */
  otherLanguage?: boolean;
  /** Names it asks about that nothing known accounts for (Huawei): see unknown-names.ts. */
  unknownNames: string[];
  /** Misspelt words read as the word they were meant to be ([as written, as read]): see spelling.ts. */
  corrections: [string, string][];
  carried: boolean;
  /** The resolution was named by its topic (the roaming resolution), not by its number. */
  byTopic?: boolean;
  /** The conversation's subject, favoured in ranking when the question does not name a resolution. */
  softResolutions: number[];
  /** Resolutions the question sets aside: the conversation's, when it asks for other ones. */
  besides: number[];
  hints: QueryHints;
  expansions: string[];
  /** The same terms by the question span they render (物联网 and IoT for "Internet of Things"). */
  expansionGroups: string[][];
  /** The question with glossary terms replaced by the document's own words (for the relevance check). */
  rewritten: string;
  titleMatches: TitleMatch[];
  /** General-dictionary candidates in the document's words, weighted below the question's own words. */
  dictionary: DictionaryUnit[];
  intent: Intent;
  /** Text given to the lexical and vector indexes. */
  searchText: string;
  /** A clause named relative to the one talked about last (the next one, 最后一条): see relative-clause.ts. */
  relative?: { ref: RelativeReference; anchor: ClauseAnchor };
  /**
   * The question without the topics it named two or more resolutions by, when it did: what is asked of
   * them, which their clauses are ranked by.
   */
  withoutNamings?: string;
  /** The section the conversation talked about last (see talkedSection), when there is a history. */
  talkedSection?: string;
}

export interface PlanOptions {
  useGlossary: boolean;
  useHistory: boolean;
  useDictionary: boolean;
  /** English words reaching the dictionary through WordNet's related words. */
  useRelatedWords: boolean;
  /** Everyday Chinese names of glossary terms (电子垃圾 → 电子废物) reach the document's term. */
  useChineseAliases: boolean;
  /** English words also take the candidates of their word family (disability → disable → 残疾). */
  useWordFamilies: boolean;
  /** Chinese words the document uses in only one clause are bridged too: there they are incidental. */
  bridgeRareWords: boolean;
  /** Single characters with few senses (偷) are bridged too. */
  bridgeCharacters: boolean;
  /** A word's renderings that the document uses with the question's other words weigh more (水平 vs 标准). */
  senseCoherence: boolean;
  /** An English word one slip away from exactly one word that reaches the document is read as that word. */
  correctSpelling: boolean;
}

/**
 * A word the document writes in fewer clauses than this is not its wording for a topic (手机 appears once,
 * in a summary; the operative text says 移动设备): everyday Chinese bridges from it as from an absent word.
 */
const DOCUMENT_WORD_CLAUSES = 2;

export interface PlanContext {
  expander: GlossaryExpander;
  dictionary: DictionaryExpander;
  /** How many clauses use a word (everyday words the document lacks are bridged by the dictionary). */
  clausesUsing: (word: string) => number;
  /**
   * Where the document uses a term (its resolutions), and how many such places there are: which of a
   * word's renderings is meant shows in which ones the document uses with the question's other words.
   */
  placesWith?: (term: string) => Uint32Array;
  places?: number;
  hasResolution: (n: number) => boolean;
  /** The corpus text, lower-cased, for scope checks. */
  corpusText: string;
  /**
   * The English names of the meeting the document reports (World Telecommunication Standardization Assembly,
   * WTSA): every resolution is that meeting's, so naming it says nothing about which one is meant, and it is
   * left out of the match against the resolutions' English titles.
   */
  ownMeetingNames?: string[];
  /** Words of names the caller knows besides the document's and general English (places: Eswatini). */
  knownWord?: (word: string) => boolean;
  /** Each resolution's titles and everyday names, for one named by its topic (the roaming resolution). */
  titles?: readonly ResolutionTitle[];
}

/**
 * A word this common in general English (its SemCor count: person, group, meeting) names no resolution's
 * topic on its own in a title match; in a pair (study group) it still may.
 */
const COMMON_WORD = 1000;

function withoutPhrases(text: string, phrases: string[]): string {
  let out = text;
  for (const p of phrases) {
    out = out.replace(new RegExp(termPattern(p).source, 'gi'), ' ');
  }
  return out;
}

/**
 * The English words left in a Chinese question, lower-cased, runs apart (monitoring , member states).
 * @param rewritten the question lower-cased, with the glossary's renderings in place of its terms
 * @param original the question as written, which tells names and acronyms by their capitals
 */
function latinRuns(
  rewritten: string,
  original: string,
  asWritten: (word: string) => boolean,
): string {
  const written = new Set((original.match(/[A-Za-z][\w'’-]*/g) ?? []).filter(asWritten));
  const skip = new Set([...written].map((w) => w.toLowerCase()));
  const runs = rewritten.match(/[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)*/g) ?? [];
  return runs
    .map((run) =>
      run
        .split(/\s+/)
        .filter((w) => !skip.has(w))
        .join(' '),
    )
    .filter(Boolean)
    .join(' , ');
}

export function detectLang(q: string): 'zh' | 'en' {
  const cjk = (q.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (q.match(/[a-zA-Z]/g) ?? []).length;
  return cjk > 0 && cjk * 3 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}

/** Words of finishing, for "has it worked since then", "finished … yet". */
const OUTCOME = 'worked|finished|completed|achieved|succeeded|happened|progress|reported';
const SINCE = '(?:since (?:then|20\\d\\d|the assembly)|so far|to date|yet)';
/** A meeting after the assembly, and what it may decide of a resolution (for predictions). */
const LATER_MEETING =
  '(?:next|future|upcoming)\\b[^?]{0,30}\\b(?:assembly|wtsa|meeting|conference)';
const DECIDE =
  '(?:scrap|drop|abrogate|abolish|cancel|revise|amend|adopt|pass|keep|merge|approve|add)';
/**
 * Today, tomorrow, this year, when the next meeting is, what has come of it since …: a record of a 2022
 * assembly says nothing about the present, nor the dates of meetings after it, nor how things turned out.
 */
/** This year, said of the assembly a status question asks about (改了吗 this time). */
const THIS_YEAR = /^(?:今年|this year)$/i;

export const RELATIVE_TIME = new RegExp(
  [
    '明天|今天|昨天|今年|明年|后天|本周|下周|这周|这个星期|这星期|下个星期|这几天|最近几天',
    'tomorrow|today|tonight|yesterday|this (?:week|weekend|year)|next (?:week|weekend|year)|right now',
    // The next meeting's date (下一回, as northern speakers say 下一届).
    "\\bwhen(?:['’]s| is| will| does| do)? the next\\b",
    '下一?(?:届|次|回)[^？?。]{0,16}(?:什么时候|何时|哪天|几时|哪一年|哪个城市|哪个国家|在哪|哪里|时间|日期|地点)|(?:什么时候|何时|在哪|哪里)[^？?。]{0,8}下一?(?:届|次|回)',
    // "next WTSA … when?", "the next assembly, where?": the next meeting asked after by a question word.
    '\\bnext (?:wtsa|assembly|meeting|conference)\\b[^?]{0,30}\\b(?:when|where)\\s*\\?',
    '\\b(?:will|would) the next (?:one|wtsa|assembly|meeting) be held\\b',
    "\\bwhere(?:['’]s| is| will)? the next\\b",
    // What a later meeting will decide (会不会废止, will the next assembly scrap …): a prediction.
    '下一?(?:届|次)[^？?。]{0,20}(?:会不会|是否会|会否|将会?|可能)[^？?。]{0,12}(?:废|取消|撤销|删除|修订|修改|通过|保留|合并|新增|增加)',
    `\\b(?:will|would|might|could)\\b[^?]{0,20}\\b${LATER_MEETING}\\b[^?]{0,20}\\b${DECIDE}\\b`,
    `\\b${LATER_MEETING}\\b[^?]{0,30}\\b(?:will|going to)\\b[^?]{0,20}\\b${DECIDE}\\b`,
    // How things turned out since.
    `\\b${SINCE}\\b[^?]{0,60}?\\b(?:${OUTCOME}|results?|progress)\\b`,
    // Whether it worked, and what came of it: "did the pilots actually work", "what were the results".
    // Asked of what happened (the question starts so), not of what ITU will show ("whether it worked").
    '(?:^|[.!?]\\s*)(?:did|has|have)\\b[^?]{0,60}\\b(?:actually|really) (?:work(?:ed)?|succeed(?:ed)?|help(?:ed)?|pa(?:y|id) off)\\b',
    '\\bwhat (?:were|have been) the (?:results?|outcomes?|effects?|impacts?)\\b',
    `\\b(?:${OUTCOME})\\b[^?]{0,40}\\b${SINCE}\\b`,
    '(?:到目前为止|迄今为止?|至今|截至目前)[^？?。]{0,20}(?:效果|成效|结果|进展|完成|实现)',
    // What has been done since the assembly (not since an earlier one: "changed since 2016" the text says).
    '\\b(?:has|have)\\b[^?]{0,100}\\bsince (?:then|the (?:assembly|meeting|conference)|2022|wtsa[- ]?20)\\b',
    // What a later meeting made of it: "did it end up adopted", 后来 … 通过了吗. Not what the assembly the
    // document reports ended up approving itself: the record says that.
    '(?<!\\b(?:wtsa[- ]?20|(?:the )?assembly)\\s+)\\bend(?:ed|s)? up\\b[^?]{0,20}\\b(?:adopt|pass|approv|accept|agree|reject)[a-z]*\\b',
    '后来[^？?。]{0,20}(?:通过|批准|采纳|否决|结果如何|怎么样了)',
    // Adopted later, by another meeting ("was it later approved at the Plenipotentiary").
    '\\b(?:then|later|eventually|afterwards|subsequently)\\s+(?:adopted|approved|passed|accepted|rejected)\\b',
  ].join('|'),
  'i',
);

/** A meeting code or a name with a year (WTDC-25, WTSA 2024, IMT-2020): the letters and the number. */
const CODE = /\b([A-Za-z]{2,6})[-‑ ]?(\d{2}|\d{4})\b/g;

/** Words that introduce an example, a few words before it at most, within its clause. */
const EXAMPLE_LEAD =
  /(?:\b(?:like|such as|e\.g\.?|for example|for instance|including)|比如说?|例如|譬如|诸如)\s*[:：]?\s*[^,，。;；.!?？！()（）]{0,10}$|\b(?:like|as) (?:how |when )?(?:we|you|they|i|people|folks)\b[^,，。;；.!?？！()（）]{0,20}$|(?:像|跟|和)(?:我们|咱们|我国|国内)[^,，。;；.!?？！()（）]{0,10}$/i;

/** A meeting or another event, whose time a clause before the question may give. */
const EVENT =
  /会|活动|选举|投票|截止|\b(?:meetings?|conferences?|assembl(?:y|ies)|workshops?|seminars?|events?|elections?|votes?|deadlines?|sessions?|summits?)\b/i;

/** Meeting codes (WTDC-25, PP-22), years the corpus never mentions, and times relative to now. */
export function unknownEntities(
  question: string,
  corpus: string | ((term: string) => boolean),
): string[] {
  // A lookup function lets the caller remember answers: the corpus text can be large.
  const has = typeof corpus === 'string' ? (t: string) => corpus.includes(t) : corpus;
  const out: string[] = [];
  // Times, years and figures count where they are asked about, not in the asker's setting around the
  // question ("我们明年要建CIRT，预算约500万元。请问…？", "We set ours up in 2019. What does …?").
  const asked = askingSentences(question);
  // A time in a clause beside the one that asks (下周讲课，想确认一下：…？) is when the asker acts; unless
  // that clause names the event asked about (明天有会，在哪开？).
  const relative = RELATIVE_TIME.exec(asked);
  if (relative && !asideClauses(question, EVENT).some((c) => c.includes(relative[0])))
    out.push(relative[0]);
  for (const m of question.matchAll(CODE)) {
    const acr = m[1]!.toUpperCase();
    if (!/^(WTSA|WTDC|PP|WCIT|WSIS|WRC|RA|GSS|TDAG|TSAG|RAG|CWG|ITU)$/.test(acr)) continue;
    const num = m[2]!.length === 4 ? m[2]!.slice(2) : m[2]!;
    if (!has(`${acr.toLowerCase()}-${num}`)) out.push(`${acr}-${num}`);
  }
  // A title in 《》 (an agreement, a declaration, a law) the document never writes: 《巴黎协定》.
  for (const m of question.matchAll(/《([^《》]{2,40})》/g)) if (!has(m[1]!)) out.push(m[0]);
  // An edition of a meeting the document never numbers (第三届 when it reports 第四届).
  for (const m of question.matchAll(/第[一二三四五六七八九十百\d]+届/g))
    if (!has(m[0])) out.push(m[0]);
  // Years written as part of a code (IMT-2020, WTSA 2024) are judged with the code, not alone.
  const codeSpans = [...asked.matchAll(CODE)]
    .filter((m) => /^[A-Z]/.test(m[1]!))
    .map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const inCode = (at: number) => codeSpans.some(([a, b]) => at >= a && at < b);
  for (const m of asked.matchAll(/(?<![\d-])((?:19|20)\d{2})(?!\d)/g)) {
    if (!inCode(m.index!) && !has(m[1]!)) out.push(m[1]!);
  }
  // A number of three digits or more said of something (用112当急救电话, a 500-page report) that the
  // document never writes: what the question says of it is not in the record. Not a resolution's number
  // (第195号, Resolution 195), nor a year (above), nor part of a code (E.161.1, IMT-2020).
  for (const m of asked.matchAll(/(?<![\d.\-‑/A-Za-z#第])(\d{3,})(?![\d.\-‑/]|\s*号)/g)) {
    const n = m[1]!;
    const before = asked.slice(Math.max(0, m.index! - 14), m.index!);
    if (/(?:19|20)\d{2}/.test(n) && n.length === 4) continue;
    if (/\b(?:resolutions?|res\.?|reso\.?|no\.?|number)\s*$/i.test(before)) continue;
    // An example of what the question names otherwise ("a single number (like 999)", 比如999) is not a
    // claim about the record.
    if (EXAMPLE_LEAD.test(asked.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    if (!inCode(m.index!) && !has(n)) out.push(n);
  }
  return [...new Set(out)];
}

function relativeOf(question: string, history: Turn[] | undefined): QueryPlan['relative'] {
  const ref = history?.length ? relativeReference(question) : null;
  const anchor = ref ? historyAnchor(history!) : null;
  return ref && anchor ? { ref, anchor } : undefined;
}

/** Which one of those named (哪一个说…, 哪项提到…, "which of them says", "which one asks"). */
const WHICH_OF_THEM =
  /哪(?:一)?(?:个|项|份|条)(?!决议)|\bwhich (?:one|of them|of the two|of these|of those)\b/i;

/** Two sides asked about: compared, or each / both / either of them. */
const BOTH_SIDES = /\b(?:both|each|either|or|versus|vs\.?)\b|分别|各自|都|还是|两(?:项|个|份|条)/i;

/**
 * What someone else said, in a sentence that does not ask ("A friend said it was Resolution 52.",
 * "听说是第52号。"): a claim to check, not a resolution the question is about.
 */
const CLAIM =
  /\b(?:think|thinks|thought|says|said|told me|was told|heard|believes?|claims?|reckons?)\b|听说|有人说|据说|同事说|以为|认为/i;

/**
 * A hedge closing a sentence ("…, a newer one I think.", "…，好像是"): the asker's doubt of the last
 * clause alone, not what someone said of the sentence.
 */
const TRAILING_HEDGE =
  /[,，]\s*[^,，]*?(?:\b(?:i|we)\s+(?:think|believe|reckon|guess)|我觉得|我记得|好像是?)\s*[.。!！]?\s*$/i;

function withoutClaims(question: string): string {
  const sentences = sentencesOf(question);
  if (sentences.length < 2) return question;
  return sentences
    .map((s) => {
      if (/[?？]/.test(s) || !CLAIM.test(s)) return s;
      // The clauses before a closing hedge state what the question is about; only the hedged one is doubt.
      const hedged = TRAILING_HEDGE.exec(s);
      const before = hedged ? s.slice(0, hedged.index) : '';
      return before && !CLAIM.test(before) ? `${before}. ` : '';
    })
    .join('');
}

/** Terms remembered per context: the questions' terms are the users' words, so they are bounded. */
const IN_CORPUS_TERMS = 5_000;
const inCorpusCacheOf = perContext(() => new LRUCache<string, boolean>({ max: IN_CORPUS_TERMS }));

/** Whether the corpus uses a term, remembered per context (the corpus text is large, terms are few). */
function inCorpus(ctx: PlanContext, term: string): boolean {
  const cache = inCorpusCacheOf(ctx);
  let v = cache.get(term);
  if (v === undefined) cache.set(term, (v = ctx.corpusText.includes(term.toLowerCase())));
  return v;
}

/** What planning builds from a context on first use and keeps as long as the context lives. */
function perContext<T>(make: (ctx: PlanContext) => T): (ctx: PlanContext) => T {
  const cache = new WeakMap<PlanContext, T>();
  return (ctx) => {
    let v = cache.get(ctx);
    if (v === undefined) cache.set(ctx, (v = make(ctx)));
    return v;
  };
}

/** The glossary's Chinese terms and aliases of each context. */
const glossaryTermsOf = perContext(
  (ctx) => new Set(ctx.expander.glossary.terms.flatMap((t) => [t.zh, ...(t.zhAliases ?? [])])),
);

/** The known-word checks of each context (see known-words.ts). */
const knownWordsOf = perContext((ctx): KnownWords =>
  createKnownWords({
    glossary: ctx.expander.glossary,
    dictionary: ctx.dictionary,
    corpusText: ctx.corpusText,
    inCorpus: (t) => inCorpus(ctx, t),
    knownWord: ctx.knownWord,
  }),
);

/** Asked of each of two (各自, 分别, 各管什么, 各有什么, 是不是都要…, both, which one). */
const EACH_ASKED = new RegExp(
  `各自|分别|${EACH_DOES}|各(?=有)|都(?=要|得|有|会|是|在|说|提|讲|管|让|需要|必须|能|可以)|\\b(?:both|each|either|which one)\\b`,
  'i',
);

/** The words of what the document is about: its titles' words and the glossary's Chinese terms. */
function topicWordsOf(ctx: PlanContext): string[] {
  const titles = (ctx.titles ?? []).flatMap((t) => t.names.flatMap((n) => jiebaCut(n)));
  return [...titles, ...glossaryTermsOf(ctx)];
}

/** The pinyin reader of each context, built on its first question. */
const pinyinOf = perContext(
  (ctx) =>
    new TypedPinyin({
      terms: topicWordsOf(ctx),
      uses: ctx.clausesUsing,
      isEnglish: (w) => ctx.dictionary.knowsWord(w),
    }),
);

/**
 * The homophone reader of each context, built on its first Chinese question: from the words of what the
 * document is about (its titles, the glossary's terms), not every word it uses: 限值, a word the document
 * lacks, is no slip for its 限制.
 */
const homophonesOf = perContext(
  (ctx) =>
    new Homophones({
      terms: topicWordsOf(ctx),
      uses: ctx.clausesUsing,
      inDocument: (span) => ctx.corpusText.includes(span),
      // Listed by the dictionary, or by the segmenter's general word list (分红, dividend, which nothing in
      // the document renders, is no slip for 分工).
      isWord: (span) =>
        ctx.dictionary.knowsChinese(span) || ctx.dictionary.chineseFrequency(span) > 0,
      isFunctionWord: (w) => STOPWORDS.has(w),
    }),
);

/** Renderings of an English word set aside that count as it (the dictionary's best few). */
const EXCLUDED_WAYS = 3;

export function planQuery(
  rawQuestion: string,
  rawHistory: Turn[] | undefined,
  ctx: PlanContext,
  opts: PlanOptions,
): QueryPlan {
  // Every later step reads the normalised text: 第７３號 and 第73号 are the same question; and, with
  // correctSpelling, cybersecurty and cybersecurity too.
  const known = knownWordsOf(ctx);
  // Pinyin first (wu lian wang for 物联网): English spelling would read its syllables as English words.
  const typed = opts.correctSpelling
    ? pinyinOf(ctx).read(normalizeInput(rawQuestion))
    : { text: normalizeInput(rawQuestion), corrections: [] };
  // A question mostly in a language the word lists do not hold has no English slips to correct. Read as
  // typed: chat-shorthand's readings of such a language's words are English.
  const foreign = inAnotherLanguage(rawQuestion, known.knows);
  const latin =
    opts.correctSpelling && !foreign
      ? correctSpelling(typed.text, known)
      : { text: typed.text, corrections: [] };
  const english = { text: latin.text, corrections: [...typed.corrections, ...latin.corrections] };
  // …and 决意 and 决议 (a Chinese word typed by sound).
  const sound =
    opts.correctSpelling && /[\u4e00-\u9fff]{2}/.test(english.text)
      ? homophonesOf(ctx).correct(english.text)
      : { text: english.text, corrections: [] };
  const spelling = {
    text: sound.text,
    corrections: [...english.corrections, ...sound.corrections],
  };
  // "72 emf stuff", "58 - changed?": a bare number with its resolution's topic, or at the head, names it.
  const question = withNumberedTopics(spelling.text, ctx.titles ?? []);
  const history = rawHistory?.map((t) => {
    const content = normalizeInput(t.content);
    return {
      ...t,
      content: t.role === 'user' ? withNumberedTopics(content, ctx.titles ?? []) : content,
    };
  });
  const lang = detectLang(question);
  const follow: FollowUp = opts.useHistory
    ? resolveFollowUp(question, history)
    : { standalone: question, carried: [] };
  // Two compared by their bare numbers ("96 and 97, what's the difference?") when nothing else names any.
  const refsNamed = resolutionRefs(withoutClaims(follow.standalone));
  // Or asked of each of them (72跟73各自…, "73 and 79, both … which one …").
  const pair =
    !refsNamed.length &&
    (COMPARE_WORDS.test(follow.standalone) || EACH_ASKED.test(follow.standalone))
      ? barePairRef(follow.standalone, (n) => ctx.hasResolution(n))
      : null;
  const numbered = pair ?? refsNamed;
  // Named by its topic (the IPv6 resolution, 漫游那个决议) when no number is given or carried.
  // A resolution named by its topic sets the conversation's subject aside, as a number does ("switching
  // topics: the spam one"); two named by topic, or one beside a number, are both named ("the roaming one
  // and the spam one", "the e-health resolution and Resolution 72, each").
  // An elliptical follow-up reads with the earlier question ("and the one on X?"): what that one named is
  // the conversation's subject, which a resolution named now by topic or number sets aside.
  const merged = follow.standalone !== question;
  // The resolutions the last exchange named, which a topic naming may pick one of.
  const talkedOf =
    opts.useHistory && history?.length
      ? [...new Set(history.slice(-2).flatMap((t) => resolutionRefs(t.content)))]
      : [];
  const byTopicIn = (text: string) =>
    ctx.titles
      ? resolutionsByTopic(
          text,
          ctx.titles,
          (span) =>
            opts.useGlossary
              ? ctx.expander.expand(
                  span,
                  lang === 'en' ? 'all' : 'within-chinese',
                  () => false,
                  true,
                ).terms
              : [],
          ctx.placesWith && ctx.places ? documentTheme(ctx.placesWith, ctx.places) : undefined,
          (term) => (opts.useGlossary ? ctx.expander.englishNames(term) : []),
          talkedOf,
        )
      : { resolutions: [], namings: 0 };
  const ownTopics = merged ? byTopicIn(question) : null;
  const { resolutions: topics, namings } = ownTopics?.resolutions.length
    ? ownTopics
    : byTopicIn(follow.standalone);
  const compared = COMPARE_WORDS.test(follow.standalone);
  const asked = ownTopics?.resolutions.length ? question : follow.standalone;
  const own = asked === question ? resolutionRefs(withoutClaims(question)) : numbered;
  let named = numbered;
  let byTopic = false;
  if (topics.length === 1 && !own.length && namings === 1) {
    // One topic in a comparison with nothing else named: the other side is in words no naming holds.
    if (!compared || follow.carried.length) {
      named = topics;
      byTopic = true;
    }
  } else if (topics.length >= 2 || (topics.length && own.length && BOTH_SIDES.test(asked))) {
    named = [...new Set([...own, ...topics])];
    byTopic = true;
  }
  // Two compared by a word their titles share ("the two with kite in their titles: how do they differ?").
  const titleWord =
    compared && !named.length && ctx.titles ? titleWordAsked(follow.standalone) : null;
  if (titleWord) {
    const titled = resolutionsTitledWith(titleWord, ctx.titles!, (w) =>
      opts.useGlossary ? ctx.expander.expand(w, 'all', () => false, true).terms : [],
    );
    if (titled.length >= 2 && titled.length <= 3) {
      named = titled;
      byTopic = true;
    }
  }
  // One set aside (除了100号还有101号吗, besides R44 what does R72 say) is not asked about, when another is.
  const aside = setAsideRefs(asked);
  if (aside.length && named.some((n) => !aside.includes(n)))
    named = named.filter((n) => !aside.includes(n));
  // Carried resolutions stand beside named ones only in a comparison with the conversation's subject, or
  // when one named by topic is the other side of it ("anything on X in there, or only in the kites one?").
  const besideSubject = compared || (byTopic && named.length === 1 && BOTH_SIDES.test(asked));
  const carried = byTopic && !besideSubject ? [] : follow.carried;
  const refs = [...new Set([...carried, ...named])];
  const resolutions = refs.filter((n) => ctx.hasResolution(n));
  const unknownResolutions = named.filter((n) => !ctx.hasResolution(n));
  // What the question is about, without where it tells to look ("in this report"): the document is no topic.
  // What the answer is for, said after the question (…？要写进风筝报告), names no topic to search for.
  const topic = withoutDocumentRefs(withoutPurposeAfter(follow.standalone));
  // In a Chinese question, the English words within it (EMF monitoring 那个 center, member states) too.
  const expansion = opts.useGlossary
    ? ctx.expander.expand(
        topic,
        lang === 'en' ? 'all' : 'within-chinese',
        (t) => inCorpus(ctx, t),
        opts.useChineseAliases,
      )
    : { terms: [], groups: [], rewritten: topic.toLowerCase() };
  // Study groups by number in English take the document's form (study group 17 → 第17研究组).
  const expansions =
    lang === 'en' && opts.useGlossary
      ? [...expansion.terms, ...studyGroupTerms(follow.standalone)]
      : expansion.terms;
  // What English the glossary left in a Chinese question goes through the dictionary: not words the
  // document writes as they are (ITU-T), which the indexes find, nor a capitalised word, which within
  // Chinese is a name (Excel, Python) rather than the English word it may also be.
  const mixed =
    lang === 'zh'
      ? latinRuns(
          expansion.rewritten,
          topic,
          (w) => /^[A-Z][a-z]+$/.test(w) || (/[A-Z]/.test(w) && inCorpus(ctx, w)),
        )
      : '';
  // A Chinese question is cut into words once, for the dictionary and for sense coherence.
  const words = lang === 'zh' ? jiebaCut(topic) : [];
  // English through the glossary first (its spans are then Chinese), the rest through the dictionary.
  const dictionary = !opts.useDictionary
    ? []
    : lang === 'en'
      ? ctx.dictionary.english(expansion.rewritten, QUERY_STOPWORDS, {
          related: opts.useRelatedWords,
          families: opts.useWordFamilies,
        })
      : [
          ...ctx.dictionary.chinese(
            words,
            (w) => ctx.clausesUsing(w) >= (opts.bridgeRareWords ? DOCUMENT_WORD_CLAUSES : 1),
            STOPWORDS,
            opts.bridgeCharacters,
          ),
          ...(mixed
            ? ctx.dictionary.english(mixed, QUERY_STOPWORDS, {
                related: opts.useRelatedWords,
                families: opts.useWordFamilies,
              })
            : []),
        ];
  const coherent =
    opts.senseCoherence && ctx.placesWith && dictionary.length
      ? coherentUnits(
          dictionary,
          senseContext(words, expansions, ctx),
          ctx.placesWith,
          ctx.places ?? 0,
        )
      : dictionary;
  // English words whose renderings join into a compound of the document's (junk messages → 垃圾信息) name
  // one topic, as a glossary term does: a word the text is cut into, or one of its named terms, not any run
  // of characters (研究建立 runs across two words).
  const compounds =
    lang === 'en' && opts.useDictionary
      ? compoundBridges(
          coherent,
          (t) => ctx.clausesUsing(t) > 0 || glossaryTermsOf(ctx).has(t),
        ).filter((t) => !expansions.includes(t))
      : [];
  const titleMatches =
    opts.useGlossary && lang === 'en'
      ? ctx.expander.matchTitles(
          withoutStudyGroups(withoutPhrases(follow.standalone, ctx.ownMeetingNames ?? [])),
          3,
          (w) => ctx.dictionary.frequency(w) >= COMMON_WORD,
        )
      : [];
  const rest = withoutResolutionRefs(follow.standalone);
  const intent = detectIntent(follow.standalone, rest, resolutions.length > 0, resolutions.length);
  const talked = opts.useHistory && history?.length ? talkedSection(history) : null;
  // Two or more resolutions named by their topics, asked which of them says something or what each says
  // of it ("the QoS one and the users one, which says X?", 各有什么限制): the namings only pick them; what
  // is asked of them is the rest, which the search ranks their clauses by.
  // So do descriptions beside numbers ("the one about kites (21) and the one on drones (35)", 12号讲风筝的).
  const whichOfThem =
    resolutions.length >= 2 && (WHICH_OF_THEM.test(asked) || EACH_ASKED.test(asked));
  const spans = whichOfThem
    ? [...new Set([...(byTopic ? topicNamings(asked) : []), ...describedNamings(asked)])]
    : [];
  const searchTopic = spans.reduce((t, span) => t.split(span).join(' '), topic);
  const ofNamings = new Set(
    spans.length && opts.useGlossary
      ? ctx.expander.expand(
          spans.join(' '),
          lang === 'en' ? 'all' : 'within-chinese',
          // As the question's own expansion reads them: the document's English forms (IMR) too.
          (t) => inCorpus(ctx, t),
          opts.useChineseAliases,
        ).terms
      : [],
  );
  // A resolution's description beside its number only says which it is: its terms are not searched for.
  const ofDescriptions = byTopic ? new Set<string>() : ofNamings;
  return {
    question,
    lang,
    standalone: follow.standalone,
    resolutions,
    unknownResolutions,
    unknownEntities: unknownEntities(question, (t) => inCorpus(ctx, t)).filter(
      // Asked whether a resolution changed "this year" (今年改了吗), the year is the assembly's own.
      (e) => !(intent.kind === 'status' && THIS_YEAR.test(e)),
    ),
    unknownNames: withoutAccented(unknownNames(question, known, foreign), rawQuestion),
    otherLanguage: foreign,
    corrections: spelling.corrections,
    carried: named.length === 0 && carried.length > 0,
    byTopic,
    softResolutions: named.length ? [] : (follow.soft ?? []).filter((n) => ctx.hasResolution(n)),
    besides: named.length ? [] : (follow.besides ?? []),
    hints: queryHints(follow.standalone, (span) => {
      // What an English question sets aside, as the document writes it: glossary terms, then the
      // dictionary's best renderings of the words left.
      const g = ctx.expander.expand(span, 'all', (t) => inCorpus(ctx, t), false);
      const d = opts.useDictionary ? ctx.dictionary.english(g.rewritten, QUERY_STOPWORDS) : [];
      return [...g.groups, ...d.map((u) => u.candidates.slice(0, EXCLUDED_WAYS).map(([z]) => z))];
    }),
    expansions: [...expansions, ...compounds].filter((t) => !ofDescriptions.has(t)),
    expansionGroups: [...expansion.groups, ...compounds.map((t) => [t])]
      .map((g) => g.filter((t) => !ofDescriptions.has(t)))
      .filter((g) => g.length),
    rewritten: expansion.rewritten,
    titleMatches,
    dictionary: coherent,
    intent,
    searchText: [searchTopic, ...expansions.filter((t) => !ofNamings.has(t)), ...compounds].join(
      ' ',
    ),
    relative: relativeOf(question, opts.useHistory ? history : undefined),
    ...(talked ? { talkedSection: talked } : {}),
    ...(spans.length ? { withoutNamings: searchTopic } : {}),
  };
}
