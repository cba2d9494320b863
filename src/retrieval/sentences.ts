/**
 * A message's sentences, and the ones that ask. People put their setting before the question ("We set up
 * a CIRT in 2019. What does Resolution 58 ask?") and a claim after it ("Which group keeps it? I was told
 * SG13."): what the question is about is in the sentences that ask.
 */

/**
 * Sentences: ended by 。！？!? or by a full stop before a space (E.161.1 holds stops that end nothing); in
 * chat, also by a space after a sentence-final particle (山寨机太多了 ITU会管吗), where the stop is left out.
 */
export function sentencesOf(text: string): string[] {
  // "For my slides: when …": the asker's purpose, set off by a colon, is a sentence of its own.
  const lead = PURPOSE_LEAD.exec(text);
  if (lead) return [lead[0], ...sentencesOf(text.slice(lead[0].length))];
  return text
    .split(CHAT_BREAK)
    .flatMap(
      (part) => part.match(/(?:[^。！？!?.]|\.(?!\s|$))+(?:[。！？!?]+|\.(?=\s|$)|$)/g) ?? [],
    )
    .filter((s) => s.trim());
}

/**
 * What the answer is for, or a word that opens a question (For my report:, Quick question:, Context:),
 * before a colon, after a greeting if any (Hi, quick question:); not a topic set out first (For the e-waste
 * resolution:, 电子废物：).
 */
const PURPOSE_LEAD =
  /^\s*(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day))(?: (?:there|all|everyone|team))?\s*[,!]?\s+)?(?:for (?:my|our|a|an|the) (?:[\w-]+ ){0,3}?(?:slides?|deck|briefing|brief|report|presentation|talk|speech|notes?|article|story|piece|class|lecture|course|memo|minister|boss|team|thesis|essay)|(?:quick|one|small|short|simple) (?:question|one|check|thing)|context|background|fyi|btw)\s*[:：]\s*(?=\S)/i;

const CHAT_BREAK =
  /(?<=[\u4e00-\u9fff][了啊呀吧呢嘛哦啦吗么])\s+(?=[^\s\d一二三四五六七八九十两几])/;

/**
 * A Chinese question put without its mark, ending in a question particle (会管吗, 怎么办呢), or in a softening
 * one or 了 after a question word (要花多少啊, 是谁呀, 降到多少了).
 */
const PARTICLE_END =
  /[吗么呢]\s*$|(?:多少|什么|哪|几|谁|怎么|为什么|是不是|有没有|会不会|能不能|要不要|可不可以)[^。！!]*[啊呀哈了]\s*$/;

/** A question put without its mark: "my boss is asking how many …", "I'd like to know whether …", 我想知道…。 */
const REPORTED_QUESTION =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondering|(?:want|wants|need|needs|like) to know)\s+(?:me\s+|us\s+)?(?:how|what|which|whether|if|when|where|who|why)\b|(?:想|要|想要)(?:知道|了解|问|请教)|请问|问一下|问问/i;

/** A question word left in place, as many Englishes ask ("the next one is where, and which year."). */
const ASKED_IN_PLACE =
  /\b(?:is|are|was|were|be)\s+(?:where|when|who)\b(?=\s*(?:[?,.]|and\b|or\b|$))/i;

/**
 * What the asker needs the answer for, said after the question ("… on this? need a quote for tonight");
 * not a fact still asked for ("need the exact deadline").
 */
const STATED_NEED =
  /^\s*(?:i\s+|we\s+)?(?:need|needs|want|wants|would like|looking for|gotta have)\s+(?:a|an|the|some|one)\b(?![^?]*\b(?:what|which|who|how|when|where|whether|if|exact|precise|specific|deadlines?|dates?|numbers?|figures?|amounts?|names?|prices?|costs?|sums?)\b)/i;

