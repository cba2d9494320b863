/**
 * The dictionary table in one SharedArrayBuffer, read in place by every thread. As objects, its ~50,000 keys
 * and packed values cost each answering thread about 6 MB of heap (and the main thread as much again); in a
 * shared buffer they are held once. Each part is an open-addressing hash table over UTF-16 code units:
 * a lookup hashes the key, probes a few slots, compares code units, and decodes only the value it finds.
 */
import type { PackedTable } from './packed-table.js';
import { stringHash } from './string-hash.js';

/**
 * The key under which the 'cut' part keeps the segmenter dictionary's total frequency, and the 'lexicon'
 * part the sum of its SemCor counts (no word has it): a word's count over them is its share of general text.
 */
export const CUT_TOTAL = '\u0000total';
export const LEXICON_TOTAL = CUT_TOTAL;

/**
 * The segmenter's dictionary (leanDictionary's text, jieba's format) as the 'cut' part: each word's
 * frequency, each prefix of a longer word that is no word itself as '0' (so a scan stops where no word can
 * go on), and the total.
 */
function cutEntries(segmenter: string): [string, string][] {
  const out = new Map<string, string>();
  const words: [string, string][] = [];
  let total = 0;
  for (const line of segmenter.split('\n')) {
    const [word, freq] = line.split(' ', 2);
    if (!word || !freq) continue;
    words.push([word, freq]);
    total += Number(freq);
  }
  for (const [word] of words) {
    for (let k = 1; k < word.length; k++) {
      const prefix = word.slice(0, k);
      if (!out.has(prefix)) out.set(prefix, '0');
    }
  }
  for (const [word, freq] of words) out.set(word, freq);
  if (words.length) out.set(CUT_TOTAL, String(total));
  return [...out];
}

/** The lexicon's words with their counts, and the sum of the counts. */
function lexiconEntries(lexicon: Record<string, string>): [string, string][] {
  const entries = Object.entries(lexicon);
  const total = entries.reduce((sum, [, n]) => sum + Number(n || 0), 0);
  if (entries.length) entries.push([LEXICON_TOTAL, String(total)]);
  return entries;
}

export const TABLE_PARTS = [
  'en',
  'family',
  'related',
  'zh',
  'irregular',
  'words',
  'lexicon',
  'cut',
  'absent',
] as const;
export type TablePart = (typeof TABLE_PARTS)[number];

/** What the shared table holds: the packed parts, and the words of the English keys (for base forms). */
export type SharedTableSource = Omit<PackedTable, 'segmenter'>;

const MAGIC = 0x57545342;
/** Header: magic, table version, chars offset (bytes), chars length, two reserved (0), then per part: capacity, slots offset (ints). */
const HEADER = 6 + 2 * TABLE_PARTS.length;
/** Per slot: key offset, key length, value offset, value length (key offset -1 = empty). */
const SLOT = 4;

/** Slots for n keys: at most half full, or `load` full (the word list: 80,000 keys, looked up rarely). */
function capacityFor(n: number, load = 0.5): number {
  let c = 8;
  while (c * load < n) c *= 2;
  return c;
}

/** The words of the English keys ("developing country" → developing, country), for base-form lookups. */
function keyWords(t: SharedTableSource): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...Object.keys(t.en), ...Object.keys(t.related)]) {
    for (const w of k.split(' ')) out[w] = '';
  }
  return out;
}

export class SharedTable {
  private readonly ints: Int32Array;
  private readonly chars: Uint16Array;

  private constructor(readonly buffer: SharedArrayBuffer) {
    const head = new Int32Array(buffer, 0, HEADER);
    if (head[0] !== MAGIC) throw new Error('not a shared dictionary table');
    this.ints = new Int32Array(buffer, 0, head[2]! / 4);
    this.chars = new Uint16Array(buffer, head[2]!, head[3]!);
  }

  static fromBuffer(buffer: SharedArrayBuffer): SharedTable {
    return new SharedTable(buffer);
  }

