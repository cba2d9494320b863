/** /slack/commands, /slack/events and /slack/interactions: verified, acknowledged at once, answered after. */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { Assistant } from '../../answer/types.js';
import type { Config } from '../../config.js';
import { LIMITS } from '../../http/ask-schema.js';
import { ApiError, errorBody } from '../../http/errors.js';
import { requestText } from '../../http/request-body.js';
import type { SharedStore } from '../../shared-state/shared-store.js';
import type { FeedbackRecorder } from '../../feedback/feedback-recorder.js';
import { ACTIONS } from './blocks.js';
import { BackgroundJobs, sharedJobs } from './background-jobs.js';
import { EventDedup } from './event-dedup.js';
import { createAnswerer, usageText, type SlackLog } from './slack-answerer.js';
import { createSlackClient, type SlackClient } from './slack-client.js';
import { slackCounters } from './slack-counters.js';
import { createSlackFeedback } from './slack-feedback.js';
import {
  commandSchema,
  envelopeSchema,
  interactionSchema,
  messageEventSchema,
  viewSubmissionSchema,
} from './slack-payloads.js';
import { escapeMrkdwn, questionFromSlack, shorten } from './slack-text.js';
import { ThreadMemory } from './thread-memory.js';
import { verifySlackSignature } from './verify-signature.js';

export interface SlackDeps {
  config: Config;
  assistant: Assistant;
  /** Where 👍 / 👎 are recorded: the same store as POST /api/feedback. */
  feedback: FeedbackRecorder;
  /** Defaults to a fetch client built from config.slack. */
  client?: SlackClient;
  /** Where answering runs after the acknowledgement; await jobs.idle() to wait for it. */
  jobs?: BackgroundJobs;
  log: SlackLog;
  dedup?: EventDedup;
  memory?: ThreadMemory;
  /** State shared with the other replicas (REDIS_URL): event de-dup and thread memory live there. */
  shared?: SharedStore | null;
  now?: () => number;
}

function parse<S extends z.ZodTypeAny>(schema: S, data: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError(
      400,
      'invalid_request',
      `${what}: ${issue.path.join('.') || 'body'}: ${issue.message}`,
    );
  }
  return parsed.data;
}

function formOf(raw: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(raw));
}

function jsonOf(raw: string, what: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_json', `${what} is not valid JSON.`);
  }
}

export function slackRoutes(deps: SlackDeps) {
  const secret = deps.config.slack.signingSecret;
  // Never serve Slack routes unverified: without a secret there is nothing to mount.
  if (!secret) throw new Error('slackRoutes needs SLACK_SIGNING_SECRET');
  const { log } = deps;
  const jobs = deps.jobs ?? sharedJobs(log);
  const dedup = deps.dedup ?? new EventDedup({ shared: deps.shared });
  const client =
    deps.client ??
    createSlackClient({ apiUrl: deps.config.slack.apiUrl, botToken: deps.config.slack.botToken });
  const answerer = createAnswerer({
    assistant: deps.assistant,
    client,
    log,
    timeoutMs: deps.config.requestTimeoutMs,
    memory: deps.memory ?? new ThreadMemory({ shared: deps.shared }),
    logQuestions: deps.config.logQuestions,
  });
  const feedback = createSlackFeedback({ recorder: deps.feedback, client, log });
  if (!deps.config.slack.botToken)
    log.warn({}, 'SLACK_BOT_TOKEN is not set: mentions and DMs cannot be answered');

  const app = new Hono();

  // The signature covers the exact bytes, so read the raw body before any parsing.
  app.use('*', async (c, next) => {
    const check = verifySlackSignature({
      signingSecret: secret,
      timestamp: c.req.header('x-slack-request-timestamp'),
      signature: c.req.header('x-slack-signature'),
      rawBody: await requestText(c),
      now: deps.now?.(),
    });
    if (check.ok) return next();
    slackCounters.rejectedSignatures++;
    log.warn({ path: c.req.path, reason: check.reason }, 'slack signature rejected');
    return c.json(errorBody('unauthorized', 'Invalid or missing Slack signature.'), 401);
  });

  app.post('/commands', async (c) => {
    const cmd = parse(commandSchema, formOf(await requestText(c)), 'slash command');
    const question = questionFromSlack(cmd.text);
    if (!question) return ephemeral(c, usageText(cmd.command));
    if (question.length > LIMITS.questionChars) {
      return ephemeral(c, `That question is longer than ${LIMITS.questionChars} characters.`);
    }
    slackCounters.commands++;
    jobs.run('command', () => answerer.answerCommand(cmd, question));
    return ephemeral(
      c,
      `:hourglass_flowing_sand: Looking it up… _${escapeMrkdwn(shorten(question, 200))}_`,
    );
  });

  app.post('/events', async (c) => {
    const data = jsonOf(await requestText(c), 'event');
    const type = (data as { type?: unknown } | null)?.type;
    if (type !== 'url_verification' && type !== 'event_callback') return c.json({ ok: true });
    const envelope = parse(envelopeSchema, data, 'event');
    if (envelope.type === 'url_verification') return c.json({ challenge: envelope.challenge });

    slackCounters.events++;
    if (!(await dedup.firstTime(envelope.event_id))) {
      slackCounters.duplicateEvents++;
      log.info(
        { eventId: envelope.event_id, retry: c.req.header('x-slack-retry-num') ?? null },
        'slack event already handled',
      );
      return c.json({ ok: true });
    }
    const ev = messageEventSchema.safeParse(envelope.event);
    // Bots (this one included) and edits are ignored, or the bot would answer itself forever.
    if (!ev.success || ev.data.bot_id || ev.data.subtype || !ev.data.user)
      return c.json({ ok: true });
    const event = ev.data;
    if (event.type === 'message' && event.channel_type !== 'im') return c.json({ ok: true });
    const question = questionFromSlack(event.text);
    jobs.run(event.type, () => answerer.answerMessage(event, question));
    return c.json({ ok: true });
  });

  app.post('/interactions', async (c) => {
    const payload = formOf(await requestText(c)).payload;
    if (!payload) throw new ApiError(400, 'invalid_request', 'interaction: payload is required');
    const data = jsonOf(payload, 'payload');
    if ((data as { type?: unknown } | null)?.type === 'view_submission') {
      // Answered within Slack's 3 s, in the request: the reply closes the modal or shows an error in it.
      const reply = await feedback.submit(parse(viewSubmissionSchema, data, 'view submission'));
      return reply ? c.json(reply) : c.body(null, 200);
    }
    const action = parse(interactionSchema, data, 'interaction');
    if (action.type !== 'block_actions') return c.body(null, 200);
    for (const a of action.actions) {
      const answerId = a.value ?? '';
      const user = action.user.id;
      if (a.action_id === ACTIONS.feedbackUp || a.action_id === ACTIONS.feedbackDown) {
        const click = {
          rating: a.action_id === ACTIONS.feedbackUp ? ('up' as const) : ('down' as const),
          answerId,
          userId: user,
          responseUrl: action.response_url,
          triggerId: action.trigger_id,
        };
        jobs.run('feedback', () => feedback.click(click));
      } else if (a.action_id === ACTIONS.share && action.response_url) {
        const url = action.response_url;
        jobs.run('share', () => answerer.share(answerId, user, url));
      }
    }
    return c.body(null, 200);
  });

  return app;
}

function ephemeral(c: Context, text: string) {
  return c.json({ response_type: 'ephemeral', text });
}
