/** Reads every document in the corpus folder, parses it, and hashes the lot so indexes know when to rebuild. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause } from './clause.js';
import { docSlug } from './labels.js';
import { parseDocument } from './parse-document.js';

export interface LoadedCorpus {
  clauses: Clause[];
  /** sha256 over file names and bytes: any change to the corpus changes it. */
  hash: string;
  docs: string[];
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Documents are the .txt files of the folder, in name order; the glossary (.json) is read separately. */
export function loadCorpus(dir: string): LoadedCorpus {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch (e) {
    throw new CorpusError(`Cannot read the corpus folder "${dir}": ${(e as Error).message}`);
  }
  if (files.length === 0) throw new CorpusError(`The corpus folder "${dir}" holds no .txt document.`);
  const hash = createHash('sha256');
  const clauses: Clause[] = [];
  const docs: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update('\0').update(bytes).update('\0');
    const doc = docSlug(file);
    if (docs.includes(doc)) throw new CorpusError(`Two documents share the id "${doc}" (${file}).`);
    docs.push(doc);
    const parsed = parseDocument(bytes.toString('utf8'), doc);
    clauses.push(...parsed.map((c) => ({ ...c, order: clauses.length + c.order })));
  }
  return { clauses, hash: hash.digest('hex'), docs };
}
