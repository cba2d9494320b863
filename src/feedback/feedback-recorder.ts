/**
 * Turns a rating of a recent answer into a stored feedback record: the one path the API route and Slack
 * share. Unknown or expired answers are refused (undefined), so every record describes an answer this
 * server really gave.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FeedbackRecord, Rating } from '../contract/api.js';
import { lru } from '../platform/lru.js';
import type { FeedbackStore } from './feedback-store.js';
import type { RecentAnswers } from './recent-answers.js';

export interface GivenFeedback {
  answerId: string;
  rating: Rating;
  comment?: string;
  /**
   * Who rates, where a front door knows (a Slack user id): each rater keeps one opinion per answer.
   * Only a keyed hash of it becomes part of the record's id; the rater itself is not stored.
   */
  rater?: string;
}

export interface Recorded {
  record: FeedbackRecord;
  /** False when this only added a comment to the rating the same rater already gave. */
  newRating: boolean;
}

export interface FeedbackRecorderDeps {
  recent: RecentAnswers;
  store: FeedbackStore;
  now?: () => number;
  /** Called once a record is stored (metrics, logs). */
  onStored?: (r: Recorded) => void;
}

export type FeedbackRecorder = ReturnType<typeof createFeedbackRecorder>;

export function createFeedbackRecorder(deps: FeedbackRecorderDeps) {
  const now = deps.now ?? Date.now;
  // A key of this process's own keeps a rater's records together here, and without it no one can tell from
  // a record who the rater was. (An answer rated through another replica may get a second record there.)
  const raterKey = randomBytes(32);
  const recordId = (answerId: string, rater: string | undefined) => {
    if (!rater) return answerId;
    const tag = createHmac('sha256', raterKey).update(rater).digest('base64url').slice(0, 12);
    return `${answerId}.${tag}`;
  };
  // The rating each record id last stored here: a comment sent after its 👎 is not a second 👎.
  const lastRating = lru<string, Rating>({ max: 10_000, ttlMs: 48 * 3600_000, now: deps.now });

  return {
    recent: deps.recent,
    store: deps.store,

    /** Stores the feedback, or returns undefined when the answer is unknown or expired. */
    async give(given: GivenFeedback): Promise<Recorded | undefined> {
      const answer = await deps.recent.find(given.answerId);
      if (!answer) return undefined;
      const id = recordId(given.answerId, given.rater);
      // `v` first: the store finds records again by how their JSON opens.
      const record: FeedbackRecord = {
        v: 1,
        id,
        answerId: answer.answerId,
        rating: given.rating,
        ...(given.comment ? { comment: given.comment } : {}),
        at: new Date(now()).toISOString(),
        via: answer.via,
        question: answer.question,
        history: answer.history,
        answer: answer.answer,
        found: answer.found,
        mode: answer.mode,
        citations: answer.citations,
        related: answer.related,
        answeredAt: answer.answeredAt,
      };
      await deps.store.append(record);
      const recorded = { record, newRating: lastRating.get(id) !== given.rating };
      lastRating.set(id, given.rating);
      deps.onStored?.(recorded);
      return recorded;
    },
  };
}
