/**
 * "Which resolution is about X?" asks for one resolution by name: the answer quotes its clauses, and says
 * which resolution that is as 表1 lists it — its number, title and status (revised, unchanged, new), the
 * row a delegate looks it up by. A list ("which resolutions") and a status question answer otherwise.
 */
import { toCitation } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import {
  NUMBER_THEN_RESOLUTION,
  ONE_OF_MANY_VERB,
  RESOLUTIONS_PLACED,
} from '../retrieval/question-intent.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { resolutionName } from './clause-format.js';
import { statusRowLine } from './table-answerer.js';
import type { AskResult } from './types.js';

/** One resolution asked for by which (or by its number): not "which resolutions", not "which clause". */
const WHICH_ONE = new RegExp(
  [
    // A decision or a text is a resolution too ("which decision covers kites", "which text covers kites").
    // The Sector's or the field's name between ("which ITU standardization resolution").
    '\\b(?:which|what)\\s+(?:(?:wtsa(?:-?20)?|itu|itu-t|one|single|specific|particular|exact|standardi[sz]ation|telecom(?:munications?)?|ict)\\s+)*(?:resolution|reso|res\\.?|decision|text)(?!s|[a-z])',
    // One of several asked for as "the one" ("which of those texts is the one on kites").
    '\\bwhich (?:one )?of (?:these|those|the) (?:resolutions|decisions|texts)\\b[^?]{0,30}\\bthe one\\b',
    // "which one about X", the verb left out as chat does.
    "\\bwhich one(?:['’]s\\b|\\b[^?]{0,40}\\b(?:is|covers?|deals?|talks?|handles?|says?|asks?|is about)\\b|\\s+(?:about|bout|on|for)\\b)",
    // 哪个WTSA决议, 哪一个决定, 哪个 resolution: the assembly's name, another word for it, or the English.
    '哪(?:一)?(?:个|项|份|号|条)?\\s*(?:(?:WTSA(?:-?20)?|ITU|国际电联)\\s*(?:的)?)?(?:决议|决定|resolution)',
    // 什么决议 opening what it asks, before its verb (什么决议是讲X的, 什么决议管X): which one.
    '(?:^|[，,。？?！!\\s])什么决议(?:是|在)?(?:讲|说|管|关于|涉及|针对|专门|规定|处理)',
    // "What's the resolution about X": the one on that topic.
    // Not what it asks or says ("what is the resolution on kites asking for").
    "\\bwhat(?:['’]s| is) the (?:wtsa(?:-?20)? )?(?:resolution|reso|res)\\s+(?:about|on|for|against|covering|dealing with)\\b(?![^?]*\\b(?:asks?|asking|says?|saying|requires?|wants?|does|do|calls?|instructs?|tells?|means?)\\b)",
    // A resolution set out, then which one it is (有个决议讲X，是哪一个).
    '决议[^。？?]{0,40}[，,]\\s*(?:它|那)?(?:是)?哪(?:一)?(?:个|项|份|条)[？?。\\s]*$',
    '(?:决议|哪一号)[^，。？?]{0,4}(?:是)?(?:第)?(?:几号|哪(?:一)?(?:个|项|份|号))',
    '第?几号决议',
    // Its number asked by a topic, as typed into a search box (风筝决议编号, 风筝那个决议的号码).
    '决议的?(?:编号|号码|号数)[？?]*\\s*$',
    // Whether there is one on a topic (有没有一个决议专门管风筝, is there any resolution for kites): which
    // it is.
    '(?:有没有|有没得|有冇|有无)(?:什么|哪个|一个|个|一项|哪项)?\\s*(?:决议|resolution)\\s*(?:是|系)?(?:专门)?(?:讲|管|检查|针对|关于|涉及|处理)',
    // 有单独的决议讲风筝吗: whether one is given to it.
    '有(?:专门|单独)的?决议(?:是)?(?:讲|管|针对|关于|处理)',
    '\\bis there (?:(?:a|an|one|any) )?(?:(?:specific|particular|separate|dedicated|single) )?(?:(?:wtsa(?:-?20)?|itu) )?(?:resolution|reso|res)\\b(?!s)',
    // "Is there one about X / where they …": one resolution.
    '\\bis there (?:any )?one (?:about|on|for|where|that|which|dealing|covering)\\b',
    // Asked indirectly ("he asks whether there's a resolution for kites"): which one it is.
    "\\b(?:if|whether) there (?:is|'s|was) (?:(?:a|an|one|any) )?(?:(?:wtsa(?:-?20)?|itu) )?(?:resolution|reso|res)\\b(?!s)",
    // Searched for ("we seek a resolution who talks of kites", "looking for the one on kites"): which one it is.
    "\\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)? for|seek(?:s|ing)?|(?:try|trying|want|wanted) to find|can(?:['’]?t|not) find)\\s+(?:for\\s+)?(?:the|a|one)\\s+(?:(?:wtsa(?:-?20)?|itu|itu-t)\\s+)?(?:resolution|reso|res|one)\\s+(?:who|that|which|where|about|on|for|dealing|covering|speaking|talking|concerning)\\b",
    // "What number is it", "…? which number": its number asked after the topic ("be" as Pidgin says it).
    '\\b(?:what|which) number (?:is|be) (?:it|that|this|the (?:resolution|one|res|reso))\\b',
    // …or before it.
    NUMBER_THEN_RESOLUTION,
    '[?？,，.。]\\s*(?:and\\s+|so\\s+)?(?:which|what) number(?: is it| it is)?\\s*(?:,\\s*)?(?:please|pls|plz)?\\s*[?？.。!]*\\s*$',
    // …or of "it", a resolution told of before ("… a resolution on kites. What is its number?").
    "\\b(?:resolution|reso|res)\\b[^]{0,240}[?？,，.。]\\s*(?:and\\s+|so\\s+)?(?:which|what)(?:['’]s| is| be)? (?:its|it['’]s|the) number\\s*(?:,\\s*)?(?:please|pls|plz)?\\s*[?？.。!]*\\s*$",
    // …or asked for by the word alone, politely ("…? Number please.").
    '[?？.。!]\\s*(?:the\\s+|its\\s+)?number\\s*(?:,\\s*)?(?:please|pls|plz)\\s*[?？.。!]*\\s*$',
    // A resolution asked about, then its number in a question of its own (有没有讲X的决议？第几号？).
    '决议[^。？?]{0,40}[？?，,]+\\s*(?:它|那)?(?:是)?第?几号',
    // A search-box query: a few words of topic, then the word itself (风筝比赛 决议, "kite safety resolution").
    '^\\s*[^？?。，,！!\\s]{2,12}\\s*的?决议[？?]*\\s*$',
    // …or its number asked after the topic (风筝安全 第几号, 风筝那个是几号); not the day of a meeting or an
    // event (大会是几号, 风筝节几号开).
    '^\\s*(?![^？?]*(?:会|节|典礼|仪式|活动|比赛|开|举行|举办|召开))[^？?。，,！!\\s]{2,16}\\s*(?:那个|那项)?(?:是)?第?几号[？?]*\\s*$',
    // …its number or where it is written asked by a word after (风筝 决议号, 风筝 决议 出处), or which one it
    // is (风筝 是哪条).
    '决议\\s*(?:号|编号|号码|出处)[？?]*\\s*$',
    '^\\s*[^？?。，,！!]{2,20}?\\s+(?:是)?哪(?:一)?(?:条|个|项)[？?]*\\s*$',
    // "kite safety resolution pls", "kite safety one??": a few words, then the word itself; "one" after two
    // words of topic at least, not after a pointing word (the new one?).
    '^\\s*(?:[a-z0-9-]+\\s+){1,4}(?:resolution|reso|res)\\s*(?:pls|plz|please)?\\s*[?？]*\\s*$',
    '^\\s*(?!(?:the|this|that|which|what|any|each|every|another|other|new|old)\\b)(?:[a-z0-9-]+\\s+){2,4}one\\s*[?？]*\\s*$',
    // Its number asked after the topic, as a chat writes it: "e-waste reso no.?".
    // So is a number asked of a resolution described after it (reso no. that is on kites, one that deals with …).
    '\\b(?:resolution|reso|res)\\.?\\s*(?:number|no\\.?|#)(?=\\s*(?:for|of|on|about|(?:which|that)\\s+(?:(?:is|are)\\s+(?:about|on|for)|deals?|covers?|talks?|speaks?)\\b|[?？]|$))',
    // A long topic, then 是第几号 (第 says a number, not a day); a number guessed to confirm (是98号对吧).
    '^\\s*(?![^？?]*(?:会|节|典礼|仪式|活动|比赛|开|举行|举办|召开))[^？?。！!]{2,40}?(?:是|算)第几号[？?]*\\s*$',
    '(?:是|就是)\\s*(?:第)?\\d+\\s*号(?:决议)?(?:对吧|吧|吗|对不对|是不是|没错吧)',
  ].join('|'),
  'i',
);

