import type { Candidates, DictionaryTable } from './dictionary-table.js';

/**
 * The table as it is saved, and as the shared table (shared-table.ts) stores it: each key's candidates
 * packed into one string ("词\t0.5\n词\t0.3"). Tens of thousands of small arrays would cost about 20 MB of
 * heap; one string each costs a few, and a question unpacks only the keys it looks up.
 */
export interface PackedTable {
  version: number;
  en: Record<string, string>;
  family: Record<string, string>;
  related: Record<string, string>;
  zh: Record<string, string>;
  irregular: Record<string, string>;
  segmenter: string;
  /** Word → its SemCor count, as text ('' for none). */
  lexicon: Record<string, string>;
  /** The absent nouns (see DictionaryTable.absent), as keys with empty values. */
  absent: Record<string, string>;
}

function packAll(record: Record<string, Candidates>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of Object.entries(record)) out[k] = c.map(([z, w]) => `${z}\t${w}`).join('\n');
  return out;
}

export function packTable(t: DictionaryTable): PackedTable {
  return {
    version: t.version,
    en: packAll(t.en),
    family: packAll(t.family),
    related: packAll(t.related),
    zh: packAll(t.zh),
    irregular: t.irregular,
    segmenter: t.segmenter,
    lexicon: Object.fromEntries(
      Object.entries(t.lexicon).map(([w, n]) => [w, n > 0 ? String(n) : '']),
    ),
    absent: Object.fromEntries(t.absent.map((w) => [w, ''])),
  };
}

export function unpackCandidates(packed: string): Candidates {
  return packed.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), Number(line.slice(tab + 1))];
  });
}
