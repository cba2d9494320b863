/**
 * The feedback pieces of one app: the recent answers (in memory), the durable store under DATA_DIR/feedback,
 * the recorder both the API and Slack rate through, and a periodic clean-up that holds the retention period
 * even when no feedback arrives.
 */
import type { Config } from '../config.js';
import { createFeedbackRecorder, type FeedbackRecorder } from '../feedback/feedback-recorder.js';
import { FeedbackStore, feedbackDir } from '../feedback/feedback-store.js';
import { RecentAnswers, type AnswerMirror } from '../feedback/recent-answers.js';
import type { SharedStore } from '../shared-state/shared-store.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

const PRUNE_EVERY_MS = 6 * 3600_000;

export interface FeedbackSetup {
  recent: RecentAnswers;
  recorder: FeedbackRecorder;
  close(): void;
}

/** The answers in Redis, one single-item list each, so a rating may reach any replica. */
function redisMirror(shared: SharedStore): AnswerMirror {
  return {
    put: (answerId, json, ttlMs) => shared.append(`answer:${answerId}`, [json], 1, ttlMs),
    get: async (answerId) => (await shared.list(`answer:${answerId}`))?.at(-1) ?? null,
  };
}

export function setUpFeedback(
  config: Config,
  metrics: Metrics,
  logger: Logger,
  shared: SharedStore | null = null,
): FeedbackSetup {
  const recent = new RecentAnswers({ mirror: shared ? redisMirror(shared) : null });
  const store = new FeedbackStore({
    dir: feedbackDir(config.dataDir),
    retentionDays: config.feedbackRetentionDays,
  });
  const recorder = createFeedbackRecorder({
    recent,
    store,
    onStored: ({ record, newRating }) => {
      metrics.recordFeedback({
        rating: record.rating,
        via: record.via,
        newRating,
        comment: Boolean(record.comment),
      });
      // The question is in the store; the log line says only what happened.
      logger.info(
        {
          answerId: record.answerId,
          rating: record.rating,
          via: record.via,
          commentChars: record.comment?.length ?? 0,
        },
        'feedback stored',
      );
    },
  });
  const prune = () =>
    store.prune().then(
      (days) => days.length && logger.info({ days }, 'feedback past retention deleted'),
      (err: unknown) => logger.warn({ err }, 'feedback clean-up failed'),
    );
  void prune();
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  return { recent, recorder, close: () => clearInterval(timer) };
}
