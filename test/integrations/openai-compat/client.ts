/** The official OpenAI SDK wired to the app in memory: requests go through app.request, no port opened. */
import OpenAI from 'openai';
import type { Assistant } from '../../../src/answer/types.js';
import { loadConfig } from '../../../src/config.js';
import { createApp } from '../../../src/server/app.js';
import type { Logger } from '../../../src/server/logger.js';

export function makeApp(assistant: Assistant, env: Record<string, string> = {}, logger?: Logger) {
  return createApp({ config: loadConfig(env), assistant, logger });
}

export function clientFor(app: ReturnType<typeof createApp>, apiKey = 'x') {
  return new OpenAI({
    apiKey,
    baseURL: 'http://localhost/v1',
    maxRetries: 0,
    fetch: async (url, init) => app.request(url, init),
  });
}

/** A streamed completion read to the end: its content deltas, and the final chunk (finish_reason "stop"). */
export async function collectStream(stream: AsyncIterable<OpenAI.ChatCompletionChunk>) {
  const deltas: string[] = [];
  let final: unknown;
  for await (const chunk of stream) {
    const d = chunk.choices[0]?.delta.content;
    if (d) deltas.push(d);
    if (chunk.choices[0]?.finish_reason === 'stop') final = chunk;
  }
  return { deltas, final };
}
