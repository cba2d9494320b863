/**
 * A resolution named by its topic instead of its number: "the IPv6 resolution", "the resolution on spam",
 * 漫游那个决议, 关于电子废物的决议. When the topic is in exactly one resolution's title (in Chinese, in
 * English or by one of its everyday names), the question is about that resolution, as if it had been
 * numbered: "why the IPv6 resolution brings up IoT" asks resolution 64, not the IoT resolution.
 */
import { PLACE_WORDS } from './relative-clause.js';
import { escapeRe } from './escape-re.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

export interface ResolutionTitle {
  number: number;
  /** Its titles and everyday names, in both languages (国际移动漫游, International mobile roaming, IMR). */
  names: string[];
}

/** Words before 决议 / "resolution" that point or ask rather than name a topic. */
const PLACES = PLACE_WORDS.join('|');
const NOT_A_TOPIC = new RegExp(
  String.raw`^(?:哪|什么|这|那|该|本|此|各|每|其他|其它|别的|另|新|旧|所有|全部|相关|有关|上述|以上|同一|一(?:个|项|份|条|些|种)|两|几|同样|类似)|^(?:same|other|${PLACES}|new|whole|this|that|relevant|related|which|what|any|each|every|another|one|two|both|all|whole|earlier|later|old|revised|unchanged|following|above|said)$|^(?:how|what|why|when|where|who|whom|which|whether|if)\b`,
  'i',
);

/** Whether a title's name (lower-cased) holds a term. */
type Namer = (name: string) => boolean;

/**
 * Whether a name holds a term: Chinese as text (漫游 in 国际移动漫游); English word by word, each word of
 * the term that says something being a word of the name (african emergency number → Establishing an
 * African common emergency number), or its words run together (cyber security → Cybersecurity).
 */
