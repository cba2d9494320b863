/** npm run ask from a real process: a cited answer, --json, and usage with exit 2 when no question is given. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-ask-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runAsk(args: string[]): Promise<Run> {
  // Offline: no model settings leak in from the developer's shell.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  delete env.CORPUS_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
      cwd: ROOT,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

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
