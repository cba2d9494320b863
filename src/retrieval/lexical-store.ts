/**
 * The lexical indexes (the clauses' BM25 postings and their everyday questions') persisted beside the
 * vector index. A restart reads two buffers instead of cutting every clause and question into words again,
 * which took about a third of the time to start.
 *
 * They are keyed by everything they are built from: the indexed texts and their resolutions, the questions,
 * the segmenter's dictionary table, and the code that tokenises (this folder's sources and the stemmer).
 * A change to any of them builds them again, so a key never needs bumping by hand. Like the other stores,
 * they are written to a temp folder, manifest last, swapped in by rename, and verified by hash when read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readManifest, writeFolderAtomically } from '../platform/atomic-folder.js';
import { readShared } from '../platform/read-shared.js';
import type { SharedIndexes } from './retriever.js';

const VERSION = 1;
const PARTS = ['clauses', 'questions'] as const;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  key: z.string(),
  files: z.record(z.enum(PARTS), z.string()),
});

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The tokenising code: src/retrieval, also when compiled (dist/retrieval is built from it), so a build and
 * a tsx run of the same sources share one key; dist/retrieval itself where the sources are not shipped.
 */
function codeDir(): string {
  const sources = fileURLToPath(new URL('../../src/retrieval/', import.meta.url));
  return existsSync(sources) ? sources : dirname(fileURLToPath(import.meta.url));
}

let code: string | undefined;
function codeFingerprint(): string {
  if (code === undefined) {
    const dir = codeDir();
    const hash = createHash('sha256');
    const modules = readdirSync(dir).filter((f) => /\.[jt]s$/.test(f) && !f.endsWith('.d.ts'));
    for (const f of modules.sort()) hash.update(f).update(readFileSync(join(dir, f)));
    hash.update(readFileSync(createRequire(import.meta.url).resolve('stemmer')));
    code = hash.digest('hex');
  }
  return code;
}

export interface LexicalSource {
  /** Each clause's indexed text and resolution, in index order. */
  clauses: { text: string; resolution: number | null }[];
  /** Each clause's everyday questions, in index order. */
  questions: readonly (readonly string[])[];
  /** The dictionary table's hash (its manifest's): the segmenter that cuts them. */
  dictionaryHash: string;
  tokenMode: string;
}

/** What the saved indexes must have been built from to be read in place of building them. */
export function lexicalKey(source: LexicalSource): string {
  return sha256(
    JSON.stringify({
      code: codeFingerprint(),
      dictionary: source.dictionaryHash,
      mode: source.tokenMode,
      clauses: source.clauses,
      questions: source.questions,
    }),
  );
}

function dirOf(dataDir: string): string {
  return join(dataDir, 'index', 'lexical');
}

/** The saved indexes when their key matches and their bytes check out; else why not (to build them). */
export async function loadLexical(dataDir: string, key: string): Promise<SharedIndexes | string> {
  const dir = dirOf(dataDir);
  try {
    const manifest = await readManifest(dir, manifestSchema);
    if (typeof manifest === 'string') return manifest;
    if (manifest.key !== key) return 'built from other texts, questions or code';
    const read: Partial<Record<(typeof PARTS)[number], SharedArrayBuffer>> = {};
    for (const [part, hash] of Object.entries(manifest.files)) {
      const buffer = await readShared(join(dir, `${part}.bin`));
      if (sha256(new Uint8Array(buffer)) !== hash)
        return `corrupt: ${part} does not match its hash`;
      read[part as (typeof PARTS)[number]] = buffer;
    }
    if (!read.clauses) return 'corrupt: no clause postings';
    return { clauses: read.clauses, ...(read.questions ? { questions: read.questions } : {}) };
  } catch (e) {
    return `corrupt: ${(e as Error).message}`;
  }
}

/** Writes the indexes, each part's bytes with its hash in the manifest (see writeFolderAtomically). */
export async function saveLexical(
  dataDir: string,
  key: string,
  indexes: SharedIndexes,
): Promise<void> {
  const files: Record<string, string> = {};
  await writeFolderAtomically(
    dirOf(dataDir),
    async (tmp) => {
      for (const part of PARTS) {
        const buffer = indexes[part];
        if (!buffer) continue;
        const bytes = new Uint8Array(buffer);
        await writeFile(join(tmp, `${part}.bin`), bytes);
        files[part] = sha256(bytes);
      }
    },
    { version: VERSION, key, files },
  );
}
