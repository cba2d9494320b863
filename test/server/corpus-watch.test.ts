import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus } from '../../src/server/corpus-watch.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wtsa-watch-'));
  writeFileSync(join(dir, 'doc.txt'), 'one');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('watchCorpus', () => {
  it('says nothing while the folder is unchanged, once when a file changes, and for a new file', async () => {
    const dir = folder();
    let calls = 0;
    cleanups.push(watchCorpus(dir, 10, () => (calls++, true)));
    await wait(60);
    expect(calls).toBe(0);
    writeFileSync(join(dir, 'doc.txt'), 'one, edited');
    await wait(60);
    expect(calls).toBe(1);
    writeFileSync(join(dir, 'other.txt'), 'two');
    await wait(60);
    expect(calls).toBe(2);
  });

  it('offers a change again until it is taken (a rebuild was already running)', async () => {
    const dir = folder();
    const answers = [false, false, true];
    let calls = 0;
    cleanups.push(watchCorpus(dir, 10, () => answers[calls++] ?? true));
    writeFileSync(join(dir, 'doc.txt'), 'changed');
    await wait(120);
    expect(calls).toBe(3);
  });
});
