/** npm run ask from a real process: a cited answer, --json, and usage with exit 2 when no question is given. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-ask-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const runAsk = (args: string[]) => runCli('src/cli/ask.ts', args, { DATA_DIR: dataDir });

describe('src/cli/ask.ts', () => {
  it('prints a cited answer and exits 0', async () => {
    const r = await runAsk(['第100号决议是关于什么的？']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('第100号决议');
    expect(r.stdout).toMatch(
      /^\s+\[1\] 第100号决议 .+\(wtsa20-itu-d-resolutions\.r100\.[a-z0-9.-]+\)$/m,
    );
    expect(r.stdout).toContain('mode: extractive');
  });

  it('prints the result as JSON with --json', async () => {
    const r = await runAsk(['第100号决议是关于什么的？', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as AskResult;
    expect(result.found).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations[0]!.resolution).toBe(100);
  });

  it('prints usage on stderr and exits 2 without a question', async () => {
    const r = await runAsk([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });
});
