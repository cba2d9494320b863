/**
 * Counts of resolutions by status (revised / new / unchanged / abrogated): the introduction's totals for the whole
 * assembly beside 表1's rows, which list only the resolutions relevant to ITU-D. Both are given, and when
 * they differ the answer says why, so neither number reads as a mistake.
 */
import { resolutionName } from './clause-format.js';
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { StatusValue } from '../retrieval/question-intent.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { chineseNumeral } from '../retrieval/spelled-numbers.js';
import { CitationList } from './citation-list.js';
import type { AskResult } from './types.js';

/** 表1's statuses, and 废止 (abrogated), which only the introduction counts. */
export type CountTopic = StatusValue | '废止';

const N = '(\\d+|[一二两三四五六七八九十百]+)';
/** How an introduction states a total: a status verb and a number of 项. */
const TOTALS: Record<CountTopic, RegExp> = {
  修订版: new RegExp(`修订了?\\s*${N}\\s*项`),
  新决议: new RegExp(`${N}\\s*项新的?决议|新决议\\s*${N}\\s*项`),
  无修改: new RegExp(
    `保持\\s*${N}\\s*项决议不变|${N}\\s*项决议(?:保持)?不变|${N}\\s*项决议未(?:作)?修改`,
  ),
  废止: new RegExp(`(?:废止|废除)了?\\s*${N}\\s*项`),
};
/** How the Chinese answer names each group of resolutions. */
const ZH_LABEL: Record<CountTopic, string> = {
  修订版: '修订的',
  新决议: '新通过的',
  无修改: '保持不变的',
  废止: '废止的',
};
const EN: Record<CountTopic, string> = {
  修订版: 'revised',
  新决议: 'new',
  无修改: 'unchanged',
  废止: 'abrogated',
};

export interface IntroTotal {
  clause: Clause;
  n: number;
}

/** The introduction paragraph that states the assembly's total for a topic, and the total. */
export function introTotal(store: CorpusStore, topic: CountTopic): IntroTotal | undefined {
  for (const clause of store.ofPart('intro')) {
    const m = TOTALS[topic].exec(clause.text);
    const digits = m?.slice(1).find((g) => g !== undefined);
    if (!digits) continue;
    const n = /^\d+$/.test(digits) ? Number(digits) : chineseNumeral(digits);
    if (n !== null) return { clause, n };
  }
  return undefined;
}

const TABLE_WORDS = /表\s*1|表一|table\s*1|status table|ITU-D/i;

interface Render {
  en: boolean;
  /** The question is about 表1: the table's number comes first, the assembly's after. */
  tableFirst: boolean;
  cites: CitationList;
}

function tableSentence(topic: CountTopic, rows: Clause[], r: Render): string {
  const listed = rows.map((c) =>
    r.en
      ? `${resolutionName(c.resolution ?? 0, 'en')} ${r.cites.cite(c)}`
      : `${resolutionName(c.resolution ?? 0, 'zh')}${r.cites.cite(c)}`,
  );
  if (topic === '废止') {
    return r.en
      ? '表1 (Table 1) gives only the status of resolutions in force (修订版, 无修改, 新决议) and lists none as abrogated.'
      : '表1只列出现行决议的现状（修订版、无修改、新决议），没有列出被废止的决议。';
  }
  return r.en
    ? `表1 (Table 1), which lists only the resolutions relevant to ITU-D, marks ${rows.length} as ${topic} (${EN[topic]}): ${listed.join(', ')}.`
    : `表1只列出影响ITU-D工作的决议，其中现状为“${topic}”的有${rows.length}项：${listed.join('、')}。`;
}

function topicLine(
  topic: CountTopic,
  intro: IntroTotal | undefined,
  rows: Clause[],
  r: Render,
): string {
  if (!intro) return tableSentence(topic, rows, r);
  const whole = () =>
    r.en
      ? `For the whole assembly the introduction gives ${intro.n} ${EN[topic]} resolution(s) ${r.cites.cite(intro.clause)}.`
      : `就全会整体而言，引言所述${ZH_LABEL[topic]}决议为${intro.n}项${r.cites.cite(intro.clause)}。`;
  // Cited in reading order: whichever sentence comes first takes the lower marker.
  const [first, second] = r.tableFirst
    ? [tableSentence(topic, rows, r), whole()]
    : [whole(), tableSentence(topic, rows, r)];
  const why =
    topic !== '废止' && intro.n !== rows.length
      ? r.en
        ? ` The numbers differ: ${intro.n} counts every resolution of the assembly, ${rows.length} only those in 表1.`
        : `两个数字不同：${intro.n}项是全会的总数，${rows.length}项只是其中列入表1、与ITU-D工作相关的决议。`
      : '';
  return `${first}${r.en ? ' ' : ''}${second}${why}`;
}

/** 表1's total, each status with the rows it counts, every row cited. */
function tally(all: Clause[], r: Render): string {
  const groups = (['修订版', '无修改', '新决议'] as const)
    .map((s) => [s, all.filter((c) => c.status === s)] as const)
    .filter(([, rows]) => rows.length > 0);
  const names = (rows: readonly Clause[]) =>
    rows
      .map((c) =>
        r.en
          ? `${resolutionName(c.resolution ?? 0, 'en')} ${r.cites.cite(c)}`
          : `${resolutionName(c.resolution ?? 0, 'zh')}${r.cites.cite(c)}`,
      )
      .join(r.en ? ', ' : '、');
  return r.en
    ? `表1 (Table 1) lists ${all.length} WTSA resolutions that affect ITU-D: ${groups.map(([s, rows]) => `${rows.length} ${EN[s]} (${s}): ${names(rows)}`).join('; ')}.`
    : `表1列出${all.length}项影响ITU-D工作的WTSA决议：${groups.map(([s, rows]) => `${s}${rows.length}项（${names(rows)}）`).join('；')}。`;
}

/**
 * @param topics what the question counts; none means "how many does 表1 list".
 */
export function answerCount(plan: QueryPlan, store: CorpusStore, topics: CountTopic[]): AskResult {
  const r: Render = {
    en: plan.lang === 'en',
    tableFirst: TABLE_WORDS.test(plan.standalone),
    cites: new CitationList(),
  };
  const all = store.ofPart('table1');
  const intros = topics.map((t) => introTotal(store, t));
  const intro = intros.find((i) => i !== undefined)?.clause;
  const quoteIntro = (c: Clause) =>
    r.en
      ? `The introduction says: 「${c.text}」 ${r.cites.cite(c)}`
      : `引言指出：「${c.text}」${r.cites.cite(c)}`;
  const lines: string[] = [];
  if (intro && !r.tableFirst) lines.push(quoteIntro(intro));
  if (!topics.length) lines.push(tally(all, r));
  topics.forEach((t, i) => {
    lines.push(topicLine(t, intros[i], t === '废止' ? [] : all.filter((c) => c.status === t), r));
  });
  if (intro && r.tableFirst) lines.push(quoteIntro(intro));
  return {
    answer: lines.join('\n'),
    found: true,
    mode: 'extractive',
    citations: r.cites.citations,
    related: [],
  };
}
