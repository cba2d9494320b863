/**
 * 👍 / 👎 in Slack: each click is stored through the same recorder as POST /api/feedback (one opinion per
 * user per answer); a 👎 then opens a modal (views.open) whose submission adds the user's comment.
 */
import { LIMITS, type Rating } from '../../contract/api.js';
import { cleanText } from '../../http/ask-schema.js';
import type { FeedbackRecorder } from '../../feedback/feedback-recorder.js';
import { noticeMessage } from './blocks.js';
import { FEEDBACK_MODAL, feedbackModal, modalAnswerId } from './feedback-modal.js';
import type { SlackLog } from './slack-answerer.js';
import type { SlackClient } from './slack-client.js';
import { slackCounters } from './slack-counters.js';
import type { ViewSubmission } from './slack-payloads.js';

export const THANKS = 'Thanks — your feedback was recorded.';
export const TOO_OLD = 'This answer can no longer be rated (answers can be rated for 24 hours).';
export const NOT_STORED = ':warning: Sorry, your feedback could not be recorded just now.';

export interface SlackFeedbackDeps {
  recorder: FeedbackRecorder;
  client: SlackClient;
  log: SlackLog;
}

export interface Click {
  rating: Rating;
  answerId: string;
  userId: string;
  responseUrl?: string;
  triggerId?: string;
}

/** The reply to a view_submission: nothing closes the modal; errors keep it open, shown at the field. */
export type SubmissionReply = null | { response_action: 'errors'; errors: Record<string, string> };

export function createSlackFeedback(deps: SlackFeedbackDeps) {
  const tell = async (responseUrl: string | undefined, text: string) => {
    if (!responseUrl) return;
    await deps.client.respond(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...noticeMessage(text),
    });
  };

  return {
    async click(c: Click): Promise<void> {
      if (c.rating === 'up') slackCounters.feedbackUp++;
      else slackCounters.feedbackDown++;
      let recorded;
      try {
        recorded = await deps.recorder.give({
          answerId: c.answerId,
          rating: c.rating,
          rater: c.userId,
        });
      } catch (err) {
        deps.log.error({ err: (err as Error).message }, 'slack feedback not stored');
        return tell(c.responseUrl, NOT_STORED);
      }
      deps.log.info(
        { vote: c.rating, answerId: c.answerId, user: c.userId, stored: Boolean(recorded) },
        'slack feedback',
      );
      if (!recorded) return tell(c.responseUrl, TOO_OLD);
      if (c.rating === 'down' && c.triggerId) {
        try {
          const view = feedbackModal(c.answerId, recorded.record.question);
          await deps.client.openView(c.triggerId, view);
          return;
        } catch (err) {
          // No modal (no bot token, trigger expired): the 👎 is stored all the same; say so.
          deps.log.warn({ err: (err as Error).message }, 'slack feedback modal not opened');
        }
      }
      await tell(c.responseUrl, THANKS);
    },

    /** Stores the comment of a submitted feedback modal, as the same user's 👎 of the same answer. */
    async submit(s: ViewSubmission): Promise<SubmissionReply> {
      if (s.view.callback_id !== FEEDBACK_MODAL.callbackId) return null;
      const answerId = modalAnswerId(s.view.private_metadata);
      const raw = s.view.state.values[FEEDBACK_MODAL.blockId]?.[FEEDBACK_MODAL.actionId]?.value;
      const comment = cleanText(raw ?? '')
        .trim()
        .slice(0, LIMITS.feedbackCommentChars);
      // An empty comment adds nothing: the 👎 was stored at the click.
      if (!answerId || !comment) return null;
      const error = (text: string) => ({
        response_action: 'errors' as const,
        errors: { [FEEDBACK_MODAL.blockId]: text },
      });
      try {
        const recorded = await deps.recorder.give({
          answerId,
          rating: 'down',
          comment,
          rater: s.user.id,
        });
        return recorded ? null : error(TOO_OLD);
      } catch (err) {
        deps.log.error({ err: (err as Error).message }, 'slack feedback comment not stored');
        return error(NOT_STORED);
      }
    },
  };
}
