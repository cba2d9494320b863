/** The chat page: wires the ask box, the conversation, the clause panel, browse and the language toggle. */
import type { AskResult } from '../contract/api.js';
import { ask, RequestError, setApiKey } from './api-client.js';
import { BrowseView } from './browse.js';
import { ClausePanel } from './clause-panel.js';
import { answerAsPlainText, clauseIdFromHash } from './copy-text.js';
import { $, el } from './dom.js';
import { feedbackFlow } from './feedback-flow.js';
import { buildHistory } from './history.js';
import { EXAMPLES, pickLang, t, type I18nKey, type Lang } from './i18n.js';
import { fillAnswer, renderAssistantTurn, renderUserTurn, type RenderCtx } from './render.js';
import {
  clearConversation,
  LANG_KEY,
  loadConversation,
  saveConversation,
  type Turn,
} from './storage.js';

/** localStorage can throw on access (disabled storage, some privacy modes): fall back to memory. */
function safeStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const s = window.localStorage;
    s.getItem(LANG_KEY);
    return s;
  } catch {
    const m = new Map<string, string>();
    return {
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
    };
  }
}

const storage = safeStorage();
const navLangs = navigator.languages?.length ? navigator.languages : [navigator.language];
let lang: Lang = pickLang(storage.getItem(LANG_KEY), navLangs);
let turns: Turn[] = loadConversation(storage);
let controller: AbortController | null = null;

const form = $('ask-form') as HTMLFormElement;
const input = $('question') as HTMLTextAreaElement;
const sendBtn = $('send') as HTMLButtonElement;
const list = $('conversation');
const welcome = $('welcome');
const announcer = $('announcer');
const askView = $('ask-view');
const browseView = $('browse-view');
const tabAsk = $('view-ask');
const tabBrowse = $('view-browse');

const panel = new ClausePanel(
  $('panel-host'),
  () => lang,
  () => input,
);
const browse = new BrowseView(
  browseView,
  () => lang,
  (id, opener) => void panel.open(id, opener),
);

const ctx = (): RenderCtx => ({
  lang,
  onOpenClause: (id, opener) => void panel.open(id, opener),
  onCopy: (turn) => void copyAnswer(turn),
  onRetry: (turn) => void submit('', turn),
  onApiKey: (key, turn) => {
    setApiKey(key);
    void submit('', turn);
  },
  onFeedback: (turn, rating, comment) => void feedback.give(turn, rating, comment),
});

const feedback = feedbackFlow({
  list,
  ctx,
  save: () => save(),
  announce: (text) => announce(text),
  lang: () => lang,
});

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function announce(text: string): void {
  // Clearing first makes a repeated message ("copied" twice) be read again.
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = text), 50);
}

function save(): void {
  saveConversation(storage, turns);
}

function renderTurn(turn: Turn): HTMLElement {
  return turn.role === 'user' ? renderUserTurn(turn, ctx()) : renderAssistantTurn(turn, ctx());
}

function renderConversation(): void {
  list.replaceChildren(...turns.map(renderTurn));
  welcome.hidden = turns.length > 0;
}

function articleOf(turn: Turn): HTMLElement | null {
  return list.querySelector(`li[data-turn="${CSS.escape(turn.id)}"] article`);
}

function setBusy(busy: boolean): void {
  sendBtn.disabled = busy;
  sendBtn.textContent = t(lang, busy ? 'sending' : 'send');
  form.setAttribute('aria-busy', String(busy));
}

function toStored(r: AskResult): NonNullable<Turn['result']> {
  return {
    found: r.found,
    mode: r.mode,
    citations: r.citations ?? [],
    related: r.related ?? [],
    ...(r.degraded ? { degraded: r.degraded } : {}),
    ...(r.answerId ? { answerId: r.answerId } : {}),
  };
}

