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
  /** True when corpus/ no longer matched the clauses being served: they were read again and are now served. */
  corpusChanged: boolean;
}

/** The corpus on disk differs from the one being served (a corpus that cannot be read is not a change). */
export function corpusChangedOnDisk(assistant: LocalAssistant, config: Config): boolean {
  try {
    return loadCorpus(config.corpusDir).hash !== assistant.info.corpusHash;
  } catch {
    return false;
  }
}

/**
 * Requests in flight keep the retriever (or, after a corpus change, the whole state) they started with; the
 * next ones get the new one. Without a corpus change the index is rebuilt for the clauses being served, so
 * the index and the clause store can never disagree.
 */
export async function reindex(assistant: LocalAssistant, config: Config): Promise<ReindexResult> {
  const started = performance.now();
  const corpusChanged = corpusChangedOnDisk(assistant, config);
  if (corpusChanged) {
    await assistant.reload();
  } else {
    const current = assistant.deps.retriever;
    const vectors = await openVectorIndex({
      dataDir: config.dataDir,
      corpusHash: assistant.info.corpusHash,
      entries: current.clauses.map((c) => ({ id: c.id, text: indexText(c) })),
      provider: await embeddingProvider(config),
      force: true,
    });
    assistant.deps.retriever = new Retriever(
      current.clauses,
      vectors,
      current.tokenMode,
      current.questions,
    );
  }
  return {
    ms: Math.round(performance.now() - started),
    clauses: assistant.info.clauses,
    corpusChanged,
  };
}

/** True for the assistant createAssistant builds (fakes in tests have no index to rebuild). */
export function isLocalAssistant(a: object): a is LocalAssistant {
  return 'deps' in a && 'info' in a && 'run' in a;
}
