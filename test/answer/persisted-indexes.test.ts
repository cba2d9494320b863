/**
 * A restart reads the lexical indexes as saved (DATA_DIR/index/lexical) instead of building them, and answers
 * as the start that built them did; saved indexes that fail their hash are built again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';

const dataDir = mkdtempSync(join(tmpdir(), 'persisted-indexes-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const config = loadConfig({ DATA_DIR: dataDir });

const QUESTIONS = [
  'Which resolution is about international mobile roaming?',
  '第44号决议对口译有什么要求？',
  '有没有关于风筝比赛的决议？',
];

async function answersOf(a: Awaited<ReturnType<typeof createAssistant>>) {
  const out: string[] = [];
  for (const question of QUESTIONS) {
    const r = await a.ask({ question });
    out.push(`${r.found} ${r.citations.map((c) => c.id).join(',')} ${r.answer}`);
  }
  return out;
}

describe('the lexical indexes across restarts', () => {
  it('are built and saved at the first start, read as saved at the next, with the same answers', async () => {
    const first = await createAssistant(config);
    expect(first.info.lexicalRebuilt).toBe('missing');
    const before = await answersOf(first);

    const second = await createAssistant(config);
    expect(second.info.lexicalRebuilt).toBeNull();
    expect(await answersOf(second)).toEqual(before);

    // A saved file that no longer matches its hash is never read: the indexes are built again.
    const file = join(dataDir, 'index', 'lexical', 'clauses.bin');
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(file, bytes);
    const third = await createAssistant(config);
    expect(third.info.lexicalRebuilt).toBe('corrupt: clauses does not match its hash');
    expect(await answersOf(third)).toEqual(before);
    expect((await createAssistant(config)).info.lexicalRebuilt).toBeNull();
  }, 120_000);
});
