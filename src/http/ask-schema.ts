/** The request body of /api/ask and /api/ask/stream, with the limits that keep one request cheap. */
import { z } from 'zod';
import { LIMITS } from '../contract/api.js';

export { LIMITS };

/** Control characters (except tab and newline) and lone surrogates carry no meaning in a question. */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

const turnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z
    .string()
    .max(LIMITS.historyChars, `history content is longer than ${LIMITS.historyChars} characters`),
});

export const askSchema = z
  .object({
    question: z
      .string({
        required_error: 'question is required',
        invalid_type_error: 'question must be a string',
      })
      .transform(cleanText)
      .refine((q) => q.trim().length > 0, 'question must not be empty')
      .refine(
        (q) => q.length <= LIMITS.questionChars,
        `question is longer than ${LIMITS.questionChars} characters`,
      ),
    history: z
      .array(turnSchema, { invalid_type_error: 'history must be an array of {role, content}' })
      .max(LIMITS.historyTurns, `history has more than ${LIMITS.historyTurns} turns`)
      .optional()
      .refine(
        (h) => !h || h.reduce((n, t) => n + t.content.length, 0) <= LIMITS.historyChars,
        `history is longer than ${LIMITS.historyChars} characters in all`,
      ),
  })
  .transform((b) => ({
    question: b.question.trim(),
    history: b.history?.map((t) => ({ role: t.role, content: cleanText(t.content) })),
  }));
