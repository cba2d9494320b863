/** The work behind each acknowledgement: ask the assistant, then post the answer where Slack expects it. */
import { randomBytes } from 'node:crypto';
import type { AskResult, Assistant, Turn } from '../../answer/types.js';
import { LIMITS } from '../../http/ask-schema.js';
import { answerMessages, noticeMessage } from './blocks.js';
import { lru } from '../../platform/lru.js';
import type { SlackClient } from './slack-client.js';
import { slackCounters } from './slack-counters.js';
import type { MessageEvent, SlashCommand } from './slack-payloads.js';
import { escapeMrkdwn } from './slack-text.js';
import { ThreadMemory } from './thread-memory.js';

export interface SlackLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AnswererDeps {
  assistant: Assistant;
  client: SlackClient;
  log: SlackLog;
  /** Bounds one answer; past it the user is told to try again. */
  timeoutMs: number;
  memory?: ThreadMemory;
  logQuestions?: boolean;
}

interface StoredAnswer {
  question: string;
  result: AskResult;
}

/** response_url accepts five posts; one is kept for a later error notice. */
const MAX_RESPONSE_POSTS = 4;

export const SORRY = ':warning: Sorry, I could not answer just now. Please try again in a moment.';
export const EXPIRED = 'This answer is no longer available to share. Ask again with `/itu`.';

export function usageText(command = '/itu'): string {
  return `Ask a question about the WTSA-20 resolutions that affect ITU-D, e.g. \`${escapeMrkdwn(command)} 第44号决议讲了什么?\``;
}

export function createAnswerer(deps: AnswererDeps) {
  const memory = deps.memory ?? new ThreadMemory();
  // Kept so "share" can refer to an answer by a short id in the button value.
  const answers = lru<string, StoredAnswer>({ max: 300, ttlMs: 24 * 3600_000 });

  async function ask(question: string, history: Turn[]) {
    const result = await deps.assistant.ask(
      { question, history: history.length ? history : undefined },
      { signal: AbortSignal.timeout(deps.timeoutMs) },
    );
    // The server's answerId (the one feedback is recorded against), when the assistant gives one.
    const answerId = result.answerId ?? randomBytes(9).toString('base64url');
    answers.set(answerId, { question, result });
    slackCounters.answers++;
    deps.log.info(
      {
        answerId,
        found: result.found,
        citations: result.citations.length,
        ...(deps.logQuestions ? { question } : {}),
      },
      'slack answer ready',
    );
    return { result, answerId };
  }

  function failed(where: string, err: unknown) {
    slackCounters.failures++;
    deps.log.error(
      { where, err: err instanceof Error ? err.message : String(err) },
      'slack answer failed',
    );
  }

  return {
    /** Slash command: the answer goes privately to response_url, with a button to share it. */
    async answerCommand(cmd: SlashCommand, question: string): Promise<void> {
      try {
        const { result, answerId } = await ask(question, []);
        const messages = answerMessages(result, { answerId, question, shareable: true });
        for (const m of messages.slice(0, MAX_RESPONSE_POSTS)) {
          await deps.client.respond(cmd.response_url, { response_type: 'ephemeral', ...m });
        }
      } catch (err) {
        failed('command', err);
        await deps.client
          .respond(cmd.response_url, { response_type: 'ephemeral', ...noticeMessage(SORRY) })
          .catch((e: unknown) => failed('command notice', e));
      }
    },

    /** Mention or DM: reply in the thread (or the DM), using the thread's earlier turns as history. */
    async answerMessage(ev: MessageEvent, question: string): Promise<void> {
      const threadTs = ev.type === 'app_mention' ? (ev.thread_ts ?? ev.ts) : ev.thread_ts;
      const key = `${ev.channel}:${threadTs ?? 'dm'}`;
      const post = (m: ReturnType<typeof noticeMessage>) =>
        deps.client.postMessage({
          channel: ev.channel,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...m,
        });
      try {
        if (!question) {
          await post(noticeMessage(usageText()));
          return;
        }
        if (question.length > LIMITS.questionChars) {
          await post(
            noticeMessage(`That question is longer than ${LIMITS.questionChars} characters.`),
          );
          return;
        }
        const { result, answerId } = await ask(question, await memory.history(key));
        await memory.remember(key, question, result.answer);
        for (const m of answerMessages(result, { answerId })) await post(m);
      } catch (err) {
        failed(ev.type, err);
        await post(noticeMessage(SORRY)).catch((e: unknown) => failed(`${ev.type} notice`, e));
      }
    },

    /** "Share in channel": the stored answer re-posted publicly through the click's response_url. */
    async share(answerId: string, userId: string, responseUrl: string): Promise<void> {
      const stored = answers.get(answerId);
      if (!stored) {
        await deps.client.respond(responseUrl, {
          response_type: 'ephemeral',
          ...noticeMessage(EXPIRED),
        });
        return;
      }
      slackCounters.shares++;
      const messages = answerMessages(stored.result, {
        answerId,
        question: stored.question,
        sharedBy: userId,
      });
      for (const m of messages.slice(0, MAX_RESPONSE_POSTS)) {
        await deps.client.respond(responseUrl, {
          response_type: 'in_channel',
          replace_original: false,
          ...m,
        });
      }
    },
  };
}
