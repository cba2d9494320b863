/** Turns case scores into the metrics the eval prints and the floors check. */
import type { CaseScore } from './score.js';
import type { GroupMetrics, Metrics } from './summary.js';

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Mean of the values that apply (null = does not apply); null when none applies. */
export function mean(xs: (boolean | number | null)[]): number | null {
  const vals = xs.filter((x): x is boolean | number => x !== null).map(Number);
  return vals.length ? round(vals.reduce((a, b) => a + b, 0) / vals.length) : null;
}

/** Nearest-rank percentile (p in 0..100); null for no values. */
export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, idx)]!);
}

function citationMetrics(
  scores: CaseScore[],
): Pick<Metrics, 'citation_validity' | 'grounded_answer_rate'> {
  const checked = scores.filter((s) => s.citationCheck);
  if (!checked.length) return {};
  const total = checked.reduce((a, s) => a + s.citationCheck!.total, 0);
  const valid = checked.reduce((a, s) => a + s.citationCheck!.valid, 0);
  const found = checked.filter((s) => s.found);
  return {
    citation_validity: total ? round(valid / total) : null,
    grounded_answer_rate: mean(found.map((s) => s.citationCheck!.valid > 0)),
  };
}

export function aggregate(scores: CaseScore[]): Metrics {
  const saidNotFound = scores.filter((s) => !s.found);
  const unanswerable = scores.filter((s) => !s.answerable);
  const latencies = scores.map((s) => s.latencyMs);
  return {
    answer_accuracy: mean(scores.map((s) => s.keywordsOk)),
    abstention_accuracy: mean(scores.map((s) => s.abstentionOk)),
    clause_hit_at_5: mean(scores.map((s) => s.clauseHit5)),
    resolution_hit_at_1: mean(scores.map((s) => s.resolutionHit1)),
    resolution_hit_at_5: mean(scores.map((s) => s.resolutionHit5)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    latency_ms_p50: percentile(latencies, 50),
    latency_ms_p95: percentile(latencies, 95),
    not_found_precision: mean(saidNotFound.map((s) => !s.answerable)),
    not_found_recall: mean(unanswerable.map((s) => !s.found)),
    context_keyword_recall: mean(scores.map((s) => s.contextRecall)),
    list_precision: mean(scores.map((s) => s.listPrecision)),
    ...citationMetrics(scores),
  };
}

export function groupBy(
  scores: CaseScore[],
  key: (s: CaseScore) => string,
): Record<string, GroupMetrics> {
  const groups = new Map<string, CaseScore[]>();
  for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, { cases: v.length, ...aggregate(v) }]),
  );
}
