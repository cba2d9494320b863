/** The index lifecycle: a corpus change starts one rebuild; after close() the watcher starts none. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/logger.js';
import { indexLifecycle } from '../../src/server/index-lifecycle.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

const temps: TempAssistant[] = [];
const dirs: string[] = [];
afterAll(() => {
  temps.forEach((t) => t.cleanup());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withCorpusCopy() {
  const corpusDir = mkdtempSync(join(tmpdir(), 'wtsa-lifecycle-'));
  dirs.push(corpusDir);
  cpSync('corpus', corpusDir, { recursive: true });
  const t = await createTempAssistant({ CORPUS_DIR: corpusDir, CORPUS_POLL_MS: '20' });
  temps.push(t);
  const doc = join(corpusDir, 'wtsa20-itu-d-resolutions.zh.txt');
  const logger = createLogger(t.config);
  return {
    t,
    doc,
    lifecycle: indexLifecycle({ assistant: t.assistant, config: t.config, logger }),
  };
}

describe('indexLifecycle', () => {
  it('starts a rebuild when the corpus changes', async () => {
    const { doc, lifecycle } = await withCorpusCopy();
    appendFileSync(doc, '\n');
    await wait(200);
    expect(lifecycle.reindex?.job.trigger).toBe('corpus change');
    lifecycle.close();
    // A rebuild takes seconds; on a busy two-core machine (other test files running) several times that.
    for (let i = 0; i < 600 && lifecycle.reindex?.job.state === 'running'; i++) await wait(100);
    expect(lifecycle.reindex?.job.state).toBe('done');
  }, 90_000);

  it('starts none once closed', async () => {
    const { doc, lifecycle } = await withCorpusCopy();
    lifecycle.close();
    appendFileSync(doc, '\n');
    await wait(200);
    expect(lifecycle.reindex?.job.state).toBe('idle');
  }, 30_000);
});
