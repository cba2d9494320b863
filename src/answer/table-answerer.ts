/** Answers about 表1 from its structure: the status of a resolution, which resolutions have a status. */
import { resolutionName } from './clause-format.js';
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { StatusValue } from '../retrieval/question-intent.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { asksContentToo, asksWhatChanged } from '../retrieval/status-question.js';
import { CitationList } from './citation-list.js';
import { introTotal } from './count-answerer.js';
import { notFound } from './not-found.js';
import type { AskResult } from './types.js';

const STATUS_EN: Record<string, string> = { 修订版: 'revised', 无修改: 'unchanged', 新决议: 'new' };

function rows(store: CorpusStore): Clause[] {
  return store.ofPart('table1');
}

/** The title as 表1 prints it (it can differ slightly from the annex's). */
function rowTitle(row: Clause): string {
  return /标题：(.*)$/.exec(row.text)?.[1]?.trim() ?? row.title ?? '';
}

/** Where a resolution 表1 leaves out appears: its summary (表2), else its first clause. */
function elsewhere(store: CorpusStore, n: number): Clause | undefined {
  return store.ofResolution(n).find((c) => c.part === 'table2') ?? store.ofResolution(n)[0];
}

/** A resolution's 表1 row in words: its status and its title there, with the row's citation marker. */
export function statusRowLine(row: Clause, en: boolean, marker: string): string {
  const n = row.resolution!;
  const title = rowTitle(row);
  return en
    ? `${resolutionName(n, 'en')} is listed in 表1 (Table 1) with status ${row.status} (${STATUS_EN[row.status ?? ''] ?? row.status}); title in 表1: ${title}. ${marker}`
    : `第${n}号决议在表1中的现状为：${row.status}；表1所列标题：${title}。${marker}`;
}

function result(answer: string, cites: CitationList): AskResult {
  return { answer, found: true, mode: 'extractive', citations: cites.citations, related: [] };
}

export function answerStatus(plan: QueryPlan, store: CorpusStore): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  const whatChanged = asksWhatChanged(plan.standalone);
  const contentToo = asksContentToo(plan.standalone);
  const unlisted = plan.resolutions.filter((n) => !rows(store).some((c) => c.resolution === n));
  // Only resolutions 表1 leaves out, each in the document: it does not give the status asked, so the answer
  // is that, with where the resolution does appear (as "which were abrogated" is told the number it has).
  if (
    !contentToo &&
    unlisted.length === plan.resolutions.length &&
    unlisted.every((n) => store.ofResolution(n).length)
  ) {
    const names = unlisted.map((n) => resolutionName(n, 'en')).join(', ');
    return notFound(
      plan,
      unlisted.map((n) => elsewhere(store, n)!),
      [],
      {
        en: `${names} ${unlisted.length > 1 ? 'are' : 'is'} not listed in 表1 (Table 1), the status table; ${unlisted.length > 1 ? 'they appear' : 'it appears'} only in the summaries (表2) and the annex.`,
        zh: `第${unlisted.join('、')}号决议未列入表1（现状表），只出现在表2摘要和附件中。`,
      },
    );
  }
  const lines = plan.resolutions.map((n) => {
    const row = rows(store).find((c) => c.resolution === n);
    if (row) {
      const status = statusRowLine(row, en, cites.cite(row));
      const summary = store.ofResolution(n).find((c) => c.part === 'table2');
      // Asked what it asks as well: its summary (表2) after the status.
      if (contentToo && summary && !(whatChanged && row.status === '修订版')) {
        return en
          ? `${status}\nWhat it asks, in its summary (表2): 「${summary.text}」 ${cites.cite(summary)}`
          : `${status}\n表2摘要：「${summary.text}」${cites.cite(summary)}`;
      }
      // Asked what the change was: the document says only whether, so say so, and what the text now asks.
      if (!whatChanged || row.status !== '修订版') return status;
      if (!summary) return status;
      return en
        ? `${status}\nThe document does not list what was changed; its summary of the revised text (表2): 「${summary.text}」 ${cites.cite(summary)}`
        : `${status}\n文件没有列出具体修改了哪些内容；表2对修订后决议的摘要：「${summary.text}」${cites.cite(summary)}`;
    }
    const other = elsewhere(store, n);
    const where = other ? ` ${cites.cite(other)}` : '';
    return en
      ? `${resolutionName(n, 'en')} is not listed in 表1 (Table 1), so the document does not state its status; it appears in the summaries and the annex.${where}`
      : `第${n}号决议未列入表1，文件没有说明其现状；它出现在表2和附件中。${where}`;
  });
  return result(lines.join('\n'), cites);
}

/** The table named, by number or as "the table" (表里, in the table): answered from it first. */
const TABLE_WORDS =
  /表\s*1|表一|表(?:里|中|格)|第一(?:个|张)?表|table\s*(?:1|one)\b|\bthe table\b|\bfirst table\b|status table|ITU-D/i;

