/** The modal a 👎 opens in Slack: an optional comment on the answer, sent back as a view_submission. */
import { LIMITS } from '../../contract/api.js';
import { shorten } from './slack-text.js';

export const FEEDBACK_MODAL = {
  callbackId: 'feedback_comment',
  blockId: 'comment',
  actionId: 'comment',
} as const;

interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface ModalView {
  type: 'modal';
  callback_id: string;
  private_metadata: string;
  title: PlainText;
  submit: PlainText;
  close: PlainText;
  blocks: object[];
}

/** What the modal carries back to the server (Slack returns private_metadata untouched, signed). */
export interface ModalMetadata {
  answerId: string;
}

const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });

/** The question is shown as plain_text: Slack renders it literally, so user text stays text. */
export function feedbackModal(answerId: string, question: string): ModalView {
  const metadata: ModalMetadata = { answerId };
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL.callbackId,
    private_metadata: JSON.stringify(metadata),
    title: plain('What went wrong?'),
    submit: plain('Send'),
    close: plain('Skip'),
    blocks: [
      { type: 'section', text: plain('Your 👎 is recorded. A comment helps fix this answer.') },
      { type: 'context', elements: [plain(shorten(question, 300))] },
      {
        type: 'input',
        block_id: FEEDBACK_MODAL.blockId,
        optional: true,
        label: plain('Comment (optional)'),
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_MODAL.actionId,
          multiline: true,
          max_length: LIMITS.feedbackCommentChars,
        },
      },
    ],
  };
}

/** The answer id a submitted modal refers to, or undefined when its metadata is not ours. */
export function modalAnswerId(privateMetadata: string): string | undefined {
  try {
    const m = JSON.parse(privateMetadata) as Partial<ModalMetadata> | null;
    return typeof m?.answerId === 'string' ? m.answerId : undefined;
  } catch {
    return undefined;
  }
}
