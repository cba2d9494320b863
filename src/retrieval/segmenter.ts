/**
 * Jieba's exact-mode cut without HMM (`cut(text, false)`), in JavaScript over a dictionary read in place:
 * the word graph of every dictionary word starting at each character, then the path of highest probability
 * (each word's frequency over the dictionary's total; a character no word starts with counts as frequency
 * 1), ties going to the longer word — as jieba-rs computes it. The native jieba holds its own copy of the
 * dictionary in every thread (about 11 MB for the lean one); this reads the one in the shared table.
 */

import { CUT_TOTAL, type SharedTable } from './shared-table.js';

/** A dictionary word's frequency; 0 for a prefix of longer words that is no word itself; undefined if neither. */
export type WordFrequency = (word: string) => number | undefined;

/** The characters jieba cuts by its dictionary (its Han range); any other character stands alone. */
const HAN_BLOCK = /[\u4e00-\u9fd5]+/g;

export class Segmenter {
  private readonly logTotal: number;

  constructor(
    private readonly frequency: WordFrequency,
    total: number,
  ) {
    this.logTotal = Math.log(total);
  }

  /** The words of a text of CJK characters, in order (other characters one by one). */
  cut(text: string): string[] {
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(HAN_BLOCK)) {
      for (const ch of text.slice(last, m.index)) out.push(ch);
      this.cutBlock(m[0], out);
      last = m.index! + m[0].length;
    }
    for (const ch of text.slice(last)) out.push(ch);
    return out;
  }

  private cutBlock(block: string, out: string[]): void {
    const n = block.length;
    // route[i]: the best log probability of block[i…] and where its first word ends.
    const score = new Float64Array(n + 1);
    const end = new Int32Array(n + 1);
    for (let i = n - 1; i >= 0; i--) {
      let best = -Infinity;
      let bestEnd = -1;
      for (let j = i + 1; j <= n; j++) {
        const f = this.frequency(block.slice(i, j));
        if (f === undefined) break;
        // A prefix of longer words only: no word here, but read on.
        if (f === 0) continue;
        const s = Math.log(f) - this.logTotal + score[j]!;
        // Ties go to the longer word (jieba compares (score, end) pairs).
        if (s > best || (s === best && j > bestEnd)) {
          best = s;
          bestEnd = j;
        }
      }
      if (bestEnd < 0) {
        bestEnd = i + 1;
        best = -this.logTotal + score[i + 1]!;
      }
      score[i] = best;
      end[i] = bestEnd;
    }
    for (let i = 0; i < n; i = end[i]!) out.push(block.slice(i, end[i]));
  }
}

/** The segmenter over a shared table's 'cut' part, or null when the table holds none. */
export function tableSegmenter(table: SharedTable): Segmenter | null {
  const total = Number(table.get('cut', CUT_TOTAL));
  if (!(total > 0)) return null;
  return new Segmenter((w) => {
    const f = table.get('cut', w);
    return f === undefined ? undefined : Number(f);
  }, total);
}
