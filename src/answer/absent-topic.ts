/**
 * "关于量子通信有什么规定？", 对无人机频段有什么要求: the topic a question names by the words that introduce
 * one (关于X, 对X有什么, 有没有涉及X, X方面, X是怎么规定的). When the heaviest part of that topic appears nowhere
 * in the document, and it is a good part of the topic, the document does not speak of it: a clause sharing
 * only the rest (通信, 标准) would read as an answer it never gives.
 */
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Glossary } from '../corpus/glossary.js';
import { englishWordsOf } from '../retrieval/english-lemma.js';
import { askingSentences, CHAT_CLAUSE_BREAK } from '../retrieval/sentences.js';
import { QUERY_STOPWORDS } from '../retrieval/stopwords.js';
import { mentions, NOT_A_TOPIC, textOf } from './mention-check.js';
import { placeNames } from './place-names.js';
import { lowerCased, type TopicUnit } from './relevance.js';

/** Chinese frames that name a topic, its span captured (general language: about, on, regarding). */
const TOPIC_FRAMES: RegExp[] = [
  /关于([^，,。？?！!]{2,30}?)(?:[，,]?(?:这份|这些|文件|决议|材料|国际电联|ITU)[^，,。？?]{0,8})?(?:有|是|怎么|的规定|，|[做作](?:了|出))/,
  // Not across a chat space (对娃娃不好 有没有…): 对 there says whom something harms, in the setting.
  /对([^，,。？?！!\s]{2,30}?)(?:有什么|是怎么|怎么|有何|有哪些|有没有|有无|是什么(?:态度|立场|看法))/,
  // 有没有（哪个决议）专门讲X: the resolution asked for may be named between.
  /(?:有没有|是否|有无)(?:哪(?:个|项|一项|份|条)|什么|任何)?(?:决议|条款|文件|规定)?(?:专门|特别|单独)?(?:讲|提到|提及|涉及|说到|谈到|讲到|关于|针对|给出|给|提供|列出|写|规定)([^，,。？?！!]{2,30}?)(?:的|吗|？|\?|[，,]|$)/,
  /(?:涉及|针对)([^，,。？?！!]{2,30}?)(?:的|吗|？|\?|[，,]|$)/,
  // 有说到X吗, 有提到X没: whether the text says something.
  /有(?:说到|提到|讲到|提及|谈到|写到)(?:过)?([^，,。？?！!]{2,30}?)(?:吗|没有?|[？?]|$)/,
  // 提供了哪几种X, 有哪些X服务: the kinds of a thing provided.
  /(?:提供|配备|安排)(?:了)?(?:哪|什么)几?(?:种|些|类|项)?([^，,。？?！!]{2,12}?)(?:[？?]|$)/,
  // 有没有通过分配X的决议, 出台了关于X的决议吗: a resolution on X asked for.
  /(?:通过|出台|制定)(?:了|过)?(?:一项|一个|任何)?(?:关于|有关)?([^，,。？?！!]{2,30}?)(?:方面)?的(?:新)?决议/,
  // Not 把这块 / 在这块 / 这方面: there the words point back ("this area"), and what comes before is no topic.
  /([^，,。？?！!]{2,30}?)(?<![把在对将于这那该此])(?:方面|这块|这一块)/,
  /([^，,。？?！!：:]{2,30}?)(?:是怎么规定的|怎么规定|有什么规定|有什么要求|有什么说法|怎么说)/,
  // 怎么申请X, 如何才能拿到X: the thing sought.
  /(?:怎么|怎样|如何)(?:才能|才可以|可以|能)?(?:申请|获得|拿到|找到|得到|争取)到?(?:一个|一份|个|份)?([^，,。？?！!]{2,20}?)(?:[，,。？?！!]|$)/,
  // 想了解X的内容, 研究X: what the asker wants to know about.
  // 问一下 set off by a comma (顺便问一下，…) is a polite opening: what follows is the question itself, not
  // a clause of the asker's setting (问一下，现在孩子们都…，哪个决议…).
  /(?:(?:了解|研究(?![组课])|关注)[，,]?|查一下|问一下)\s*([^，,。？?！!]{2,30}?)(?:的内容|的规定|的条款|方面|[，,。？?]|$)/,
  /(?:查一下|问一下)[，,]\s*([^，,。？?！!]{2,30}?)(?:[？?]|$)/,
  // X，文件里有（相关条款）吗: the clause before a question whether the document has something.
  /([^，,。？?！!]{2,30}?)[，,]\s*(?:这份|这个)?(?:文件|材料|决议)(?:里|中)?(?:有|提到|讲|说)[^，,。？?]{0,8}吗/,
  // A resolution named by its topic (关于风筝的决议, 风筝那个决议, 风筝那项): the topic is what it is about.
  /关于([^，,。？?！!]{2,20}?)的(?:[那这]一?(?:个|项|份|条))?决议/,
  /([^，,。？?！!关于的]{2,12}?)的?[那这]一?(?:个|项|份|条)决议/,
  // 专门给X的决议, 针对X的规定: a resolution for someone or something.
  /(?:专门|特别|单独)?(?:给|为|针对|面向)([^，,。？?！!]{2,20}?)的(?:决议|规定|条款)/,
  // A topic, then whether a resolution governs it (热气球送信，有没有决议专门管).
  /^([^，,。？?！!]{2,30}?)[，,]\s*(?:有没有|有)(?:哪(?:条|项|个|份))?(?:决议|条款|规定)(?:专门|特别|单独)?(?:管|讲|涉及|规定)(?:吗|没有)?/,
  // A bare topic, then whether there is anything on it (热气球送信 有项目吗, 风筝比赛有没有规定).
  /^([^，,。？?！!\s]{2,16}?)\s*(?:有没有|有)(?:相关的?|什么|啥)?(?:项目|规定|决议|条款|内容|说法|安排|措施)(?:吗|没有)?[？?]?$/,
  // A topic, then which resolution speaks of it (热气球送信是哪条决议管的, 风筝比赛 文件里哪个决议讲). Not
  // when it points back (哪个决议管这个): then what came before is a scene in the asker's words.
  /^(?:那个|这个)?([^，,。？?！!\s]{2,16}?)[，,\s]*(?:这个|这份|本)?(?:文件|材料)?(?:里|中)?(?:是|归|由)?(?:哪|什么)(?:个|项|一项|份|条)?决议(?:来)?(?:讲|说|管|规定|涉及|提到|负责|处理)(?!的?(?:是)?[这那此])/,
  // A bare topic asked about (量子加密？): a short sentence without a question word.
  /^([^，,。？?！!吗呢什么哪谁几怎为]{2,16})[？?]$/,
];

