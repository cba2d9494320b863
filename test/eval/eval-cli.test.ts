/** npm run eval from a real process: both splits in one --json line, and exit 2 for bad arguments or a missing split. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { afterAll, describe, expect, it } from 'vitest';
import { evalSummarySchema } from '../../src/eval/summary.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runEval = (args: string[]) => runCli('src/cli/eval.ts', args);

describe('src/cli/eval.ts', () => {
  it('scores the dev and the --test split in one run, one JSON summary line last', async () => {
    // Stand-in splits made of dev cases (every ablation runs on both, so small ones keep this quick):
    // one English, one Chinese and one unanswerable case in the test split, two more in the dev split.
    const lines = readFileSync(join(ROOT, 'evals/cases.jsonl'), 'utf8').trim().split('\n');
    const pick = [
      lines.find((l) => l.includes('"lang":"en"'))!,
      lines.find((l) => l.includes('"lang":"zh"'))!,
      lines.find((l) => l.includes('"answerable":false'))!,
    ];
    const testPath = join(dir, 'test.jsonl');
    const devPath = join(dir, 'dev.jsonl');
    writeFileSync(testPath, `${pick.join('\n')}\n`);
    writeFileSync(
      devPath,
      `${lines
        .filter((l) => !pick.includes(l))
        .slice(0, 2)
        .join('\n')}\n`,
    );
    const r = await runEval(['--json', '--dev', devPath, '--test', testPath]);
    expect(r.code, r.stderr).toBe(0);
    const summary = evalSummarySchema.parse(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
    expect(summary.cases).toBe(2);
    expect(summary.test.cases).toBe(3);
    expect(Object.keys(summary.test.ablations).length).toBeGreaterThan(0);
  });

  it('exits 2 naming a missing test split', async () => {
    const r = await runEval(['--test', join(dir, 'nope.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `eval: the frozen test split ${join(dir, 'nope.jsonl')} does not exist`,
    );
  });

  it('exits 2 with the usage for an unknown argument', async () => {
    const r = await runEval(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("eval: Unknown option '--bogus'");
    expect(r.stderr).toContain('usage: npm run eval -- [--json]');
  });
});
