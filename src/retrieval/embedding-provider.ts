/** Which embeddings the vector index uses: local hashed n-grams (default, offline) or an OpenAI-compatible server. */
import type { EmbeddingsInterface as Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { HashedNgramEmbeddings, type HashedEmbeddingsState } from './hashed-embeddings.js';

export interface EmbeddingProvider {
  /** Each embedding model gets its own index folder, named by this key. */
  readonly key: string;
  /** Embeddings for a fresh build; may learn from the corpus texts. */
  forBuild(texts: string[]): Embeddings;
  /** State to save beside the index (local embeddings keep their IDF), or null. */
  stateOf(embeddings: Embeddings): unknown;
  /** Embeddings for a saved index, from the state saved with it. */
  restore(state: unknown): Embeddings;
}

export const LOCAL_DIMENSIONS = 512;

export function localProvider(dimensions = LOCAL_DIMENSIONS): EmbeddingProvider {
  return {
    key: `local-hashed-ngrams-v1-${dimensions}`,
    forBuild: (texts) => new HashedNgramEmbeddings(dimensions).fit(texts),
    stateOf: (e) => (e as HashedNgramEmbeddings).toState(),
    restore: (state) => HashedNgramEmbeddings.fromState(state as HashedEmbeddingsState),
  };
}

/** Async: @langchain/openai (about 16 MB in every thread) is loaded only when these embeddings are configured. */
export async function openaiProvider(config: Config): Promise<EmbeddingProvider> {
  const { OpenAIEmbeddings } = await import('@langchain/openai');
  const { apiKey, baseURL, embeddingModel, timeoutMs, maxRetries } = config.openai;
  const make = () =>
    new OpenAIEmbeddings({
      model: embeddingModel,
      // Local servers (Ollama, llama.cpp …) need no key, but the client insists on one.
      apiKey: apiKey ?? 'not-needed',
      configuration: baseURL ? { baseURL } : undefined,
      // Servers that answer with float arrays give empty vectors when asked for base64.
      encodingFormat: 'float',
      timeout: timeoutMs,
      maxRetries,
    });
  return {
    key: `openai-${embeddingModel.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    forBuild: () => make(),
    stateOf: () => null,
    restore: () => make(),
  };
}

export async function embeddingProvider(config: Config): Promise<EmbeddingProvider> {
  return config.embeddings === 'openai' ? openaiProvider(config) : localProvider();
}
