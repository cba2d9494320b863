/** One eval run: the assistant (offline or model mode), the naive baseline and the ablations on the same cases. */
import type { LocalAssistant } from '../answer/assistant.js';
import { ABLATIONS } from './ablations.js';
import { aggregate, groupBy, type GroupMetrics, type Metrics } from './aggregate.js';
import { runBaseline } from './baseline.js';
import type { EvalCase } from './cases.js';
import { runSuite, runSuiteLlm } from './run-suite.js';
import type { CaseScore } from './score.js';

/** The `--json` line, exactly these keys. */
export interface EvalSummary {
  cases: number;
  metrics: Metrics;
  baseline: Metrics;
  ablations: Record<string, Metrics>;
  by_category: Record<string, GroupMetrics>;
  by_language: Record<string, GroupMetrics>;
}

/** Everything the tables and the report need; only `summary` is printed as JSON. */
export interface EvalRun {
  mode: 'offline' | 'llm';
  summary: EvalSummary;
  cases: EvalCase[];
  scores: CaseScore[];
  baselineScores: CaseScore[];
  baselineByCategory: Record<string, GroupMetrics>;
  baselineByLanguage: Record<string, GroupMetrics>;
}

export interface EvaluateOptions {
  mode?: 'offline' | 'llm';
  corpusDir: string;
  /** Skip the baseline and the ablations (the floors test needs only the main run). */
  mainOnly?: boolean;
}

export async function evaluate(
  assistant: LocalAssistant,
  cases: EvalCase[],
  opts: EvaluateOptions,
): Promise<EvalRun> {
  const mode = opts.mode ?? 'offline';
  const scores =
    mode === 'llm' ? await runSuiteLlm(assistant, cases) : await runSuite(assistant, cases);
  const baselineScores = opts.mainOnly ? [] : await runBaseline(opts.corpusDir, cases);
  const ablations: Record<string, Metrics> = {};
  if (!opts.mainOnly) {
    for (const a of ABLATIONS)
      ablations[a.name] = aggregate(await runSuite(assistant, cases, a.options));
  }
  return {
    mode,
    summary: {
      cases: cases.length,
      metrics: aggregate(scores),
      baseline: aggregate(baselineScores),
      ablations,
      by_category: groupBy(scores, (s) => s.category),
      by_language: groupBy(scores, (s) => s.lang),
    },
    cases,
    scores,
    baselineScores,
    baselineByCategory: groupBy(baselineScores, (s) => s.category),
    baselineByLanguage: groupBy(baselineScores, (s) => s.lang),
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
