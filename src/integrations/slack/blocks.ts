/** Block Kit for an answer: the escaped text, a context block per cited clause, feedback and share buttons. */
import type { AskResult } from '../../answer/types.js';
import type { Citation } from '../../corpus/clause.js';
import { escapeMrkdwn, shorten, splitForSlack } from './slack-text.js';

/** Slack's limits: a section's text and a message's block count. */
export const SLACK_LIMITS = {
  sectionChars: 3000,
  blocksPerMessage: 50,
  fallbackChars: 3000,
} as const;
const QUOTE_CHARS = 160;
const LABEL_CHARS = 200;

export const ACTIONS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_in_channel',
} as const;

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: true };
  value: string;
  style?: 'primary';
}
export type Block =
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id: string; elements: Button[] };

export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit. */
  text: string;
  blocks: Block[];
}

export interface AnswerViewOptions {
  /** Identifies the stored answer for feedback and sharing. */
  answerId: string;
  /** Shown above the answer where the reader does not see the question (commands, shares). */
  question?: string;
  /** Adds the "share in channel" button (ephemeral answers only). */
  shareable?: boolean;
  /** Slack user id of who shared the answer publicly. */
  sharedBy?: string;
}

const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text });
const button = (action_id: string, text: string, value: string): Button => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text, emoji: true },
  value,
});

function citationBlock(c: Citation, n: number | null): Block {
  const tag = n === null ? '' : `[${n}] `;
  const label = `*${escapeMrkdwn(tag + shorten(c.label, LABEL_CHARS))}*`;
  return {
    type: 'context',
    elements: [mrkdwn(`${label}\n“${escapeMrkdwn(shorten(c.text, QUOTE_CHARS))}”`)],
  };
}

/** All blocks of one answer, before splitting into messages. */
export function answerBlocks(result: AskResult, opts: AnswerViewOptions): Block[] {
  const blocks: Block[] = [];
  const context = (text: string) => blocks.push({ type: 'context', elements: [mrkdwn(text)] });
  if (opts.sharedBy && /^[UW][A-Z0-9]+$/.test(opts.sharedBy))
    context(`Shared by <@${opts.sharedBy}>`);
  if (opts.question) context(`:speech_balloon: *${escapeMrkdwn(shorten(opts.question, 300))}*`);

  if (!result.found) {
    // Distinct look: a plain statement first, and clauses offered only as related reading.
    blocks.push({
      type: 'section',
      text: mrkdwn(':grey_question: *The document does not cover this.*'),
    });
  }
  const body = result.answer.trim();
  if (body) {
    for (const piece of splitForSlack(body, SLACK_LIMITS.sectionChars)) {
      blocks.push({ type: 'section', text: mrkdwn(escapeMrkdwn(piece)) });
    }
  }
  if (result.degraded) context('_The model was unavailable; this is the extractive answer._');

  if (result.found) {
    result.citations.forEach((c, i) => blocks.push(citationBlock(c, i + 1)));
  } else if (result.related.length > 0) {
    blocks.push({ type: 'divider' });
    context('Closest clauses — related reading, not an answer:');
    for (const c of result.related) blocks.push(citationBlock(c, null));
  }

  const buttons = [
    button(ACTIONS.feedbackUp, '👍', opts.answerId),
    button(ACTIONS.feedbackDown, '👎', opts.answerId),
  ];
  if (opts.shareable) {
    buttons.push({ ...button(ACTIONS.share, 'Share in channel', opts.answerId), style: 'primary' });
  }
  blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });
  return blocks;
}

/** Cuts blocks into messages of at most 50 blocks; each message carries a fallback text. */
export function toMessages(blocks: Block[], fallback: string): SlackMessage[] {
  const messages: SlackMessage[] = [];
  const per = SLACK_LIMITS.blocksPerMessage;
  for (let i = 0; i < blocks.length; i += per) {
    const part = i === 0 ? fallback : `${fallback} (continued)`;
    messages.push({
      text: escapeMrkdwn(shorten(part, SLACK_LIMITS.fallbackChars)),
      blocks: blocks.slice(i, i + per),
    });
  }
  return messages;
}

/** The messages that show one answer in Slack. */
export function answerMessages(result: AskResult, opts: AnswerViewOptions): SlackMessage[] {
  const fallback = result.found
    ? result.answer
    : `The document does not cover this. ${result.answer}`;
  return toMessages(answerBlocks(result, opts), fallback.trim() || 'Answer');
}

/** A short one-block message (usage hints, errors, acknowledgements). */
export function noticeMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
