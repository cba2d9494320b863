/** Floors per metric (evals/floors.json): a drop below one names the metric, the floor, the value and the failing cases. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GroupMetrics, Metrics } from './aggregate.js';
import type { EvalCase } from './cases.js';
import { describeCase } from './describe.js';
import { failingFor, type EvalSummary } from './evaluate.js';
import type { CaseScore } from './score.js';

/** Keys are metric names of the overall run, or by_language.<lang>.<metric> / by_category.<cat>.<metric>. */
export const floorsSchema = z.record(z.string(), z.number().min(0).max(1));
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

function lookup(
  summary: EvalSummary,
  metric: string,
): { value: number | null; scope?: [string, string] } {
  const parts = metric.split('.');
  if (parts.length === 1)
    return { value: (summary.metrics[parts[0] as keyof Metrics] as number | null) ?? null };
  const [group, key, name] = parts as [string, string, string];
  const table =
    group === 'by_language'
      ? summary.by_language
      : group === 'by_category'
        ? summary.by_category
        : undefined;
  if (!table || parts.length !== 3) throw new Error(`unknown floor metric "${metric}"`);
  const row: GroupMetrics | undefined = table[key];
  return {
    value: (row?.[name as keyof Metrics] as number | null | undefined) ?? null,
    scope: [group, key],
  };
}

export function checkFloors(summary: EvalSummary, floors: Floors): FloorResult[] {
  return Object.entries(floors).map(([metric, floor]) => {
    const { value } = lookup(summary, metric);
    return { metric, floor, value, ok: value !== null && value >= floor };
  });
}

/** The failure message: metric, floor, value, then every case failing that metric now (expected vs got). */
export function floorMessage(r: FloorResult, scores: CaseScore[], cases: EvalCase[]): string {
  const parts = r.metric.split('.');
  const inScope = scores.filter((s) =>
    parts.length === 3 ? (parts[0] === 'by_language' ? s.lang : s.category) === parts[1] : true,
  );
  const byId = new Map(cases.map((c) => [c.id, c]));
  const failing = failingFor(r.metric, inScope);
  const lines = failing.map((s) => `- ${describeCase(byId.get(s.id)!, s)}`);
  return [
    `${r.metric} = ${r.value ?? 'n/a'} is below its floor ${r.floor} (evals/floors.json).`,
    `Cases failing ${r.metric} now (${failing.length}):`,
    ...lines,
  ].join('\n');
}
