/**
 * POST /api/feedback rates an answer this server gave (by its answerId); GET /api/feedback lists the stored
 * records for review, and exists only when API_KEYS is set: the records hold users' questions.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { feedbackQuerySchema, feedbackSchema } from '../../http/feedback-schema.js';
import { readJson } from '../../http/read-json.js';
import type { FeedbackRecorder } from '../../feedback/feedback-recorder.js';

export interface FeedbackRouteDeps {
  recorder: FeedbackRecorder;
  /** Mount GET (the review list): only behind API keys. */
  listable: boolean;
}

export function feedbackRoutes({ recorder, listable }: FeedbackRouteDeps) {
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
    const body = await readJson(c, feedbackSchema);
    const recorded = await recorder.give(body).catch((err: unknown) => {
      // A disk that is full or read-only: the operator needs the cause, the client a retryable status.
      c.get('log').error({ err }, 'feedback not stored');
      throw new ApiError(503, 'feedback_unavailable', 'Feedback cannot be stored right now.');
    });
    if (!recorded) {
      throw new ApiError(
        404,
        'unknown_answer',
        `No answer with id "${body.answerId}" to rate: it is unknown here or too old (answers can be rated for 24 hours).`,
      );
    }
    const { id, answerId, rating, at } = recorded.record;
    return c.json({ id, answerId, rating, at }, 201);
  });

  if (listable) {
    app.get('/', async (c) => {
      const parsed = feedbackQuerySchema.safeParse(c.req.query());
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ApiError(400, 'invalid_request', `${issue.path.join('.')}: ${issue.message}`);
      }
      return c.json({ feedback: await recorder.store.list(parsed.data) });
    });
  }
  return app;
}
