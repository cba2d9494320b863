/** Feedback records as a maintainer reads them in a terminal: newest first, one block per record. */
import type { CitationRef, FeedbackRecord } from '../contract/api.js';

const INDENT = '    ';

/** Control characters (C0 but newline, DEL, C1) could steer the terminal: users' text is shown, not run. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Keeps every line of a long text under the record's indent. */
function indented(text: string): string {
  return text.replace(CONTROL, ' ').trim().replace(/\n/g, `\n${INDENT}`);
}

function refLines(refs: CitationRef[], numbered: boolean): string[] {
  return refs.map(
    (c, i) => `${INDENT}${numbered ? `[${i + 1}]` : '-'} ${indented(c.label)}  (${indented(c.id)})`,
  );
}

export function formatRecord(r: FeedbackRecord): string {
  const when = indented(r.at.replace('T', ' ').slice(0, 16));
  const mark = r.rating === 'down' ? '👎 down' : '👍 up';
  const out = [
    `${mark} · ${when} UTC · via ${indented(r.via)} · ${r.mode}${r.found ? '' : ' · not found'} · answer ${indented(r.answerId)}`,
  ];
  if (r.comment) out.push(`  Comment:`, `${INDENT}${indented(r.comment)}`);
  if (r.history.length) {
    out.push(`  History (${r.history.length} turns):`);
    for (const t of r.history) out.push(`${INDENT}${t.role}: ${indented(t.content)}`);
  }
  out.push(`  Question:`, `${INDENT}${indented(r.question)}`);
  out.push(`  Answer:`, `${INDENT}${indented(r.answer)}`);
  if (r.citations.length) out.push(`  Citations:`, ...refLines(r.citations, true));
  if (r.related.length) out.push(`  Related (not an answer):`, ...refLines(r.related, false));
  return out.join('\n');
}

export function formatRecords(records: FeedbackRecord[]): string {
  if (!records.length) return 'No feedback stored.';
  return records.map(formatRecord).join('\n\n');
}
