/**
 * The HTTP contract between the assistant and its clients (the page, the CLI's --json, API users): zod
 * schemas are the source, the types are inferred from them. This module imports nothing of the project, so
 * every layer — and the page, which knows only HTTP — can use it.
 */
import { z } from 'zod';

/** What keeps one request cheap; the server enforces them, the page can show them. */
export const LIMITS = {
  bodyBytes: 64 * 1024,
  questionChars: 2000,
  historyTurns: 20,
  historyChars: 8000,
  feedbackCommentChars: 2000,
} as const;

export const turnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
});
export type Turn = z.infer<typeof turnSchema>;

export const askInputSchema = z.object({
  question: z.string(),
  history: z.array(turnSchema).optional(),
});
export type AskInput = z.infer<typeof askInputSchema>;

export const partSchema = z.enum(['intro', 'table1', 'table2', 'annex', 'conclusion']);
export type Part = z.infer<typeof partSchema>;

/** What a citation carries to every client (API, page, Slack, OpenAI-compatible route). */
export const citationSchema = z.object({
  id: z.string(),
  label: z.string(),
  resolution: z.number().int().nullable(),
  part: partSchema,
  section: z.string().nullable(),
  addressee: z.string().nullable(),
  item: z.string().nullable(),
  title: z.string().nullable(),
  status: z.string().nullable(),
  text: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;

export const askResultSchema = z.object({
  answer: z.string(),
  /** False when the document does not answer the question. */
  found: z.boolean(),
  mode: z.enum(['extractive', 'llm']),
  /** In the order the answer uses them; the answer marks them [1], [2] … */
  citations: z.array(citationSchema),
  /** Closest clauses when found is false: shown as related, never as the answer. */
  related: z.array(citationSchema),
  /**
   * A message that asks several things, some of which the document does not answer: those parts, as asked
   * (the answer says so under each). Absent when every part is answered.
   */
  unansweredParts: z.array(z.string()).optional(),
  /** Why a model answer fell back to the extractive one (timeout, 5xx, no valid citation …). */
  degraded: z.string().optional(),
  /** Citation numbers the model used that matched no source and were removed. */
  droppedCitations: z.number().int().optional(),
  /** Names this answer for POST /api/feedback; set by the server's front doors. */
  answerId: z.string().optional(),
});
export type AskResult = z.infer<typeof askResultSchema>;

export const ratingSchema = z.enum(['up', 'down']);
export type Rating = z.infer<typeof ratingSchema>;

/** POST /api/feedback: a rating of one answer, with an optional comment. */
export const feedbackInputSchema = z.object({
  answerId: z.string(),
  rating: ratingSchema,
  comment: z.string().optional(),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/** A citation as a feedback record keeps it: where it points, not its text (the id opens the clause). */
export const citationRefSchema = citationSchema.pick({
  id: true,
  label: true,
  resolution: true,
  part: true,
  section: true,
  addressee: true,
  item: true,
});
export type CitationRef = z.infer<typeof citationRefSchema>;

/**
 * One stored feedback record (GET /api/feedback, `npm run feedback`): the rating and everything needed to
 * review the answer without the client's word for it. `id` names the rater's opinion of one answer; a later
 * record with the same id (a changed rating, an added comment) replaces the earlier one.
 */
export const feedbackRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  answerId: z.string(),
  rating: ratingSchema,
  comment: z.string().optional(),
  /** When the feedback was given (ISO 8601, UTC). */
  at: z.string(),
  /** The front door that gave the answer: api (the page and API clients), openai, slack. */
  via: z.string(),
  question: z.string(),
  history: z.array(turnSchema),
  answer: z.string(),
  found: z.boolean(),
  mode: z.enum(['extractive', 'llm']),
  citations: z.array(citationRefSchema),
  /** The closest clauses shown when the document did not answer (found: false). */
  related: z.array(citationRefSchema),
  answeredAt: z.string(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

/** One resolution as GET /api/resolutions lists it. */
export const resolutionInfoSchema = z.object({
  number: z.number().int(),
  title: z.string().nullable(),
  status: z.string().nullable(),
  /** Documents it appears in (slugs), usually one. */
  docs: z.array(z.string()),
  clauseIds: z.array(z.string()),
});
export type ResolutionInfo = z.infer<typeof resolutionInfoSchema>;
