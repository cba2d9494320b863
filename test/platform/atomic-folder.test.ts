import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readManifest, writeFolderAtomically } from '../../src/platform/atomic-folder.js';

const root = mkdtempSync(join(tmpdir(), 'atomic-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'store');
const schema = z.object({ version: z.literal(1) });

describe('writeFolderAtomically / readManifest', () => {
  it('says "missing" before anything is written, then reads the manifest written last', async () => {
    expect(await readManifest(dir, schema)).toBe('missing');
    await writeFolderAtomically(dir, (tmp) => writeFile(join(tmp, 'a.bin'), 'one'), { version: 1 });
    expect(await readManifest(dir, schema)).toEqual({ version: 1 });
    expect(readFileSync(join(dir, 'a.bin'), 'utf8')).toBe('one');
  });

  it('leaves the folder as it was, and no temp folder, when writing fails', async () => {
    const failing = writeFolderAtomically(
      dir,
      async (tmp) => {
        await writeFile(join(tmp, 'a.bin'), 'two');
        throw new Error('disk full');
      },
      { version: 1 },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(readFileSync(join(dir, 'a.bin'), 'utf8')).toBe('one');
    expect(readdirSync(root)).toEqual(['store']);
  });

  it('reads a manifest of another shape as such', async () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 2 }));
    expect(await readManifest(dir, schema)).toBe('manifest of another format');
  });
});