  static fromPacked(t: SharedTableSource, segmenter = ''): SharedTable {
    // Each part's entries, listed once (the large parts are tens of thousands of keys).
    const parts: Record<TablePart, [string, string][]> = {
      en: Object.entries(t.en),
      family: Object.entries(t.family),
      related: Object.entries(t.related),
      zh: Object.entries(t.zh),
      irregular: Object.entries(t.irregular),
      words: Object.entries(keyWords(t)),
      lexicon: lexiconEntries(t.lexicon),
      cut: cutEntries(segmenter),
      absent: Object.entries(t.absent),
    };
    let ints = HEADER;
    // The segmenter's text is kept as the 'cut' part only: threads look words up, nothing parses it.
    let chars = 0;
    const caps = TABLE_PARTS.map((p) => {
      const entries = parts[p];
      for (const [k, v] of entries) chars += k.length + v.length;
      // The word lists are large and looked up little per question: fuller tables, fewer megabytes.
      const cap = capacityFor(
        entries.length,
        p === 'lexicon' || p === 'cut' || p === 'absent' ? 0.75 : 0.5,
      );
      ints += cap * SLOT;
      return cap;
    });
    const charsAt = ints * 4;
    const buffer = new SharedArrayBuffer(charsAt + chars * 2);
    const view = new Int32Array(buffer, 0, ints);
    const text = new Uint16Array(buffer, charsAt, chars);
    let used = 0;
    const put = (s: string): number => {
      const at = used;
      for (let i = 0; i < s.length; i++) text[used++] = s.charCodeAt(i);
      return at;
    };
    view.set([MAGIC, t.version, charsAt, chars, 0, 0]);
    let slotsAt = HEADER;
    TABLE_PARTS.forEach((p, i) => {
      const cap = caps[i]!;
      view[6 + 2 * i] = cap;
      view[7 + 2 * i] = slotsAt;
      view.fill(-1, slotsAt, slotsAt + cap * SLOT);
      for (const [k, v] of parts[p]) {
        let s = stringHash(k) & (cap - 1);
        while (view[slotsAt + s * SLOT] !== -1) s = (s + 1) & (cap - 1);
        const at = slotsAt + s * SLOT;
        view[at] = put(k);
        view[at + 1] = k.length;
        view[at + 2] = put(v);
        view[at + 3] = v.length;
      }
      slotsAt += cap * SLOT;
    });
    return new SharedTable(buffer);
  }

  get version(): number {
    return this.ints[1]!;
  }

  /** Every key and value of a part (for inspection and tests; lookups never iterate). */
  *entries(part: TablePart): Generator<[string, string]> {
    const i = TABLE_PARTS.indexOf(part);
    const cap = this.ints[6 + 2 * i]!;
    const base = this.ints[7 + 2 * i]!;
    for (let s = 0; s < cap; s++) {
      const at = base + s * SLOT;
      if (this.ints[at] === -1) continue;
      yield [
        this.text(this.ints[at]!, this.ints[at + 1]!),
        this.text(this.ints[at + 2]!, this.ints[at + 3]!),
      ];
    }
  }

  has(part: TablePart, key: string): boolean {
    return this.slot(part, key) >= 0;
  }

  get(part: TablePart, key: string): string | undefined {
    const at = this.slot(part, key);
    return at < 0 ? undefined : this.text(this.ints[at + 2]!, this.ints[at + 3]!);
  }

  /** The slot of a key (its first int), or -1. */
  private slot(part: TablePart, key: string): number {
    const i = TABLE_PARTS.indexOf(part);
    const cap = this.ints[6 + 2 * i]!;
    const base = this.ints[7 + 2 * i]!;
    const { ints, chars } = this;
    for (let s = stringHash(key) & (cap - 1); ; s = (s + 1) & (cap - 1)) {
      const at = base + s * SLOT;
      const off = ints[at]!;
      if (off === -1) return -1;
      if (ints[at + 1] !== key.length) continue;
      let j = 0;
      while (j < key.length && chars[off + j] === key.charCodeAt(j)) j++;
      if (j === key.length) return at;
    }
  }

  private text(offset: number, length: number): string {
    let out = '';
    // In chunks: String.fromCharCode takes its code units as arguments.
    for (let i = 0; i < length; i += 8192) {
      out += String.fromCharCode(
        ...this.chars.subarray(offset + i, offset + Math.min(length, i + 8192)),
      );
    }
    return out;
  }
}