/** Plural or counted: a list answers it. */
const MANY = /哪些|哪几|几(?:个|项|份)决议|\bwhich ones\b|\bhow many\b/i;
/**
 * Resolutions in the plural before the one asked for is done being asked: after it ("a resolution on
 * checking the other resolutions"), they are its topic.
 */
const PLURAL = /\bresolutions\b/i;

/**
 * One of many, by its verb: "which of them handles X", 这些决议中哪一项; or asked where a topic is, its verb
 * in the singular after it ("in which of the resolutions the kite topic is covered").
 */
const ONE_OF_MANY = new RegExp(
  String.raw`\bwhich (?:one )?of (?:these|the|those|all the|all these) (?:[\w'’-]+ )?${RESOLUTIONS_PLACED} ${ONE_OF_MANY_VERB}|\bin which (?:one )?of (?:these|the|those|all the|all these) (?:[\w'’-]+ )?resolutions\b[^?.]{0,80}\b(?:is|was)\s+(?:covered|discussed|mentioned|addressed|dealt with|treated|handled|included)\b|\b(?:among|of|from) (?:all )?(?:these|those|the) (?:[\w'’-]+ )?resolutions\b[^?]{0,40}\bwhich one\b|决议(?:中|里|里面|里头|当中)[，,]?\s*(?:[^？?。！!]{0,24}?的(?:是|就是))?(?:哪(?:一)?(?:个|项|份|条|号)(?!决议)|(?<=的(?:是|就是))第几号)`,
  'i',
);

