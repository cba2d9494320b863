import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createServerAssistant } from '../../src/server/server-assistant.js';

const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-server-assistant-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const build = (env: Record<string, string>) =>
  createServerAssistant(
    loadConfig({ LOG_LEVEL: 'silent', ANSWER_THREADS: '0', ...env, DATA_DIR: dataDir }),
  );

describe('createServerAssistant', () => {
  it('remembers offline answers by default', async () => {
    const { assistant, close } = await build({});
    const input = { question: 'What does Resolution 44 resolve?' };
    const first = await assistant.ask(input);
    expect(await assistant.ask(input)).toBe(first);
    expect(assistant).toHaveProperty('answerCache.hits', 1);
    await close();
  }, 60_000);

  it('answers every question afresh with ANSWER_CACHE_SIZE=0', async () => {
    const { assistant, close } = await build({ ANSWER_CACHE_SIZE: '0' });
    expect(assistant).not.toHaveProperty('answerCache');
    const input = { question: 'What does Resolution 44 resolve?' };
    const first = await assistant.ask(input);
    const second = await assistant.ask(input);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    await close();
  }, 60_000);

  it('never remembers what a model wrote', async () => {
    // No question is asked: building the assistant reaches no server.
    const { assistant, close } = await build({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(assistant).not.toHaveProperty('answerCache');
    await close();
  }, 60_000);
});
