/**
 * "Does Resolution 76 mention the WHO?", 第50号决议里提到路线图了吗: whether a resolution speaks of
 * something. When the most telling part of what is asked about appears nowhere in that resolution's text
 * (its summary and operative clauses), the answer is that it does not; any clause of it quoted instead would
 * read as a yes. Where the document does speak of it, in other resolutions, comes as related.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { sameChineseForm } from '../retrieval/concept-words.js';
import { escapeRe } from '../retrieval/escape-re.js';
import { indexText } from '../retrieval/index-text.js';
import { tokenize } from '../retrieval/tokenize.js';
import { coverage, lowerCased, unitCoverage, type TopicUnit } from './relevance.js';

/**
 * When the asker's own story happened (上个月, 去年, 前几天, 最近): a time of the asking, not a thing a
 * resolution speaks of.
 */
const TIME_WORD = String.raw`(?:上|下|这|本)(?:个)?(?:月|星期|礼拜|周)|(?:去|今|明|前|后)年|(?:昨|今|明|前|后)(?:天|儿)|前几(?:天|年|个月)|前阵子|这阵子|最近|近来|近期|刚才|当时|以前|以后|后来|平时|现在`;

/**
 * A word of quantity (两位, 这些, 一套, 每年) says which or how many, not what about; a single character
 * (搞, 管) is a verb of the asking, and so is one said twice (算算, 查查: a verb tried out); 里面 and 其中 (它里面有没有说…) say where to look; making a living
 * (靠放风筝过日子, 以此为生) says only that what comes before it is the living.
 */
export const NOT_A_TOPIC = new RegExp(
  String.raw`^(?:[一二两三四五六七八九十几每各这那某哪本该此][\u4e00-\u9fff]?|[\u4e00-\u9fff]|([\u4e00-\u9fff])\1|里面|里头|里边|其中|当中|过日子|为生|谋生|糊口|养家糊口|${TIME_WORD})$`,
);

/** A yes/no question on whether a text speaks of something. */
const MENTION_Q =
  /(?:^|[.?!]\s*|,\s*)(?:does|did|do|is|are|was|were|has|have)\b[^?]{0,80}?\b(?:mention(?:s|ed)?|say anything (?:about|on)|says? something (?:about|on)|talk(?:s)? about|refer(?:s|red)? to|cite[sd]?|name[sd]?|include[sd]?|involved?|cover(?:s|ed)?)\b|有没有(?:提到|提及|讲|说|谈到|涉及|要求|点名|规定)|(?:提到|提及|说到|讲到|谈到|涉及)(?:了|过)?[^，。？?]{0,20}(?:吗|没有)[？?]?$|有(?:提到|提及|说到|讲到)[^，。？?]{0,20}吗|(?:是否|是不是)(?:要求|规定|责成)|有没有给[^，。？?]{1,12}?(?:定|设定|设置|规定)|\bwhat (?:does|did) (?:resolution|res\.?|r)\s*\d+ (?:say|state|mention) (?:about|on|regarding)\b|(?:^|[.?!]\s*|,\s*)(?:does|do|did)\b[^?]{0,80}?\b(?:require|oblige|have to|need to)\b/i;

/** Below this share of the question's topic covered by its best clause, a resolution does not speak of it. */
const SPOKEN_OF = 0.5;
/** A unit counts as present from this credit on (a rendering close to the question's own word). */
const PRESENT = 0.5;

/**
 * "Is the fund it names open to NGOs?": a verb of mentioning in a relative clause names a thing and asks
 * nothing; at the end ("is WHO one of the bodies it cites?") it is what is asked.
 */
const RELATIVE_MENTION =
  /(?<!\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should))\s+(?:that\s+|which\s+)?(?:it|they|he|she|you|we)\s+(?:mention(?:s|ed)?|cites?|cited|names?|named|refers? to|referred to|talks? about|covers?|covered|includes?|included)\b(?!\s*(?:[?.!]|$))/gi;

export function asksMention(question: string): boolean {
  return MENTION_Q.test(question.replace(RELATIVE_MENTION, ''));
}

