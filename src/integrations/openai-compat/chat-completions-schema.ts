/** The request body of POST /v1/chat/completions: OpenAI's shape, only the fields we use checked, the rest ignored. */
import { z } from 'zod';

/** The one model this server offers; any requested name is accepted and answered as this one. */
export const MODEL_ID = 'wtsa20-itu-d';

/** A content part; only text parts carry meaning here, others (images, audio, files) are ignored. */
const contentPartSchema = z
  .object({
    type: z.string({
      required_error: 'content part type is required',
      invalid_type_error: 'content part type must be a string',
    }),
    text: z.string({ invalid_type_error: 'content part text must be a string' }).optional(),
  })
  .refine((p) => p.type !== 'text' || typeof p.text === 'string', {
    message: 'a text content part needs a text string',
    path: ['text'],
  });

export const messageSchema = z.object({
  // Every role OpenAI accepts; only user and assistant turns reach the assistant.
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function'], {
    errorMap: () => ({
      message: "role must be one of 'system', 'developer', 'user', 'assistant', 'tool', 'function'",
    }),
  }),
  // null is legal for an assistant turn that only made tool calls.
  content: z
    .union([z.string(), z.array(contentPartSchema)], {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_union'
          ? { message: 'content must be a string or an array of {type, text} parts' }
          : { message: ctx.defaultError },
    })
    .nullable()
    .optional(),
});

export type ChatMessage = z.infer<typeof messageSchema>;

export const chatCompletionsSchema = z.object({
  // OpenAI requires model; we accept any (or none) so a client's default does not break it.
  model: z.string({ invalid_type_error: 'model must be a string' }).optional(),
  messages: z
    .array(messageSchema, {
      required_error: 'messages is required',
      invalid_type_error: 'messages must be an array of {role, content}',
    })
    .min(1, 'messages must not be empty'),
  stream: z.boolean({ invalid_type_error: 'stream must be a boolean' }).nullable().optional(),
  stream_options: z
    .object({ include_usage: z.boolean().nullable().optional() })
    .nullable()
    .optional(),
  // One answer per question: the answer is deterministic given the document.
  n: z
    .number({ invalid_type_error: 'n must be a number' })
    .int()
    .refine((n) => n === 1, 'only n = 1 is supported')
    .nullable()
    .optional(),
});

export type ChatCompletionsBody = z.infer<typeof chatCompletionsSchema>;