/** The resolutions whose 表1 title contains the words quoted (in either title, for an English question). */
function answerTitled(
  plan: QueryPlan,
  store: CorpusStore,
  status: StatusValue | null,
  words: string,
  englishTitle: (n: number) => string | undefined,
): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  const low = words.toLowerCase();
  const chosen = rows(store).filter(
    (c) =>
      (!status || c.status === status) &&
      (rowTitle(c).includes(words) ||
        (en && (englishTitle(c.resolution ?? -1) ?? '').toLowerCase().includes(low))),
  );
  if (!chosen.length) {
    return {
      answer: en
        ? `No resolution in 表1 (Table 1) has “${words}” in its title.`
        : `表1中没有标题含有“${words}”的决议。`,
      found: false,
      mode: 'extractive',
      citations: [],
      related: [],
    };
  }
  const items = chosen.map((c) => {
    const n = c.resolution ?? 0;
    if (!en) return `第${n}号决议（${rowTitle(c)}）${cites.cite(c)}`;
    const title = englishTitle(n);
    return `${resolutionName(n, 'en')} (${title ? `${title}; ` : ''}表1: ${rowTitle(c)}) ${cites.cite(c)}`;
  });
  return result(
    en
      ? `${chosen.length} resolution(s) in 表1 (Table 1) have “${words}” in the title: ${items.join(', ')}.`
      : `表1中标题含有“${words}”的决议共${chosen.length}项：${items.join('、')}。`,
    cites,
  );
}

export function answerList(
  plan: QueryPlan,
  store: CorpusStore,
  status: StatusValue | null,
  englishTitle: (n: number) => string | undefined = () => undefined,
  titled?: string,
): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  if (titled) return answerTitled(plan, store, status, titled, englishTitle);
  const all = rows(store);
  const chosen = status ? all.filter((c) => c.status === status) : all;
  const tally = ['修订版', '无修改', '新决议']
    .map((s) => [s, all.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0);
  const lines: string[] = [];
  if (status) {
    // Named, not only numbered: a reader who does not know the numbers learns what each one is about.
    const items = chosen.map((c) => {
      if (!en) return `第${c.resolution}号决议（${c.title}）${cites.cite(c)}`;
      const title = englishTitle(c.resolution ?? -1);
      return `${resolutionName(c.resolution ?? 0, 'en')}${title ? ` (${title}; 表1: ${c.title})` : ` (表1: ${c.title})`} ${cites.cite(c)}`;
    });
    lines.push(
      en
        ? `Status ${status} (${STATUS_EN[status]}) in 表1: ${chosen.length} resolution(s) — ${items.join(', ')}.`
        : `表1中现状为“${status}”的决议共${chosen.length}项：${items.join('、')}。`,
    );
  } else {
    for (const [s] of tally) {
      const group = all.filter((c) => c.status === s);
      lines.push(
        en
          ? `${s} (${STATUS_EN[s]}): ${group.map((c) => `${resolutionName(c.resolution ?? 0, 'en')} ${cites.cite(c)}`).join(', ')}`
          : `${s}：${group.map((c) => `第${c.resolution}号决议${cites.cite(c)}`).join('、')}`,
      );
    }
  }
  const total = status ? introTotal(store, status) : undefined;
  const intro = total?.clause;
  if (!intro) return result(lines.join('\n'), cites);
  // The assembly counts more than 表1 lists (only those bearing on ITU-D's work): the rest are never named.
  if (total.n > chosen.length)
    lines.push(
      en
        ? `表1 covers only those bearing on ITU-D's work; the document does not name the other ${total.n - chosen.length} of the ${total.n}.`
        : `表1只收录与ITU-D工作相关的决议；其余${total.n - chosen.length}项（共${total.n}项）文件没有列出名称。`,
    );
  // A question about the assembly as a whole is answered by the introduction first, the table after.
  const introFirst = !TABLE_WORDS.test(plan.standalone);
  const introCites = new CitationList();
  const introLine = (c: CitationList) =>
    en
      ? `For the assembly as a whole, the introduction says: 「${intro.text}」 ${c.cite(intro)}`
      : `就全会整体而言，引言指出：「${intro.text}」${c.cite(intro)}`;
  if (!introFirst) return result([...lines, introLine(cites)].join('\n'), cites);
  const first = introLine(introCites);
  // Re-number: the intro is [1], the table rows follow in their order.
  const renumbered = lines.map((l) =>
    l.replace(/\[(\d+)\]/g, (_m, n: string) => {
      const row = cites.citations[Number(n) - 1]!;
      return introCites.cite(store.get(row.id)!);
    }),
  );
  return result([first, ...renumbered].join('\n'), introCites);
}
