/** Finds resolution numbers in a question, in any common form: 第44号决议, 44号决议, 第四十四号, Resolution 44, Res. 44, R44. */
import { chineseNumeral } from './spelled-numbers.js';

/**
 * What is asked after a number with 号 that makes it a resolution's: what it is about or asks, or whether it
 * changed or is new, this time or at the assembly (这次改了没, WTSA-20动过没有).
 */
const ASKED_OF_NUMBER = String.raw`(?:是\s*)?(?:这次|这回|此次|本次|这届|本届|(?:在\s*)?(?:WTSA(?:-?20)?|全会|大会)\s*(?:上|时)?)?\s*(?:到底|究竟|有没有|有无|是否|是不是)?\s*(?:是(?:啥|什么|干|做|讲|关于|新|修)|讲|说|要求|规定|管|改|修订|修改|变|动(?:过|了|没|不)|干(?:嘛|啥|什么)|做(?:什么|啥)|新(?:出|通过|增|制定|搞|弄))`;

/** Described, then numbered in brackets: "the one about checking kite lines (21)". */
const described = (description: string) =>
  new RegExp(
    String.raw`\b(?:one|r[eé]solution)\s+(?:about|on|for|against|to|regarding|concerning|that|which|dealing with)\s+${description}\s*[(（]\s*(\d{2,3})\s*[)）]`,
    'gi',
  );
const DESCRIBED = described('[^()（）?!.;:]{1,60}?');
const DESCRIPTION = described('([^()（）?!.;:]{1,60}?)');

/** Numbered, then described (12号讲风筝的, 34号说无人机那个): the description after what it is about. */
const DESCRIPTION_ZH =
  /(?<![\d/.\-表图件年月日])\d{1,3}\s*号(?:决议)?\s*(?:讲|说|是讲|是说|关于|管)([^，,。？?！!和跟与及\d]{1,12}?)(?:的(?:那个|那项|那条|决议)?|那(?:个|项|条))/g;