/** English: what follows the words that introduce a topic ("anything on X", "does it cover X", "X — covered?"). */
const EN_TOPIC_FRAMES: RegExp[] = [
  /\b(?:anything|something|nothing|(?:a|any) (?:resolutions?|part|section|clause|line|provisions?|mention|word))\s+(?:\w+\s+){0,2}?(?:on|about|for|regarding|concerning)\s+([^?.!;:]{3,80})/i,
  /\b(?:say|says|said|talk|talks|speak|speaks|cover|covers|deal|deals|mention|mentions|touch|touches|address|addresses)\s+(?!(?:only |just |mainly |mostly |little |no |good |fluent )?(?:english|french|spanish|arabic|russian|chinese|mandarin|portuguese|swahili|hausa|amharic|german|hindi|creole|kreyol)\b)(?:anything\s+|something\s+)?(?:(?:about|with|on|regarding)\b)?\s*([^?.!;:]{3,80})/i,
  // "What do they offer on X", "what help do they give for X".
  /\b(?:offer|offers|provide|provides|give|gives|promise|promises|have|has)\s+(?:\w+\s+)?(?:on|about|for|regarding|concerning)\s+([^?.!;:]{3,80})/i,
  // "Do any of them promise X?", "will one of the texts offer X": what any of them is asked to give.
  /\b(?:does|do|did|will|would)\s+(?:any|one|some|either)\s+(?:of\s+(?:these|the|those|them)\s+)?(?:resolutions?|texts?|clauses?|decisions?|of them)?\s*(?:actually\s+|really\s+)?(?:promise|offer|provide|guarantee|give|fund|pay for|set up)s?\s+([^?.!;:]{3,80})/i,
  // "Which resolution says every X gets Y": what it is said to say.
  /\b(?:resolutions?|one|text|clause|part|rule)\s+(?:that\s+|which\s+)?(?:says?|states?|promises?|guarantees?)\s+(?:that\s+)?([^?.!;:]{3,80})/i,
  // "Is there a rule that makes X do Y", "any resolution forcing X to", "a text that sets up X": what
  // it would make someone do, or set up.
  /\b(?:any|a|one)\s+(?:resolutions?|rules?|clauses?|texts?|decisions?)\s+(?:that|which)?\s*(?:makes?|making|forces?|forcing|requires?|requiring|obliges?|obliging|compels?|compelling|orders?|ordering|sets? up|setting up|creates?|creating|establish(?:es)?|establishing)\s+([^?.!;:]{3,80})/i,
  /\b(?:about|researching|studying|interested in)\s+([^?.!;:—–]{3,80})/i,
  // "How would one obtain X", "how can we apply for X": the thing sought is the topic.
  /\bhow (?:do|can|could|would|should|to) (?:(?:i|we|one|you|they) )?(?:get|obtain|find|land|secure|apply for|sign up for|join)\s+(?:a|an|the|some|any)?\s*([^?.!;:]{3,60})/i,
  /^([^?.!;:—–-]{3,60})\s*[—–-]+\s*(?:covered|anything|any|is (?:that|it|this) (?:in|covered)|do(?:es)? (?:the|this|it|they) (?:\w+ )?(?:cover|mention|say|talk|deal))\b/i,
  // A resolution named by its topic ("the resolution on kites", "the kite-flying resolution"): its topic.
  /\bthe (?:resolution|one|text|decision) (?:on|about|regarding|concerning|dealing with|covering|for|against) ([^?.!;:]{3,60}?)(?=\s*(?:[?.,;:!]|$|\b(?:been|was|is|were|are|has|have|had|did|do|does|got|gets|say|says|said|ask|asks|and|or|that|which|at)\b))/i,
  /\bthe ((?:[a-z][\w-]*\s){0,3}[a-z][\w-]*) (?:resolution|one)\b/i,
  // A bare topic asked about ("Online misinformation?"): no verb of asking, no question word.
  /^(?!.*\b(?:what|which|who|whom|how|when|where|why|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\b)([^?.!;:]{3,60})\?$/i,
  // Keywords typed as a search ("tidal power subsidies"): a few words, nothing else.
  /^(?!.*\b(?:what|which|who|whom|how|when|where|why|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\b)\s*((?:[^\s?.!;:]+\s+){1,4}[^\s?.!;:]+)\s*$/i,
];

/**
 * Below this SemCor count a noun is seldom used in general English, so it names a topic of its own
 * (satellite 4, refugee 5, village 36); a common one (text 53, English 57) is as often the asker's way
 * of saying what the document words otherwise.
 */
const RARE_ENGLISH = 50;

/** Below this share of the named topic's weight, what the document lacks is a detail of it, not the topic. */
const ABSENT_SHARE = 0.25;

/** The document's text as the mention check reads it (summaries and operative clauses), once per store. */
const texts = new WeakMap<CorpusStore, string>();
function documentText(store: CorpusStore): string {
  let text = texts.get(store);
  if (text === undefined) {
    text = textOf(store.clauses);
    texts.set(store, text);
  }
  return text;
}

/** Why the answer is no: the document never names it. */
export function absentReason(term: string): { en: string; zh: string } {
  return {
    en: `It never mentions “${term}”.`,
    zh: `文件没有提到“${term}”。`,
  };
}

/**
 * The asker as the sentence's subject (我们央行想…, 我国打算…), or writing or speaking of the topic (如果我
 * 在报告里写…): who asks, and where, not what about.
 */
const ASKER_LEAD =
  /^(?:如果|假如|要是|若是?)?(?:我们|咱们|我国|我方|我)[\u4e00-\u9fff]{0,8}?(?:想要|想|希望|打算|准备|计划|需要|正在|写到|写|讲到|谈到|介绍)/;

/** The Union, its Sectors and Bureaux, or the countries: who is asked something, not what about. */
const ADDRESSEE =
  /^(?:ITU(?:-[TDR])?|BDT|TSB|BR|国际电联|电信(?:发展|标准化)局|(?:各|我们|我们的)?(?:成员国|国家)|我们|我国|咱们)$/i;

/** The askers described (对我们小老板有什么好处, 对咱们农民): whom it would serve, not what it is about. */
const ASKERS =
  /^(?:我们|咱们|俺们)(?:这些|这样的)?[\u4e00-\u9fff]{0,3}?(?:人|者|员|户|民|家|生|师|工|商|老板|企业|公司|厂)$/;

const POINTING_BACK = /^\s*(?:it|them|this|that|these|those|they)(?:\s+at all)?\s*$/i;
/**
 * A span that opens on "this kind of" (这种绕着走的事, 此类做法) after the asker has told something points
 * back at it, described in their own words: the document may name it otherwise, so the span is no topic's
 * name. At the message's start (那种会飞的小玩意儿) it describes the topic itself.
 */
const KIND_POINTED_BACK = /^(?:这种|这类|这样的|这一类|那种|那类|那样的|此类|这些|那些)/;

/** Words after a noun that make it the place of something (on its body, on top of it, inside it, beside it). */
const LOCATIVE = /^(?:身上|上面|上头|里面|里头|旁边|附近|周围|周边|一带)/;

/** A place with its locative ending (村里, 镇上, 家中, 城里): where something is. */
const PLACE_WORD = /^[\u4e00-\u9fff]{1,2}(?:里|上|中|内)$/;

/** A verb asked as "A not A" (要不要, 管不管, 有没有, 是不是; 方便不方便, 好用不好用): a question, not a name. */
const A_NOT_A = /([\u4e00-\u9fff])[不没]\1|([\u4e00-\u9fff]{2})[不没]\2/;

/** The span a question names as its topic, or null when no frame names one. */
export function namedTopic(question: string): string | null {
  const asking = askingSentences(question);
  const frames = /[\u4e00-\u9fff]/.test(asking) ? TOPIC_FRAMES : EN_TOPIC_FRAMES;
  for (const frame of frames) {
    const m = frame.exec(asking);
    // A pronoun (cover them?) points back at the topic another frame names.
    // Nor is one the asking is addressed to (对ITU-D有什么要求): the topic is named elsewhere, if at all.
    // Nor a span that asks itself (要不要…, 管不管用): an A-not-A question is no topic's name.
    if (
      m &&
      !POINTING_BACK.test(m[1]!) &&
      !(KIND_POINTED_BACK.test(m[1]!.trim()) && question.indexOf(m[1]!.trim()) > 0) &&
      !ADDRESSEE.test(m[1]!.trim()) &&
      !ASKERS.test(m[1]!.trim()) &&
      !A_NOT_A.test(m[1]!)
    )
      return lastChatClause(m[1]!.trim()).replace(ASKER_LEAD, '') || null;
  }
  return null;
}

/**
 * The last clause of a span that runs over clauses set apart by spaces (村头网速慢 打个视频卡死 这文件里…):
 * the topic is in the one that asks, the others set the scene. Not Chinese typed word by word (网上 看病
 * 的 决议), where most pieces are a word or two long.
 */
function lastChatClause(span: string): string {
  const runs = span.split(CHAT_CLAUSE_BREAK);
  if (runs.length < 2) return span;
  const short = runs.filter((r) => r.length <= 4).length;
  return short * 2 > runs.length ? span : runs[runs.length - 1]!;
}

/**
 * The heaviest part of the topic the question names that the document never speaks of, when that part is
 * a good share of the topic; else null (no topic named, or the document speaks of it).
 */
export function absentTopic(
  question: string,
  unitsOf: () => readonly TopicUnit[],
  store: CorpusStore,
): TopicUnit | null {
  const span = namedTopic(question)?.toLowerCase();
  if (!span) return null;
  // The units only once a frame names a topic: most questions name none, and units cost a planning's worth.
  const inSpan = unitsOf().filter((u) => {
    const surface = u.alternatives[0]?.[0]?.toLowerCase();
    return u.weight > 0 && surface && span.includes(surface) && !NOT_A_TOPIC.test(surface);
  });
  // What a thing is put on or in (牛羊身上装X, 屋顶上面的X) is where the topic is, not the topic, when the
  // span names something else too.
  // So is a place word itself (村里, 镇上, 家中): where the asker is.
  const placed = (u: TopicUnit) =>
    LOCATIVE.test(span.split(u.alternatives[0]![0]!.toLowerCase())[1] ?? '') ||
    PLACE_WORD.test(u.alternatives[0]![0]!);
  const named = inSpan.some((u) => !placed(u)) ? inSpan.filter((u) => !placed(u)) : inSpan;
  const top = Math.max(0, ...named.map((u) => u.weight));
  if (!named.length) return null;
  const text = documentText(store);
  const absent = named.filter((u) => !mentions(u, text));
  // The heaviest part; when several weigh as much (words the document never uses all weigh the most), at
  // least half of those: one of them missing is a detail of the topic (频发 in 山火和干旱频发).
  const heaviestAll = named.filter((u) => u.weight === top);
  const heaviestAbsent = absent.filter((u) => u.weight === top);
  const heaviest = heaviestAbsent[0];
  if (!heaviest || heaviestAbsent.length * 2 < heaviestAll.length) return null;
  const total = named.reduce((s, u) => s + u.weight, 0);
  const missing = absent.reduce((s, u) => s + u.weight, 0);
  if (missing / total < ABSENT_SHARE) return null;
  return qualifiesStatedThing(span, absent, text) ? null : heaviest;
}

/** The shortest phrase, in characters, taken to name a thing of its own (风筝比赛, 气候变化). */
const PHRASE_CHARACTERS = 4;

/**
 * Whether what the document lacks only qualifies the front of a topic whose rest the document writes as
 * it stands (远洋 in 远洋气候变化 where it writes 气候变化): a Chinese noun phrase ends on what it names,
 * and a phrase of two words or more written as the asker wrote it is that thing, said with one detail fewer.
 * A lone word left over (通信 of 量子通信) is too general to be the topic.
 */
function qualifiesStatedThing(span: string, absent: readonly TopicUnit[], text: string): boolean {
  let rest = span;
  for (const u of absent) {
    const w = u.alternatives[0]![0]!.toLowerCase();
    if (!rest.startsWith(w)) return false;
    rest = rest.slice(w.length).replace(/^的/, '');
  }
  return (
    /^[\u4e00-\u9fff]+$/.test(rest) &&
    rest.length >= PHRASE_CHARACTERS &&
    lowerCased(text).includes(rest)
  );
}

/** What the English check knows of a word, from the bilingual table and the glossary. */
export interface EnglishWords {
  /** A noun the dictionary translates but nothing brings to the document (see DictionaryTable.absent). */
  absentNoun(word: string): boolean;
  /** How common the word is in general English (its SemCor count). */
  frequency(word: string): number;
  /** The words of each English name of the glossary's terms and resolutions, in singular. */
  glossaryNames: readonly (readonly string[])[];
  /** Whether some clause's everyday questions use the word: then a clause answers questions asked with it. */
  askedOf(word: string): boolean;
}

/**
 * A few words before "etc.", "and so on" or, closing a list, "and all" / "and stuff" are instances of
 * something the asker leaves unnamed ("police, ambulance etc" for emergency services): the document may
 * speak of that without naming them.
 */
const ETC =
  /((?:[a-z][\w&-]*[\s,/]+){1,4})(?:etc\b\.?|and so on\b|and the like\b|and such\b|(?:and|or) (?:all|stuff|everything|whatnot|what not|so forth)(?=\s*(?:[?.!,;:]|$)))/i;

/** The text without the instances listed before "etc." (network planning, O&M etc): none is the topic. */
export function withoutExamples(text: string): string {
  return text.replace(new RegExp(ETC.source, 'gi'), ' ');
}

/**
 * Who the asker is, said beside 我们 (咱们农民都…, 我们学生在…): a noun between the pronoun and what
 * they do describes the askers, not the topic they ask about.
 */
const ASKER_NOUN =
  /(我们|咱们|俺们|我们这些|咱们这些)[\u4e00-\u9fff]{2,4}?(?=用|在|想|要|都|也|老是|经常|总是|常常|平时|一般|[，,])/g;

export function withoutAskerNoun(text: string): string {
  return text.replace(ASKER_NOUN, '$1');
}

/** Words joined by slashes ("police/ambulance/fire") are instances, as before "etc.". */
const SLASHED = /\b[a-z][\w-]*(?:\s?\/\s?[a-z][\w-]*)+\b/gi;

/** A plural's singular, as far as matching a glossary name needs (devices, identifiers, batteries). */
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?:es|s)$/, '');

