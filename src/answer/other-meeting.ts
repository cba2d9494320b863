/**
 * Questions about another meeting. ITU names its meetings by a code and a year (WTSA-20, WTDC-22, PP-22,
 * GSS-20). The document reports one meeting and mentions others in passing; a question about one of those
 * (what WTDC-17 adopted) must not be answered with a paragraph about the document's own meeting, so the
 * clause that answers it has to name the meeting asked about.
 */
import type { Clause } from '../corpus/clause.js';
import type { Glossary } from '../corpus/glossary.js';
import { escapeRe } from '../retrieval/escape-re.js';
import { meetingCodes } from '../retrieval/meeting-codes.js';

export interface Meetings {
  /** The meeting the document reports: the code it names most often. */
  main: string | null;
  /** The series the document knows (WTSA, WTDC, GSS): a code of another series is no meeting here. */
  series: Set<string>;
  /** The years that mean the document's own meeting: its code's (20) and the dates its own sentences give (2022). */
  ownYears: Set<string>;
  /** Each series' names, which with a year beside them name a meeting without its code (2016年哈马马特全会). */
  named: SeriesNames[];
}

/** A series' names as patterns, compiled once per document: they run on every question. */
interface SeriesNames {
  series: string;
  /** A name with a four-digit year beside it (WTSA 2016, the 2016 assembly, 2016年…全会). */
  years: RegExp[];
  /** Its next meeting (the next assembly, 下一届全会). */
  next: RegExp;
}

const cache = new WeakMap<readonly Clause[], Meetings>();

/**
 * The names of each series the glossary gives (WTSA, World Telecommunication Standardization Assembly,
 * 世界电信标准化全会); the document's own series also by its head noun (assembly, 全会), as the document and
 * its readers call it.
 */
function seriesNames(series: Set<string>, main: string | null, glossary: Glossary) {
  return [...series].map((s) => {
    const term = glossary.terms.find((t) => t.en.some((e) => e.toUpperCase() === s));
    const en = [s, ...(term?.en ?? [])];
    const zh = term
      ? [term.zh, ...(term.zhAliases ?? [])].filter((z) => /\p{Script=Han}/u.test(z))
      : [];
    if (s === main?.split('-')[0] && term) {
      en.push(...term.en.map((e) => e.split(' ').at(-1)!).filter((w) => w.length > 4));
      zh.push(...zh.map((z) => z.slice(-2)));
    }
    const alt = (xs: string[]) => [...new Set(xs)].map(escapeRe).join('|');
    return namePatterns(s, alt(en), alt(zh));
  });
}

function namePatterns(series: string, en: string, zh: string): SeriesNames {
  const years = [
    new RegExp(`\\b(?:${en})(?:\\s+(?:of|in|held in))?\\s*[-‑–]?\\s*${YEAR}\\b`, 'gi'),
    new RegExp(`\\b${YEAR}(?:'s)?\\s+(?:${en})\\b`, 'gi'),
    ...(zh ? [new RegExp(`${YEAR}年${ZH_BETWEEN}(?:${zh})`, 'g')] : []),
  ];
  // Words may describe it between (the next standards assembly, the next world telecom standards assembly,
  // 下一届那个全会).
  const next = [`\\b(?:next|upcoming|coming|following|future)\\s+(?:[a-z-]+\\s+){0,3}(?:${en})\\b`];
  if (zh) next.push(`(?:下一?届|下一?次|下回|未来)(?:的|那个|那次|这个)?(?:${zh})`);
  return { series, years, next: new RegExp(next.join('|'), 'i') };
}

export function meetingsOf(clauses: readonly Clause[], glossary?: Glossary): Meetings {
  let m = cache.get(clauses);
  if (!m) {
    const counts = new Map<string, number>();
    for (const c of clauses)
      for (const code of meetingCodes(c.text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const series = new Set([...counts.keys()].map((k) => k.split('-')[0]!));
    const ownYears = new Set(main ? [main.split('-')[1]!] : []);
    for (const c of clauses)
      for (const sentence of c.text.split(/[。；;]/))
        if (main && sentence.includes(main))
          // A date (于2022年3月1日), not a year the sentence looks back to (自2016年…以来).
          for (const y of sentence.matchAll(/(?<!\d)(?:19|20)(\d\d)年\s*\d{1,2}\s*月/g))
            ownYears.add(y[1]!);
    const named = glossary ? seriesNames(series, main, glossary) : [];
    m = { main, series, ownYears, named };
    cache.set(clauses, m);
  }
  return m;
}

const YEAR = '((?:19|20)\\d\\d)';
/** Between a year and the meeting's name: a place or 那届, never a date's month or a clause's end. */
const ZH_BETWEEN = '[^，。？！,.?!;；:：\\s\\d]{0,8}?';

/**
 * The meetings a text names by code (WTDC-17) or by a series' name and a four-digit year (WTSA 2016,
 * WTDC-2017, "the 2016 assembly", 2016年哈马马特全会), as codes (WTSA-16). A year of the document's own
 * meeting (2022年的全会: WTSA-20 met in 2022) is its own code.
 */
function codesIn(text: string, meetings: Meetings): string[] {
  const codes = meetingCodes(text);
  const own = meetings.main?.split('-') ?? [];
  for (const { series, years: patterns, next } of meetings.named) {
    const years = patterns.flatMap((re) => [...text.matchAll(re)]).map((y) => y[1]!.slice(2));
    for (const y of years)
      codes.push(series === own[0] && meetings.ownYears.has(y) ? meetings.main! : `${series}-${y}`);
    if (next.test(text)) codes.push(`${series}-${NEXT}`);
  }
  return codes;
}

/** The code of a series' next meeting, whose year nobody knows yet (the next WTSA, 下一届全会). */
const NEXT = 'next';

/** The meeting codes of the question that are not the document's own meeting, of a series it knows. */
export function otherMeetings(question: string, meetings: Meetings): string[] {
  return [...new Set(codesIn(question, meetings))].filter(
    (code) => code !== meetings.main && meetings.series.has(code.split('-')[0]!),
  );
}

/**
 * The other meetings of the question (see otherMeetings) that none of the answering clauses names: the
 * answer would be about another meeting.
 */
export function otherMeetingMissing(
  question: string,
  answering: readonly { text: string }[],
  meetings: Meetings,
): string[] {
  // By code only: the document names other meetings by year in passing (自2016年哈马马特全会以来), in
  // sentences about its own; such a sentence does not answer what that meeting did. The next meeting is
  // left out: what is to be reported to it is this meeting's decision (see nextMeetingUnnamed).
  const named = new Set(answering.flatMap((c) => meetingCodes(c.text)));
  return otherMeetings(question, meetings).filter(
    (code) => !code.endsWith(`-${NEXT}`) && !named.has(code),
  );
}

/** Saying where or when a meeting is held: a clause that only reports to the next one says neither. */
const HELD = /举行|召开|举办|主办|\b(?:held|hosted|hosts|host|takes? place|convenes?)\b/i;

/**
 * Whether the question is about a series' next meeting and the text does not say where or when that one is
 * held: it does not name it, or names it only as the meeting to report to (提交给下届大会).
 */
export function nextMeetingUnnamed(question: string, text: string, meetings: Meetings): boolean {
  return meetings.named.some(
    (m) => m.next.test(question) && !(m.next.test(text) && HELD.test(text)),
  );
}
