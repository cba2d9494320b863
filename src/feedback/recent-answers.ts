/**
 * The answers this server gave lately, by answerId: what a feedback record holds (question, history, answer,
 * citations, mode), kept by the server so a rating never has to trust the client for the answer it rates.
 * Bounded in count, size and time; nothing here reaches the disk unless the answer receives feedback.
 */
import type { AskInput, AskResult, CitationRef, FeedbackRecord } from '../contract/api.js';
import { feedbackRecordSchema } from '../contract/api.js';
import { lru } from '../platform/lru.js';
import { newAnswerId } from './answer-id.js';

/** The part of a feedback record that describes the answer. */
export type RecentAnswer = Pick<
  FeedbackRecord,
  | 'answerId'
  | 'via'
  | 'question'
  | 'history'
  | 'answer'
  | 'found'
  | 'mode'
  | 'citations'
  | 'related'
  | 'answeredAt'
>;

/**
 * Where other replicas can find an answer this one gave (Redis, when REDIS_URL is set), so a rating may
 * reach any replica. Both may fail: the answer is then rateable only where it was given.
 */
export interface AnswerMirror {
  put(answerId: string, json: string, ttlMs: number): Promise<unknown>;
  get(answerId: string): Promise<string | null>;
}

const recentAnswerSchema = feedbackRecordSchema.pick({
  answerId: true,
  via: true,
  question: true,
  history: true,
  answer: true,
  found: true,
  mode: true,
  citations: true,
  related: true,
  answeredAt: true,
});

export interface RecentAnswersOptions {
  /** Shares each answer with the other replicas (see AnswerMirror). */
  mirror?: AnswerMirror | null;
  /** Answers kept at most (the oldest go first). */
  max?: number;
  /** Characters kept at most, all answers together (questions, histories, answers). */
  maxChars?: number;
  /** How long an answer can be rated. */
  ttlMs?: number;
  now?: () => number;
}

export const RECENT_ANSWER_DEFAULTS = {
  max: 5000,
  maxChars: 8_000_000,
  ttlMs: 24 * 3600_000,
} as const;

function refOf(c: CitationRef): CitationRef {
  const { id, label, resolution, part, section, addressee, item } = c;
  return { id, label, resolution, part, section, addressee, item };
}

function sizeOf(a: RecentAnswer): number {
  const history = a.history.reduce((n, t) => n + t.content.length, 0);
  const refs = a.citations.length + a.related.length;
  return a.question.length + history + a.answer.length + refs * 200;
}

export class RecentAnswers {
  private readonly answers;
  private readonly now: () => number;
  private readonly mirror: AnswerMirror | null;
  private readonly ttlMs: number;

  constructor(opts: RecentAnswersOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.mirror = opts.mirror ?? null;
    this.ttlMs = opts.ttlMs ?? RECENT_ANSWER_DEFAULTS.ttlMs;
    this.answers = lru<string, RecentAnswer>({
      max: opts.max ?? RECENT_ANSWER_DEFAULTS.max,
      maxSize: opts.maxChars ?? RECENT_ANSWER_DEFAULTS.maxChars,
      sizeOf,
      ttlMs: opts.ttlMs ?? RECENT_ANSWER_DEFAULTS.ttlMs,
      now: opts.now,
    });
  }

  /** Keeps an answer given through `via` and returns its new id (URL-safe, unguessable). */
  remember(input: AskInput, result: AskResult, via: string): string {
    const answerId = newAnswerId();
    const answer: RecentAnswer = {
      answerId,
      via,
      question: input.question,
      history: input.history ?? [],
      answer: result.answer,
      found: result.found,
      mode: result.mode,
      citations: result.citations.map(refOf),
      related: result.found ? [] : result.related.map(refOf),
      answeredAt: new Date(this.now()).toISOString(),
    };
    this.answers.set(answerId, answer);
    // Not awaited: the answer goes out now; the mirror fails on its own (then only this replica knows it).
    void this.mirror?.put(answerId, JSON.stringify(answer), this.ttlMs).catch(() => undefined);
    return answerId;
  }

  /** An answer this replica gave lately. */
  get(answerId: string): RecentAnswer | undefined {
    return this.answers.get(answerId);
  }

  /** An answer this replica or, through the mirror, another one gave lately. */
  async find(answerId: string): Promise<RecentAnswer | undefined> {
    const own = this.answers.get(answerId);
    if (own || !this.mirror) return own;
    const json = await this.mirror.get(answerId).catch(() => null);
    if (!json) return undefined;
    const parsed = recentAnswerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  }
}
