/** Runs the eval cases through the assistant's own pipeline (the API's code path) with given options. */
import type { LocalAssistant } from '../answer/assistant.js';
import { DEFAULT_PIPELINE, type PipelineOptions } from '../answer/pipeline.js';
import type { EvalCase } from './cases.js';
import { scoreCase, type CaseScore } from './score.js';

export async function runSuite(
  assistant: LocalAssistant,
  cases: EvalCase[],
  opts: PipelineOptions = DEFAULT_PIPELINE,
): Promise<CaseScore[]> {
  const scores: CaseScore[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const { result, hits } = await assistant.run({ question: c.question, history: c.history }, opts);
    const latency = performance.now() - t0;
    const seen = new Set<string>();
    const ranking = [
      ...result.citations.map((x) => assistant.store.get(x.id)!),
      ...hits.map((h) => h.clause),
    ].filter((x) => x && !seen.has(x.id) && seen.add(x.id));
    scores.push(scoreCase(c, result, ranking, latency));
  }
  return scores;
}
