/**
 * The chat model of any OpenAI-compatible server (LangChain's ChatOpenAI). Its own module, loaded only when a
 * model is configured: @langchain/openai costs about 16 MB in every thread that imports it.
 */
import { ChatOpenAI } from '@langchain/openai';
import type { OpenAiConfig } from './llm-client.js';

/** Local servers (Ollama, llama.cpp, LM Studio) ignore the key, but the client refuses to start without one. */
const PLACEHOLDER_KEY = 'not-needed';

/**
 * Builds the chat model. Retries are ours (withRetry), not LangChain's or the SDK's: theirs
 * sleep without watching the abort signal and may wait past the deadline.
 */
export function createChatModel(
  openai: OpenAiConfig,
  opts: { streaming?: boolean } = {},
): ChatOpenAI {
  return new ChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey ?? PLACEHOLDER_KEY,
    configuration: { baseURL: openai.baseURL, maxRetries: 0 },
    timeout: openai.timeoutMs,
    maxRetries: 0,
    streaming: opts.streaming ?? false,
    temperature: 0,
  });
}
