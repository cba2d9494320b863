/** One model call before retrieval: a follow-up becomes a standalone question, an English one Chinese search terms. */
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import { classifyLlmError, withRetry, type Deadline } from './llm-client.js';
import type { Prompts } from './prompts.js';
import type { Turn } from './types.js';

export interface RewriteInput {
  question: string;
  history?: Turn[];
  signal?: AbortSignal;
  deadline?: Deadline;
}

export interface RewriteResult {
  /** What to search for: the rewrite, or the question itself when skipped or failed. */
  query: string;
  rewritten: boolean;
  /** Why the rewrite failed (timeout, 5xx …); the original question is then used. */
  failure?: string;
}

/** "第44号决议", "决议44", "Resolution 44", "Res. 44": retrieval finds these by number without help. */
const NAMES_RESOLUTION = /第\s*\d+\s*号|决议\s*\d+|\bres(?:olution|\.)?\s*(?:no\.?\s*)?\d+/i;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

function mostlyChinese(s: string): boolean {
  const letters = s.match(LETTER)?.length ?? 0;
  const han = s.match(HAN)?.length ?? 0;
  return letters > 0 && han / letters >= 0.5;
}

/** True when the model call can help: a follow-up (there is history) or a question not written in Chinese. */
export function needsRewrite(question: string, history?: Turn[]): boolean {
  if (NAMES_RESOLUTION.test(question)) return false;
  return Boolean(history?.length) || !mostlyChinese(question);
}

/** The longest rewrite kept; anything longer is the model answering instead of rewriting. */
const MAX_QUERY_CHARS = 300;
const HISTORY_TURNS = 4;
const TURN_CHARS = 500;

export function createQueryRewriter(
  chat: ChatOpenAI,
  prompts: Prompts,
  maxRetries: number,
  newDeadline: (signal?: AbortSignal) => Deadline,
) {
  return async function rewrite(input: RewriteInput): Promise<RewriteResult> {
    const original = { query: input.question, rewritten: false };
    if (!needsRewrite(input.question, input.history)) return original;
    const conversation = (input.history ?? [])
      .slice(-HISTORY_TURNS)
      .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content.slice(0, TURN_CHARS)}`)
      .join('\n');
    const user =
      (conversation ? `Conversation so far:\n"""\n${conversation}\n"""\n\n` : '') +
      `Question:\n"""\n${input.question}\n"""`;
    const deadline = input.deadline ?? newDeadline(input.signal);
    try {
      const reply = await withRetry(
        (signal) =>
          chat.invoke([new SystemMessage(prompts.queryRewrite), new HumanMessage(user)], {
            signal,
          }),
        deadline,
        maxRetries,
      );
      const query = (typeof reply.content === 'string' ? reply.content : '')
        .split('\n')
        .map((l) => l.trim().replace(/^["'“”「」]+|["'“”「」]+$/g, ''))
        .find(Boolean);
      if (!query || query.length > MAX_QUERY_CHARS) return original;
      return { query, rewritten: true };
    } catch (err) {
      return { ...original, failure: classifyLlmError(err, deadline).reason };
    }
  };
}
