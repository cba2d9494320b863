/**
 * The index's life while the server runs: the assistant builds or verifies it at start (createAssistant);
 * from then on one rebuild at a time, started by POST /admin/reindex or by a change in CORPUS_DIR, reloads
 * it (and the answering threads' copies) while answers continue. close() stops the corpus watcher.
 */
import { isLocalAssistant, reindex } from '../answer/reindex.js';
import type { Assistant } from '../answer/types.js';
import type { Config } from '../config.js';
import { watchCorpus } from './corpus-watch.js';
import type { Logger } from './logger.js';
import { reindexRunner, type ReindexRunner } from './reindex-job.js';

export interface IndexLifecycleDeps {
  assistant: Assistant;
  config: Config;
  logger: Logger;
}

export interface IndexLifecycle {
  /** Absent when the assistant has no local index (a stand-in in tests, a remote one). */
  readonly reindex?: ReindexRunner;
  /** Stops watching the corpus; a rebuild already running finishes on its own. */
  close(): void;
}

export function indexLifecycle({ assistant, config, logger }: IndexLifecycleDeps): IndexLifecycle {
  if (!isLocalAssistant(assistant)) return { close: () => undefined };
  const runner = reindexRunner(async () => {
    const result = await reindex(assistant, config);
    // Answering threads hold their own copy of the index: they load the new one.
    (assistant as { reloadAnswerThreads?: () => void }).reloadAnswerThreads?.();
    return result;
  }, logger);
  const stopWatching =
    config.corpusPollMs > 0
      ? watchCorpus(config.corpusDir, config.corpusPollMs, () => runner.start('corpus change'))
      : () => undefined;
  return { reindex: runner, close: stopWatching };
}
