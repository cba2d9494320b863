/** Request and result shapes shared by every way of asking (HTTP, CLI, Slack, OpenAI-compatible API, eval). */
import type { AskInput, AskResult, Turn } from '../contract/api.js';
import type { Citation } from '../corpus/clause.js';

export type { AskInput, AskResult, Turn };

export interface AskOptions {
  signal?: AbortSignal;
}

/** Events of a streamed answer: the retrieved sources first, then text deltas, then the final result. */
export type AskStreamEvent =
  | { type: 'sources'; sources: Citation[] }
  | { type: 'token'; text: string }
  | { type: 'done'; result: AskResult };

/** What every front door (HTTP, CLI, Slack, OpenAI-compatible API, eval) asks through. */
export interface Assistant {
  readonly store: import('../corpus/corpus-store.js').CorpusStore;
  ask(input: AskInput, opts?: AskOptions): Promise<AskResult>;
  askStream(input: AskInput, opts?: AskOptions): AsyncIterable<AskStreamEvent>;
}
