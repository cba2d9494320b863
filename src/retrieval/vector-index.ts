/**
 * The persisted HNSW vector index (LangChain HNSWLib): loaded when its manifest matches the corpus and every
 * file's hash checks out, else rebuilt into a temp folder and swapped in atomically — never served half-written.
 * Beside it, the normalised vectors as raw float32 (vectors.f32, in label order): hnswlib hands points back
 * to JavaScript one slow call at a time, and exact scans within a resolution need them all.
 *
 * LangChain and the HNSW graph are loaded only to build, or to serve a corpus too large to scan whole
 * (EXACT_SCAN_LIMIT): a small corpus is always scanned, and LangChain's modules cost about 8 MB of heap in
 * every thread that would load them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HierarchicalNSW } from 'hnswlib-node';
import { z } from 'zod';
import type { EmbeddingProvider } from './embedding-provider.js';
import { EXACT_SCAN_LIMIT } from './vector-channel.js';

const FILES = [
  'hnswlib.index',
  'args.json',
  'docstore.json',
  'embedder.json',
  'vectors.f32',
] as const;
const VERSION = 3;
const MANIFEST = 'manifest.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256');

/** Parsed, never trusted: a manifest of any other shape (hand-edited, cut short, another version) rebuilds. */
const manifestSchema = z.object({
  version: z.number(),
  corpusHash: z.string(),
  /** Of the texts embedded: how a clause is indexed (its context) can change while the corpus does not. */
  textsHash: sha256Hex,
  embeddingKey: z.string(),
  count: z.number().int().nonnegative(),
  files: z.record(sha256Hex),
  builtAt: z.string(),
});

type Manifest = z.infer<typeof manifestSchema>;

export interface VectorIndex {
  /** Embeds questions as the index's texts were embedded. */
  embeddings: EmbeddingsInterface;
  /** Normalised vectors, row i = HNSW label i. */
  points: Float32Array;
  /** The clause id of each label. */
  ids: string[];
  /** The HNSW graph: null when the corpus is small enough to be scanned whole (it always is then). */
  graph: HierarchicalNSW | null;
  dir: string;
  /** Why it was rebuilt ("missing", "corpus changed", "corrupt: …"), or null when loaded as saved. */
  rebuilt: string | null;
}

/** LangChain saves its docstore as [label, document] pairs; a document's metadata holds our clause id. */
const docstoreSchema = z.array(
  z.tuple([z.string(), z.object({ metadata: z.object({ id: z.string() }) })]),
);

/** The clause id of each label, from the docstore (labels are 0…n-1). */
function idsOf(pairs: [string, { metadata: { id: string } }][]): string[] {
  const ids: string[] = [];
  for (const [label, doc] of pairs) {
    const i = Number(label);
    if (!Number.isInteger(i) || i < 0) throw new Error(`docstore label ${label}`);
    ids[i] = doc.metadata.id;
  }
  return ids;
}

