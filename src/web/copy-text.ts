/** An answer and its citations as plain text, for the clipboard. */
import type { Citation } from '../contract/api.js';

export interface CopyLabels {
  sources: string;
  notCovered: string;
  related: string;
}

export function answerAsPlainText(
  answer: string,
  found: boolean,
  citations: Citation[],
  related: Citation[],
  origin: string,
  labels: CopyLabels,
): string {
  const lines: string[] = [];
  if (!found) lines.push(labels.notCovered, '');
  lines.push(answer.trim());
  const list = found ? citations : related;
  if (list.length > 0) {
    lines.push('', `${found ? labels.sources : labels.related}:`);
    list.forEach((c, i) => {
      lines.push(`[${i + 1}] ${c.label}`);
      lines.push(`    ${c.text.replace(/\s+/g, ' ').trim()}`);
      lines.push(`    ${clauseLink(origin, c.id)}`);
    });
  }
  return lines.join('\n');
}

export function clauseLink(origin: string, id: string): string {
  return `${origin}/#clause=${encodeURIComponent(id)}`;
}

/** The clause id in a location hash (#clause=<id>), or null. */
export function clauseIdFromHash(hash: string): string | null {
  const m = /^#clause=([^&]+)$/.exec(hash);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]!);
    return /^[a-z0-9][a-z0-9.-]{0,200}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
