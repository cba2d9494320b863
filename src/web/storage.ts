/** The conversation as kept in localStorage: validated on load, so a corrupt entry means a fresh start. */
import type { Citation, Rating } from '../contract/api.js';

export interface StoredAnswer {
  found: boolean;
  mode: string;
  citations: Citation[];
  related: Citation[];
  degraded?: string;
  /** What the server calls this answer: the page rates it by this id. */
  answerId?: string;
}

/** The reader's rating of an answer, and whether the server has it. */
export interface StoredFeedback {
  rating: Rating;
  /** sending is never persisted as such: a reload mid-request shows failed, so it can be sent again. */
  status: 'sending' | 'sent' | 'failed' | 'expired';
  comment?: string;
  commentSent?: boolean;
}

export interface StoredError {
  /** network | rate_limit | interrupted | http */
  code: string;
  message: string;
}

export interface Turn {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  /** Assistant turns: the finished answer. */
  result?: StoredAnswer;
  /** Assistant turns that failed (retry re-asks the user turn before it). */
  error?: StoredError;
  /** Assistant turns the reader rated. */
  feedback?: StoredFeedback;
  /** Assistant turn still streaming: never persisted as such. */
  pending?: boolean;
}

export const STORAGE_KEY = 'wtsa20-chat.conversation.v1';
export const LANG_KEY = 'wtsa20-chat.lang';
/** Old turns are dropped first so the entry stays well under the storage quota. */
const MAX_TURNS = 100;

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNullableStr = (v: unknown) => v === null || isStr(v);

function isCitation(v: unknown): v is Citation {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    isStr(c.id) &&
    isStr(c.label) &&
    isStr(c.text) &&
    isStr(c.part) &&
    (c.resolution === null || typeof c.resolution === 'number') &&
    [c.section, c.addressee, c.item, c.title, c.status].every(isNullableStr)
  );
}

const STATUSES = ['sent', 'failed', 'expired'] as const;

function toFeedback(v: unknown): StoredFeedback | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const f = v as Record<string, unknown>;
  if (f.rating !== 'up' && f.rating !== 'down') return undefined;
  const status = STATUSES.find((s) => s === f.status) ?? 'failed';
  return {
    rating: f.rating,
    status,
    ...(isStr(f.comment) ? { comment: f.comment } : {}),
    ...(f.commentSent === true ? { commentSent: true } : {}),
  };
}

function toTurn(v: unknown): Turn | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (!isStr(o.id) || !isStr(o.content) || (o.role !== 'user' && o.role !== 'assistant')) {
    return undefined;
  }
  const turn: Turn = { id: o.id, role: o.role, content: o.content };
  const r = o.result as Record<string, unknown> | undefined;
  if (r && typeof r === 'object') {
    const citations = Array.isArray(r.citations) ? r.citations.filter(isCitation) : [];
    const related = Array.isArray(r.related) ? r.related.filter(isCitation) : [];
    turn.result = {
      found: r.found !== false,
      mode: isStr(r.mode) ? r.mode : 'extractive',
      citations,
      related,
      ...(isStr(r.degraded) ? { degraded: r.degraded } : {}),
      ...(isStr(r.answerId) ? { answerId: r.answerId } : {}),
    };
  }
  const feedback = toFeedback(o.feedback);
  if (feedback && turn.result) turn.feedback = feedback;
  const e = o.error as Record<string, unknown> | undefined;
  if (e && typeof e === 'object' && isStr(e.code)) {
    turn.error = { code: e.code, message: isStr(e.message) ? e.message : '' };
  }
  if (o.role === 'assistant' && !turn.result && !turn.error) {
    turn.error = { code: 'interrupted', message: '' };
  }
  return turn;
}

export function loadConversation(storage: KeyValue): Turn[] {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    const turns = (parsed as { turns?: unknown })?.turns;
    if (!Array.isArray(turns)) return [];
    return turns.map(toTurn).filter((t): t is Turn => t !== undefined);
  } catch {
    return [];
  }
}

/** A turn still streaming is saved as interrupted, so a reload offers a retry instead of a blank. */
export function saveConversation(storage: KeyValue, turns: Turn[]): boolean {
  const kept = turns.slice(-MAX_TURNS).map((t): Turn => {
    if (t.feedback?.status === 'sending')
      return { ...t, feedback: { ...t.feedback, status: 'failed' } };
    if (!t.pending) return t;
    return { id: t.id, role: t.role, content: '', error: { code: 'interrupted', message: '' } };
  });
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, turns: kept }));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the page still works, it just will not survive a reload.
    return false;
  }
}

export function clearConversation(storage: KeyValue): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    /* storage disabled */
  }
}
