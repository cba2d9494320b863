/** Slack's text in both directions: mrkdwn escaping for what we show, decoding for what users type. */
import { cleanText } from '../../http/ask-schema.js';

/** Slack's three control characters; escaping them stops injected links, mentions and @channel pings. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Turns a message or command text as Slack sends it into a plain question: mentions of the bot and
 * broadcast tokens dropped, links reduced to their label, entities decoded.
 */
export function questionFromSlack(text: string | undefined): string {
  if (!text) return '';
  const plain = text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/gi, ' ')
    .replace(/<![^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, '#$1')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return cleanText(plain).replace(/\s+/g, ' ').trim();
}

/** One line, at most max characters, cut on a code point boundary with an ellipsis. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

const BREAKS = ['\n\n', '\n', '。', '；', '. ', '; ', '，', ', ', ' '];

/**
 * Splits text into pieces whose escaped form fits in maxEscaped characters (Slack's section limit),
 * preferring paragraph, line and sentence ends, never splitting an escape or a surrogate pair.
 */
export function splitForSlack(text: string, maxEscaped: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (escapeMrkdwn(rest).length > maxEscaped) {
    // Longest raw prefix whose escaped length fits.
    let budget = maxEscaped;
    let cut = 0;
    for (const ch of rest) {
      const cost = escapeMrkdwn(ch).length;
      if (cost > budget) break;
      budget -= cost;
      cut += ch.length;
    }
    // Prefer a natural break in the last third of the piece.
    const head = rest.slice(0, cut);
    for (const b of BREAKS) {
      const at = head.lastIndexOf(b);
      if (at >= (cut / 3) * 2) {
        cut = at + b.length;
        break;
      }
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
