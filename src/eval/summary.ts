/** The shape of the `--json` summary line as zod schemas: the metrics, the dev split's keys and the frozen test split's. */
import { z } from 'zod';

const rate = z.number().nullable();

const metricsSchema = z.object({
  answer_accuracy: rate,
  abstention_accuracy: rate,
  clause_hit_at_5: rate,
  resolution_hit_at_1: rate,
  resolution_hit_at_5: rate,
  mrr: rate,
  latency_ms_p50: rate,
  latency_ms_p95: rate,
  not_found_precision: rate,
  not_found_recall: rate,
  context_keyword_recall: rate,
  /** Cases expecting several resolutions: the share of the cited resolutions that are expected. */
  list_precision: rate.optional(),
  /** Model mode only. */
  citation_validity: rate.optional(),
  grounded_answer_rate: rate.optional(),
});

/** Metrics of a slice of the cases (a category or a language), with its size. */
const groupMetricsSchema = metricsSchema.extend({ cases: z.number().int() });

/** An ablation's overall metrics, plus per language (floors such as `ablations.no_glossary.by_language.en.…`). */
const ablationMetricsSchema = metricsSchema.extend({
  by_language: z.record(z.string(), groupMetricsSchema),
});

/** The frozen test split: metrics only, never per-case results. */
const testSummarySchema = z.object({
  cases: z.number().int(),
  metrics: metricsSchema,
  by_language: z.record(z.string(), groupMetricsSchema),
  by_category: z.record(z.string(), groupMetricsSchema),
  ablations: z.record(z.string(), ablationMetricsSchema),
});

/** The `--json` line: the dev split's keys at the top level (as before the test split existed), then `test`. */
export const evalSummarySchema = z.object({
  cases: z.number().int(),
  metrics: metricsSchema,
  baseline: metricsSchema,
  ablations: z.record(z.string(), ablationMetricsSchema),
  by_category: z.record(z.string(), groupMetricsSchema),
  by_language: z.record(z.string(), groupMetricsSchema),
  test: testSummarySchema,
});

export type Metrics = z.infer<typeof metricsSchema>;
export type MetricName = keyof Metrics;
export type GroupMetrics = z.infer<typeof groupMetricsSchema>;
export type AblationMetrics = z.infer<typeof ablationMetricsSchema>;
export type TestSummary = z.infer<typeof testSummarySchema>;
export type EvalSummary = z.infer<typeof evalSummarySchema>;

export const METRIC_NAMES: readonly MetricName[] = metricsSchema.keyof().options;