/** A copy, so the floats are aligned whatever the Buffer's offset in its pool. */
function toFloat32(buf: Buffer): Float32Array {
  if (buf.byteLength % 4 !== 0) throw new Error('vectors.f32 is truncated');
  const out = new Float32Array(buf.byteLength / 4);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

/** Rows scaled to unit length (cosine space), one after another. */
function normalisedRows(vectors: number[][]): Float32Array {
  const dim = vectors[0]?.length ?? 0;
  const out = new Float32Array(vectors.length * dim);
  vectors.forEach((v, r) => {
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    for (let i = 0; i < dim; i++) out[r * dim + i] = v[i]! / norm;
  });
  return out;
}

function textsHashOf(entries: { id: string; text: string }[]): string {
  const h = createHash('sha256');
  for (const e of entries) h.update(`${e.id}\t${e.text}\n`);
  return h.digest('hex');
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Returns null when the saved index can be trusted, else the reason it cannot. */
async function checkSaved(
  dir: string,
  corpusHash: string,
  textsHash: string,
  key: string,
  count: number,
): Promise<string | null> {
  if (!existsSync(join(dir, MANIFEST))) return 'missing';
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
  } catch {
    return 'corrupt: unreadable manifest';
  }
  if ((raw as { version?: unknown } | null)?.version !== VERSION) return 'index format changed';
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `corrupt: manifest ${issue.path.join('.') || 'body'}: ${issue.message}`;
  }
  const manifest = parsed.data;
  if (manifest.corpusHash !== corpusHash) return 'corpus changed';
  if (manifest.textsHash !== textsHash) return 'indexed text changed';
  if (manifest.embeddingKey !== key || manifest.count !== count) return 'index settings changed';
  for (const f of FILES) {
    const path = join(dir, f);
    if (!manifest.files[f]) return `corrupt: manifest has no hash for ${f}`;
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
    : await checkSaved(
        dir,
        opts.corpusHash,
        textsHashOf(opts.entries),
        opts.provider.key,
        opts.entries.length,
      );
  if (reason === null) {
    try {
      const state = JSON.parse(await readFile(join(dir, 'embedder.json'), 'utf8')) as unknown;
      const embeddings = opts.provider.restore(state);
      const args = z
        .object({ numDimensions: z.number().int().positive() })
        .parse(JSON.parse(await readFile(join(dir, 'args.json'), 'utf8')));
      const points = toFloat32(await readFile(join(dir, 'vectors.f32')));
      if (points.length !== opts.entries.length * args.numDimensions)
        throw new Error('vectors.f32 does not match the index');
      const ids = idsOf(
        docstoreSchema.parse(JSON.parse(await readFile(join(dir, 'docstore.json'), 'utf8'))),
      );
      let graph: HierarchicalNSW | null = null;
      if (opts.entries.length > EXACT_SCAN_LIMIT) {
        const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
        graph = (await HNSWLib.load(dir, embeddings)).index;
      }
      return { embeddings, points, ids, graph, dir, rebuilt: null };
    } catch (e) {
      return build(opts, dir, `corrupt: ${(e as Error).message}`);
    }
  }
  return build(opts, dir, reason);
}

async function build(
  opts: OpenVectorIndexOptions,
  dir: string,
  reason: string,
): Promise<VectorIndex> {
  const texts = opts.entries.map((e) => e.text);
  const embeddings = opts.provider.forBuild(texts);
  const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
  const { Document } = await import('@langchain/core/documents');
  const docs = opts.entries.map(
    (e) => new Document({ pageContent: e.text, metadata: { id: e.id } }),
  );
  const vectors = await embeddings.embedDocuments(texts);
  const store = new HNSWLib(embeddings, { space: 'cosine' });
  await store.addVectors(vectors, docs);
  const points = normalisedRows(vectors);
  const ids = opts.entries.map((e) => e.id);
  const graph = opts.entries.length > EXACT_SCAN_LIMIT ? store.index : null;

  // Answering threads share the pid and may build at once: the temp folder's name must be their own.
  const tmp = `${dir}.tmp-${process.pid}-${randomUUID()}`;
  try {
    await save(opts, dir, tmp, { store, embeddings, points });
  } catch (e) {
    // A read-only DATA_DIR (an index shipped with the image) must not stop the server: serve from memory.
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    const rebuilt = `${reason}; not saved: ${(e as Error).message}`;
    return { embeddings, points, ids, graph, dir, rebuilt };
  }
  return { embeddings, points, ids, graph, dir, rebuilt: reason };
}

/** Writes the index into a temp folder, manifest last, and swaps it in by rename. */
async function save(
  opts: OpenVectorIndexOptions,
  dir: string,
  tmp: string,
  built: { store: HNSWLib; embeddings: EmbeddingsInterface; points: Float32Array },
): Promise<void> {
  const { store, embeddings, points } = built;
  await mkdir(tmp, { recursive: true });
  await store.save(tmp);
  await writeFile(join(tmp, 'embedder.json'), JSON.stringify(opts.provider.stateOf(embeddings)));
  await writeFile(
    join(tmp, 'vectors.f32'),
    new Uint8Array(points.buffer, points.byteOffset, points.byteLength),
  );
  const files: Record<string, string> = {};
  for (const f of FILES) files[f] = await sha256(join(tmp, f));
  const manifest: Manifest = {
    version: VERSION,
    corpusHash: opts.corpusHash,
    textsHash: textsHashOf(opts.entries),
    embeddingKey: opts.provider.key,
    count: opts.entries.length,
    files,
    builtAt: new Date().toISOString(),
  };
  // The manifest is written last: a folder without one is never trusted.
  await writeFile(join(tmp, MANIFEST), JSON.stringify(manifest, null, 2));
  const old = `${dir}.old-${process.pid}-${randomUUID()}`;
  if (existsSync(dir)) await rename(dir, old);
  await rename(tmp, dir);
  await rm(old, { recursive: true, force: true });
}
