/** Builds the conversation: question bubbles and answer blocks with citation chips, all as text nodes. */
import type { Citation } from '../contract/api.js';
import { splitCitations } from './citation-markers.js';
import { append, button, el } from './dom.js';
import { renderFeedback, type FeedbackCtx } from './feedback-view.js';
import { t } from './i18n.js';
import type { Turn } from './storage.js';

export interface RenderCtx extends FeedbackCtx {
  onOpenClause: (id: string, opener: HTMLElement) => void;
  onCopy: (turn: Turn, opener: HTMLElement) => void;
  onRetry: (turn: Turn) => void;
  /** A key typed after a 401: kept for the tab, then the question is retried. */
  onApiKey: (key: string, turn: Turn) => void;
}

export function renderUserTurn(turn: Turn, ctx: RenderCtx): HTMLElement {
  return el(
    'li',
    { class: 'turn user', attrs: { 'data-turn': turn.id } },
    el(
      'div',
      { class: 'bubble' },
      el('span', { class: 'visually-hidden' }, `${t(ctx.lang, 'you')}: `),
      el('p', { class: 'question-text', testid: 'user-question' }, turn.content),
    ),
  );
}

/** The <li> and its <article> stay in place while an answer streams, so aria-live keeps working. */
export function renderAssistantTurn(turn: Turn, ctx: RenderCtx): HTMLElement {
  // aria-busy while streaming: screen readers announce the answer once, not token by token.
  const article = el('article', { class: 'answer', attrs: { 'aria-live': 'polite' } });
  const li = el('li', { class: 'turn assistant', attrs: { 'data-turn': turn.id } }, article);
  fillAnswer(article, turn, ctx);
  return li;
}

function chip(n: number, c: Citation, ctx: RenderCtx, testid: string): HTMLButtonElement {
  const b = button(String(n), (e) => ctx.onOpenClause(c.id, e.currentTarget as HTMLElement), {
    class: 'chip',
    testid,
    attrs: {
      'aria-label': t(ctx.lang, 'citationAria', { n, label: c.label }),
      'data-clause-id': c.id,
      title: c.label,
    },
  });
  return b;
}

function sourceList(list: Citation[], ctx: RenderCtx, heading: string, testid: string) {
  const items = list.map((c, i) =>
    el(
      'li',
      { class: 'source' },
      chip(i + 1, c, ctx, testid),
      el(
        'div',
        { class: 'source-body' },
        el('span', { class: 'source-label' }, c.label),
        el('span', { class: 'source-snippet' }, snippet(c.text)),
      ),
    ),
  );
  return el(
    'section',
    { class: 'sources' },
    el('h3', { class: 'sources-heading' }, heading),
    el('ol', { class: 'source-list' }, ...items),
  );
}

function snippet(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function answerText(text: string, citations: Citation[], ctx: RenderCtx): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const seg of splitCitations(text, citations.length)) {
    if (seg.kind === 'text') frag.append(seg.text);
    else frag.append(chip(seg.n, citations[seg.n - 1]!, ctx, 'citation'));
  }
  return frag;
}

export function fillAnswer(article: HTMLElement, turn: Turn, ctx: RenderCtx): void {
  article.replaceChildren();
  article.className = 'answer';
  article.removeAttribute('aria-busy');
  const who = el('span', { class: 'visually-hidden' }, `${t(ctx.lang, 'assistant')}: `);

  if (turn.pending) {
    article.classList.add('pending');
    article.dataset.testid = 'answer';
    article.setAttribute('aria-busy', 'true');
    append(
      article,
      who,
      el(
        'p',
        { class: 'answer-meta' },
        el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
        t(ctx.lang, 'streaming'),
      ),
      el('div', { class: 'answer-text' }, turn.content),
    );
    return;
  }

  if (turn.error || !turn.result) {
    const err = turn.error ?? { code: 'interrupted', message: '' };
    article.classList.add('error');
    article.dataset.testid = 'answer-error';
    const key =
      err.code === 'network'
        ? 'errorNetwork'
        : err.code === 'rate_limit'
          ? 'errorRateLimit'
          : err.code === 'interrupted'
            ? 'errorInterrupted'
            : err.code === 'unauthorized'
              ? 'errorUnauthorized'
              : 'errorGeneric';
    append(
      article,
      who,
      el('p', { class: 'error-title' }, t(ctx.lang, 'errorTitle')),
      el('p', { class: 'error-text', attrs: { role: 'status' } }, t(ctx.lang, key)),
      err.message && err.code !== 'interrupted'
        ? el('p', { class: 'error-detail' }, err.message)
        : null,
      err.code === 'unauthorized'
        ? apiKeyForm(turn, ctx)
        : button(t(ctx.lang, 'retry'), () => ctx.onRetry(turn), {
            class: 'secondary',
            testid: 'retry',
          }),
    );
    return;
  }

  const r = turn.result;
  article.dataset.testid = 'answer';
  const meta = el(
    'p',
    { class: 'answer-meta' },
    el('span', { class: 'badge' }, t(ctx.lang, r.mode === 'llm' ? 'modeLlm' : 'modeExtractive')),
    r.degraded
      ? el('span', { class: 'badge warn', attrs: { title: r.degraded } }, t(ctx.lang, 'degraded'))
      : null,
  );
  const copy = button(
    t(ctx.lang, 'copy'),
    (e) => ctx.onCopy(turn, e.currentTarget as HTMLElement),
    {
      class: 'secondary small',
      testid: 'copy',
      attrs: { 'aria-label': t(ctx.lang, 'copyLabel') },
    },
  );

  if (!r.found) {
    article.classList.add('not-found');
    article.dataset.found = 'false';
    append(
      article,
      who,
      el(
        'p',
        { class: 'not-found-banner', testid: 'not-found' },
        el('span', { class: 'not-found-icon', attrs: { 'aria-hidden': 'true' } }, '∅'),
        t(ctx.lang, 'notCovered'),
      ),
      el('div', { class: 'answer-text' }, turn.content),
      r.related.length ? el('p', { class: 'hint' }, t(ctx.lang, 'notCoveredHint')) : null,
      r.related.length ? sourceList(r.related, ctx, t(ctx.lang, 'related'), 'related') : null,
      el('div', { class: 'answer-actions' }, copy, renderFeedback(turn, ctx)),
    );
    return;
  }

  article.dataset.found = 'true';
  append(
    article,
    who,
    meta,
    el('div', { class: 'answer-text' }, answerText(turn.content, r.citations, ctx)),
    r.citations.length ? sourceList(r.citations, ctx, t(ctx.lang, 'sources'), 'citation') : null,
    el('div', { class: 'answer-actions' }, copy, renderFeedback(turn, ctx)),
  );
}

function apiKeyForm(turn: Turn, ctx: RenderCtx): HTMLFormElement {
  const id = `key-${turn.id}`;
  const input = el('input', {
    testid: 'api-key',
    attrs: { id, type: 'password', autocomplete: 'off', required: '' },
  });
  const form = el(
    'form',
    { class: 'api-key-form' },
    el('label', { attrs: { for: id } }, t(ctx.lang, 'apiKeyLabel')),
    input,
    el('button', { attrs: { type: 'submit' } }, t(ctx.lang, 'apiKeySave')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) ctx.onApiKey(input.value.trim(), turn);
  });
  return form;
}