const PATTERNS: RegExp[] = [
  /第\s*(\d{1,3})\s*号/g,
  /(?<![\d/.-])(\d{1,3})\s*号决议/g,
  // "96号（假冒设备）": a number with 号 and its topic in brackets after it.
  /(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号\s*[(（](?!\s*(?:课题|研究组|建议书))[^)）]{1,16}[)）]/g,
  // "IPv6那个64号": a pointing word, then the number with 号 (not a day, a Question or a group).
  /(?:那|这)(?:个|项|份)\s*(\d{1,3})\s*号(?![\d号])(?!\s*(?:课题|研究组|建议书|开|举行|召开|通过的会|会议))/g,
  // "88号漫游决议": the number, then a few words of its topic before 决议 (not a Question's or a group's).
  /(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号(?=(?:(?!课题|研究组|建议书|文件)[\u4e00-\u9fff]){1,8}?决议)/g,
  // "12号KTN那个", "12号KTN决议": the number, then a Latin name of its topic before a pointing word or 决议.
  /(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号\s*(?=[A-Za-z][A-Za-z0-9&-]{1,10}\s*(?:(?:那|这)(?:个|项|份)|决议))/g,
  // "52号那个讲垃圾信息的决议": the number, then a pointing word before the resolution described; or
  // before a description of it that ends in 的 (21号那个讲风筝的, 21号那个搞5G风筝的: a digit only in a code),
  // not of a day's meeting (8号那个会的).
  /(?<![\d/.年月-])(\d{1,3})\s*号(?=(?:那|这|该)(?:个|项|份)(?:[^，。？?]{0,16}决议|(?!会|晚|早|上午|下午|活动)(?:[^，。？?\d]|\d(?=[A-Za-z])|(?<=[A-Za-z])\d){1,12}的))/g,
  // "50号和58号决议", "50、58号决议": the numbers before the one that says 号决议; not a table's or a
  // figure's number before it (根据表1，第100号决议: NFKC has made the comma a list's).
  /(?<![\d/.\-表图件])(\d{1,3})\s*号?\s*(?:和|与|及|跟|同|、|,)\s*第?\s*\d{1,3}\s*号?\s*决议/g,
  // "50号跟58号", "50号和58号都…": two numbers each with its 号, as a conversation about resolutions names
  // them (not 第3/2号课题 or a study group: the check in resolutionRefs).
  /(?<![\d/.\-表图件第])(\d{1,3})\s*号(?=\s*(?:和|与|及|跟|同|、)\s*第?\s*\d{1,3}\s*号(?!\s*(?:课题|研究组|建议书)))/g,
  /(?<=(?<![\d/.\-表图件第])\d{1,3}\s*号\s*(?:和|与|及|跟|同|、)\s*第?\s*)(\d{1,3})\s*号(?!\s*(?:课题|研究组|建议书))/g,
  // Res-44, Resolution N44, Resolution №44: a hyphen or the N of number before it, as some keyboards write it.
  /\b(?:resolutions?|resol\.?|reso\.?|res\.?|rés\.?)\s*(?:no\.?\s*|n[°º]?\.?\s*|№\s*|number\s*|#\s*|-\s*)?(\d{1,3})\b/gi,
  // "The 44th resolution", "44-th resolution": its number as an ordinal, as Russian says it (two or three
  // digits: "the 2nd resolution" is a place in a list).
  /\b(\d{2,3})-?(?:st|nd|rd|th)\s+(?:resolution|reso?\b)/gi,
  // 决议44, 决议 97: the English order in Chinese (not 决议36项, 决议2022年, nor 做出决议 2.iv), an item).
  /(?<!做出|号)决议\s*(\d{1,3})(?![\d年项个份条%.)）])/g,
  // 89号是啥, 84号讲啥, 84号干嘛的: a number with 号 asked about, as a conversation about resolutions names one (a
  // bare 58号 or 那58号呢 is a follow-up's, read with the conversation: see bareResolutionRef).
  // So is one asked whether it changed this time (86号这次改了没, 50号有没有修订).
  // Or whether it is new this time (52号是这次新出台的吗), or at the assembly (52号WTSA-20改了没); a comma may
  // come between (96号，这回动没动) when the number is no day of a month.
  new RegExp(String.raw`(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号(?=\s*${ASKED_OF_NUMBER})`, 'g'),
  new RegExp(
    String.raw`(?<![\d/.\-表图件第年月日])((?:3[2-9]|[4-9]\d|\d{3}))\s*号(?=\s*[，,]\s*${ASKED_OF_NUMBER})`,
    'g',
  ),
  // "The resolutions …: number 12 on kites and number 34 on drones": after resolutions are spoken of,
  // "number N" with its topic after it is one (not "number 5 on the list": no resolution's subject).
  /(?<=\bresolutions?\b[^]{0,200}?)\bnumber\s+(\d{1,3})\s+(?:on|about|regarding|concerning)\s+(?!the list\b|the agenda\b|page\b)/gi,
  // "Two resolutions: 12 (kite lines) and 34 (drones)": after resolutions are spoken of, a bare
  // number in a list with what it is about in brackets is one (not a year: two or three digits; not a count,
  // "has 15 (fifteen) items": no list).
  /(?<=\bresolutions?\b[^]{0,200}?(?:[:：,，;]|\band|\bor|\bvs\.?|\bversus)\s*)(\d{2,3})\s*[(（](?=\s*[A-Za-z\u4e00-\u9fff][^)）]{1,80}[)）])/gi,
  // "#97", as a chat writes a number; two or three digits, so "the #1 priority" names no resolution.
  /(?<![\w#])#\s?(\d{2,3})\b/g,
  // R44, r97: Slack-style shorthand, in either case.
  // R-44 too; not the R of ITU-R, a Sector.
  /(?<!ITU-)\bR[.-]?\s?(\d{1,3})\b/gi,
  // Its number in brackets after its description: "the roaming resolution (88)", "the spam one (52)",
  // 漫游那个决议（88）.
  // "The 83 one": a resolution by its number, as a conversation about resolutions says it.
  /\bthe (\d{2,3}) one\b/gi,
  // "The resolution of the 12", "the resolutions of the 12 and the 34": as Spanish and French say it.
  /\bresolutions? of the (\d{1,3})\b(?!\s*(?:%|percent|countries|members|states))/gi,
  /\bresolution\s*[(（]\s*(?:no\.?\s*|#\s*)?(\d{1,3})\s*[)）]|\bone\s*[(（]\s*(\d{2,3})\s*[)）]/gi,
  /(?:决议|[那这](?:个|项|条|份))\s*[（(]\s*第?\s*(\d{1,3})\s*号?\s*[)）]/g,
  // A topic, then its number with 号 in brackets (风筝安全(21号), 无人机（第34号决议）); not a day after a
  // meeting or an event (大会(3号), 风筝节（8号）), nor a Question's or a group's.
  /(?<=[\u4e00-\u9fffA-Za-z0-9])(?<![会节日期天晚早题组])\s*[（(]\s*第?\s*(\d{1,3})\s*号\s*(?:决议)?\s*[)）]/g,
  // Or after a longer description that starts "the one about": "the one about checking kite lines (21)".
  DESCRIBED,
];
// Each number may carry its topic in brackets ("78 (e-health) and 79 (e-waste)").
const LIST_AFTER =
  /^((?:\s*[(（][^()（）]{1,30}[)）])?(?:\s*(?:,|，|、|and|or|和|与|及|&)\s*(?:the\s+(?=\d{1,3}\b(?!\s+[a-z]+s\b)))?(?:resolutions?\s*|reso?\.?\s*|#\s*|第)?\s*\d{1,3}\s*号?(?:\s*[(（][^()（）]{1,30}[)）])?)+)/i;
const CN_PATTERN = /第([零〇一二两三四五六七八九十百]+)号/g;
/**
 * Two bare numbers compared ("compare 88 and 97", "difference between 50 and 58", "50和58有什么区别"): in a
 * comparison, numbers alone name resolutions.
 */
const COMPARED = [
  // Each number may carry its topic in brackets: "comparing 21 (kites) and 35 (drones)".
  /\b(?:compare|comparing|comparison of|differences? between|contrast)\s+(\d{1,3})\s*(?:[(（][^)）]{1,40}[)）]\s*)?(?:and|&|vs\.?|versus|with|to|,)\s*(\d{1,3})\b(?!\s*(?:study groups?|sgs?\b|questions?\b|%))/gi,
  /(?<![\d/.-])(\d{1,3})\s*(?:和|与|跟|同|对比|比较|vs)\s*(\d{1,3})\s*(?:有什么|有何|之间)?的?(?:区别|不同|差别|差异|比较)/g,
  /(?:比较|对比)(?:一下)?\s*(\d{1,3})\s*(?:和|与|跟|同)\s*(\d{1,3})(?!\s*号?\s*(?:课题|研究组))/g,
  // "96 vs 97": two numbers set against each other are two of the things the conversation is about.
  /(?<![\w./-])(\d{2,3})\s*(?:vs\.?|versus)\s*(\d{2,3})(?![\w%])(?!\s*(?:%|[kmgt]?(?:bps|bit|hz|b)\b|ms\b))/gi,
  // "The kite resolution (21) and the drone thing (35)": set beside a resolution numbered in brackets, a
  // topic numbered in brackets the same way is another.
  /\b(?:resolution|one)\s*[(（]\s*(\d{1,3})\s*[)）]\s*(?:and|&|or|vs\.?|versus|,)\s+(?:[\w'’/-]+\s+){1,5}?[(（]\s*(\d{2,3})\s*[)）]/gi,
  // …or set before it ("the one about kite teams (58) and the general drone one (50)").
  /[(（]\s*(\d{2,3})\s*[)）]\s*(?:and|&|or|vs\.?|versus|,)\s+(?:[\w'’/-]+\s+){1,5}?(?:resolution|one)\s*[(（]\s*(\d{1,3})\s*[)）]/gi,
  // "Resolution 88 (its topic) vs 97 (its topic)": set against a resolution, a bare number is another; so
  // is one it is said to differ from, or be compared with.
  /\bresolution\s*(\d{1,3})\b[^?.,;:]{0,30}?\s(?:vs\.?|versus|(?:different|differs?|differing) from|compared (?:to|with)|unlike)\s+(\d{2,3})(?![\w%.])(?!\s*(?:%|[kmgt]?(?:bps|bit|hz|b)\b|ms\b))/gi,
  // "Resolution 21 on kites, and 35 on drones": a number set beside a resolution's with its own topic after
  // it the same way is another resolution.
  // The topic may be said with "is" ("Resolution 21 is about kites and 35 is about drones").
  /\b(?:resolution|res\.?|reso)\s*(\d{1,3})\s+(?:(?:is|was)\s+)?(?:on|about|regarding|concerning|for)\s+[^?.;:]{1,60}?,?\s+(?:and|&|or|vs\.?|versus)\s+(?:the\s+)?(\d{1,3})\s+(?:(?:is|was)\s+)?(?:on|about|regarding|concerning|for)\s+(?!\d)/gi,
  // "风筝12号和无人机那个34号", "12号风筝和34号无人机", "12号风筝的，和34号…", "风筝的12号，跟无人机那个34号": two
  // numbers each with its 号, a topic beside each (not a date's 月…号, a Question's or a group's number).
  /(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号(?:[\u4e00-\u9fffA-Za-z]{1,8}?\s*[，,]?\s*(?:和|与|及|跟|同|以及|还有)\s*[^，,。？?！!\d\s]{0,12}?|\s*[，,]?\s*(?:和|与|及|跟|同|以及|还有)\s*[^，,。？?！!\d\s]{1,12}?)(\d{1,3})\s*号(?![\d号])(?!\s*(?:课题|研究组|建议书|开|举行|召开|会议))/g,
  // "62号放风筝 74号管无人机": two numbers each with 号 and its topic after it, side by side with no word
  // joining them. Above 31 only, so no two days of a month; not a house, a fuel grade or a route.
  /(?<![\d/.\-表图件第年月日路街道巷楼室院])((?:3[2-9]|[4-9]\d|\d{3}))\s*号(?!\s*(?:汽油|油|院|楼|房|线|车|课题|研究组|建议书))[\u4e00-\u9fff]{1,12}?[\s，,、；;]+((?:3[2-9]|[4-9]\d|\d{3}))\s*号(?![\d号])(?!\s*(?:汽油|油|院|楼|房|线|车|课题|研究组|建议书))(?=[\u4e00-\u9fff])/g,
  // Two resolutions told of one by one (有两个决议，一个是风筝的12号，另一个是34号): each 一个是 names one.
  /决议[^。？?！!]{0,12}?一个(?:是|叫)[^，,。？?！!\d]{0,12}?(\d{1,3})\s*号(?![\d号])[^，,。？?！!\d]{0,8}[，,、；;]\s*(?:另外|另)?一个(?:是|叫)[^，,。？?！!\d]{0,12}?(\d{1,3})\s*号(?![\d号])(?!\s*(?:课题|研究组|建议书|开|举行|召开|会议))/g,
  // Or set against each other (12号风筝 vs 34号无人机), each with its topic after it.
  /(?<![\d/.\-表图件第年月日])(\d{1,3})\s*号[^，,。？?！!\d\s]{1,12}?\s*(?:vs\.?|versus|对比|比较)\s*[^，,。？?！!\d\s]{0,12}?(\d{1,3})\s*号(?![\d号])(?!\s*(?:课题|研究组|建议书|开|举行|召开|会议))/gi,
];

const WHOLE_REF = /第\s*\d{1,3}\s*号(?:决议)?|\d{1,3}\s*号决议/g;

/** The question without its references to resolutions (what is left says what it asks about them). */
export function withoutResolutionRefs(question: string): string {
  // Every pattern is matched on the question as written (a pattern may look at the reference before it),
  // and what any matched is blanked. 第44号决议 whole: the number patterns stop at 号.
  const blank = new Uint8Array(question.length);
  for (const re of [WHOLE_REF, ...PATTERNS, ...COMPARED, CN_PATTERN])
    for (const m of question.matchAll(re)) blank.fill(1, m.index, m.index + m[0].length);
  let out = '';
  for (let i = 0; i < question.length; i++)
    out += blank[i] ? (blank[i - 1] ? '' : ' ') : question[i];
  return out.replace(/\s+/g, ' ').trim();
}

/** Numbers of the resolutions a question names, in order of appearance, without repeats. */
export function resolutionRefs(question: string): number[] {
  const found: { pos: number; n: number }[] = [];
  for (const re of PATTERNS) {
    for (const m of question.matchAll(re)) {
      found.push({ pos: m.index!, n: Number(m[1] ?? m[2]) });
      // "Resolutions 44 and 54", "第44、54号决议": the numbers listed after the first.
      const tail = LIST_AFTER.exec(question.slice(m.index! + m[0].length));
      if (tail) {
        // Not a number inside a bracketed topic (IMT-2020): blanked, so the positions stay.
        const listed = tail[1]!.replace(/[(（][^()（）]*[)）]/g, (b) => ' '.repeat(b.length));
        for (const d of listed.matchAll(/\d{1,3}/g))
          found.push({ pos: m.index! + 1 + d.index!, n: Number(d[0]) });
      }
    }
  }
  for (const re of COMPARED) {
    for (const m of question.matchAll(re)) {
      found.push({ pos: m.index!, n: Number(m[1]) }, { pos: m.index! + 1, n: Number(m[2]) });
    }
  }
  for (const m of question.matchAll(CN_PATTERN)) {
    const n = chineseNumeral(m[1]!);
    if (n !== null) found.push({ pos: m.index!, n });
  }
  // 第3/2号课题 (a study Question) and 第17研究组 are not resolutions.
  const out: number[] = [];
  for (const f of found.sort((a, b) => a.pos - b.pos)) {
    // The 号 of the reference itself, a few characters on: not one further in the text (Resolution 78 on
    // Question 14-3/2 (第14-3/2号课题) names Resolution 78).
    const after = question.slice(f.pos).match(/^[^号]{0,8}号(.{0,2})/)?.[1] ?? '';
    if (/^课题/.test(after)) continue;
    if (f.n > 0 && !out.includes(f.n)) out.push(f.n);
  }
  return out;
}

/** A resolution set aside as the one not asked about: 除了100号, besides Resolution 100, other than R100. */
const SET_ASIDE =
  /(?:除了|除去|除开|除)\s*(?:第\s*)?(\d{1,3})\s*号|\b(?:besides|apart from|aside from|other than|except(?: for)?)\s+(?:the\s+)?(?:resolutions?\s*|res\.?\s*|r\.?\s?|#\s?)(\d{1,3})\b/gi;

/**
 * The resolutions a question names only to set them aside ("besides 100, is there a 101?"); the caller
 * drops them when the question names another, which is the one it asks about.
 */
export function setAsideRefs(question: string): number[] {
  return [...question.matchAll(SET_ASIDE)].map((m) => Number(m[1] ?? m[2]));
}

/** A follow-up that is only a number: "那58号呢？", "58号", "what about 58", "and no. 58?". */
const BARE_ZH =
  /^(?:那|那么|还有|再看|请问|换成|换)?\s*第?\s*(\d{1,3})\s*号?\s*(?:呢|怎么样|如何|又如何|的呢|的话)?\s*[?？。.!！]?$/;
const BARE_EN =
  /^(?:(?:and|ok|okay|so|then|now)[,\s]+)*(?:(?:what|how) about\s+)?(?:no\.?|number|#)?\s*(\d{1,3})\s*[?.!]?$/i;

/**
 * The resolution a bare number stands for in a short follow-up; only meaningful when the conversation is
 * about resolutions (the caller checks), as "58" alone could be anything.
 */
export function bareResolutionRef(question: string): number | null {
  const m = BARE_ZH.exec(question.trim()) ?? BARE_EN.exec(question.trim());
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : null;
}

/** Two bare numbers side by side ("96 and 97", 96和97, 58 vs 50), each of one to three digits. */
const BARE_PAIR =
  /(?<![\d.\-‑/])(\d{1,3})\s*(?:and|&|vs\.?|versus|or|和|与|跟|同|还是|、|\/)\s*(\d{1,3})(?![\d.\-‑/%]|\s*(?:号|年|月|日|个|项|%|percent|years?|days?|countries|members?))/i;

/**
 * Two resolutions compared by their bare numbers ("96 and 97, what's the difference?"): the numbers, when
 * `known` holds both; a comparison names what it compares, and these name nothing else.
 */
export function barePairRef(
  question: string,
  known: (n: number) => boolean,
): [number, number] | null {
  const m = BARE_PAIR.exec(question);
  if (!m) return null;
  const pair: [number, number] = [Number(m[1]), Number(m[2])];
  return pair[0] !== pair[1] && pair.every(known) ? pair : null;
}

/**
 * The descriptions of resolutions beside their numbers ("the one about kite lines (21)" gives "kite lines",
 * 34号说无人机那个 gives 无人机): they name which resolutions, and are no part of what is asked of them.
 */
export function describedNamings(question: string): string[] {
  return [...question.matchAll(DESCRIPTION), ...question.matchAll(DESCRIPTION_ZH)].map((m) =>
    m[1]!.trim(),
  );
}
