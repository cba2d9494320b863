/**
 * Chat formatting around a question typed in Slack or a chat app: a mention of the bot before it (@bot,
 * <@U123>), emphasis marks (*bold*, _italic_, ~struck~), code ticks and bullet marks. They carry no words,
 * but they hide words from the patterns that read the question: "who *chaired* it" asks who chaired it.
 */

/** Mentions opening the message: the bot addressed, not part of the question. */
const MENTIONS_FIRST = /^\s*(?:(?:<@[A-Z0-9]+(?:\|[^>]*)?>|@[\w.-]+)[\s,:;，：]*)+/;
/** An emphasis mark opening a word: after a space, a bracket, a quote or the start. */
const EMPHASIS_OPEN = /(^|[\s(（"“'‘])[*_~]+(?=[^\s*_~])/g;
/** An emphasis mark closing a word: before a space, punctuation or the end; inner ones (snake_case) stay. */
const EMPHASIS_CLOSE = /(?<=[^\s*_~])[*_~]+(?=$|[\s)）.,!?;:，。？！、"”'’])/gm;
const TICKS = /`+/g;
/** A bullet opening a line (- item, • item, * item). */
const BULLET = /^[ \t]*[-*•][ \t]+/gm;

/**
 * @example stripChatMarkup('@bot who *chaired* it?') // 'who chaired it?'
 */
export function stripChatMarkup(text: string): string {
  if (!/[@*_~`•<-]/.test(text)) return text;
  return text
    .replace(MENTIONS_FIRST, '')
    .replace(BULLET, '')
    .replace(TICKS, '')
    .replace(EMPHASIS_OPEN, '$1')
    .replace(EMPHASIS_CLOSE, '');
}
