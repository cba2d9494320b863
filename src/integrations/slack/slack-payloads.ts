/** zod schemas of what Slack sends: slash commands (form), Events API envelopes (JSON), block actions, modal submissions. */
import { z } from 'zod';

/** Slack ids and timestamps are short ASCII tokens; anything else is not from Slack. */
const id = z.string().min(1).max(64);

export const commandSchema = z.object({
  command: z.string().max(64).default('/itu'),
  text: z.string().max(40_000).default(''),
  user_id: id,
  channel_id: id,
  team_id: id.optional(),
  response_url: z.string().url(),
});
export type SlashCommand = z.infer<typeof commandSchema>;

export const envelopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string().max(500) }),
  z.object({
    type: z.literal('event_callback'),
    event_id: id,
    team_id: id.optional(),
    event: z.object({ type: z.string() }).passthrough(),
  }),
]);

/** The fields of app_mention and message events this bot uses. */
export const messageEventSchema = z.object({
  type: z.enum(['app_mention', 'message']),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: id.optional(),
  text: z.string().max(40_000).optional(),
  channel: id,
  channel_type: z.string().optional(),
  ts: id,
  thread_ts: id.optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

export const interactionSchema = z.object({
  type: z.string(),
  user: z.object({ id }),
  response_url: z.string().url().optional(),
  /** Lets the app open a modal for this click, within 3 s. */
  trigger_id: z.string().max(255).optional(),
  actions: z
    .array(z.object({ action_id: z.string().max(255), value: z.string().max(2000).optional() }))
    .max(25)
    .default([]),
});

/** A submitted modal: which one (callback_id), what it carried (private_metadata) and its inputs' values. */
export const viewSubmissionSchema = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id }),
  view: z.object({
    callback_id: z.string().max(255),
    private_metadata: z.string().max(3000).default(''),
    state: z.object({
      values: z.record(z.record(z.object({ value: z.string().max(40_000).nullish() }))),
    }),
  }),
});
export type ViewSubmission = z.infer<typeof viewSubmissionSchema>;
