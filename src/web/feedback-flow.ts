/** Sends a reader's rating (and comment) of an answer and keeps the turn, its storage and its block in step. */
import type { Rating } from '../contract/api.js';
import { RequestError, sendFeedback } from './api-client.js';
import { renderFeedback } from './feedback-view.js';
import { t, type Lang } from './i18n.js';
import type { RenderCtx } from './render.js';
import type { Turn } from './storage.js';

export interface FeedbackFlowDeps {
  /** The conversation list the answers are drawn in. */
  list: HTMLElement;
  ctx: () => RenderCtx;
  /** Persists the conversation (feedback included). */
  save: () => void;
  announce: (text: string) => void;
  lang: () => Lang;
}

export function feedbackFlow(deps: FeedbackFlowDeps) {
  /** Redraws only a turn's feedback block (the answer and any text typed elsewhere stay), focus kept in it. */
  function redraw(turn: Turn, focus?: string): void {
    const old = deps.list.querySelector(`.feedback[data-turn="${CSS.escape(turn.id)}"]`);
    const fresh = renderFeedback(turn, deps.ctx());
    if (!old || !fresh) return;
    old.replaceWith(fresh);
    if (focus) fresh.querySelector<HTMLElement>(`[data-testid="${focus}"]`)?.focus();
  }

  /**
   * A rating is sent at once (a 👎 without a comment counts too); a comment after a 👎 is sent as the same
   * rating again, which the server stores in its place.
   */
  async function give(turn: Turn, rating: Rating, comment?: string): Promise<void> {
    const answerId = turn.result?.answerId;
    const before = turn.feedback;
    if (!answerId || before?.status === 'sending' || before?.status === 'expired') return;
    // Pressing the rating the server already has changes nothing.
    if (!comment && before?.rating === rating && before.status === 'sent') return;
    const same = before?.rating === rating;
    // A comment belongs to its 👎: sent again with it, dropped when the rating changes.
    const text = comment ?? (same ? before.comment : undefined);
    turn.feedback = {
      rating,
      status: 'sending',
      ...(text ? { comment: text } : {}),
      ...(same && before.commentSent ? { commentSent: true } : {}),
    };
    const pressed = comment ? 'feedback-comment' : `feedback-${rating}`;
    redraw(turn, pressed);
    let outcome: 'sent' | 'failed' | 'expired' = 'sent';
    try {
      await sendFeedback({ answerId, rating, ...(text ? { comment: text } : {}) });
    } catch (e) {
      outcome = e instanceof RequestError && e.status === 404 ? 'expired' : 'failed';
    }
    const f = turn.feedback;
    f.status = outcome;
    if (outcome === 'sent' && text) f.commentSent = true;
    deps.save();
    // After a 👎 the comment box takes the focus; after the comment, the 👎 it belongs to.
    let next = pressed;
    if (outcome === 'sent' && comment) next = 'feedback-down';
    else if (outcome === 'sent' && rating === 'down' && !f.commentSent) next = 'feedback-comment';
    redraw(turn, next);
    const messages = {
      sent: comment ? 'feedbackCommentThanks' : 'feedbackThanks',
      failed: 'feedbackFailed',
      expired: 'feedbackExpired',
    } as const;
    deps.announce(t(deps.lang(), messages[outcome]));
  }

  return { give };
}
