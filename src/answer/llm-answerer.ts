/** Model-written answers over numbered sources, citations checked in code, any failure turned into the extractive answer. */
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import { toCitation, type Citation, type Clause } from '../corpus/clause.js';
import type { Config } from '../config.js';
import { validateCitations } from './citation-validator.js';
import {
  classifyLlmError,
  createDeadline,
  LlmFailure,
  raceAbort,
  withRetry,
  type Deadline,
} from './llm-client.js';
import { fillTemplate, loadPrompts, type Prompts } from './prompts.js';
import { createQueryRewriter, type RewriteInput, type RewriteResult } from './query-rewriter.js';
import type { AskResult, AskStreamEvent, Turn } from './types.js';

export interface LlmAnswerInput {
  question: string;
  history?: Turn[];
  /** The retrieved sources, numbered [1]…[n] for the model in this order. */
  sources: ReadonlyArray<Clause | Citation>;
  /** The extractive answer, returned (with degraded) whenever the model's answer cannot be used. */
  fallback: AskResult;
  signal?: AbortSignal;
  /** One deadline shared with the query rewrite, so the whole request stays within LLM_TIMEOUT_MS. */
  deadline?: Deadline;
}

export interface LlmAnswerer {
  /** A deadline of LLM_TIMEOUT_MS from now, ended early by the caller's signal. */
  deadline(signal?: AbortSignal): Deadline;
  rewrite(input: RewriteInput): Promise<RewriteResult>;
  answer(input: LlmAnswerInput): Promise<AskResult>;
  stream(input: LlmAnswerInput): AsyncIterable<AskStreamEvent>;
}

/** Earlier turns sent along for follow-ups; older ones cost tokens and rarely matter. */
const HISTORY_TURNS = 6;

/** Strips the delimiter characters so a clause can never close the quoted block early. */
function quoteSafe(s: string): string {
  return s.replace(/<<<|>>>/g, '‹‹‹');
}

export function formatSources(sources: ReadonlyArray<Clause | Citation>): string {
  return sources
    .map((s, i) => {
      const leadIn = 'leadIn' in s && s.leadIn ? `（引语：${quoteSafe(s.leadIn)}）\n` : '';
      return `[${i + 1}] ${quoteSafe(s.label)}\n${leadIn}${quoteSafe(s.text)}`;
    })
    .join('\n\n');
}

export function buildMessages(prompts: Prompts, input: LlmAnswerInput): BaseMessage[] {
  const history = (input.history ?? [])
    .slice(-HISTORY_TURNS)
    .map((t) => (t.role === 'user' ? new HumanMessage(t.content) : new AIMessage(t.content)));
  const user = fillTemplate(prompts.answer, {
    sources: formatSources(input.sources),
    question: input.question,
  });
  return [new SystemMessage(prompts.system), ...history, new HumanMessage(user)];
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((p) => (typeof p === 'string' ? p : p?.type === 'text' ? String(p.text) : ''))
      .join('');
  }
  return '';
}

function degrade(fallback: AskResult, reason: string): AskResult {
  return { ...fallback, mode: 'extractive', degraded: reason };
}

/** Turns the model's text into the final result, or the fallback when no citation survives. */
function finish(text: string, sources: readonly Citation[], fallback: AskResult): AskResult {
  if (!text.trim()) return degrade(fallback, 'empty answer');
  const checked = validateCitations(text, sources);
  if (!checked) return degrade(fallback, 'no valid citation');
  return {
    answer: checked.answer,
    found: true,
    mode: 'llm',
    citations: checked.citations,
    related: [],
    droppedCitations: checked.droppedCitations,
  };
}

function toCitations(sources: ReadonlyArray<Clause | Citation>): Citation[] {
  return sources.map((s) => ('order' in s ? toCitation(s) : s));
}

/** Async because the chat model's module is loaded only now (see chat-model.ts). */
export async function createLlmAnswerer(
  config: Config,
  prompts: Prompts = loadPrompts(),
  models: { chat?: ChatOpenAI; streaming?: ChatOpenAI } = {},
): Promise<LlmAnswerer> {
  const { openai } = config;
  const { createChatModel } = await import('./chat-model.js');
  const chat = models.chat ?? createChatModel(openai);
  const streaming = models.streaming ?? createChatModel(openai, { streaming: true });
  const deadline = (signal?: AbortSignal) => createDeadline(openai.timeoutMs, signal);
  const rewriter = createQueryRewriter(chat, prompts, openai.maxRetries, deadline);

  return {
    deadline,
    rewrite: rewriter,

    async answer(input) {
      const sources = toCitations(input.sources);
      if (sources.length === 0) return input.fallback;
      const dl = input.deadline ?? deadline(input.signal);
      try {
        const messages = buildMessages(prompts, input);
        const reply = await withRetry(
          (signal) => chat.invoke(messages, { signal }),
          dl,
          openai.maxRetries,
        );
        return finish(textOf(reply.content), sources, input.fallback);
      } catch (err) {
        return degrade(input.fallback, classifyLlmError(err, dl).reason);
      }
    },

    async *stream(input) {
      const sources = toCitations(input.sources);
      yield { type: 'sources', sources };
      if (sources.length === 0) {
        yield* extractiveTokens(input.fallback);
        return;
      }
      const dl = input.deadline ?? deadline(input.signal);
      const messages = buildMessages(prompts, input);
      let text = '';
      let finished = false;
      let result: AskResult;
      try {
        // Retries only until the first chunk arrives: after that the user has seen tokens.
        const { iterator, first } = await withRetry(
          async (signal) => {
            const it = (await streaming.stream(messages, { signal }))[Symbol.asyncIterator]();
            return { iterator: it, first: await it.next() };
          },
          dl,
          openai.maxRetries,
        );
        for (let step = first; !step.done; step = await raceAbort(iterator.next(), dl.signal)) {
          const delta = textOf(step.value.content);
          if (step.value.response_metadata?.finish_reason) finished = true;
          if (delta) {
            text += delta;
            yield { type: 'token', text: delta };
          }
        }
        if (dl.signal.aborted)
          throw new LlmFailure(dl.callerSignal?.aborted ? 'request aborted' : 'timeout');
        // A stream that ends without a finish_reason was cut: its text may stop mid-sentence.
        result = finished
          ? finish(text, sources, input.fallback)
          : degrade(input.fallback, 'cut stream');
      } catch (err) {
        const reason = classifyLlmError(err, dl).reason;
        // Once tokens came, a broken body (reset, bad chunk) is a cut stream whatever the error says.
        const cut = text && reason !== 'timeout' && reason !== 'request aborted';
        result = degrade(input.fallback, cut ? 'cut stream' : reason);
      }
      // Nothing streamed yet and the model failed: stream the extractive answer, as offline mode does.
      if (!text && result.mode === 'extractive') return yield* extractiveTokens(result);
      yield { type: 'done', result };
    },
  };
}

/** The extractive answer as a stream: one token with the whole text, then done. */
export async function* extractiveTokens(result: AskResult): AsyncGenerator<AskStreamEvent> {
  if (result.answer) yield { type: 'token', text: result.answer };
  yield { type: 'done', result };
}
