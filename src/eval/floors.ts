/**
 * Floors per metric (evals/floors.json) for the dev and the frozen test split. A dev drop names the
 * metric, the floor, the value and the failing cases; a test drop names the metric, floor and value only.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvalCase } from './cases.js';
import { describeCase } from './describe.js';
import { failingFor, type EvalRun } from './evaluate.js';
import type { CaseScore } from './score.js';
import { METRIC_NAMES, type EvalSummary, type MetricName, type Metrics } from './summary.js';

const GRAMMAR =
  '[test.]<metric>, [test.]by_language.<lang>.<metric>, [test.]by_category.<category>.<metric>, ' +
  '[test.]ablations.<name>.<metric> or [test.]ablations.<name>.by_language.<lang>.<metric>';

/** Where a floor key points: which split, optionally an ablation, optionally a language or category row. */
export interface FloorPath {
  split: 'dev' | 'test';
  ablation?: string;
  group?: { by: 'by_language' | 'by_category'; key: string };
  metric: MetricName;
}

/**
 * @example parseFloorKey('test.ablations.no_glossary.by_language.en.answer_accuracy')
 * // { split: 'test', ablation: 'no_glossary', group: { by: 'by_language', key: 'en' }, metric: 'answer_accuracy' }
 */
export function parseFloorKey(key: string): FloorPath {
  const parts = key.split('.');
  const split = parts[0] === 'test' ? 'test' : 'dev';
  if (split === 'test') parts.shift();
  const path: Omit<FloorPath, 'metric'> = { split };
  if (parts[0] === 'ablations' && parts.length >= 3) path.ablation = parts.splice(0, 2)[1];
  const by = parts[0];
  // Ablations are grouped by language only.
  if (parts.length === 3 && (by === 'by_language' || (by === 'by_category' && !path.ablation))) {
    path.group = { by, key: parts.splice(0, 2)[1]! };
  }
  const metric = parts[0] as MetricName;
  if (parts.length !== 1 || !METRIC_NAMES.includes(metric)) {
    throw new Error(`unknown floor metric "${key}" (expected ${GRAMMAR})`);
  }
  return { ...path, metric };
}

const floorKeySchema = z.string().superRefine((key, ctx) => {
  try {
    parseFloorKey(key);
  } catch (e) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: (e as Error).message });
  }
});

export const floorsSchema = z.record(floorKeySchema, z.number().min(0).max(1));
export type Floors = z.infer<typeof floorsSchema>;

export function loadFloors(path: string): Floors {
  return floorsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface FloorResult {
  metric: string;
  floor: number;
  value: number | null;
  ok: boolean;
}

function metricsAt(summary: EvalSummary, p: FloorPath): Metrics | undefined {
  const split = p.split === 'test' ? summary.test : summary;
  if (p.ablation) {
    const ablation = split.ablations[p.ablation];
    return p.group ? ablation?.by_language[p.group.key] : ablation;
  }
  return p.group ? split[p.group.by][p.group.key] : split.metrics;
}

export function checkFloors(summary: EvalSummary, floors: Floors): FloorResult[] {
  return Object.entries(floors).map(([metric, floor]) => {
    const p = parseFloorKey(metric);
    const value = metricsAt(summary, p)?.[p.metric] ?? null;
    return { metric, floor, value, ok: value !== null && value >= floor };
  });
}

/** The dev split's per-case results (the test split keeps none). */
export type DevResults = Pick<EvalRun, 'cases' | 'scores' | 'ablationScores'>;

/** The failure message: metric, floor, value, then (dev split only) every case failing that metric now, expected vs got. */
export function floorMessage(r: FloorResult, dev: DevResults): string {
  const p = parseFloorKey(r.metric);
  const head = `${r.metric} = ${r.value ?? 'n/a'} is below its floor ${r.floor} (evals/floors.json)`;
  if (p.split === 'test') return `${head}; the test split is frozen, so its cases are not listed.`;
  const pool: CaseScore[] = p.ablation ? (dev.ablationScores[p.ablation] ?? []) : dev.scores;
  const inScope = p.group
    ? pool.filter((s) => (p.group!.by === 'by_language' ? s.lang : s.category) === p.group!.key)
    : pool;
  const byId = new Map<string, EvalCase>(dev.cases.map((c) => [c.id, c]));
  const failing = failingFor(p.metric, inScope);
  return [
    `${head}.`,
    `Cases failing ${r.metric} now (${failing.length}):`,
    ...failing.map((s) => `- ${describeCase(byId.get(s.id)!, s)}`),
  ].join('\n');
}