/**
 * A resolution asked for in the singular with its verb after it (is, covers, deals …): resolutions named
 * later in the question are what it is about, not what is asked.
 */
const ONE_BY_ITS_VERB = new RegExp(
  [
    // Where it stands may come between ("which one in your list handles …").
    String.raw`\b(?:which|what)\s+(?:(?:wtsa(?:-?20)?|itu|itu-t)\s+)?(?:resolution|reso|res\.?)\s+(?:(?:in|on|from|of) (?:this|the|that|your) (?:list|note|paper|document|table)\s+)?(?:is|was|covers|deals|talks|says|handles|asks|concerns|addresses)\b`,
    // Asked in the singular with what it does after it (which is the one that …, is there one which …).
    String.raw`\bwhich (?:is|was) the (?:wtsa(?:-?20)? )?(?:resolution|reso|res)\s+(?:that|which|about|on|for)\b`,
    String.raw`\bis there (?:a|an|one|any) (?:wtsa(?:-?20)? )?(?:resolution|reso|res)\s+(?:that|which)\b`,
    String.raw`\bis there one (?:of|among) (?:these|those|the|all the|all these) resolutions\s+(?:that|which)\b`,
    // One out of the resolutions named together ("which one of those kite texts"), whatever verb follows (a
    // learner's "deal" without its s).
    String.raw`\bwhich one of (?:these|those|the|them|all the|all these) (?:[\w'’-]+ ){0,2}(?:resolutions|decisions|texts)\b`,
  ].join('|'),
  'i',
);

export function asksWhichResolution(question: string): boolean {
  return ONE_OF_MANY.test(question) || ONE_BY_ITS_VERB.test(question) || asksOne(question);
}

function asksOne(question: string): boolean {
  const m = WHICH_ONE.exec(question);
  return !!m && !MANY.test(question) && !PLURAL.test(question.slice(0, m.index + m[0].length));
}