/**
 * What a question states a numbered resolution says, as the ground of what it asks ("第N号决议要求各国…，具体
 * 怎么做？", "Resolution N requires …; how do we apply?", "the kite resolution bans X, right?"): a claim to
 * check like a mention. Not when the
 * statement is itself the question (第N号决议要求研究组做什么).
 */
const CLAIM_ZH =
  /第\s*\d+\s*号决议(?:里|中)?(?:要求|说|规定|提出|提到|呼吁|责成|决定)(?:了)?([^，。？?！!；;]{4,40})[，。；;,]/;
const CLAIM_EN =
  /\b(?:resolution\s+\d+|the\s+(?:[^\s?.!;,]+\s+){1,3}(?:resolution|one|决议))\s+(?:basically\s+|actually\s+|really\s+|effectively\s+|now\s+)?(?:requires?|says?|calls? for|asks? (?:for )?|states?|provides? for|sets? up|establishes?|commits?(?: \w+)? to|bans?|forbids?|prohibits?|outlaws?|forces?|obliges?|mandates?|guarantees?)\s+(?:that\s+)?([^?.!;,]{4,80}?)(?:[.;,]|\s+(?:right|correct|true)\b)/i;
/**
 * The claim asked about: "does Resolution N say <a statement>?" (not "say anything …"; "say who …" has
 * asking words). The plan's rewriting writes the resolution as 决议 N.
 */
const CLAIM_ASKED_EN =
  /\b(?:does|did)\s+(?:resolution|res\.?|r|决议)\s*\d+\s+(?:really\s+|actually\s+)?(?:say|state|claim)\s+(?:that\s+)?(?!(?:anything|something)\b)([^?.!;]{4,80})[?.!;]?/i;
const ASKING_WORDS =
  /什么|哪|谁|几|多少|怎么|如何|吗|是否|\b(?:what|which|who|whom|how|whether|if|why|when|where)\b/i;

/**
 * Who a question asks a resolution's demands of (第N号决议对X有哪些要求, 给X派了哪些活):
 * it takes the resolution to address them, a premise to check like a mention. Chinese only: an English
 * name goes through the glossary's renderings, of which a resolution may use another (区域办事处 for
 * the regional offices), and tried on English questions it said "not mentioned" of ones that do.
 */
const ACTOR_ZH = [
  /对([^，。？?！!；;、]{2,20}?)(?:提了|提出了|提出|有)(?:什么|哪些|啥)(?:具体)?(?:要求|任务)/,
  /给([^，。？?！!；;、]{2,20}?)(?:安排|布置|分配|派)了?(?:什么|哪些|啥)(?:具体)?(?:工作|任务|事)/,
  // 第N号决议要求X承担哪些工作: X as the one given the tasks.
  /决议(?:里|中)?(?:要求|责成|请)([^，。？?！!；;、]{2,20}?)(?:具体)?(?:承担|负责|完成|开展)(?:哪些|什么|啥)(?:具体)?(?:工作|任务|职责|事)?/,
  /(?:决议|里|中)[，,\s]*([^，。？?！!；;、]{2,20}?)(?:要|需要|应|应该|得)?(?:负责|承担)(?:哪些|什么|啥)(?:具体)?(?:工作|任务|职责)?/,
];

export function actorAsked(question: string): string | null {
  for (const re of ACTOR_ZH) {
    const actor = re.exec(question)?.[1]?.trim();
    // A circle (学术界, 产业界) is its members however the text names them (学术成员, 产业机构).
    if (actor && !ASKING_WORDS.test(actor)) return actor.replace(/([\u4e00-\u9fff]{2})界/g, '$1');
  }
  return null;
}

export function claimedOf(question: string): string | null {
  const m = CLAIM_ZH.exec(question) ?? CLAIM_EN.exec(question) ?? CLAIM_ASKED_EN.exec(question);
  const claim = m?.[1]?.trim();
  return claim && !ASKING_WORDS.test(claim) ? claim : null;
}

const FOUR_CHARACTERS = /^[\u3400-\u9fff]{4}$/;

/**
 * Whether a text speaks of a unit: one of its renderings, or the last word of one, what it is about
 * (举办讲习班 in a text that says 组织研讨会和讲习班).
 */
