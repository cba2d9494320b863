import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';
import {
  lexicalKey,
  loadLexical,
  saveLexical,
  type LexicalSource,
} from '../../src/retrieval/lexical-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lexical-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const dir = join(dataDir, 'index', 'lexical');

const source: LexicalSource = {
  clauses: [
    { text: '风筝 比赛 规则', resolution: 12 },
    { text: '无人机 频段', resolution: 34 },
  ],
  questions: [['how high may kites fly'], []],
  dictionaryHash: 'd1',
  tokenMode: 'jieba+bigram',
};
const clauses = new Bm25Index([['风筝', '比赛'], ['无人机']], (i) => [12, 34][i]!);
const questions = new Bm25Index([['kite', 'fly'], []]);
const bytes = (b: SharedArrayBuffer | undefined) => Buffer.from(new Uint8Array(b!));

describe('lexicalKey', () => {
  it('is the same for the same sources, and changes with any text, question, table or mode', () => {
    const key = lexicalKey(source);
    expect(lexicalKey({ ...source })).toBe(key);
    const changed: LexicalSource[] = [
      { ...source, clauses: [source.clauses[0]!, { text: '无人机 频率', resolution: 34 }] },
      { ...source, clauses: [source.clauses[0]!, { text: '无人机 频段', resolution: 35 }] },
      { ...source, questions: [['how high may kites fly'], ['drone bands']] },
      { ...source, dictionaryHash: 'd2' },
      { ...source, tokenMode: 'bigram' },
    ];
    for (const other of changed) expect(lexicalKey(other)).not.toBe(key);
  });
});

describe('saveLexical / loadLexical', () => {
  it('says why there is nothing to read before anything is saved', async () => {
    expect(await loadLexical(dataDir, lexicalKey(source))).toBe('missing');
  });

  it('reads back the same buffers, which a Bm25Index searches as the original', async () => {
    const key = lexicalKey(source);
    await saveLexical(dataDir, key, { clauses: clauses.shared, questions: questions.shared });
    const read = await loadLexical(dataDir, key);
    if (typeof read === 'string') throw new Error(read);
    expect(read.clauses).toBeInstanceOf(SharedArrayBuffer);
    expect(bytes(read.clauses).equals(bytes(clauses.shared))).toBe(true);
    expect(bytes(read.questions).equals(bytes(questions.shared))).toBe(true);
    const again = new Bm25Index(read.clauses);
    expect(again.search(['风筝'], 5)).toEqual(clauses.search(['风筝'], 5));
  });

  it('refuses indexes built from other sources, a changed file, or a manifest of another shape', async () => {
    const key = lexicalKey(source);
    expect(await loadLexical(dataDir, lexicalKey({ ...source, dictionaryHash: 'd2' }))).toBe(
      'built from other texts, questions or code',
    );
    const file = join(dir, 'questions.bin');
    const saved = readFileSync(file);
    const flipped = Buffer.from(saved);
    flipped[flipped.length - 1] ^= 1;
    writeFileSync(file, flipped);
    expect(await loadLexical(dataDir, key)).toBe('corrupt: questions does not match its hash');
    writeFileSync(file, saved);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files: 1 }));
    expect(await loadLexical(dataDir, key)).toBe('manifest of another format');
  });

  it('saves clause postings without questions, and reads them back so', async () => {
    const key = lexicalKey({ ...source, questions: [[], []] });
    await saveLexical(dataDir, key, { clauses: clauses.shared });
    const read = await loadLexical(dataDir, key);
    if (typeof read === 'string') throw new Error(read);
    expect(read.questions).toBeUndefined();
    expect(bytes(read.clauses).equals(bytes(clauses.shared))).toBe(true);
  });
});
