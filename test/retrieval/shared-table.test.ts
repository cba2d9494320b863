import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CUT_TOTAL, LEXICON_TOTAL, SharedTable } from '../../src/retrieval/shared-table.js';

const source = {
  version: 7,
  en: { steal: '盗窃\t0.7', 'developing country': '发展中国家\t1', constructor: '构造\t0.1' },
  family: { disability: '残疾\t0.16' },
  related: { larceny: '盗窃\t0.5' },
  zh: { 偷: '盗窃\t0.3\n失窃\t0.05', 手机: '电话\t0.1' },
  irregular: { stolen: 'steal' },
  lexicon: { kangaroo: '3', burkina: '', faso: '' },
  absent: { satellite: '' },
};

describe('SharedTable', () => {
  const table = SharedTable.fromPacked(source, '段落 10 n\n手机 5 n');

  it('finds every key of every part, and nothing else', () => {
    for (const part of ['en', 'family', 'related', 'zh', 'irregular'] as const) {
      for (const [k, v] of Object.entries(source[part])) expect(table.get(part, k)).toBe(v);
    }
    expect(table.get('en', 'theft')).toBeUndefined();
    expect(table.get('zh', 'steal')).toBeUndefined();
    // Keys are compared whole: a prefix or an inherited property name is not a key.
    expect(table.get('en', 'developing')).toBeUndefined();
    expect(table.get('en', 'toString')).toBeUndefined();
    expect(table.get('en', '')).toBeUndefined();
    const sorted = (xs: [string, string][]) => xs.sort((a, b) => a[0].localeCompare(b[0]));
    expect(sorted([...table.entries('zh')])).toEqual(sorted(Object.entries(source.zh)));
  });

  it('knows the words of the English keys, for base-form lookups', () => {
    expect(table.has('words', 'developing')).toBe(true);
    expect(table.has('words', 'country')).toBe(true);
    expect(table.has('words', 'larceny')).toBe(true);
    expect(table.has('words', 'disability')).toBe(false);
  });

  it("holds the general word list, with each word's count, as a part of its own", () => {
    for (const [w, n] of Object.entries(source.lexicon)) expect(table.get('lexicon', w)).toBe(n);
    expect(table.has('lexicon', 'huawei')).toBe(false);
    expect(table.has('lexicon', 'steal')).toBe(false);
    expect(table.has('words', 'kangaroo')).toBe(false);
    // The sum of the counts, under a key no word has: a word's share of general text is its count over it.
    expect(table.get('lexicon', LEXICON_TOTAL)).toBe('3');
  });

  it("keeps the segmenter's words, their prefixes and total as the 'cut' part, and the table version", () => {
    expect(table.get('cut', '段落')).toBe('10');
    expect(table.get('cut', '手机')).toBe('5');
    // A prefix that is no word itself: the scan goes on past it.
    expect(table.get('cut', '段')).toBe('0');
    expect(table.get('cut', '落')).toBeUndefined();
    expect(table.get('cut', CUT_TOTAL)).toBe('15');
    expect(table.version).toBe(7);
  });

  it('is read in place by another thread: the buffer is shared, not copied', async () => {
    const table = SharedTable.fromPacked(source);
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const bytes = new Uint8Array(workerData);
       parentPort.postMessage(bytes.length);
       bytes[bytes.length - 1] = 42;
       parentPort.postMessage('written');`,
      { eval: true, workerData: table.buffer },
    );
    const messages: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m) => {
        messages.push(m);
        if (m === 'written') resolve();
      });
      worker.on('error', reject);
    });
    await worker.terminate();
    expect(messages[0]).toBe(table.buffer.byteLength);
    // The other thread's write is seen here: one memory, not a copy.
    expect(new Uint8Array(table.buffer)[table.buffer.byteLength - 1]).toBe(42);
  });

  it('reads a buffer it built, and refuses one it did not', () => {
    const again = SharedTable.fromBuffer(table.buffer);
    expect(again.get('zh', '偷')).toBe(source.zh.偷);
    expect(() => SharedTable.fromBuffer(new SharedArrayBuffer(256))).toThrow(/not a shared/);
  });
});