/**
 * A search-box lookup of a topic or a resolution alone (风筝节？, "kite safety?", "res 12"): no question word
 * and no verb of asking, nor a part of the text named (R12 instructs 3). It asks what and which that is, so the
 * answer names the resolution as 表1 does.
 */
const BARE_LOOKUP = new RegExp(
  [
    '^\\s*(?![^？?]*(?:什么|啥|吗|呢|吧|怎|哪|谁|几|多少|是否|有没有|能不能|会不会|要不要|咋|么|乜|冇|责成|做出|请|鼓励|呼吁|认识到|注意到|考虑到|表|附件|段|款|项))[^\\s，,。？?！!：:、]{2,10}[？?]*\\s*$',
    '^\\s*(?!.*\\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell|explain|list|show|give|any|and|or|vs|instructs?|resolves?|invites?|encourages?|urges?|calls?|clause|item|para(?:graph)?|section|annex|table|summary)\\b)(?:[a-z0-9.-]+\\s+){0,3}[a-z0-9.-]+\\s*[?？]*\\s*$',
  ].join('|'),
  'i',
);

/** A hit this close to the best one is as good an answer to "which resolution". */
const CLOSE = 0.5;

/**
 * "Which resolution…?" is answered by a resolution's clause: one scoring close to the best comes first when
 * the best is a paragraph of the introduction or the conclusion that only lists topics.
 */
export function resolutionFirst<H extends { score: number; clause: { resolution: number | null } }>(
  question: string,
  hits: H[],
): H[] {
  const top = hits[0];
  if (!top || top.clause.resolution !== null || !asksWhichResolution(question)) return hits;
  const own = hits.find((h) => h.clause.resolution !== null && h.score >= top.score * CLOSE);
  return own ? [own, ...hits.filter((h) => h !== own)] : hits;
}

/** No other resolution is cited more often than the one quoted first (first is the best hit). */
function ledBy(citations: AskResult['citations'], n: number): boolean {
  const counts = new Map<number, number>();
  for (const c of citations)
    if (c.resolution !== null) counts.set(c.resolution, (counts.get(c.resolution) ?? 0) + 1);
  const own = counts.get(n) ?? 0;
  return [...counts].every(([r, k]) => r === n || k <= own);
}

/**
 * The answer with a last line naming its leading resolution as 表1 lists it, when the question asks which
 * resolution (or `asked` says it did), or looks a topic up bare, and the answer does not cite that row
 * already. A resolution 表1 leaves out is pointed to its 表2 summary instead: the document gives it no status.
 */
export function withStatusRow(
  plan: QueryPlan,
  result: AskResult,
  store: CorpusStore,
  /** The question asked which resolution otherwise (a number guessed for its topic). */
  asked = false,
): AskResult {
  if (
    !result.found ||
    !(asked || asksWhichResolution(plan.standalone) || BARE_LOOKUP.test(plan.standalone))
  )
    return result;
  // Two set side by side (which of the kite one and the drone one …): the comparison names both.
  if (plan.resolutions.length >= 2) return result;
  const n = result.citations[0]?.resolution;
  if (n === null || n === undefined) return result;
  // Only an answer led by that one resolution names it so: its clause first and no other's more often.
  // An answer quoting more of another is not sure which.
  if (!ledBy(result.citations, n)) return result;
  const own = store.ofResolution(n);
  // A resolution 表1 leaves out is named by its 表2 summary, the one listing that holds it.
  const row = own.find((c) => c.part === 'table1') ?? own.find((c) => c.part === 'table2');
  if (!row || result.citations.some((c) => c.id === row.id)) return result;
  const marker = `[${result.citations.length + 1}]`;
  const en = plan.lang === 'en';
  const line =
    row.part === 'table1'
      ? statusRowLine(row, en, marker)
      : en
        ? `${resolutionName(n, 'en')} is not listed in 表1 (Table 1), which gives no status for it; 表2 (Table 2) summarises it. ${marker}`
        : `第${n}号决议未列入表1（文件未给出其现状）；表2载有其摘要。${marker}`;
  return {
    ...result,
    answer: `${result.answer.trimEnd()}\n\n${line}`,
    citations: [...result.citations, toCitation(row)],
  };
}
