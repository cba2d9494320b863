import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDictionary } from '../../src/retrieval/dictionary-store.js';
import { unpackCandidates } from '../../src/retrieval/packed-table.js';

const dataDir = mkdtempSync(join(tmpdir(), 'dictionary-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Two tiny "clauses" are enough: the table keeps only the words they use.
const texts = ['打击盗窃移动设备的活动', '在发展中国家举办讲习班，应对全球流行疾病大流行'];
const dir = join(dataDir, 'index', 'dictionary');

/** A key's best candidate in a saved (packed) table. */
const top = (packed: string | undefined) => (packed ? unpackCandidates(packed)[0]?.[0] : undefined);

describe('openDictionary (real CC-CEDICT data)', () => {
  it('derives a table restricted to the corpus words, then loads it as saved', async () => {
    const first = await openDictionary({ dataDir, corpusHash: 'h1', texts });
    expect(first.rebuilt).toBe('missing');
    expect(top(first.table.get('en', 'pandemic'))).toBe('大流行');
    expect(top(first.table.get('en', 'steal'))).toBe('盗窃');
    expect(top(first.table.get('en', 'developing country'))).toBe('发展中国家');
    // WordNet: a word CC-CEDICT does not key reaches the corpus through a synonym it does.
    expect(top(first.table.get('related', 'larceny'))).toBe('盗窃');
    // Only corpus words are targets.
    const targets = new Set(
      [...first.table.entries('en')].flatMap(([, c]) => unpackCandidates(c).map(([z]) => z)),
    );
    for (const z of targets) expect(texts.join('').includes(z)).toBe(true);

    const second = await openDictionary({ dataDir, corpusHash: 'h1', texts });
    expect(second.rebuilt).toBeNull();
    expect(Buffer.from(second.table.buffer).equals(Buffer.from(first.table.buffer))).toBe(true);
  }, 120_000);

  it('derives it again when the corpus changed or the file does not match its hash', async () => {
    expect((await openDictionary({ dataDir, corpusHash: 'h2', texts })).rebuilt).toBe(
      'corpus changed',
    );
    const file = join(dir, 'table.bin');
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);
    const again = await openDictionary({ dataDir, corpusHash: 'h2', texts });
    expect(again.rebuilt).toMatch(/^corrupt/);
    expect(top(again.table.get('en', 'steal'))).toBe('盗窃');
  }, 120_000);

  it('derives it again from a manifest of another shape, instead of failing', async () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files: 1 }));
    expect((await openDictionary({ dataDir, corpusHash: 'h2', texts })).rebuilt).toBe(
      'manifest of another format',
    );
  }, 120_000);
});
