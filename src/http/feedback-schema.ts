/** The request body of POST /api/feedback and the query of GET /api/feedback, with the messages a client sees. */
import { z } from 'zod';
import { LIMITS } from '../contract/api.js';
import { cleanText } from './ask-schema.js';

/** Answer ids are the server's own (base64url); anything else cannot name an answer. */
const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const rating = z.enum(['up', 'down'], {
  errorMap: () => ({ message: 'rating must be "up" or "down"' }),
});

export const feedbackSchema = z
  .object({
    answerId: z
      .string({
        required_error: 'answerId is required',
        invalid_type_error: 'answerId must be a string',
      })
      .regex(ANSWER_ID, 'answerId is not an answer id'),
    rating,
    comment: z
      .string({ invalid_type_error: 'comment must be a string' })
      .max(
        LIMITS.feedbackCommentChars,
        `comment is longer than ${LIMITS.feedbackCommentChars} characters`,
      )
      .optional(),
  })
  .transform((b) => {
    const comment = b.comment === undefined ? '' : cleanText(b.comment).trim();
    return { answerId: b.answerId, rating: b.rating, ...(comment ? { comment } : {}) };
  });

/** How many records one list request returns at most. */
export const FEEDBACK_LIST_MAX = 500;

export const feedbackQuerySchema = z.object({
  rating: rating.optional(),
  limit: z
    .string()
    .regex(/^\d+$/, 'limit must be a whole number')
    .transform(Number)
    .refine(
      (n) => n >= 1 && n <= FEEDBACK_LIST_MAX,
      `limit must be between 1 and ${FEEDBACK_LIST_MAX}`,
    )
    .default('50'),
});
