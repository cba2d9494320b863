/**
 * Chat formatting around a question typed in Slack or a chat app: a mention of the bot before it (@bot,
 * <@U123>), emphasis marks (*bold*, _italic_, ~struck~), code ticks, bullet marks and hashtags. They carry no
 * words, but they hide words from the patterns that read the question: "who *chaired* it" asks who chaired it.
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
 * Hashtags ending a message (…? #KiteSeason #WeekendVibes): labels of the post, not words of the question.
 * Inside it (the #kite rules) the word is read without its mark. Not #12: that is a number.
 */
const TRAILING_HASHTAGS = /(?<=\S)(?:\s+#\p{L}[\p{L}\p{N}_]*)+\s*$/u;
const HASHTAG_MARK = /(?<=^|[\s(（"“])#(?=\p{L})/gu;

/**
 * @example stripChatMarkup('@bot who *chaired* it?') // 'who chaired it?'
 */
export function stripChatMarkup(text: string): string {
  if (!/[@*_~`•<#-]/.test(text)) return text;
  return text
    .replace(TRAILING_HASHTAGS, '')
    .replace(HASHTAG_MARK, '')
    .replace(MENTIONS_FIRST, '')
    .replace(BULLET, '')
    .replace(TICKS, '')
    .replace(EMPHASIS_OPEN, '$1')
    .replace(EMPHASIS_CLOSE, '');
}

/**
 * Sign-offs after the question has ended (…？在线等, 急求！赶稿, "? thanks, asap", "? quick pls"): how urgent or
 * grateful the asker is, no words of what is asked, yet they count against how much of the question a clause
 * covers (and "quick" would be searched as 快速).
 */
const SIGN_OFF_WORD =
  '(?:在线等|急等|等回复|急求|急问|求助|求解答|求回复|求答复|赶稿|赶时间|急急急|急用|十万火急|速回|盼复|拜托了?|谢谢|多谢|感谢|谢啦|thanks|thank you|thx|asap|urgent|quick(?:ly)?|fast|in a hurry|pls|plz|please)';
const TRAILING_SIGN_OFF = new RegExp(
  `(?<=[？?！!。])(?:[\\s，,、~～!！。.]*${SIGN_OFF_WORD})+[\\s，,、~～!！。.]*$`,
  'i',
);

/** @example withoutSignOff('风筝节几号开？在线等，急急急') // '风筝节几号开？' */
export function withoutSignOff(text: string): string {
  return text.replace(TRAILING_SIGN_OFF, '');
}
