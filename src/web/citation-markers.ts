/** Splits an answer into plain text and [n] citation markers, so the page can turn markers into chips. */

export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; n: number };

// [1], [1, 2], [1，2], [1、2] and the full-width ［1］ the model sometimes writes in Chinese text.
const MARKER = /[[［](\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)[\]］]/g;

/** Markers whose numbers all fall within 1..count become citations; anything else stays text. */
export function splitCitations(text: string, count: number): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev?.kind === 'text') prev.text += s;
    else out.push({ kind: 'text', text: s });
  };
  for (const m of text.matchAll(MARKER)) {
    const nums = m[1]!.split(/[,，、]/).map((s) => Number(s.trim()));
    if (!nums.every((n) => Number.isInteger(n) && n >= 1 && n <= count)) continue;
    pushText(text.slice(last, m.index));
    for (const n of nums) out.push({ kind: 'cite', n });
    last = m.index + m[0].length;
  }
  pushText(text.slice(last));
  return out;
}

/** The citation numbers an answer actually uses, in first-use order. */
export function usedCitations(text: string, count: number): number[] {
  const seen: number[] = [];
  for (const s of splitCitations(text, count)) {
    if (s.kind === 'cite' && !seen.includes(s.n)) seen.push(s.n);
  }
  return seen;
}