/** A question announced, not yet put (想请教一件小事。, "I'd like to ask you something."). */
const ANNOUNCED =
  /(?:请教|问|咨询)(?:您|你)?(?:一下)?(?:一|几|两)?(?:件|个|点)?(?:小)?(?:事|事情|问题)[。.!！\s]*$|\b(?:ask|asking) (?:you )?(?:something|a (?:quick |small |simple )?(?:question|thing))[.!\s]*$/i;

/**
 * 请问 opening a story the asker tells of themselves, ended as a statement (请问老师，我家在山区，一下雨信号就
 * 没了。): a polite opening; the question comes in a later sentence.
 */
const POLITE_OPENING = /^\s*请问(?:一下)?(?:老师|您|你|大家|专家|各位|领导|师傅)?\s*[，,：:、]?\s*/;

function openedStory(sentence: string): boolean {
  const rest = sentence.slice(POLITE_OPENING.exec(sentence)?.[0].length ?? 0);
  return (
    rest.length < sentence.length &&
    /^(?:我|俺|咱)/.test(rest) &&
    /[。！!]\s*$/.test(rest) &&
    !REPORTED_QUESTION.test(rest) &&
    !ASKING_CLAUSE.test(rest)
  );
}

/**
 * The sentences that ask (end in a question mark), or the whole message when none or all do. With
 * `unendedLast`, a last sentence left without any end mark asks too ("…in March? should I bring a coat").
 */
export function askingSentences(text: string, unendedLast = false): string {
  const sentences = sentencesOf(text);
  const asking = sentences.filter(
    (s, i) =>
      /[?？]\s*$/.test(s) ||
      PARTICLE_END.test(s) ||
      (REPORTED_QUESTION.test(s) && !ANNOUNCED.test(s) && !openedStory(s)) ||
      ASKED_IN_PLACE.test(s) ||
      (unendedLast &&
        i === sentences.length - 1 &&
        !/[。！!.]\s*$/.test(s) &&
        !STATED_NEED.test(s) &&
        !(i > 0 && /[?？]\s*$/.test(sentences[i - 1]!) && (SIGN_OFF.test(s) || toldAfter(s)))),
  );
  return asking.length && asking.length < sentences.length ? asking.join(' ') : text;
}

/**
 * A story told after the question, opened by when, because or since and its subject ("…? when we go
 * to the coast my phone credit just vanishes lol"): the asker's setting, unless the rest asks.
 */
const TOLD_AFTER =
  /^\s*(?:when|whenever|every time|because|cause|coz|cuz|since)\s+(?:we|i|you|they|he|she|my|our|his|her|their|people)\b/i;

function toldAfter(sentence: string): boolean {
  const m = TOLD_AFTER.exec(sentence);
  // Its main clause may still ask, inverted without a mark (when we fly there do we pay).
  if (m) return !asks(sentence.slice(m[0].length));
  // In English, the asker telling of themselves with nothing that asks (…? everyday i get ten of them, so
  // annoying) tells; a bare phrase after the question (…? V/m figure) says what it asks for.
  return (
    !/[\u3400-\u9fff]/.test(sentence) &&
    FIRST_PERSON.test(sentence) &&
    !asks(sentence) &&
    !ASKED_ON.test(sentence)
  );
}

const FIRST_PERSON = /\b(?:i|i'm|im|we|we're|my|our|me|us)\b/i;
const asks = (text: string) => ASKING_CLAUSE.test(text) || INVERTED.test(text);

/** What goes on asking after a question: more of it (and the date, also …) or a request (tell me, pls). */
const ASKED_ON =
  /^\s*(?:and|or|also|plus|but|then|so what|what about|how about)\b|\b(?:tell|give|show|list|explain|send|share|name|confirm|check|pls|please|plz|kindly|need|want|wanna|looking for)\b/i;

const INVERTED =
  /\b(?:do|does|did|can|could|will|would|should|shall|must|is|are|was|were|have|has)\s+(?:we|i|you|they|it|he|she|there)\b/i;

/**
 * One Latin word left after a question (…? thanks, …? cheers, …? Kofi): a sign-off or a signature in any
 * language, no further question.
 */