export function mentions(u: TopicUnit, text: string): boolean {
  if (unitCoverage(u, text) >= PRESENT) return true;
  const lower = lowerCased(text);
  return u.alternatives.some(([t, credit]) => {
    if (credit < PRESENT || !/[\u3400-\u9fff]/.test(t)) return false;
    const words = tokenize(t, 'jieba').filter((w) => w.length >= 2 && /[\u3400-\u9fff]/.test(w));
    if (words.length === 1 && FOUR_CHARACTERS.test(words[0]!)) {
      // A four-character set phrase kept whole (分工合作, 互联互通) is two words put together: both stand
      // in the text, apart.
      const w = words[0]!;
      return lower.includes(w) || (lower.includes(w.slice(0, 2)) && lower.includes(w.slice(2)));
    }
    if (words.length === 0) return false;
    // An everyday word for a thing the document names otherwise (上网: it writes 网络) is still that thing.
    const last = words[words.length - 1]!;
    const same = sameChineseForm(last);
    return lower.includes(last) || (same !== undefined && lower.includes(same));
  });
}

/** The text the mention check reads: summaries and operative clauses with their context, not 表1 rows. */
export function textOf(clauses: readonly Clause[]): string {
  return clauses
    .filter((c) => c.part !== 'table1')
    .map(indexText)
    .join('\n');
}

/**
 * The most telling part of what is asked about that resolution `n` never speaks of, or null when it speaks
 * of all of them (or nothing is asked about beyond the resolution).
 */
export function missingFrom(
  units: readonly TopicUnit[],
  n: number,
  store: CorpusStore,
  setting?: { whole: string; asked: string },
  nearSynonyms: (word: string) => readonly string[] = () => [],
): TopicUnit | null {
  const asked = units.filter((u) => u.weight > 0);
  if (!asked.length) return null;
  const clauses = store.ofResolution(n).filter((c) => c.part !== 'table1');
  // Spoken of in one clause: no, even when a word of the question's setting is nowhere in it.
  if (clauses.some((c) => coverage(units as TopicUnit[], indexText(c)) >= SPOKEN_OF)) return null;
  // Else the heaviest part of what is asked, if the resolution's text lacks it; not a word of quantity or
  // a single character (see NOT_A_TOPIC).
  // A word only of the asker's setting (read with the question when it points back to it: 这些国家) helps
  // the coverage above, but is not what the question asks to be mentioned.
  const ofSetting = (w: string) =>
    setting !== undefined &&
    setting.whole.toLowerCase().includes(w.toLowerCase()) &&
    !setting.asked.toLowerCase().includes(w.toLowerCase());
  const named = asked.filter((u) => {
    const w = u.alternatives[0]?.[0] ?? '';
    // An English word is looked for as the asker wrote it, not as its Chinese rendering.
    return !NOT_A_TOPIC.test(w) && !ofSetting(u.word ?? w);
  });
  const text = textOf(clauses);
  const heaviest = [...named].sort((a, b) => b.weight - a.weight)[0];
  if (!heaviest || mentions(heaviest, text)) return null;
  // The document's own near synonym of the asker's word (地区 where it writes 区域) is the same thing: a
  // "no" on the word alone would deny what the text says.
  const lower = lowerCased(text);
  if (nearSynonyms(surface(heaviest)).some((z) => lower.includes(z))) return null;
  if (headedBeside(heaviest, named, lower)) return null;
  // A word of a phrase the question also asks as one, which the text speaks of ("kite" of "kite clubs"):
  // the phrase says how the asker means it, and that is there.
  const inPhrase = (m: TopicUnit) =>
    m !== heaviest &&
    heaviest.word !== undefined &&
    m.word !== undefined &&
    m.word.includes(' ') &&
    m.word.toLowerCase().split(' ').includes(heaviest.word.toLowerCase());
  if (named.some((m) => inPhrase(m) && mentions(m, text))) return null;
  // Offered as one of a list of words for the same thing (用线上、远程的方式, "online or remote"): the
  // resolution speaks of it when it speaks of another of the list.
  const where = setting?.asked ?? setting?.whole ?? '';
  const listedWith = named.filter(
    (u) => u !== heaviest && listed(where, surface(heaviest), surface(u)) && mentions(u, text),
  );
  return listedWith.length ? null : heaviest;
}

