/**
 * The request body of /api/ask and /api/ask/stream, with the limits that keep one request cheap.
 *
 * Written with zod 4 (`zod/v4`, in the same package as the project's zod 3), because this schema runs on
 * every question: zod 3's refinements and transforms build, per parse, an object literal with its own
 * getter, and V8 gives each such object a hidden class of its own in the old generation, which keeps the
 * whole parse (body included) alive through young-generation collections. Under the bench's load that
 * made the HTTP thread's scavenges copy and promote several KB per request. zod 4 parses it about 9×
 * faster and leaves nothing behind. The messages are zod 3's, word for word (the API's 400s predate the
 * move; test/http/ask-schema.test.ts holds them).
 */
import * as z from 'zod/v4';
import { LIMITS } from '../contract/api.js';

export { LIMITS };

/** Control characters (except tab and newline) and lone surrogates carry no meaning in a question. */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** A JSON value's type as zod 3's messages name it. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isNaN(v)) return 'nan';
  return typeof v;
}

/** zod 3's message for a missing value or one of the wrong type. */
const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'Required' : `Expected ${what}, received ${typeName(issue.input)}`;

const ROLES = ['user', 'assistant'] as const;
const ROLE_LIST = ROLES.map((r) => `'${r}'`).join(' | ');

const turnSchema = z.object(
  {
    role: z.enum(ROLES, {
      error: (issue) =>
        typeof issue.input === 'string'
          ? `Invalid enum value. Expected ${ROLE_LIST}, received '${issue.input}'`
          : expected(ROLE_LIST)(issue),
    }),
    content: z
      .string({ error: expected('string') })
      .max(LIMITS.historyChars, `history content is longer than ${LIMITS.historyChars} characters`),
  },
  { error: expected('object') },
);

export const askSchema = z
  .object(
    {
      question: z
        .string({
          error: (issue) =>
            issue.input === undefined ? 'question is required' : 'question must be a string',
        })
        .transform(cleanText)
        .refine((q) => q.trim().length > 0, 'question must not be empty')
        .refine(
          (q) => q.length <= LIMITS.questionChars,
          `question is longer than ${LIMITS.questionChars} characters`,
        ),
      // The turn count is checked before the turns themselves, so it is the first complaint (as in zod 3).
      history: z
        .array(z.unknown(), { error: 'history must be an array of {role, content}' })
        .max(LIMITS.historyTurns, `history has more than ${LIMITS.historyTurns} turns`)
        .pipe(z.array(turnSchema))
        .optional()
        .refine(
          (h) => !h || h.reduce((n, t) => n + t.content.length, 0) <= LIMITS.historyChars,
          `history is longer than ${LIMITS.historyChars} characters in all`,
        ),
    },
    { error: expected('object') },
  )
  .transform((b) => ({
    question: b.question.trim(),
    history: b.history?.map((t) => ({ role: t.role, content: cleanText(t.content) })),
  }));
