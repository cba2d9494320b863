/** Request and result shapes shared by every way of asking (HTTP, CLI, Slack, OpenAI-compatible API, eval). */
import type { Citation } from '../corpus/clause.js';

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AskInput {
  question: string;
  history?: Turn[];
}

export interface AskResult {
  answer: string;
  /** False when the document does not answer the question. */
  found: boolean;
  mode: 'extractive' | 'llm';
  /** In the order the answer uses them; the answer marks them [1], [2] … */
  citations: Citation[];
  /** Closest clauses when found is false: shown as related, never as the answer. */
  related: Citation[];
  /** Why a model answer fell back to the extractive one (timeout, 5xx, no valid citation …). */
  degraded?: string;
  /** Citation numbers the model used that matched no source and were removed. */
  droppedCitations?: number;
}

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
