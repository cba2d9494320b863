/** Rebuilds a running assistant's vector index (temp dir, atomic swap) and swaps its retriever in place. */
import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { embeddingProvider } from '../retrieval/embedding-provider.js';
import { indexText } from '../retrieval/index-text.js';
import { Retriever } from '../retrieval/retriever.js';
import { openVectorIndex } from '../retrieval/vector-index.js';
import type { LocalAssistant } from './assistant.js';

export interface ReindexResult {
  ms: number;
  clauses: number;
  /** True when corpus/ no longer matches the clauses being served: a restart picks the new text up. */
  corpusChanged: boolean;
}

/**
 * Requests in flight keep the retriever they started with; the next ones get the new one. The index is built for
 * the clauses being served, so the index and the clause store can never disagree.
 */
export async function reindex(assistant: LocalAssistant, config: Config): Promise<ReindexResult> {
  const started = performance.now();
  const current = assistant.deps.retriever;
  const vectors = await openVectorIndex({
    dataDir: config.dataDir,
    corpusHash: assistant.info.corpusHash,
    entries: current.clauses.map((c) => ({ id: c.id, text: indexText(c) })),
    provider: embeddingProvider(config),
    force: true,
  });
  assistant.deps.retriever = new Retriever(current.clauses, vectors, current.tokenMode);
  let corpusChanged = false;
  try {
    corpusChanged = loadCorpus(config.corpusDir).hash !== assistant.info.corpusHash;
  } catch {
    corpusChanged = true;
  }
  return {
    ms: Math.round(performance.now() - started),
    clauses: current.clauses.length,
    corpusChanged,
  };
}

/** True for the assistant createAssistant builds (fakes in tests have no index to rebuild). */
export function isLocalAssistant(a: object): a is LocalAssistant {
  return 'deps' in a && 'info' in a && 'run' in a;
}
