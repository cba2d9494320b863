/**
 * Questions about another meeting. ITU names its meetings by a code and a year (WTSA-20, WTDC-22, PP-22,
 * GSS-20). The document reports one meeting and mentions others in passing; a question about one of those
 * (what WTDC-17 adopted) must not be answered with a paragraph about the document's own meeting, so the
 * clause that answers it has to name the meeting asked about.
 */
import type { Clause } from '../corpus/clause.js';
import { meetingCodes as codesIn } from '../retrieval/meeting-codes.js';

export interface Meetings {
  /** The meeting the document reports: the code it names most often. */
  main: string | null;
  /** The series the document knows (WTSA, WTDC, GSS): a code of another series is no meeting here. */
  series: Set<string>;
}

const cache = new WeakMap<readonly Clause[], Meetings>();

export function meetingsOf(clauses: readonly Clause[]): Meetings {
  let m = cache.get(clauses);
  if (!m) {
    const counts = new Map<string, number>();
    for (const c of clauses)
      for (const code of codesIn(c.text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    m = { main, series: new Set([...counts.keys()].map((k) => k.split('-')[0]!)) };
    cache.set(clauses, m);
  }
  return m;
}

/** The meeting codes of the question that are not the document's own meeting, of a series it knows. */
export function otherMeetings(question: string, meetings: Meetings): string[] {
  return [...new Set(codesIn(question))].filter(
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
  const named = new Set(answering.flatMap((c) => codesIn(c.text)));
  return otherMeetings(question, meetings).filter((code) => !named.has(code));
}