function namer(term: string): Namer {
  if (/[\u3400-\u9fff]/.test(term)) return (name) => name.includes(term);
  const words = term
    .split(/[\s/]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    // A long word may be clipped, as chat clips it (cybersec for cybersecurity): it may begin a name's word;
    // a short one may be the name's in the plural (team: teams).
    .map(
      (w) =>
        new RegExp(
          `(?<![a-z0-9])${escapeRe(w)}${w.length >= CLIPPED ? '' : '(?:s|es)?(?![a-z0-9])'}`,
        ),
    );
  // A compound written open is the closed one (cyber security: cybersecurity), as a word of the name.
  const closed = /^[a-z]+(?:[\s-]+[a-z]+)+$/.test(term)
    ? new RegExp(`(?<![a-z0-9])${term.replace(/[\s-]+/g, '')}(?![a-z0-9])`)
    : null;
  return (name) =>
    (words.length > 0 && words.every((re) => re.test(name))) || (closed?.test(name) ?? false);
}

/** Words this long may be clipped forms of a longer one. */
const CLIPPED = 6;

/** Each title's names in lower case, made once per list of titles rather than on every question. */
const lowered = new WeakMap<readonly ResolutionTitle[], string[][]>();
function lowerNames(titles: readonly ResolutionTitle[]): string[][] {
  let out = lowered.get(titles);
  if (!out) lowered.set(titles, (out = titles.map((r) => r.names.map((n) => n.toLowerCase()))));
  return out;
}

/** Two counted after they are named: 这俩决议, (那)两项决议, or 两条 with 决议 left out before a break. */
const COUNTED_TWO = String.raw`(?:(?:这|那)?(?:俩|两个|两项|两份|两条)决议|(?:这|那)?(?:两项|两份|两条)(?:决议)?(?=[，,。？?]|$))`;
const ZH_NAMINGS = [
  // A topic of several words listed (关于风筝、无人机两类飞行器分工的决议) is still one topic.
  /(?:关于|有关)([^，,。？?；;\s]{1,24}?)的(?:[那这]一?(?:个|项|份))?决议/g,
  /(?:跟|和|与)([^，,。？?、；;\s]{1,12}?)(?:有关|相关)的(?:那一?(?:个|项|份))?决议/g,
  // Words listed with 、 are one topic's (金融包容、手机支付那个决议); in chat, with a space between (风筝
  // 无人机那个决议), unless the words before it end a sentence of their own (…太贵了 风筝那个决议).
  /((?:[^，,。？?、；;\s关于的那这决和与跟]{1,16}?(?:、|(?<![了吗呢啊吧嘛哦呀啦])\s(?=[\u4e00-\u9fff])))*[^，,。？?、；;\s关于的]{1,16}?)(?:的)?(?:[那这]一?(?:个|项|份|条))决议/g,
  // The topic after the pointing word (飞得高那个无人机的决议: the one on drones).
  /[那这]一?(?:个|项|份|条)((?:[^，,。？?、；;\s关于的那这]{2,12}?、)*[^，,。？?、；;\s关于的那这]{2,12}?)的决议/g,
  // The second of two namings, its 决议 left out (打假那个决议和防盗的那个; 漫游那条和服务质量那条).
  /(?:和|与|跟|还是|以及|或)([^，,。？?、；;\s关于的和与跟]{1,16}?)(?:的)?(?:那一?(?:个|项|份|条))(?!决议)/g,
  // A space may set a Latin name apart (IPv6 那个和…).
  /([^，,。？?、；;\s关于的和与跟]{1,16}?)\s?(?:的)?(?:那一?(?:个|项|份|条))(?=和|与|跟|还是|以及)/g,
  // One asked after in a follow-up, or set out before what is said of it, 决议 left out (漫游那项呢？,
  // 讲打假的那个呢, 漫游那条，改过吗).
  /([^，,。？?、；;\s关于的和与跟]{1,16}?)(?:的)?(?:那一?(?:个|项|份|条))(?=呢|吗|[？?，,]|$)/g,
  // The one pointed at, then what it speaks of, 决议 left out (另外那个专门讲风筝节的，…).
  /[那这]一?(?:个|项|份|条)(?:专门|单独)?(?:讲|管|说|针对)([^，,。？?、；;\s的]{2,12}?)的(?=[，,。？?！!]|呢|吗|$)/g,
  // Two joined, then counted as two (打假和防盗这俩决议, 漫游与服务质量那两项决议, 风筝和无人机两条，…).
  new RegExp(
    `([^，,。？?、；;\\s关于的和与跟]{2,16}?)(?:和|与|跟|以及)(?=[^，,。？?、；;\\s]{2,16}?${COUNTED_TWO})`,
    'g',
  ),
  new RegExp(`(?:和|与|跟|以及)([^，,。？?、；;\\s和与跟]{2,16}?)${COUNTED_TWO}`, 'g'),
  // Two set out one by one after the resolutions are spoken of (有两项决议，一个是风筝，一个是无人机).
  /(?<=决议[^。？?]{0,30}?)一(?:个|项|条|份)(?:是|讲|管)([^，,。？?、；;\s]{2,12}?)(?=[，,；;]|$)/g,
  // The verb may be left out when two are set out so (有两个决议，一个风筝节，一个无人机): not 一个字没动.
  /(?<=决议[^。？?]{0,30}?)一(?:个|项|条|份)(?![是讲管])([^，,。？?、；;\s]{2,12}?)(?=[，,；;]\s*一(?:个|项|条|份))/g,
  /(?<=决议[^。？?]{0,30}?一(?:个|项|条|份)[^，,。？?、；;\s]{2,12}[，,；;]\s*)一(?:个|项|条|份)(?![是讲管])([^，,。？?、；;\s]{2,12}?)(?=[，,；;]|$)/g,
  // Two joined by their topics alone: 漫游决议和电子废物决议.
  // With 的 before it too (电子医疗的决议与电子废物的决议); the second one only after a first 决议, as
  // 与 may join two words inside one topic (关于风筝制作与放飞的决议). A name may hold a digit (IPv6), not
  // begin with one (a number or a year). Where in it to look may come before the 和 (风筝的决议里面，和…);
  // the words before 在 or a pointing word and its measure are the asker's (第3组在那个风筝的决议里面).
  /(?!\d|(?:个|项|份|条)(?!人))((?:(?![那这](?:个|项|份|条))[^，,。？?、；;\s关于的和与跟号第在]){2,10}?)的?决议(?=(?:(?:里面|里头|里边|里|中|当中)?[，,]\s*)?(?:和|与|跟|还是|以及))/g,
  // Not the two counted (风筝和无人机两个决议: 两个 is no part of a topic).
  /(?:和|与|跟|还是|以及)(?!\d)([^，,。？?、；;\s关于的和与跟号第]{2,10}?)(?<!(?:两|2)(?:个|项|份|条)|俩)决议/g,
  /(?<=决议)(?:和|与|跟|还是|以及)(?!\d)([^，,。？?、；;\s关于的和与跟号第]{2,10}?)的决议/g,
  // …or after where in the first one to look and a comma (风筝的决议里面，和无人机的决议里面).
  /(?<=决议(?:里面|里头|里边|里|中|当中)?[，,]\s*)(?:和|与|跟|还是|以及)(?!\d)([^，,。？?、；;\s关于的和与跟号第]{2,10}?)的?决议/g,
];
/**
 * Where a topic after a preposition ends: a stop, a dash, "and", "or", a question word, or a verb of being
 * ("the one on drone licences for islands something new?").
 */
const TOPIC_END = String.raw`(?=\s+[-–—]\s|\s*(?:[?.,;:!]|$|\band\b|\bor\b|\bwhat\b|\bwhich\b|\bboth\b|\bsay|\bdoes?\b|\bask|\b(?:is|was|are|were|something|really|actually|still|brand|completely|entirely)\b))`;
/** Words that name no topic: a determiner's "one" (which one, each one), a verb or joiner before a name. */
const FUNCTION_WORD = String.raw`(?:the|a|an|this|that|these|those|which|what|who|how|each|any|every|no|some|other|another|one|both|either|neither|all|same|is|are|was|were|be|been|do|does|did|has|have|had|it|its|only|just|also|but|or|and|not|so|than|then|as|to|of|in|on|at|for|with|by|from|about|di|da|de)\b`;
/** Where a naming without "the" may start: the message's start, a break, or a joining word. */
const BARE_LEAD = String.raw`(?:^\s*|[,;:—–]\s*|\b(?:between|and|or|n|an|plus|vs\.?|versus|&)\s+)(?:(?:di|da|de)\s+)?`;
/** Up to three words of a topic, `min` + 1 at least, none of them a function word. */
const topicWords = (min: number) =>
  String.raw`(?:(?!${FUNCTION_WORD})[a-z][\w/-]*\s){${min},2}(?!${FUNCTION_WORD})[a-z][\w/-]*`;
/** Not "the resolution of/on X", which the patterns with a preposition read. */
const NOT_BEFORE_TOPIC = String.raw`(?!\s+(?:of|on|about|for|against)\b)`;
const EN_NAMINGS = [
  // Or "the Smart Africa text": a resolution is a text; not the assembly's, the full or the Chinese text.
  // Up to five words, none of them "resolution" or a joiner: "the X resolution and the Y resolution" is two.
  // Nor a verb or an article: "the assembly have a resolution on X" names X, after "on".
  new RegExp(
    String.raw`\bthe ((?:(?!(?:resolutions?|vs|versus|${FUNCTION_WORD}))[a-z0-9][\w/-]*\s){0,4}(?!${FUNCTION_WORD})[a-z0-9][\w/-]*) resolution\b`,
    'gi',
  ),
  /\bthe (?!(?:[\w-]+\s){0,3}?(?:assembly|wtsa|meeting|conference|full|whole|original|final|official|chinese|english|legal|exact|actual|same|entire|complete|draft)\b)((?:[a-z0-9][\w-]*\s){0,3}[a-z0-9][\w-]*) text\b/gi,
  // Chat's header, without "the": "Handset theft resolution - was it …", "cybersec res: which …".
  // Or before the other one it is set beside ("spam resolution and the kite one, which …").
  /^\s*(?!the\b)((?:[a-z0-9][\w-]*\s){0,3}[a-z0-9][\w-]*) resolution(?=\s*[-–—:(]|\s*$|\s+(?:and|vs\.?|versus|or)\s+the\b)/gi,
  // "The spam one", "the phone theft one", "that kite one": a resolution in a conversation about resolutions.
  // An acronym may follow in brackets ("the kite-flying (KF) one").
  // Two words may be joined by a slash ("the kites/drones one", "the kites/paper planes one").
  /\b(?:the|that|this) ((?:(?!(?:resolutions?|one|on|about|of|for)\b)[a-z][\w/-]*\s){0,2}(?!(?:resolutions?|on|about|of|for)\b)[a-z][\w-]*(?:\/[a-z][\w-]*)?)(?:\s*\([^()]{1,20}\))? one\b/gi,
  // Two names of one topic set apart by a slash ("the kite club / paper plane one").
  /\bthe ((?:(?!(?:resolutions?|one|on|about|of|for)\b)[a-z][\w-]*\s){0,2}[a-z][\w-]*\s+\/\s+(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*) one\b/gi,
  // A list's item, without "the": "- kite string safety one", "• drone noise resolution".
  new RegExp(
    String.raw`(?:^|\s)[-•*]\s+((?:(?!${FUNCTION_WORD})[a-z][\w/-]*\s){0,4}[a-z][\w/-]*) (?:one|resolution)\b${NOT_BEFORE_TOPIC}`,
    'gim',
  ),
  // Without "the", as chat runs on: at the start or after a joining word ("kite string one n drone noise
  // one", "between X resolution and Y resolution"; Pidgin's di for the), not a determiner's "one" (which
  // one, each one).
  new RegExp(`${BARE_LEAD}(${topicWords(0)}) resolution\\b${NOT_BEFORE_TOPIC}`, 'gi'),
  // "One" after a single word is as often the asker's own thing (a national one or a regional one).
  new RegExp(`${BARE_LEAD}(${topicWords(1)}) one\\b${NOT_BEFORE_TOPIC}`, 'gi'),
  // "The resolution of X", "the one of Y": as French and Spanish say it (la résolution de …), their
  // article kept.
  new RegExp(
    String.raw`\b(?:the|la|le|el) (?:resolution|one) of (?:the )?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)${TOPIC_END}`,
    'gi',
  ),
  // The topic ends where the question goes on: a stop, a dash, "and", a question word, or a verb of being.
  new RegExp(
    String.raw`\bthe one (?:on|about|for|against|dealing with|covering) ([a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){0,5}?)${TOPIC_END}`,
    'gi',
  ),
  // Words apart by spaces, so that a long run of letters is read one way only.
  // Or at the start, as a header: "resolution about kites - was it …"; or pointed at ("that resolution
  // against fake kites").
  new RegExp(
    String.raw`(?:\b(?:the|that|this) |^\s*)resolution (?:on|about|for|against|dealing with|covering) ([a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){0,9}?)${TOPIC_END}`,
    'gi',
  ),
  // Two set out one by one ("two roadmaps: one for kites, one for drones", "one on X and the other on Y"),
  // as 一个是X，一个是Y.
  new RegExp(
    String.raw`\bone (?:for|on|about|covering) ([a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){0,5}?)(?=\s*[,;]?\s*(?:and\s+|but\s+)?(?:one|the other(?: one)?) (?:for|on|about|covering)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\bone (?:for|on|about|covering) [^?.;]{2,60}?[,;]?\s*(?:and\s+|but\s+)?(?:one|the other(?: one)?) (?:for|on|about|covering) ([a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){0,5}?)${TOPIC_END}`,
    'gi',
  ),
];
const POINTING_END = /\b(?:of|that|this|these|those|its|their|the)$/i;

/** Words a naming needs (决议, 那个, 两条 …; resolution, one): without them no pattern is tried. */
const MAY_NAME_ZH = /决议|[那这]一?(?:个|项|份|条)|两(?:项|份|条)/;
const MAY_NAME_EN = /\b(?:resolution|one|text)\b/i;

/** The topic spans a question names a resolution by. */
export function topicNamings(question: string): string[] {
  const out: string[] = [];
  const patterns = [
    ...(MAY_NAME_ZH.test(question) ? ZH_NAMINGS : []),
    ...(MAY_NAME_EN.test(question) ? EN_NAMINGS : []),
  ];
  const found: { span: string; at: number }[] = [];
  for (const re of patterns) {
    for (const m of question.matchAll(re)) {
      // A leading 那 (那么, "so then") opens a follow-up: not the 那 of 那个, which points.
      // A pointing word at its end (风筝那个决议和…, read by the pattern for two joined by topics) is no
      // part of the topic.
      const span = m[1]!
        .trim()
        .replace(/^那么?(?![个项份条些种])(?=[\u3400-\u9fff]{2})/, '')
        .replace(
          /(?<=[\u3400-\u9fff]{2}|[A-Za-z0-9]{2})[那这](?:一?(?:个|项|份|条)|俩|两个|两项|两份|两条)$/,
          '',
        )
        .replace(/(?<=[\u3400-\u9fff]{2})(?:两项|两份|两条)$/, '')
        // The 决议 or pointing word of the naming before it, and the word joining the two (…的决议跟风筝那个
        // 决议, 风筝那个跟无人机那个决议).
        .replace(
          /^(?:[^、]*?(?:决议|[那这]一?(?:个|项|份|条)))?(?:和|与|跟|以及|还是|或)(?=[\u3400-\u9fff]{2}|[A-Za-z][A-Za-z0-9]+)/,
          '',
        )
        // Whose resolution it is ("the ITU fake gear resolution", "WTSA's spam one") is no part of its topic.
        .replace(/^(?:itu(?:-[tdr])?|wtsa(?:-?20)?)(?:['’]s)?\s+(?=[a-z])/i, '')
        // 国际电联放风筝那个决议 likewise: the union's name is no word of the topic it goes before.
        .replace(
          /^(?:国际电联|电联|itu(?:-[tdr])?|wtsa(?:-?20)?)(?:的|里头的?|里面的?|里的?|中的?)?(?=[\u3400-\u9fff]{2})/i,
          '',
        )
        // Nor how big or well known it is ("the big kite resolution", "the main drone one"), nor where it
        // stood in a list ("that last kite one").
        .replace(
          /^(?:big|main|famous|well-known|important|major|key|general|overall|last|latter|former|previous|earlier)\s+(?=[a-z])/i,
          '',
        );
      // "Which is the code of that resolution": a span ending in a pointing word asks about one, names none.
      if (span && !NOT_A_TOPIC.test(span) && !POINTING_END.test(span))
        found.push({ span, at: Math.max(m.index!, question.indexOf(span, m.index!)) });
    }
  }
  // In the order the question names them (the first named is the first compared); one part of a topic
  // listed with 、 (话费 of 漫游、话费) is read with the others, not on its own.
  const listed = found.filter((f) => f.span.includes('、')).flatMap((f) => f.span.split('、'));
  for (const f of found.sort((a, b) => a.at - b.at))
    if (!out.includes(f.span) && !listed.includes(f.span)) out.push(f.span);
  return out;
}

/**
 * The one resolution whose names hold a span (or a rendering of it), or null when none or several do, or
 * when the span is a theme of the document rather than of one resolution (see `widelyUsed`).
 */
function resolveSpan(
  span: string,
  titles: readonly ResolutionTitle[],
  renderings: (span: string) => string[],
  widelyUsed: (terms: string[]) => boolean,
  englishOf: (term: string) => readonly string[],
): number | null {
  // Words listed with 、 name one topic by its parts: the one resolution those that name any name.
  if (span.includes('、')) {
    const parts = span.split('、').filter((p) => p.length >= 2);
    const each = new Set(
      parts
        .map((p) => resolveSpan(p, titles, renderings, widelyUsed, englishOf))
        .filter((n) => n !== null),
    );
    return each.size === 1 ? [...each][0]! : null;
  }
  const terms = [span, ...renderings(span)]
    .map((t) => t.toLowerCase())
    .filter((t) => t.length >= 2);
  const lower = lowerNames(titles);
  // A span that is a resolution's whole name ("the cybersecurity resolution", "cyber security", 网络安全那项)
  // names it, however widely the document uses the word.
  const own = span.toLowerCase();
  const whole = titles.filter((_, i) =>
    lower[i]!.some((name) => name === own || name === own.replace(/[\s-]+/g, '')),
  );
  if (whole.length === 1) return whole[0]!.number;
  if (widelyUsed(terms)) return null;
  const matching = holding(terms, titles);
  if (matching.length === 1) return matching[0]!.number;
  const chinese = terms.filter((x) => /[\u3400-\u9fff]/.test(x));
  if (matching.length > 1 || !chinese.length) return null;
  // A term the glossary renders it by whose English name is a resolution's everyday name (保护消费者 →
  // 保护用户/消费者, "consumer protection"): the Chinese title may word it otherwise (保护…业务用户).
  const english = new Set(chinese.flatMap((t) => englishOf(t).map((e) => e.toLowerCase())));
  const byEnglish = titles.filter((_, i) => lower[i]!.some((name) => english.has(name)));
  if (byEnglish.length === 1) return byEnglish[0]!.number;
  // An English naming whose words and renderings one title holds more of than any other: its renderings
  // alone would let one word of it (a rendering of "phone") outvote the word that names the topic.
  const inEnglish = !/[\u3400-\u9fff]/.test(span);
  const byMost = inEnglish ? mostWordsHeld(span, chinese, titles) : null;
  if (byMost !== null && chinese.length > 1) return byMost;
  // Its words rather than its letters: 假冒设备 in 打击假冒电信/信息通信技术设备, 盗窃移动设备 (the glossary's
  // rendering of 手机被偷, or of "stolen phone") in 打击盗窃移动通信设备的行为.
  for (const t of chinese) {
    const words = tokenize(t, 'jieba').filter(
      (w) => w.length >= 2 && /[\u3400-\u9fff]/.test(w) && !STOPWORDS.has(w),
    );
    if (!words.length) continue;
    const held = titles.filter((_, i) =>
      lower[i]!.some((name) => words.every((w) => name.includes(w))),
    );
    if (held.length === 1) return held[0]!.number;
  }
  if (inEnglish) return byMost;
  // Its words, before its ending: 打击假冒伪劣风筝线 holds more of one title's words (打击, 假冒, 风筝线) than
  // of the one its ending (风筝线) is in.
  const byWords = mostWordsHeld('', [span, ...chinese], titles);
  if (byWords !== null) return byWords;
  // Chinese has no spaces: the span may begin with what comes before the topic (同事说漫游那个决议).
  // The topic is its end: the longest ending that one resolution's names hold. Not when its words are
  // held by different titles (金融 by one, 业务 by another): then the ending alone cannot choose.
  const heldBy = new Set(
    tokenize(span, 'jieba')
      .filter((w) => w.length >= 2 && /[\u3400-\u9fff]/.test(w) && !STOPWORDS.has(w))
      .flatMap((w) =>
        titles.filter((_, i) => lower[i]!.some((name) => name.includes(w))).map((t) => t.number),
      ),
  );
  for (let i = 1; heldBy.size <= 1 && i <= span.length - 2; i++) {
    const end = span.slice(i).toLowerCase();
    const held = titles.filter((_, i) => lower[i]!.some((name) => name.includes(end)));
    if (held.length === 1) return held[0]!.number;
    if (held.length > 1) break;
  }
  // A character typed for another of the same sound (电子为生 for 电子卫生): one title holding the span
  // with one character different, when the span is long enough for that to single it out.
  if (/^[\u3400-\u9fff]+$/.test(span) && span.length >= MIN_MISTYPED) {
    const held = titles.filter((_, i) => lower[i]!.some((name) => oneCharOff(span, name)));
    if (held.length === 1) return held[0]!.number;
  }
  return null;
}

/**
 * A naming no title holds whole: the one title holding the most of its English words and of the words of
 * its Chinese renderings, at least two of them and more than any other title holds. "The kite money mutual
 * one": mutual in "kite club mutual aid", 金融 of its rendering 数字金融服务. A Chinese naming comes as a
 * rendering of itself, with `span` empty.
 */
function mostWordsHeld(
  span: string,
  renderings: readonly string[],
  titles: readonly ResolutionTitle[],
): number | null {
  const english = span
    .toLowerCase()
    .split(/[\s/-]+/)
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
    .map(namer);
  const wordsOf = (t: string) =>
    tokenize(t, 'jieba')
      // A four-character word is mostly two words (金融服务: 金融, 服务), one of which a title may hold.
      .flatMap((w) => (w.length === 4 ? [w.slice(0, 2), w.slice(2)] : [w]))
      // The Latin letters of a Chinese rendering are an acronym (IMR of IMR费率), a name's word as its
      // Chinese words are.
      .filter(
        (w) =>
          w.length >= 2 &&
          (/[\u3400-\u9fff]/.test(w) || (/^[a-z0-9]+$/.test(w) && /[\u3400-\u9fff]/.test(t))) &&
          !STOPWORDS.has(w),
      );
  // An English naming's renderings count once each, as its words do, however many of a rendering's words a
  // title holds: 风筝设备 (for "kite") is one rendering, not two words against the one word "roaming".
  const chinese: Namer[][] = span
    ? renderings.map((t) => [...new Set(wordsOf(t))].map(namer))
    : [...new Set(renderings.flatMap(wordsOf))].map((w) => [namer(w)]);
  const lower = lowerNames(titles);
  const held = titles.map(
    (_, i) =>
      [...english.map((n) => [n]), ...chinese].filter((group) =>
        group.some((named) => lower[i]!.some((name) => named(name))),
      ).length,
  );
  const most = Math.max(0, ...held);
  if (most < 2 || held.filter((n) => n === most).length > 1) return null;
  return titles[held.indexOf(most)]!.number;
}

/** The shortest span read with one character mistyped. */
const MIN_MISTYPED = 4;

/** Whether a name holds the span with exactly one character different, in place. */
function oneCharOff(span: string, name: string): boolean {
  for (let at = 0; at + span.length <= name.length; at++) {
    let diff = 0;
    for (let k = 0; k < span.length && diff < 2; k++) if (name[at + k] !== span[k]) diff++;
    if (diff === 1) return true;
  }
  return false;
}

/** The titles one of whose names holds one of the terms (lower-cased), as `namer` reads a name. */
function holding(terms: readonly string[], titles: readonly ResolutionTitle[]): ResolutionTitle[] {
  const namers = terms.map(namer);
  const lower = lowerNames(titles);
  return titles.filter((_, i) => lower[i]!.some((name) => namers.some((named) => named(name))));
}

/**
 * The resolutions a question names by topic, in order: one per naming, when every naming holds exactly one
 * resolution's topic ("the roaming text and the spam text" → 88, 52); none when any does not, as a comparison
 * with one side unknown is not one to answer by half.
 *
 * @param widelyUsed whether the document uses one of a span's terms across many of its resolutions: then
 *   the span is a theme of the whole ("the resolutions to do with ITU-D"), though one title may name it.
 */
export function resolutionsByTopic(
  question: string,
  titles: readonly ResolutionTitle[],
  renderings: (span: string) => string[],
  widelyUsed: (terms: string[]) => boolean = () => false,
  englishOf: (term: string) => readonly string[] = () => [],
  /** Resolutions the conversation named: a naming several titles hold may single one of these out. */
  conversation: readonly number[] = [],
): { resolutions: number[]; namings: number } {
  const talked = titles.filter((t) => conversation.includes(t.number));
  const found = topicNamings(question).map((span) => ({
    span,
    n:
      resolveSpan(span, titles, renderings, widelyUsed, englishOf) ??
      // "The Africa one" after an answer listing several, one of them on Africa: that one, though
      // another title speaks of Africa too.
      (talked.length >= 2 ? resolveSpan(span, talked, renderings, widelyUsed, englishOf) : null),
  }));
  // A naming several titles hold, each of them named on its own as well, describes them together (两条跟风筝
  // 有关的决议，风筝线那条和风筝节那条): it names no third one.
  const named = new Set(found.flatMap(({ n }) => (n === null ? [] : [n])));
  const spans = found.filter(
    ({ span, n }) => n !== null || !describesNamed(span, titles, renderings, named),
  );
  const all = spans.length > 0 && spans.every(({ n }) => n !== null);
  return {
    resolutions: all ? [...new Set(spans.map(({ n }) => n!))] : [],
    namings: spans.length,
  };
}

/** Whether two or more titles hold the span, and every one of them is among those named otherwise. */
function describesNamed(
  span: string,
  titles: readonly ResolutionTitle[],
  renderings: (span: string) => string[],
  named: ReadonlySet<number>,
): boolean {
  if (named.size < 2) return false;
  const holders = holding(
    [span, ...renderings(span)].map((t) => t.toLowerCase()),
    titles,
  );
  return holders.length >= 2 && holders.every((t) => named.has(t.number));
}
