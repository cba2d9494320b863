/**
 * Choosing among a word's dictionary renderings by the company they keep: "standards" may be 标准 or 水平,
 * "own" 拥有 or 所有. The rendering the document uses together with the renderings of the question's other
 * words is the one meant (query-translation disambiguation by co-occurrence, as in cross-language
 * retrieval). A rendering found with none of them keeps only part of its weight; a word whose renderings
 * co-occur with nothing is left as it is.
 */
import type { DictionaryUnit } from './dictionary-expander.js';

export interface CoherenceOptions {
  /** Share of its weight a rendering keeps when it co-occurs with none of the question's other words. */
  floor: number;
}

/** Measured on dev: 0.2 to 0.6 scored alike; resolutions as places scored as well as clauses. */
function popcount(mask: Uint32Array): number {
  let n = 0;
  for (let v of mask) {
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

export const DEFAULT_COHERENCE: CoherenceOptions = { floor: 0.3 };

/**
 * @param units the question's dictionary units.
 * @param context the question's own words in the document's language (and glossary terms), which also
 *   tell which rendering is meant.
 * @param placesWith where the document uses a term, as a bit set over places (its resolutions).
 * @param places how many places there are: a term used nearly everywhere says nothing about sense.
 */
export function coherentUnits(
  units: DictionaryUnit[],
  context: string[],
  placesWith: (term: string) => Uint32Array,
  places: number,
  opts: CoherenceOptions = DEFAULT_COHERENCE,
): DictionaryUnit[] {
  if (units.length + context.length < 2 || places <= 0) return units;
  // Each term once: its places and how specific it is (a term found in most places co-occurs with
  // anything, so it counts by how specific it is). The loops below compare by index.
  const index = new Map<string, number>();
  const masks: Uint32Array[] = [];
  const weight: number[] = [];
  const idOf = (t: string) => {
    let id = index.get(t);
    if (id === undefined) {
      index.set(t, (id = masks.length));
      const m = placesWith(t);
      masks.push(m);
      weight.push(Math.max(0, 1 - popcount(m) / places));
    }
    return id;
  };
  const ids = units.map((u) => u.candidates.map(([z]) => idOf(z)));
  const tops = units.map((u) => Math.max(...u.candidates.map(([, w]) => w)));
  const contextIds = context.map(idOf);
  const meets = (a: number, b: number) => {
    const [x, y] = [masks[a]!, masks[b]!];
    for (let i = 0; i < x.length; i++) if ((x[i]! & y[i]!) !== 0) return true;
    return false;
  };
  return units.map((u, i) => {
    if (u.candidates.length < 2) return u;
    const support = ids[i]!.map((z) => {
      let s = 0;
      for (let j = 0; j < units.length; j++) {
        if (j === i) continue;
        const other = units[j]!.candidates;
        let best = 0;
        for (let k = 0; k < other.length; k++) {
          const z2 = ids[j]![k]!;
          if (z2 !== z && meets(z, z2))
            best = Math.max(best, (other[k]![1] / tops[j]!) * weight[z2]!);
        }
        s += best;
      }
      for (const t of contextIds) if (t !== z && meets(z, t)) s += weight[t]!;
      return s;
    });
    const most = Math.max(...support);
    if (most <= 0) return u;
    const candidates: [string, number][] = u.candidates.map(([z, w], k) => [
      z,
      w * (opts.floor + (1 - opts.floor) * (support[k]! / most)),
    ]);
    candidates.sort((a, b) => b[1] - a[1]);
    return { ...u, candidates };
  });
}
