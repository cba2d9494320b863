/**
 * The persisted HNSW vector index (LangChain HNSWLib): loaded when its manifest matches the corpus and every
 * file's hash checks out, else rebuilt into a temp folder and swapped in atomically — never served half-written.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { EmbeddingProvider } from './embedding-provider.js';

const FILES = ['hnswlib.index', 'args.json', 'docstore.json', 'embedder.json'] as const;
const MANIFEST = 'manifest.json';

interface Manifest {
  version: 1;
  corpusHash: string;
  embeddingKey: string;
  count: number;
  files: Record<string, string>;
  builtAt: string;
}

export interface VectorIndex {
  store: HNSWLib;
  dir: string;
  /** Why it was rebuilt ("missing", "corpus changed", "corrupt: …"), or null when loaded as saved. */
  rebuilt: string | null;
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Returns null when the saved index can be trusted, else the reason it cannot. */
async function checkSaved(dir: string, corpusHash: string, key: string, count: number): Promise<string | null> {
  if (!existsSync(join(dir, MANIFEST))) return 'missing';
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return 'corrupt: unreadable manifest';
  }
  if (manifest.corpusHash !== corpusHash) return 'corpus changed';
  if (manifest.embeddingKey !== key || manifest.count !== count) return 'index settings changed';
  for (const f of FILES) {
    const path = join(dir, f);
    if (!existsSync(path)) return `corrupt: ${f} missing`;
    if ((await sha256(path)) !== manifest.files[f]) return `corrupt: ${f} does not match its hash`;
  }
  return null;
}

export interface OpenVectorIndexOptions {
  dataDir: string;
  corpusHash: string;
  /** One entry per clause: the id and the text to embed (with its context). */
  entries: { id: string; text: string }[];
  provider: EmbeddingProvider;
  /** Rebuild even when the saved index is valid. */
  force?: boolean;
}

export async function openVectorIndex(opts: OpenVectorIndexOptions): Promise<VectorIndex> {
  const dir = join(opts.dataDir, 'index', opts.provider.key);
  const reason = opts.force
    ? 'forced'
    : await checkSaved(dir, opts.corpusHash, opts.provider.key, opts.entries.length);
  if (reason === null) {
    try {
      const state = JSON.parse(await readFile(join(dir, 'embedder.json'), 'utf8')) as unknown;
      const store = await HNSWLib.load(dir, opts.provider.restore(state));
      return { store, dir, rebuilt: null };
    } catch (e) {
      return build(opts, dir, `corrupt: ${(e as Error).message}`);
    }
  }
  return build(opts, dir, reason);
}

async function build(opts: OpenVectorIndexOptions, dir: string, reason: string): Promise<VectorIndex> {
  const texts = opts.entries.map((e) => e.text);
  const embeddings = opts.provider.forBuild(texts);
  const docs = opts.entries.map((e) => new Document({ pageContent: e.text, metadata: { id: e.id } }));
  const store = await HNSWLib.fromDocuments(docs, embeddings);

  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  await store.save(tmp);
  await writeFile(join(tmp, 'embedder.json'), JSON.stringify(opts.provider.stateOf(embeddings)));
  const files: Record<string, string> = {};
  for (const f of FILES) files[f] = await sha256(join(tmp, f));
  const manifest: Manifest = {
    version: 1,
    corpusHash: opts.corpusHash,
    embeddingKey: opts.provider.key,
    count: opts.entries.length,
    files,
    builtAt: new Date().toISOString(),
  };
  // The manifest is written last: a folder without one is never trusted.
  await writeFile(join(tmp, MANIFEST), JSON.stringify(manifest, null, 2));
  const old = `${dir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(dir)) await rename(dir, old);
  await rename(tmp, dir);
  await rm(old, { recursive: true, force: true });
  return { store, dir, rebuilt: reason };
}
