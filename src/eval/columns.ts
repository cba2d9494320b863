/** Which metrics each eval table shows, and how a value and a metric name print (console, Markdown and HTML alike). */
import type { MetricName } from './summary.js';

export const METRIC_COLS: MetricName[] = [
  'answer_accuracy',
  'abstention_accuracy',
  'clause_hit_at_5',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'context_keyword_recall',
  'list_precision',
  'not_found_precision',
  'not_found_recall',
  'latency_ms_p50',
  'latency_ms_p95',
];

/** Model mode adds these. */
export const LLM_COLS: MetricName[] = ['citation_validity', 'grounded_answer_rate'];

/** The columns of the this-project-vs-baseline tables (latency differs in kind, so it stays apart). */
export const VS_COLS: MetricName[] = [
  'answer_accuracy',
  'abstention_accuracy',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'context_keyword_recall',
  'clause_hit_at_5',
];

export const ABLATION_COLS: MetricName[] = [
  'answer_accuracy',
  'abstention_accuracy',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'clause_hit_at_5',
  'not_found_precision',
  'not_found_recall',
  'latency_ms_p50',
];

/** "Not found" is the assistant abstaining: its precision and recall, beside abstention accuracy. */
export const ABSTENTION_COLS: MetricName[] = [
  'abstention_accuracy',
  'not_found_precision',
  'not_found_recall',
];

const LABELS: Partial<Record<MetricName, string>> = {
  not_found_precision: 'abstention precision',
  not_found_recall: 'abstention recall',
};

/** A column heading, e.g. "answer accuracy"; not_found_* read as abstention precision / recall. */
export function label(k: string): string {
  return LABELS[k as MetricName] ?? k.replace(/_/g, ' ');
}

export function fmt(v: number | null | undefined): string {
  return v === null || v === undefined ? '–' : String(v);
}
