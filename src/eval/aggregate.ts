/** Turns case scores into the metrics the eval prints and the floors check. */
import type { CaseScore } from './score.js';

export interface Metrics {
  cases: number;
  answer_accuracy: number | null;
  abstention_accuracy: number | null;
  not_found_precision: number | null;
  not_found_recall: number | null;
  clause_hit_at_5: number | null;
  resolution_hit_at_1: number | null;
  resolution_hit_at_5: number | null;
  mrr: number | null;
  latency_ms_p50: number | null;
  latency_ms_p95: number | null;
}

function mean(xs: (boolean | number | null)[]): number | null {
  const vals = xs.filter((x): x is boolean | number => x !== null).map(Number);
  return vals.length ? round(vals.reduce((a, b) => a + b, 0) / vals.length) : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, idx)]!);
}

export function aggregate(scores: CaseScore[]): Metrics {
  const saidNotFound = scores.filter((s) => !s.found);
  const unanswerable = scores.filter((s) => !s.answerable);
  return {
    cases: scores.length,
    answer_accuracy: mean(scores.map((s) => s.keywordsOk)),
    abstention_accuracy: mean(scores.map((s) => s.abstentionOk)),
    not_found_precision: saidNotFound.length ? mean(saidNotFound.map((s) => !s.answerable)) : null,
    not_found_recall: unanswerable.length ? mean(unanswerable.map((s) => !s.found)) : null,
    clause_hit_at_5: mean(scores.map((s) => s.clauseHit5)),
    resolution_hit_at_1: mean(scores.map((s) => s.resolutionHit1)),
    resolution_hit_at_5: mean(scores.map((s) => s.resolutionHit5)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    latency_ms_p50: percentile(scores.map((s) => s.latencyMs), 50),
    latency_ms_p95: percentile(scores.map((s) => s.latencyMs), 95),
  };
}

export function groupBy(scores: CaseScore[], key: (s: CaseScore) => string): Record<string, Metrics> {
  const groups = new Map<string, CaseScore[]>();
  for (const s of scores) {
    const k = key(s);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, aggregate(v)]));
}