/**
 * The English counterpart: the words of the topic an English question names ("anything on satellite
 * internet for villages?") that are nouns the document never speaks of, and rare in general English,
 * when they are a good share of the topic's words; the first of them, or null. A word of a glossary name the question uses is the
 * document's, whatever the dictionary says.
 */
export function absentEnglishTopic(question: string, words: EnglishWords): string | null {
  const span = namedTopic(question);
  if (!span) return null;
  const content = englishWordsOf(span).filter(
    (w) => w.length >= 3 && !QUERY_STOPWORDS.has(w) && !/\d/.test(w),
  );
  if (!content.length) return null;
  const examples = new Set(
    englishWordsOf([ETC.exec(span)?.[1] ?? '', ...(span.match(SLASHED) ?? [])].join(' ')),
  );
  // A place beside other words is where the asker is ("kite fees when we fly in Iceland"): whether the
  // document speaks of that place is for the place checks, not a topic the document lacks.
  const placed = new Set(englishWordsOf([...placeNames().namings(span).keys()].join(' ')));
  const setting = (w: string) => placed.has(w) && content.some((c) => !placed.has(c));
  const candidates = content.filter(
    (w) =>
      words.absentNoun(w) &&
      words.frequency(w) < RARE_ENGLISH &&
      !examples.has(w) &&
      !setting(w) &&
      !words.askedOf(w),
  );
  // Most topics have no absent noun: the glossary's names are looked at only for those that do.
  if (candidates.length / content.length < ABSENT_SHARE) return null;
  const asked = new Set(englishWordsOf(question).map(singular));
  const named = new Set(words.glossaryNames.filter((ws) => ws.every((w) => asked.has(w))).flat());
  const absent = candidates.filter((w) => !named.has(singular(w)));
  return absent.length && absent.length / content.length >= ABSENT_SHARE ? absent[0]! : null;
}

/** The words of the glossary's English names (terms and resolutions), in singular, once per glossary. */
const names = new WeakMap<Glossary, string[][]>();
export function glossaryNames(glossary: Glossary): string[][] {
  let list = names.get(glossary);
  if (!list) {
    list = [
      ...glossary.terms.flatMap((t) => t.en),
      ...glossary.resolutions.flatMap((r) => r.en),
    ].map((n) => englishWordsOf(n).map(singular));
    names.set(glossary, list);
  }
  return list;
}
