/**
 * The offline assistant with its answers computed on worker threads (AnswerThreads). Everything else — the
 * clause store, index info, the pipeline for the eval — is the local assistant's; when no thread can answer,
 * the local assistant does, so a thread problem never reaches the user.
 */
import { extractiveStream, type LocalAssistant } from './assistant.js';
import type { AnswerThreads } from './answer-threads.js';
import type { AskInput, AskOptions, AskResult, AskStreamEvent } from './types.js';

export interface ThreadedAssistant extends LocalAssistant {
  readonly threads: AnswerThreads;
  /** Call after the index on disk was rebuilt, so the threads load it too. */
  reloadAnswerThreads(): void;
}

/** How long a question waits for starting threads before the main thread answers it. */
const STARTING_WAIT_MS = 5_000;

export function withAnswerThreads(
  local: LocalAssistant,
  threads: AnswerThreads,
  log: (message: string) => void = () => undefined,
): ThreadedAssistant {
  const ask = async (input: AskInput, opts?: AskOptions): Promise<AskResult> => {
    // A question that comes while the threads start (about half a second) waits for them: answered here, it
    // would warm this thread's compiled code and caches as well, some 15 MB kept for the process's life.
    if (threads.ready === 0 && threads.starting) await threads.whenAnyReady(STARTING_WAIT_MS);
    if (threads.ready > 0) {
      try {
        return await threads.ask(input);
      } catch (e) {
        log(`answered on the main thread: ${(e as Error).message}`);
      }
    }
    return local.ask(input, opts);
  };
  // Object.create keeps store, deps, info and run reachable through the prototype.
  const wrapped = Object.create(local) as LocalAssistant;
  return Object.assign(wrapped, {
    threads,
    ask,
    async *askStream(input: AskInput, opts?: AskOptions): AsyncIterable<AskStreamEvent> {
      yield* extractiveStream(await ask(input, opts));
    },
    reloadAnswerThreads: () => threads.reload(),
  });
}
