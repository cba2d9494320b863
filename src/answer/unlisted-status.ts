/**
 * "Three new ones, the introduction says; beyond Resolution 7, which are they?": the introduction
 * counts the whole assembly, 表1 lists only the resolutions relevant to ITU-D. Those the count holds beyond
 * 表1's rows are named nowhere in the document, and the rows 表1 does list are no answer.
 */
import { resolutionName } from './clause-format.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Clause } from '../corpus/clause.js';
import { introTotal, type CountTopic } from './count-answerer.js';

/** Asks for the ones besides those named (the other, 另一项, 其余的, the remaining, 还有哪). */
const OTHER =
  /另一|另外|其他|其余|剩下|剩余|还有哪|第二(?:项|个|条)|\b(?:the other|another|other|remaining|rest of the|second|missing)\b/i;

/** The one besides those named (另一项, the other one, the second). */
const ONE_OTHER =
  /另一(?:项|个|条|份)|第二(?:项|个|条)|\bthe other (?:(?:new|revised|unchanged) )?(?:one|resolution)\b|\banother (?:(?:new|revised|unchanged) )?(?:one|resolution)\b|\bsecond (?:new|revised|unchanged)\b/i;
/** Where the assembly's count is written. */
const INTRO = /引言|导言|\bintro(?:duction)?\b/i;
const ZH_DIGITS: Record<number, string> = {
  2: '两',
  3: '三',
  4: '四',
  5: '五',
  6: '六',
  7: '七',
  8: '八',
  9: '九',
  10: '十',
};

/** The status asked about, as 表1 writes it. */
const STATUS: [CountTopic, RegExp][] = [
  ['新决议', /新(?:通过)?的?决议|\bnew (?:res\w*|ones?)\b/i],
  [
    '修订版',
    /修订|修改过|\b(?:revised|amended) (?:res\w*|ones?)\b|\bres\w* (?:were |was )?(?:revised|amended)\b/i,
  ],
  [
    '无修改',
    /无修改|未修改|没(?:有)?修改|不变|\bunchanged (?:res\w*|ones?)\b|\bres\w* (?:were |was |left |remained? |stayed? )+unchanged\b/i,
  ],
];

export interface UnlistedStatus {
  reason: { en: string; zh: string };
  related: Clause[];
}

export function unlistedStatus(question: string, store: CorpusStore): UnlistedStatus | null {
  if (!OTHER.test(question)) return null;
  const asked = STATUS.filter(([, re]) => re.test(question));
  if (asked.length !== 1) return null;
  const topic = asked[0]![0];
  const total = introTotal(store, topic);
  const rows = store.ofPart('table1').filter((c) => c.status === topic);
  if (!total || total.n <= rows.length) return null;
  const rest = total.n - rows.length;
  // "What other resolutions were revised?" asks for 表1's list; only a question that holds the assembly's
  // count (两项, the intro's 2) or asks for the one missing is about those 表1 leaves out.
  const countHeld =
    INTRO.test(question) ||
    new RegExp(`(?<!\\d)${total.n}(?!\\d)`).test(question) ||
    question.includes(`${ZH_DIGITS[total.n] ?? '\u0000'}项`) ||
    (rest === 1 && ONE_OTHER.test(question));
  if (!countHeld) return null;
  const numbers = rows.map((c) => c.resolution ?? 0);
  const en = numbers.map((n) => resolutionName(n, 'en')).join(', ');
  const zh = numbers.map((n) => resolutionName(n, 'zh')).join('、');
  return {
    reason: {
      en: `It does not name the other ${rest === 1 ? 'one' : rest}: the introduction counts ${total.n} ${topic === '新决议' ? 'new' : topic === '修订版' ? 'revised' : 'unchanged'} resolutions for the whole assembly, and 表1 (Table 1), which lists only those relevant to ITU-D, marks ${rows.length} so: ${en || 'none'}.`,
      zh: `文件没有说明${rest === 1 ? '另一项是哪项决议' : `其余${rest}项是哪些决议`}：引言所述全会${topic === '新决议' ? '新通过的' : topic === '修订版' ? '修订的' : '保持不变的'}决议为${total.n}项，而表1只列出影响ITU-D工作的决议，其中现状为“${topic}”的有${rows.length}项${zh ? `：${zh}` : ''}。`,
    },
    related: [total.clause, ...rows].slice(0, 3),
  };
}

/** Done away with (废止, 废掉, 砍掉, 取消掉, abrogated, scrapped, tossed out), said of resolutions, not of a thing (scrapped phones). */
const ABROGATED_ASKED =
  /(?:废止|废除|废掉|废了|撤销|砍掉|砍了|删掉|拿掉|作废|取消)[^，,。？?]{0,6}决议|决议[^，,。？?]{0,8}(?:废止|废除|废掉|撤销|砍掉|删掉|拿掉|作废|取消)|\b(?:abrogated|repealed|rescinded|scrapped|abolished|eliminated|removed|retired|suppressed|ditched|axed|binned|cancel|cancell?ed|dropped|deleted|killed off|kill off|tossed out|toss out|threw out|thrown out|throw out|got rid of|did away with|done away with)\b(?!\s+(?!(?:resolutions?|ones?|already|at|by|in|during|and|or|two|three|four|five|several|some|\d+)\b)[a-z])|\b(?:resolutions?|ones|them)\s+(?:(?:were|was|got|have been|had been)\s+)?(?:thrown|threw|throw)\s+away\b/i;
/** Which ones, by number or name (分别是几号, 哪四项, 列一下编号, "which were", "list them"); not how many. */
const WHICH_ONES =
  /哪(?:些|几|一|两|二|三|四|五)|几号|编号|分别|列(?:一下|出|举)|名称|\b(?:which|list|name|names|numbers?)\b|\bwhat (?:are|were) (?:they|the)\b/i;
const HOW_MANY = /多少|几(?:项|个|份)(?!.*(?:分别|几号|编号))|\bhow many\b/i;

/**
 * Which resolutions the assembly abrogated: the introduction counts them, and no part of the document
 * names them (表1 lists resolutions in force), so no clause answers.
 */
export function unnamedAbrogated(question: string, store: CorpusStore): UnlistedStatus | null {
  if (!ABROGATED_ASKED.test(question) || !WHICH_ONES.test(question) || HOW_MANY.test(question))
    return null;
  const total = introTotal(store, '废止');
  if (!total) return null;
  return {
    reason: {
      en: `It does not name them: the introduction says the assembly abrogated ${total.n} resolutions, and nothing in the document says which.`,
      zh: `文件没有列出是哪几项：引言只说全会废止了${total.n}项决议，文件其他部分也没有说明是哪些。`,
    },
    related: [total.clause],
  };
}
