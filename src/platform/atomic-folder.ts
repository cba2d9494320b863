/**
 * The way every saved index is written and read back: into a temp folder, manifest last, swapped in by
 * rename, so a folder is either the old one or the whole new one; and read only when its manifest is there
 * and has the shape expected. Stores differ only in what they write and what their manifest holds.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';

const MANIFEST = 'manifest.json';

/**
 * Writes `dir` anew: `write` fills a temp folder, then the manifest is written (a folder without one is
 * never trusted) and the folder swapped in.
 */
export async function writeFolderAtomically(
  dir: string,
  write: (tmp: string) => Promise<void>,
  manifest: unknown,
): Promise<void> {
  // Answering threads share the pid and may write at once: the temp folder's name must be their own.
  const tmp = `${dir}.tmp-${process.pid}-${randomUUID()}`;
  try {
    await mkdir(tmp, { recursive: true });
    await write(tmp);
    await writeFile(join(tmp, MANIFEST), JSON.stringify(manifest));
    const old = `${dir}.old-${process.pid}-${randomUUID()}`;
    if (existsSync(dir)) await rename(dir, old);
    await rename(tmp, dir);
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The folder's manifest parsed with `schema`, or why there is none to trust. Throws on unreadable JSON. */
export async function readManifest<T>(dir: string, schema: z.ZodType<T>): Promise<T | string> {
  if (!existsSync(join(dir, MANIFEST))) return 'missing';
  const parsed = schema.safeParse(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')));
  return parsed.success ? parsed.data : 'manifest of another format';
}
