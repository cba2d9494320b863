/** Turns an AskResult into chat text: the answer with its [n] markers, then a 来源 / Sources list of clause links. */
import type { AskResult } from '../../answer/types.js';
import type { Citation } from '../../corpus/clause.js';

export const SOURCES_HEADING = '来源 / Sources';
export const RELATED_HEADING = '相关条款 / Related clauses';

/** The page opens a clause from its hash; relative, so it follows whatever host serves the app. */
export function clauseLink(id: string, base = ''): string {
  return `${base}/#clause=${encodeURIComponent(id)}`;
}

/** Labels come from the document; a newline would break the one-line-per-source list. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Markdown list items, so chat front ends render one source per line; the text of each item
 * is `[n] label — link`, readable as plain text too.
 */
function list(heading: string, items: Citation[], numbered: boolean, base: string): string {
  const lines = items.map((c, i) => {
    const mark = numbered ? `[${i + 1}] ` : '';
    return `- ${mark}${oneLine(c.label)} — ${clauseLink(c.id, base)}`;
  });
  return `${heading}:\n${lines.join('\n')}`;
}

/**
 * The block appended after the answer. Citations are numbered as the answer numbers them;
 * when the document does not answer, the closest clauses are listed as related, unnumbered.
 */
export function formatSources(result: AskResult, base = ''): string {
  if (result.citations.length > 0)
    return `\n\n${list(SOURCES_HEADING, result.citations, true, base)}`;
  if (!result.found && result.related.length > 0) {
    return `\n\n${list(RELATED_HEADING, result.related, false, base)}`;
  }
  return '';
}

export function formatAnswer(result: AskResult, base = ''): string {
  return `${result.answer}${formatSources(result, base)}`;
}

/** Removes a sources block this server appended earlier, so a replayed assistant turn is just its answer. */
export function stripSources(text: string): string {
  for (const heading of [SOURCES_HEADING, RELATED_HEADING]) {
    const at = text.lastIndexOf(`\n\n${heading}:\n`);
    if (at >= 0) return text.slice(0, at);
  }
  return text;
}
