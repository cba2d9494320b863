/**
 * The body of an answering worker thread: its own offline assistant over the persisted index (which the main
 * thread has already built or verified), answering `ask` messages until it is told to reload or is ended.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { collectBuildGarbage } from '../platform/collect-garbage.js';
import { createAssistant, type BuiltIndexes } from './assistant.js';
import type { AskInput, AskResult } from './types.js';

/**
 * The thread's start data: its config, and what the main thread built to read in place (shared, not
 * copied): the dictionary table and the lexical indexes.
 */
export interface ThreadData extends SharedBuilds {
  config: Config;
}

/** What a thread reads in place of building it. */
export interface SharedBuilds {
  dictionary?: SharedArrayBuffer;
  indexes?: BuiltIndexes;
}

export type ToThread =
  { type: 'ask'; id: number; input: AskInput } | ({ type: 'reload' } & SharedBuilds);
export type FromThread =
  | { type: 'ready'; indexesShared: boolean }
  | { type: 'result'; id: number; result: AskResult }
  | { type: 'failed'; id: number; message: string };

const port = parentPort;
if (!port) throw new Error('answer-thread.ts runs as a worker thread');
const { config, dictionary, indexes } = (workerData as { data: ThreadData }).data;

let assistant = await createAssistant(config, {
  sharedDictionary: dictionary,
  sharedIndexes: indexes,
});
collectBuildGarbage();
let reloading: Promise<void> | null = null;
const send = (m: FromThread) => port.postMessage(m);

port.on('message', (m: ToThread) => {
  if (m.type === 'reload') {
    // Questions that arrive meanwhile wait for the new index rather than read a half-swapped one.
    reloading = createAssistant(config, {
      sharedDictionary: m.dictionary,
      sharedIndexes: m.indexes,
    }).then((fresh) => {
      assistant = fresh;
      reloading = null;
      collectBuildGarbage();
      send({ type: 'ready', indexesShared: fresh.info.indexesShared });
    });
    return;
  }
  void (async () => {
    try {
      if (reloading) await reloading;
      send({ type: 'result', id: m.id, result: await assistant.ask(m.input) });
    } catch (e) {
      send({ type: 'failed', id: m.id, message: (e as Error).message });
    }
  })();
});
send({ type: 'ready', indexesShared: assistant.info.indexesShared });
