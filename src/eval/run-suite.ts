/** Runs the eval cases through the assistant's own code path (offline pipeline or model mode) and scores them. */
import type { LocalAssistant } from '../answer/assistant.js';
import { DEFAULT_PIPELINE, type PipelineOptions } from '../answer/pipeline.js';
import type { AskResult } from '../answer/types.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Clause } from '../corpus/clause.js';
import type { Hit } from '../retrieval/retriever.js';
import type { EvalCase } from './cases.js';
import { scoreCase, type CaseScore } from './score.js';

/** What the answer cites first, then the rest of what retrieval ranked, each clause once. */
function rankingOf(assistant: LocalAssistant, result: AskResult, hits: Hit[]): Clause[] {
  const seen = new Set<string>();
  const cited = result.citations
    .map((x) => assistant.store.get(x.id))
    .filter((c): c is Clause => Boolean(c));
  return [...cited, ...hits.map((h) => h.clause)].filter(
    (c) => !seen.has(c.id) && Boolean(seen.add(c.id)),
  );
}

/** Cases answered between two turns of the event loop. */
const YIELD_EVERY = 100;

/** Offline mode: `assistant.run` with explicit pipeline options (the ablations vary them). */
export async function runSuite(
  assistant: LocalAssistant,
  cases: EvalCase[],
  opts: PipelineOptions = DEFAULT_PIPELINE,
): Promise<CaseScore[]> {
  const scores: CaseScore[] = [];
  for (const [i, c] of cases.entries()) {
    // The offline pipeline answers without I/O, so its awaits resolve as microtasks and the loop would
    // hold the event loop for the whole split (a minute and more over the dev cases): timers and RPCs
    // (a test worker's reports to its runner) wait till the end. Every so many cases, a turn for them.
    if (i > 0 && i % YIELD_EVERY === 0) await nextTurn();
    const t0 = performance.now();
    const { result, hits } = await assistant.run(
      { question: c.question, history: c.history },
      opts,
    );
    const latency = performance.now() - t0;
    const ranking = rankingOf(assistant, result, hits);
    scores.push(
      scoreCase(
        c,
        result,
        ranking,
        latency,
        ranking.map((x) => x.text),
      ),
    );
  }
  return scores;
}

/**
 * Model mode: `assistant.ask` (what the API calls when a model is configured). The hits of the same
 * question from `assistant.run` define "retrieved" for citation validity.
 */
export async function runSuiteLlm(
  assistant: LocalAssistant,
  cases: EvalCase[],
): Promise<CaseScore[]> {
  const scores: CaseScore[] = [];
  for (const c of cases) {
    const input = { question: c.question, history: c.history };
    const t0 = performance.now();
    const result = await assistant.ask(input);
    const latency = performance.now() - t0;
    const offline = await assistant.run(input);
    const retrieved = new Set([
      ...offline.hits.map((h) => h.clause.id),
      ...offline.result.citations.map((x) => x.id),
    ]);
    const ids = result.citations.map((x) => x.id);
    const valid = ids.filter((id) => assistant.store.get(id) && retrieved.has(id)).length;
    const ranking = rankingOf(assistant, result, offline.hits);
    const score = scoreCase(
      c,
      result,
      ranking,
      latency,
      ranking.map((x) => x.text),
    );
    scores.push({ ...score, citationCheck: { valid, total: ids.length } });
  }
  return scores;
}