/** Asks a new question, or re-asks the question before a failed answer (retry). */
async function submit(text: string, retryOf?: Turn): Promise<void> {
  if (controller) return;
  let question: string;
  let answer: Turn;
  let history;
  if (retryOf) {
    const i = turns.indexOf(retryOf);
    const prev = turns[i - 1];
    if (i < 1 || prev?.role !== 'user') return;
    question = prev.content;
    history = buildHistory(turns.slice(0, i - 1));
    answer = retryOf;
    delete answer.error;
    answer.content = '';
    answer.pending = true;
  } else {
    question = text.trim();
    if (!question) {
      input.focus();
      return;
    }
    history = buildHistory(turns);
    const user: Turn = { id: newId(), role: 'user', content: question };
    answer = { id: newId(), role: 'assistant', content: '', pending: true };
    turns.push(user, answer);
    const userLi = renderTurn(user);
    list.append(userLi, renderTurn(answer));
    welcome.hidden = true;
    input.value = '';
    userLi.scrollIntoView({ block: 'nearest' });
  }
  const article = articleOf(answer)!;
  fillAnswer(article, answer, ctx());
  save();
  setBusy(true);
  controller = new AbortController();
  const textEl = () => article.querySelector('.answer-text');
  try {
    const result = await ask(
      { question, ...(history.length ? { history } : {}) },
      {
        onToken: (chunk) => {
          answer.content += chunk;
          textEl()?.append(chunk);
        },
        onRestart: () => {
          answer.content = '';
          textEl()?.replaceChildren();
        },
      },
      controller.signal,
    );
    answer.content = result.answer;
    answer.result = toStored(result);
    announce(t(lang, 'answerReady'));
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    answer.content = '';
    answer.error =
      e instanceof RequestError
        ? { code: e.code, message: e.message }
        : { code: 'http', message: (e as Error).message ?? '' };
  } finally {
    controller = null;
    setBusy(false);
  }
  answer.pending = false;
  if (article.isConnected) fillAnswer(article, answer, ctx());
  save();
}

async function copyAnswer(turn: Turn): Promise<void> {
  if (!turn.result) return;
  const text = answerAsPlainText(
    turn.content,
    turn.result.found,
    turn.result.citations,
    turn.result.related,
    location.origin,
    {
      sources: t(lang, 'sourceLabel'),
      notCovered: t(lang, 'notCovered'),
      related: t(lang, 'related'),
    },
  );
  try {
    await navigator.clipboard.writeText(text);
    announce(t(lang, 'copied'));
  } catch {
    // Clipboard API missing outside secure contexts (plain http on a LAN address): old way.
    const area = el('textarea', { class: 'visually-hidden', attrs: { readonly: '' } });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    announce(t(lang, ok ? 'copied' : 'copyFailed'));
  }
}

function newConversation(): void {
  controller?.abort();
  controller = null;
  setBusy(false);
  turns = [];
  clearConversation(storage);
  renderConversation();
  showView('ask');
  input.focus();
  announce(t(lang, 'newConversationDone'));
}

function showView(view: 'ask' | 'browse'): void {
  askView.hidden = view !== 'ask';
  browseView.hidden = view !== 'browse';
  tabAsk.setAttribute('aria-pressed', String(view === 'ask'));
  tabBrowse.setAttribute('aria-pressed', String(view === 'browse'));
  if (view === 'browse') void browse.show();
}

function renderExamples(): void {
  $('examples').replaceChildren(
    ...EXAMPLES.map((q) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            class: 'example',
            testid: 'example',
            attrs: { type: 'button', lang: /[\u4e00-\u9fff]/.test(q) ? 'zh' : 'en' },
            onClick: () => void submit(q),
          },
          q,
        ),
      ),
    ),
  );
}

function applyLang(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(lang, node.dataset.i18n as I18nKey);
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    node.setAttribute('placeholder', t(lang, node.dataset.i18nPlaceholder as I18nKey));
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    node.setAttribute('aria-label', t(lang, node.dataset.i18nAriaLabel as I18nKey));
  }
  $('lang-toggle').setAttribute('lang', lang === 'zh' ? 'en' : 'zh');
  setBusy(controller !== null);
  // The streaming turn keeps its article (and its live text); everything else is rebuilt.
  if (!controller) renderConversation();
  panel.refresh();
  if (!browseView.hidden) browse.render();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void submit(input.value);
});
input.addEventListener('keydown', (e) => {
  // isComposing: Enter also confirms a Chinese IME candidate, which must not send.
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    form.requestSubmit();
  }
});
$('new-conversation').addEventListener('click', newConversation);
$('lang-toggle').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  storage.setItem(LANG_KEY, lang);
  applyLang();
});
tabAsk.addEventListener('click', () => showView('ask'));
tabBrowse.addEventListener('click', () => showView('browse'));

function openFromHash(): void {
  const id = clauseIdFromHash(location.hash);
  if (id && id !== panel.openId) void panel.open(id, null);
}
window.addEventListener('hashchange', openFromHash);

renderExamples();
applyLang();
openFromHash();
