/**
 * The dictionary table persisted beside the indexes: loaded when its manifest matches the corpus and its hash
 * checks out, else derived again from CC-CEDICT (the full dictionary is read only then, and released).
 * It is saved as the shared table's own bytes, so loading it is one read into a SharedArrayBuffer.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readManifest, writeFolderAtomically } from '../platform/atomic-folder.js';
import { startModuleWorker } from '../platform/module-worker.js';
import { readShared } from '../platform/read-shared.js';
import { readCedict } from './cedict-source.js';
import { loadLemmaTools } from './english-lemma.js';
import { finishTable, startTable, TABLE_VERSION } from './dictionary-table.js';
import { packTable, type PackedTable } from './packed-table.js';
import { SharedTable } from './shared-table.js';
import { STOPWORDS } from './stopwords.js';
import { jiebaWords, leanDictionary } from './tokenize.js';
import type { WordNetWords } from './wordnet-source.js';

const TABLE = 'table.bin';

const manifestSchema = z.object({
  version: z.literal(TABLE_VERSION),
  corpusHash: z.string(),
  sha256: z.string(),
});

export interface DictionaryStore {
  table: SharedTable;
  /** The sha256 of the table's bytes, as its manifest records it: what the lexical indexes were cut with. */
  hash: string;
  /** Why it was derived again, or null when loaded as saved. */
  rebuilt: string | null;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function loadSaved(
  dir: string,
  corpusHash: string,
): Promise<{ table: SharedTable; hash: string } | string> {
  try {
    const manifest = await readManifest(dir, manifestSchema);
    if (typeof manifest === 'string') return manifest;
    if (manifest.corpusHash !== corpusHash) return 'corpus changed';
    const shared = await readShared(join(dir, TABLE));
    if (sha256(new Uint8Array(shared)) !== manifest.sha256)
      return 'corrupt: table does not match its hash';
    return { table: SharedTable.fromBuffer(shared), hash: manifest.sha256 };
  } catch (e) {
    return `corrupt: ${(e as Error).message}`;
  }
}

/** Longest headword looked for inside the corpus text (longer entries are idioms and names). */
const MAX_HEADWORD = 8;

/**
 * The dictionary headwords of 3+ characters that occur in the texts, from one pass over each distinct text's
 * substrings (a headword test per text would read a large corpus once per entry).
 */
function longHeadwordsIn(texts: string[], headwords: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const text of new Set(texts)) {
    for (const m of text.matchAll(/[\u3400-\u9fff]+/g)) {
      const run = m[0];
      for (let i = 0; i < run.length; i++) {
        for (let len = 3; len <= MAX_HEADWORD && i + len <= run.length; len++) {
          const w = run.slice(i, i + len);
          if (headwords.has(w)) found.add(w);
        }
      }
    }
  }
  return found;
}

/** readWordNet on a thread of its own (see wordnet-worker.ts). */
function readWordNetInWorker(): Promise<WordNetWords> {
  const worker = startModuleWorker(new URL('./wordnet-worker', import.meta.url), null);
  return new Promise((resolve, reject) => {
    worker.once('message', (w: WordNetWords) => resolve(w));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`reading WordNet ended (exit ${code})`)));
  });
}

/**
 * Derives the table for these clause texts (seconds: the whole dictionary is parsed). WordNet is read on
 * another thread meanwhile (this runs on the table's own thread, so the two share the two cores): the
 * table needs it only once CC-CEDICT's half of the table is built.
 */
export async function deriveTable(texts: string[]): Promise<PackedTable> {
  const wordNetRead = readWordNetInWorker();
  // Settled here too, so a failure while CC-CEDICT is read is not reported as unhandled.
  wordNetRead.catch(() => undefined);
  const entries = await readCedict();
  const lemmas = await loadLemmaTools();
  // jieba's words, plus dictionary words of 3+ characters that jieba splits (大流行 → 大 / 流行).
  const words = new Set(texts.flatMap((t) => jiebaWords(t)));
  for (const w of longHeadwordsIn(texts, new Set(entries.map((e) => e.simplified)))) words.add(w);
  const inputs = { entries, lemmas, corpusWords: words, stopwords: STOPWORDS };
  // The CC-CEDICT half first: WordNet's thread is mostly still reading by now, and this fills the wait.
  const start = startTable(inputs);
  const wordNet = await wordNetRead;
  const table = finishTable(start, {
    ...inputs,
    related: wordNet.related,
    lexicon: wordNet.words,
    nouns: wordNet.nouns,
  });
  // The segmenter keeps the corpus's words and the everyday words the table bridges (see tokenize.ts).
  return packTable({ ...table, segmenter: leanDictionary(texts, new Set(Object.keys(table.zh))) });
}

/**
 * deriveTable on a worker thread (see derive-table-worker.ts), so its memory is released when it ends; the
 * thread builds the shared table too and hands over its buffer, which is shared, not copied.
 */
function deriveInWorker(texts: string[]): Promise<SharedTable> {
  const worker = startModuleWorker(new URL('./derive-table-worker', import.meta.url), { texts });
  return new Promise((resolve, reject) => {
    worker.once('message', (buffer: SharedArrayBuffer) => resolve(SharedTable.fromBuffer(buffer)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`dictionary derivation ended (exit ${code})`)));
  });
}

export interface OpenDictionaryOptions {
  dataDir: string;
  corpusHash: string;
  texts: string[];
  force?: boolean;
}

export async function openDictionary(opts: OpenDictionaryOptions): Promise<DictionaryStore> {
  const dir = join(opts.dataDir, 'index', 'dictionary');
  const saved = opts.force ? 'forced' : await loadSaved(dir, opts.corpusHash);
  if (typeof saved !== 'string') return { ...saved, rebuilt: null };
  const table = await deriveInWorker(opts.texts);
  const bytes = new Uint8Array(table.buffer);
  const hash = sha256(bytes);
  try {
    await save(dir, opts.corpusHash, bytes, hash);
  } catch (e) {
    // A read-only DATA_DIR must not stop the server: the table derived now serves from memory.
    return { table, hash, rebuilt: `${saved}; not saved: ${(e as Error).message}` };
  }
  return { table, hash, rebuilt: saved };
}

/** Writes the table, with its hash in the manifest (see writeFolderAtomically). */
async function save(
  dir: string,
  corpusHash: string,
  bytes: Uint8Array,
  hash: string,
): Promise<void> {
  await writeFolderAtomically(dir, (tmp) => writeFile(join(tmp, TABLE), bytes), {
    version: TABLE_VERSION,
    corpusHash,
    sha256: hash,
  });
}