const surface = (u: TopicUnit) => u.alternatives[0]?.[0] ?? '';

/** How far a compound's head may stand from the word it is built on (风筝组织: 0; 风筝的组织: 1). */
const HEAD_GAP = 2;

/** A Chinese rendering of two characters or more: one whose last character can be a compound's head. */
const CHINESE_WORD = /^[\u4e00-\u9fff]{2,}$/;
/** A confident Chinese rendering of a unit. */
const renderedAsWord = ([t, credit]: readonly [string, number]) =>
  credit >= PRESENT && CHINESE_WORD.test(t);

/**
 * An English noun the document writes as the head of a compound on another asked word ("kite fan groups"
 * where it writes 风筝爱好者组织, not …小组): a Chinese compound's last character says what it is, so a
 * rendering's last character right after that word is the same thing, named the document's way.
 */
function headedBeside(unit: TopicUnit, named: readonly TopicUnit[], lower: string): boolean {
  if (!unit.word || !/^[a-z]/i.test(unit.word)) return false;
  const heads = new Set(unit.alternatives.filter(renderedAsWord).map(([t]) => t.at(-1)!));
  if (!heads.size) return false;
  return named.some(
    (m) =>
      m !== unit &&
      m.alternatives.some((alternative) => {
        if (!renderedAsWord(alternative)) return false;
        const [t] = alternative;
        for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
          const after = lower.slice(at + t.length, at + t.length + HEAD_GAP + 1);
          if ([...after].some((ch) => heads.has(ch))) return true;
        }
        return false;
      }),
  );
}

/** Two words side by side in a list: X、Y, X或Y, "X or Y", X/Y, either way round. */
function listed(text: string, a: string, b: string): boolean {
  if (!a || !b) return false;
  const join = '\\s*(?:、|/|或者|或是|或|\\bor\\b)\\s*';
  const x = escapeRe(a);
  const y = escapeRe(b);
  return new RegExp(`${x}${join}${y}|${y}${join}${x}`, 'i').test(text);
}

/** The other resolutions that do speak of it, their first clause that does. */
export function whereElse(unit: TopicUnit, n: number, store: CorpusStore, max = 3): Clause[] {
  if (!unit.alternatives.length) return [];
  const out: Clause[] = [];
  for (const r of store.resolutions()) {
    if (r.number === n) continue;
    const c = store
      .ofResolution(r.number)
      .find((x) => x.part !== 'table1' && mentions(unit, indexText(x)));
    if (c) out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

/** Other resolutions named where the one asked about does not mention something. */
const MENTIONED_ELSEWHERE = 3;

/** Why the answer is no, in both languages, and the clauses of other resolutions that do speak of it. */
export function notMentioned(
  missing: TopicUnit,
  n: number,
  store: CorpusStore,
  question = '',
): { elsewhere: Clause[]; reason: { en: string; zh: string } } {
  const found = whereElse(missing, n, store, MENTIONED_ELSEWHERE + 1);
  const elsewhere = found.slice(0, MENTIONED_ELSEWHERE);
  const more = found.length > elsewhere.length;
  const others = elsewhere.map((c) => c.resolution);
  const listed =
    others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : `${others[0]}`;
  const en = others.length
    ? ` ${more ? 'Among others, ' : ''}Resolution${others.length > 1 ? `s ${listed} do` : ` ${listed} does`}.`
    : '';
  const zh = others.length ? `${more ? '例如' : ''}第${others.join('、')}号决议提到了。` : '';
  // The missing word by name when it is the asker's own (not a rendering of it the asker never wrote).
  const term = missing.alternatives[0]?.[0] ?? '';
  const own = term.length > 1 && question.toLowerCase().includes(term.toLowerCase());
  return {
    elsewhere,
    reason: {
      en: `Resolution ${n} does not mention ${own ? `“${term}”` : 'it'}: none of its text in the document (summary and operative clauses) does.${en}`,
      zh: `第${n}号决议没有提到${own ? `“${term}”` : '这一点'}：文件收录的该决议文本（摘要和执行部分）中都没有。${zh}`,
    },
  };
}
