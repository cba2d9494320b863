/** One eval run: the assistant (offline or model mode) and the ablations on the dev and the frozen test split, the naive baseline on dev. */
import type { LocalAssistant } from '../answer/assistant.js';
import { ABLATIONS } from './ablations.js';
import { aggregate, groupBy } from './aggregate.js';
import { runBaseline } from './baseline.js';
import type { EvalCase } from './cases.js';
import { runSuite, runSuiteLlm } from './run-suite.js';
import type { CaseScore } from './score.js';
import type { AblationMetrics, EvalSummary, GroupMetrics, TestSummary } from './summary.js';

/** A split's cases and the file they came from (shown in the tables and the report). */
export interface EvalSplit {
  path: string;
  cases: EvalCase[];
}

/**
 * Everything the tables, the report and the floors need; only `summary` is printed as JSON. Per-case
 * results are kept for the dev split only: the test split leaves nothing but its metrics, so nobody
 * tunes on its cases.
 */
export interface EvalRun {
  mode: 'offline' | 'llm';
  summary: EvalSummary;
  sources: { dev: string; test: string };
  cases: EvalCase[];
  scores: CaseScore[];
  ablationScores: Record<string, CaseScore[]>;
  baselineScores: CaseScore[];
  baselineByCategory: Record<string, GroupMetrics>;
  baselineByLanguage: Record<string, GroupMetrics>;
}

export interface EvaluateOptions {
  mode?: 'offline' | 'llm';
  corpusDir: string;
  /**
   * Run the ablations over the dev split too (default true); without, only over the test split. Over the
   * 3,000-odd dev cases they are most of the eval's time, and a check of the floors needs none of them.
   */
  devAblations?: boolean;
}

const byLanguage = (scores: CaseScore[]) => groupBy(scores, (s) => s.lang);
const byCategory = (scores: CaseScore[]) => groupBy(scores, (s) => s.category);

/** The assistant in the given mode, then every ablation (always the offline pipeline). */
async function runSplit(
  assistant: LocalAssistant,
  cases: EvalCase[],
  mode: EvalRun['mode'],
  ablations = true,
) {
  const scores =
    mode === 'llm' ? await runSuiteLlm(assistant, cases) : await runSuite(assistant, cases);
  const ablationScores: Record<string, CaseScore[]> = {};
  for (const a of ablations ? ABLATIONS : [])
    ablationScores[a.name] = await runSuite(assistant, a.cases?.(cases) ?? cases, a.options);
  return { scores, ablationScores };
}

function summarize(cases: EvalCase[], run: Awaited<ReturnType<typeof runSplit>>): TestSummary {
  const ablations: Record<string, AblationMetrics> = {};
  for (const [name, scores] of Object.entries(run.ablationScores)) {
    ablations[name] = { ...aggregate(scores), by_language: byLanguage(scores) };
  }
  return {
    cases: cases.length,
    metrics: aggregate(run.scores),
    by_language: byLanguage(run.scores),
    by_category: byCategory(run.scores),
    ablations,
  };
}

export async function evaluate(
  assistant: LocalAssistant,
  splits: { dev: EvalSplit; test: EvalSplit },
  opts: EvaluateOptions,
): Promise<EvalRun> {
  const mode = opts.mode ?? 'offline';
  const dev = await runSplit(assistant, splits.dev.cases, mode, opts.devAblations ?? true);
  const devSummary = summarize(splits.dev.cases, dev);
  const test = summarize(splits.test.cases, await runSplit(assistant, splits.test.cases, mode));
  const baselineScores = await runBaseline(opts.corpusDir, splits.dev.cases);
  return {
    mode,
    summary: {
      cases: devSummary.cases,
      metrics: devSummary.metrics,
      baseline: aggregate(baselineScores),
      ablations: devSummary.ablations,
      by_category: devSummary.by_category,
      by_language: devSummary.by_language,
      test,
    },
    sources: { dev: splits.dev.path, test: splits.test.path },
    cases: splits.dev.cases,
    scores: dev.scores,
    ablationScores: dev.ablationScores,
    baselineScores,
    baselineByCategory: byCategory(baselineScores),
    baselineByLanguage: byLanguage(baselineScores),
  };
}

/** Cases that fail a metric now (null = the metric does not apply to the case). */
export function failingFor(metric: string, scores: CaseScore[]): CaseScore[] {
  const base = metric.split('.').at(-1)!;
  const test: Record<string, (s: CaseScore) => boolean> = {
    answer_accuracy: (s) => s.keywordsOk === false,
    abstention_accuracy: (s) => !s.abstentionOk,
    not_found_precision: (s) => !s.found && s.answerable,
    not_found_recall: (s) => s.found && !s.answerable,
    clause_hit_at_5: (s) => s.clauseHit5 === false,
    resolution_hit_at_1: (s) => s.resolutionHit1 === false,
    resolution_hit_at_5: (s) => s.resolutionHit5 === false,
    mrr: (s) => s.reciprocalRank !== null && s.reciprocalRank < 1,
  };
  return scores.filter(test[base] ?? (() => false));
}

/** A case failing any headline metric: what the report lists. */
export function isFailing(s: CaseScore): boolean {
  return (
    s.keywordsOk === false ||
    !s.abstentionOk ||
    s.clauseHit5 === false ||
    s.resolutionHit1 === false
  );
}
