/**
 * The answers this server gave lately, by answerId: what a feedback record holds (question, history, answer,
 * citations, mode), kept by the server so a rating never has to trust the client for the answer it rates.
 * Bounded in count, size and time; nothing here reaches the disk unless the answer receives feedback.
 */
import { randomBytes } from 'node:crypto';
import type { AskInput, AskResult, CitationRef, FeedbackRecord } from '../contract/api.js';
import { lru } from '../platform/lru.js';

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

export interface RecentAnswersOptions {
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

  constructor(opts: RecentAnswersOptions = {}) {
    this.now = opts.now ?? Date.now;
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
    const answerId = randomBytes(12).toString('base64url');
    this.answers.set(answerId, {
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
    });
    return answerId;
  }

  get(answerId: string): RecentAnswer | undefined {
    return this.answers.get(answerId);
  }
}
