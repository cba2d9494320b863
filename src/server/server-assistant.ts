/**
 * The assistant as the server runs it: the local offline assistant, answering on worker threads when
 * ANSWER_THREADS (default: one per spare core) allows and no model writes the answers (model answers wait on
 * the network, not the CPU), and remembering offline answers (ANSWER_CACHE_SIZE). main.ts and the bench both build it here, so the bench measures what runs.
 */
import { withAnswerCache } from '../answer/answer-cache.js';
import { AnswerThreads } from '../answer/answer-threads.js';
import { createAssistant, type LocalAssistant } from '../answer/assistant.js';
import { withAnswerThreads } from '../answer/threaded-assistant.js';
import type { Config } from '../config.js';

export interface ServerAssistant {
  assistant: LocalAssistant;
  threads: AnswerThreads | null;
  close(): Promise<void>;
}

export async function createServerAssistant(
  config: Config,
  log: (message: string) => void = () => undefined,
): Promise<ServerAssistant> {
  // Built (or verified) here first, so the threads only ever load a complete index.
  const local = await createAssistant(config);
  // Model answers are neither cached nor threaded: they wait on the network, and differ call to call.
  const cached = (a: LocalAssistant) =>
    config.openai.enabled || config.answerCacheSize === 0
      ? a
      : withAnswerCache(a, config.answerCacheSize);
  if (config.openai.enabled || config.answerThreads === 0) {
    return { assistant: cached(local), threads: null, close: async () => undefined };
  }
  const threads = new AnswerThreads({
    config,
    threads: config.answerThreads,
    log,
    shared: () => ({ dictionary: local.sharedDictionary, indexes: local.sharedIndexes }),
  });
  return {
    assistant: cached(withAnswerThreads(local, threads, log)),
    threads,
    close: () => threads.close(),
  };
}
