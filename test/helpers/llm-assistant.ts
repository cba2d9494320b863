/** An Assistant whose answers the LLM answerer writes over a fake assistant's extractive ones, for tests before/aside the real pipeline. */
import type { LlmAnswerer } from '../../src/answer/llm-answerer.js';
import type { Assistant, AskStreamEvent } from '../../src/answer/types.js';
import type { Clause } from '../../src/corpus/clause.js';

/** The fake's citations (or the given clauses) are the numbered sources; its answer is the fallback. */
export function withLlm(base: Assistant, llm: LlmAnswerer, sources?: Clause[]): Assistant {
  return {
    store: base.store,
    async ask(input, opts) {
      const fallback = await base.ask(input, opts);
      return llm.answer({
        ...input,
        sources: sources ?? fallback.citations,
        fallback,
        signal: opts?.signal,
      });
    },
    async *askStream(input, opts): AsyncIterable<AskStreamEvent> {
      const fallback = await base.ask(input, opts);
      yield* llm.stream({
        ...input,
        sources: sources ?? fallback.citations,
        fallback,
        signal: opts?.signal,
      });
    },
  };
}
