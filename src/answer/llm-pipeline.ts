/** The model path of the assistant: rewrite, retrieve, let the model write over numbered sources, fall back to the extractive answer. */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { extractiveTokens, type LlmAnswerer, type LlmAnswerInput } from './llm-answerer.js';
import type { PipelineRun } from './pipeline.js';
import type { AskInput, AskOptions, AskResult, AskStreamEvent } from './types.js';

/** Sources shown to the model: the extractive answer's clauses first, then the best other hits. */
const MAX_SOURCES = 10;

export interface LlmPipelineDeps {
  llm: LlmAnswerer;
  store: CorpusStore;
  /** The offline pipeline (retrieval + extractive answer). */
  run: (input: AskInput) => Promise<PipelineRun>;
}

type Prepared = { kind: 'extractive'; result: AskResult } | { kind: 'llm'; input: LlmAnswerInput };

function sourcesOf(run: PipelineRun, store: CorpusStore): Clause[] {
  const cited = run.result.citations
    .map((c) => store.get(c.id))
    .filter((c): c is Clause => Boolean(c));
  const seen = new Set<string>();
  const all = [...cited, ...run.hits.map((h) => h.clause)].filter(
    (c) => !seen.has(c.id) && seen.add(c.id),
  );
  return all.slice(0, Math.max(MAX_SOURCES, cited.length));
}

/**
 * The extractive answer of the question as asked is the fallback (unchanged from offline mode).
 * When the rewrite changed the question, retrieval for the model uses the rewrite. When the offline
 * pipeline abstains on both, the model is not asked: abstaining stays a decision made in code.
 */
async function prepare(
  deps: LlmPipelineDeps,
  input: AskInput,
  opts?: AskOptions,
): Promise<Prepared> {
  const deadline = deps.llm.deadline(opts?.signal);
  const [rewrite, original] = await Promise.all([
    deps.llm.rewrite({ question: input.question, history: input.history, deadline }),
    deps.run(input),
  ]);
  // The rewrite is standalone: the history is already folded into it.
  const forModel = rewrite.rewritten ? await deps.run({ question: rewrite.query }) : original;
  if (!original.result.found && !forModel.result.found)
    return { kind: 'extractive', result: original.result };
  const run = forModel.result.found ? forModel : original;
  return {
    kind: 'llm',
    input: {
      question: input.question,
      history: input.history,
      sources: sourcesOf(run, deps.store),
      fallback: original.result,
      signal: opts?.signal,
      deadline,
    },
  };
}

export async function llmAsk(
  deps: LlmPipelineDeps,
  input: AskInput,
  opts?: AskOptions,
): Promise<AskResult> {
  const prepared = await prepare(deps, input, opts);
  return prepared.kind === 'llm' ? deps.llm.answer(prepared.input) : prepared.result;
}

export async function* llmAskStream(
  deps: LlmPipelineDeps,
  input: AskInput,
  opts?: AskOptions,
): AsyncIterable<AskStreamEvent> {
  const prepared = await prepare(deps, input, opts);
  if (prepared.kind === 'llm') {
    yield* deps.llm.stream(prepared.input);
    return;
  }
  const { result } = prepared;
  yield { type: 'sources', sources: result.citations.length ? result.citations : result.related };
  yield* extractiveTokens(result);
}
