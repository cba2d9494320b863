/**
 * 👍 / 👎 under an answer, and after a 👎 an optional comment box. Native buttons and a labelled textarea,
 * so it all works from the keyboard; the state lives on the turn, so it survives a reload.
 */
import type { Rating } from '../contract/api.js';
import { button, el } from './dom.js';
import { t, type Lang } from './i18n.js';
import type { Turn } from './storage.js';

/** Mirrors LIMITS.feedbackCommentChars in src/contract/api.ts (not imported: it would pull zod into the bundle). */
export const COMMENT_MAX = 2000;

export interface FeedbackCtx {
  lang: Lang;
  onFeedback: (turn: Turn, rating: Rating, comment?: string) => void;
}

function statusText(turn: Turn, lang: Lang): string {
  const f = turn.feedback;
  if (!f) return '';
  switch (f.status) {
    case 'sending':
      return t(lang, 'feedbackSending');
    case 'failed':
      return t(lang, 'feedbackFailed');
    case 'expired':
      return t(lang, 'feedbackExpired');
    case 'sent':
      return t(lang, f.commentSent ? 'feedbackCommentThanks' : 'feedbackThanks');
  }
}

function commentForm(turn: Turn, ctx: FeedbackCtx): HTMLFormElement {
  const id = `feedback-comment-${turn.id}`;
  const area = el('textarea', {
    testid: 'feedback-comment',
    attrs: { id, rows: '2', maxlength: String(COMMENT_MAX), autocomplete: 'off' },
  });
  // A comment that failed to send is still there to send again.
  area.value = turn.feedback?.comment ?? '';
  const form = el(
    'form',
    { class: 'feedback-form' },
    el('label', { attrs: { for: id } }, t(ctx.lang, 'feedbackCommentLabel')),
    area,
    el(
      'button',
      { class: 'secondary small', testid: 'feedback-submit', attrs: { type: 'submit' } },
      t(ctx.lang, 'feedbackSubmit'),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const comment = area.value.trim();
    if (comment) ctx.onFeedback(turn, 'down', comment);
    else area.focus();
  });
  // Enter adds a line, as in any comment box; Ctrl/⌘+Enter sends.
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}

/** The feedback block of a finished answer that the server can rate (it has an answerId). */
export function renderFeedback(turn: Turn, ctx: FeedbackCtx): HTMLElement | null {
  if (!turn.result?.answerId) return null;
  const f = turn.feedback;
  // A rating the server no longer takes: the buttons show what was chosen and do nothing more.
  const locked = f?.status === 'expired';
  const rate = (rating: Rating, label: string, face: string, testid: string) =>
    button(face, () => ctx.onFeedback(turn, rating), {
      class: 'secondary small rate',
      testid,
      attrs: {
        'aria-label': label,
        title: label,
        'aria-pressed': String(f?.rating === rating),
        ...(locked ? { disabled: '' } : {}),
      },
    });
  const wantsComment = f?.rating === 'down' && !f.commentSent && f.status !== 'expired';
  return el(
    'div',
    { class: 'feedback', testid: 'feedback', attrs: { 'data-turn': turn.id } },
    el(
      'div',
      {
        class: 'feedback-rate',
        attrs: { role: 'group', 'aria-label': t(ctx.lang, 'feedbackAsk') },
      },
      rate('up', t(ctx.lang, 'feedbackUp'), '👍', 'feedback-up'),
      rate('down', t(ctx.lang, 'feedbackDown'), '👎', 'feedback-down'),
    ),
    // Not a live region: the page's announcer reads the outcome once (main.ts).
    el('p', { class: 'feedback-status', testid: 'feedback-status' }, statusText(turn, ctx.lang)),
    wantsComment ? commentForm(turn, ctx) : null,
  );
}
