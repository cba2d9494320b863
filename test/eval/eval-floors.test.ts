import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';
import { ABLATIONS } from '../../src/eval/ablations.js';
import { loadCases } from '../../src/eval/cases.js';
import { evaluate, type EvalRun } from '../../src/eval/evaluate.js';
import { checkFloors, floorMessage, loadFloors } from '../../src/eval/floors.js';

const REQUIRED = [
  'answer_accuracy',
  'abstention_accuracy',
  'clause_hit_at_5',
  'resolution_hit_at_1',
  'resolution_hit_at_5',
  'mrr',
  'by_language.en.answer_accuracy',
];

const dataDir = mkdtempSync(join(tmpdir(), 'eval-floors-'));
let run: EvalRun;

beforeAll(async () => {
  // Offline, as `npm run eval` by default: no model, local embeddings, a fresh index.
  const config = loadConfig({ DATA_DIR: dataDir });
  const assistant = await createAssistant(config);
  run = await evaluate(assistant, loadCases('evals/cases.jsonl'), { corpusDir: config.corpusDir });
}, 60_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the eval suite (evals/cases.jsonl) against evals/floors.json', () => {
  it('has a floor for every headline metric', () => {
    expect(Object.keys(loadFloors('evals/floors.json'))).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('stays at or above every floor', () => {
    const results = checkFloors(run.summary, loadFloors('evals/floors.json'));
    const below = results.filter((r) => !r.ok);
    if (below.length) {
      expect.fail(below.map((r) => floorMessage(r, run.scores, run.cases)).join('\n\n'));
    }
    expect(results.every((r) => r.value !== null)).toBe(true);
  });

  it('summarises with exactly the specified keys, baseline and every ablation present', () => {
    const s = run.summary;
    expect(Object.keys(s)).toEqual([
      'cases',
      'metrics',
      'baseline',
      'ablations',
      'by_category',
      'by_language',
    ]);
    expect(s.cases).toBeGreaterThanOrEqual(100);
    const keys = [
      'answer_accuracy',
      'abstention_accuracy',
      'clause_hit_at_5',
      'resolution_hit_at_1',
      'resolution_hit_at_5',
      'mrr',
      'latency_ms_p50',
      'latency_ms_p95',
    ];
    for (const m of [s.metrics, s.baseline, ...Object.values(s.ablations)]) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(keys));
    }
    expect(Object.keys(s.ablations)).toEqual(ABLATIONS.map((a) => a.name));
    // Raw chunks have no clause identity; the baseline retrieves something for every question.
    expect(s.baseline.clause_hit_at_5).toBeNull();
    expect(s.baseline.answer_accuracy).not.toBeNull();
    expect(Object.keys(s.by_language).sort()).toEqual(['en', 'zh']);
  });
});
