/**
 * Offline answers remembered by what was asked: the same question with the same history gets the same
 * extractive answer, so it is computed once. People ask a few questions far more than the rest (what a
 * resolution is about, who proposed it), the page and the Slack bot retry, and an answer costs about a
 * millisecond of CPU where a remembered one costs microseconds. Model answers are never remembered: they
 * differ from call to call, and the model's cost is the network, not the CPU.
 *
 * An answer is remembered with the index it came from (the retriever object, which a reindex or a corpus
 * reload replaces): after a rebuild every earlier answer is forgotten, and an answer that was computed
 * while the rebuild ran is not kept.
 */
import { LRUCache } from 'lru-cache';
import { extractiveStream, type LocalAssistant } from './assistant.js';
import type { AskInput, AskOptions, AskResult, AskStreamEvent } from './types.js';

export interface AnswerCacheStats {
  hits: number;
  misses: number;
  readonly size: number;
}

export interface CachedAssistant extends LocalAssistant {
  readonly answerCache: AnswerCacheStats;
}

interface Entry {
  result: AskResult;
  index: object;
}

/** The whole input, in one string: every field of AskInput changes the answer, so every field is in it. */
export function answerCacheKey(input: AskInput): string {
  const { question, history, ...rest } = input;
  // Fails to compile when AskInput gains a field this key does not hold yet.
  const unkeyed: Record<string, never> = rest;
  void unkeyed;
  return JSON.stringify([question, (history ?? []).map((t) => [t.role, t.content])]);
}

export function withAnswerCache(inner: LocalAssistant, maxEntries: number): CachedAssistant {
  const cache = new LRUCache<string, Entry>({
    max: maxEntries,
    // A long question with a long history may be some 10 KB of key; the answers are a few KB each.
    maxSize: maxEntries * 16 * 1024,
    sizeCalculation: (e, key) => key.length * 2 + e.result.answer.length * 2 + 2048,
  });
  const stats = {
    hits: 0,
    misses: 0,
    get size() {
      return cache.size;
    },
  };
  const ask = async (input: AskInput, opts?: AskOptions): Promise<AskResult> => {
    const key = answerCacheKey(input);
    const index = inner.deps.retriever;
    const hit = cache.get(key);
    if (hit && hit.index === index) {
      stats.hits++;
      return hit.result;
    }
    stats.misses++;
    const result = Object.freeze(await inner.ask(input, opts));
    // Answered from the index that was current when the question came, and that still is.
    if (inner.deps.retriever === index) cache.set(key, { result, index });
    return result;
  };
  // Object.create keeps store, deps, info, run and the threads reachable through the prototype.
  const wrapped = Object.create(inner) as LocalAssistant;
  return Object.assign(wrapped, {
    answerCache: stats,
    ask,
    async *askStream(input: AskInput, opts?: AskOptions): AsyncIterable<AskStreamEvent> {
      yield* extractiveStream(await ask(input, opts));
    },
  });
}
