/** The real assistant over corpus/, with its index in a fresh temp DATA_DIR (removed by cleanup()). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssistant, type LocalAssistant } from '../../src/answer/assistant.js';
import { loadConfig, type Config } from '../../src/config.js';

export interface TempAssistant {
  assistant: LocalAssistant;
  config: Config;
  dataDir: string;
  cleanup(): void;
}

export async function createTempAssistant(
  env: Record<string, string> = {},
): Promise<TempAssistant> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-test-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
    DATA_DIR: dataDir,
  });
  const assistant = await createAssistant(config);
  return {
    assistant,
    config,
    dataDir,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The questions of evals/cases.jsonl, in file order. */
export function evalQuestions(): string[] {
  return readFileSync('evals/cases.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
}