const SIGN_OFF = /^\s*[a-z][a-z'’-]*\s*$/i;

/** A clause that asks: a question word or particle in it, or an auxiliary opening it (will it …, is there …). */
export const ASKING_CLAUSE =
  /什么|哪|谁|几|多少|怎么|怎样|如何|为什么|为何|何时|吗|呢|么|是否|是不是|有没有|有无|会不会|能不能|可不可以|要不要|\b(?:what|when|where|which|who|whom|whose|how|why|whether)\b|^\s*(?:and\s+|so\s+|but\s+)?(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|should|shall|may|might)\b/i;

/**
 * "who" or "which" after a noun, then its verb ("two pupils who are deaf", "a fund which has"): a relative
 * clause describing it, no question; not after a verb of asking ("tell me who is", "know which was").
 */
const RELATIVE_PRONOUN =
  /\b(?!(?:know|knows|me|us|them|ask|asked|asking|wonder|wondering|tell|see|show|explain|and|or|but|so|of|about)\b)([a-z]+)\s+(?:who|which|whose)\s+(?=(?:are|is|was|were|have|has|had)\b)/gi;

/** A bare check of what was said (是真的吗, 对不对, "right?", "is that true?"). */
const TRUTH_CHECK =
  /^\s*(?:这|那)?(?:是)?(?:真的|对的|这样|不是)?(?:吗|嘛|么|吧|对吗|对不对|是吗|是不是|没错吧)[？?。!！\s]*$|^\s*(?:is (?:that|it|this) )?(?:right|true|correct|so)\s*[?.!]*\s*$/i;

/**
 * The clauses of the asking sentences that do not ask: not the last of a sentence, no asking word in them
 * (下周讲课，想确认一下：…吗？ asks only after the colon; "budget tight this year — do we pay for them or
 * get them free?" after the dash), and none that `keep` matches (a clause naming what the question goes on
 * to ask about). A time or a plan in one of these says when the asker acts, not what is asked.
 */
/**
 * A clause saying what the asker will do with the answer (…, so our club can print it for the kite show next
 * week; …，以便下周开会用): the asker's plan, last or not, and whatever event it names.
 */
const PURPOSE_CLAUSE =
  /^\s*(?:and\s+)?(?:so(?:\s+that)?\s+(?:i|we|he|she|they|you|my\s+[a-z]+|our\s+[a-z]+)\s+(?:can|could|may|might|will|would)\b|in\s+order\s+to\b|so\s+as\s+to\b)|^\s*(?:以便|好让|以免|免得)/i;

export function asideClauses(text: string, keep?: RegExp): string[] {
  return sentencesOf(askingSentences(text)).flatMap((sentence) => {
    // Chat writes a space between Chinese clauses where others write a comma (下周出国旅游 漫游费有没有人管);
    // not between words, as some write every word apart (网上 看 病 的 决议).
    const clauses = sentence
      .split(/[，,：:;；]|\s[—–-]+\s|[—–]+|(?<=[\u3400-\u9fff]{4})\s+(?=[\u3400-\u9fff]{4})/)
      .filter((c) => c.trim());
    // "X，是真的吗？", "X, right?": what is checked is said before.
    if (TRUTH_CHECK.test(clauses.at(-1) ?? '')) return [];
    return clauses.filter(
      (c, i) =>
        (i > 0 && PURPOSE_CLAUSE.test(c)) ||
        (i < clauses.length - 1 &&
          !ASKING_CLAUSE.test(c.replace(RELATIVE_PRONOUN, '$1 ')) &&
          !keep?.test(c)),
    );
  });
}

/**
 * The asking sentences without a leading clause that states the asker's situation (我们这边风筝太多了，
 * 哪个决议…): a clause ending in 了, or saying how much (太, 很, 越来越), is a statement, not the topic asked
 * about; a topic phrase (风筝方面，…) stays.
 */
/** Chinese runs set apart by spaces: chat's way of setting clauses apart where others write commas. */
export const CHAT_CLAUSE_BREAK = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/;

export function askedClauses(text: string): string {
  const asking = askingSentences(text);
  // Chat sets clauses apart with a space where others write a comma (…搞不来 手机付钱这块…).
  const clauses = asking.split(/(?<=[，,])|(?<=[\u4e00-\u9fff]\s+)(?=[\u4e00-\u9fff])/);
  let i = 0;
  const situation = (c: string) =>
    SITUATION.test(c) || (ASKER_DOES.test(c) && !ASKING_CLAUSE.test(c));
  while (i < clauses.length - 1 && situation(clauses[i]!.replace(/[，,]?\s*$/, ''))) i++;
  return clauses.slice(i).join('');
}
/**
 * …or what someone cannot manage (用不来, 搞不懂, 学不会): a difficulty told, not asked; so is a complaint
 * by its degree (慢得要死, 贵得不行) or by how often it happens (老是卡, 动不动就断).
 */
const SITUATION =
  /(?:太|很|非常|特别|越来越|十分|挺)[\u4e00-\u9fff]{1,6}了?$|[\u4e00-\u9fff]了$|[\u4e00-\u9fff](?:不来|不懂|不会|不了)$|[\u4e00-\u9fff]得(?:要死|要命|很|不行|厉害|够呛)$|(?:老是|总是|经常|一直|天天|动不动就?)[\u4e00-\u9fff]{1,3}$/;
/**
 * What the askers do or meet (我们协会老是收到…, 俺村里常有…), or what they set out to make (我毕设想搞个
 * 风筝小程序), asking nothing: their situation too.
 */
const ASKER_DOES =
  /^\s*(?:我们|咱们|俺们|我|俺|咱)[\u4e00-\u9fff]{0,6}?(?:老是|总是|经常|常常|常|天天|每天|一直|最近|去年|今年|(?:想|打算|准备|计划|正在|在)(?:搞|做|开发|弄|写|建)(?:个|一个|一套|套)?)/;

/** Saying what the answer will be used for: cited in, put into, for my report. */
const PURPOSE_AFTER =
  /(?:想|要|准备|打算|得|需要)(?:引用|用到|用在|写进|写到|放进|放到|放在|加进)|(?:想|要|准备|打算|得|需要|在)写[\u4e00-\u9fff]{0,6}?(?:报告|论文|作业|文章|稿子?|材料|总结)|\b(?:to|will|gonna|need to|have to|got to|must|am|i'm) writ(?:e|ing) (?:a|an|my|our|the) (?:[\w-]+ ){0,2}?(?:report|paper|essay|article|thesis|memo|piece|story)\b|\b(?:to|will|gonna|want to|need to) (?:cite|quote|put|use|include) (?:it|this|that|them)\b|\bfor (?:my|our|the) (?:[\w-]+ ){0,3}?(?:report|slides?|deck|memo|brief|briefing|article|story|thesis|essay|presentation)\b/i;

/**
 * Sentences after the last question saying what the answer will be used for (想引用到…, "to cite it", "for
 * my report"), with the words no question names as well: where the answer goes, not what is asked (see
 * PURPOSE_LEAD for the same said first).
 */
export function purposeAfterQuestion(text: string): string {
  const { asked, purpose } = splitPurpose(text);
  // Only what no question names as well.
  return purpose
    .flatMap((s) => s.split(/\s+/))
    .filter((w) => !asked.includes(w))
    .join(' ');
}

/** The message without the sentences after its last question that say what the answer is for. */
export function withoutPurposeAfter(text: string): string {
  const { purpose } = splitPurpose(text);
  return purpose.length ? purpose.reduce((t, s) => t.replace(s, ''), text).trimEnd() : text;
}

function splitPurpose(text: string): { asked: string; purpose: string[] } {
  const sentences = sentencesOf(text);
  const last = sentences.findLastIndex((s) => /[?？]\s*$/.test(s));
  if (last < 0) return { asked: text, purpose: [] };
  return {
    asked: sentences.slice(0, last + 1).join(' '),
    purpose: sentences.slice(last + 1).filter((s) => PURPOSE_AFTER.test(s)),
  };
}
