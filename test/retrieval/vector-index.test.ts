/**
 * The persisted vector index is loaded only when its manifest parses and every file checks out; any other
 * manifest — wrong shape, another version, bad hashes, a file gone — rebuilds it, saying why, and it serves.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localProvider } from '../../src/retrieval/embedding-provider.js';
import { openVectorIndex } from '../../src/retrieval/vector-index.js';
import { nearestClause } from '../helpers/nearest-clause.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const provider = localProvider(64);
const entries = [
  { id: 'a', text: '电信发展局 培训 IPv6 地址' },
  { id: 'b', text: '打击假冒 电信设备 合作' },
  { id: 'c', text: '电子废弃物 回收 环境' },
];
const open = (dataDir: string) => openVectorIndex({ dataDir, corpusHash: 'h1', entries, provider });

/** A data dir with a freshly saved index; returns it and the path of its manifest. */
async function saved() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-vectors-'));
  dirs.push(dataDir);
  const first = await open(dataDir);
  expect(first.rebuilt).toBe('missing');
  const manifest = join(first.dir, 'manifest.json');
  return { dataDir, dir: first.dir, manifest, json: JSON.parse(readFileSync(manifest, 'utf8')) };
}

async function answers(dataDir: string) {
  const index = await open(dataDir);
  expect(await nearestClause(index, '假冒设备')).toBe('b');
  return index;
}

describe('openVectorIndex', () => {
  it('loads a saved index as it is', async () => {
    const { dataDir } = await saved();
    expect((await answers(dataDir)).rebuilt).toBeNull();
  });

  it.each([
    [
      'without files',
      (m: Record<string, unknown>) => ({ ...m, files: undefined }),
      /manifest files/,
    ],
    [
      'of another version',
      (m: Record<string, unknown>) => ({ ...m, version: 99 }),
      /format changed/,
    ],
    [
      'with a count of the wrong type',
      (m: Record<string, unknown>) => ({ ...m, count: '3' }),
      /count/,
    ],
    [
      'with a file left out',
      (m: { files: Record<string, string> }) => ({
        ...m,
        files: { ...m.files, 'args.json': undefined },
      }),
      /no hash for args\.json/,
    ],
    ['that is an array', () => [], /format changed/],
  ])('rebuilds from a manifest %s, and serves', async (_what, edit, why) => {
    const { dataDir, manifest, json } = await saved();
    writeFileSync(manifest, JSON.stringify(edit(json)));
    const index = await answers(dataDir);
    expect(index.rebuilt).toMatch(why);
    // Saved whole again: the next start loads it.
    expect((await open(dataDir)).rebuilt).toBeNull();
  });

  it('rebuilds when the same corpus is indexed with other text (a clause context changed)', async () => {
    const { dataDir } = await saved();
    const reworded = entries.map((e) => (e.id === 'c' ? { ...e, text: `${e.text} 循环经济` } : e));
    const index = await openVectorIndex({ dataDir, corpusHash: 'h1', entries: reworded, provider });
    expect(index.rebuilt).toBe('indexed text changed');
    expect((await answers(dataDir)).rebuilt).toBe('indexed text changed');
  });

  it('rebuilds from a manifest that is not JSON, a missing file, or truncated vectors', async () => {
    const a = await saved();
    writeFileSync(a.manifest, '{"version": 2, "files": {');
    expect((await answers(a.dataDir)).rebuilt).toBe('corrupt: unreadable manifest');
    const b = await saved();
    rmSync(join(b.dir, 'docstore.json'));
    expect((await answers(b.dataDir)).rebuilt).toBe('corrupt: docstore.json missing');
    const c = await saved();
    truncateSync(join(c.dir, 'vectors.f32'), 10);
    expect((await answers(c.dataDir)).rebuilt).toMatch(/vectors\.f32 does not match its hash/);
  });

  it('serves from memory when the rebuilt index cannot be saved (a read-only DATA_DIR)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-vectors-'));
    dirs.push(dataDir);
    // A file where the index folder should be: nothing can be written under it.
    writeFileSync(join(dataDir, 'index'), '');
    const index = await answers(dataDir);
    expect(index.rebuilt).toMatch(/^missing; not saved: /);
  });
});
