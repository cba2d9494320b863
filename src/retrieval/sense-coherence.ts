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
export const DEFAULT_COHERENCE: CoherenceOptions = { floor: 0.3 };

/**
 * @param units the question's dictionary units.
 * @param context the question's own words in the document's language (and glossary terms), which also
 *   tell which rendering is meant.
 * @param placesWith where the document uses a term (clause or resolution numbers).
 * @param places how many places there are: a term used nearly everywhere says nothing about sense.
 */
export function coherentUnits(
  units: DictionaryUnit[],
  context: string[],
  placesWith: (term: string) => ArrayLike<number>,
  places: number,
  opts: CoherenceOptions = DEFAULT_COHERENCE,
): DictionaryUnit[] {
  if (units.length + context.length < 2 || places <= 0) return units;
  const sets = new Map<string, Set<number>>();
  const setOf = (t: string) => {
    let s = sets.get(t);
    if (!s) sets.set(t, (s = new Set(Array.from(placesWith(t)))));
    return s;
  };
  // A term found in most places co-occurs with anything: it counts by how specific it is.
  const specific = (t: string) => Math.max(0, 1 - setOf(t).size / places);
  const meets = (a: string, b: string) => {
    const [x, y] = [setOf(a), setOf(b)];
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    for (const p of small) if (large.has(p)) return true;
    return false;
  };
  return units.map((u, i) => {
    if (u.candidates.length < 2) return u;
    const support = u.candidates.map(([z]) => {
      let s = 0;
      for (const [j, other] of units.entries()) {
        if (j === i) continue;
        const top = Math.max(...other.candidates.map(([, w]) => w));
        let best = 0;
        for (const [z2, w2] of other.candidates) {
          if (z2 !== z && meets(z, z2)) best = Math.max(best, (w2 / top) * specific(z2));
        }
        s += best;
      }
      for (const t of context) if (t !== z && meets(z, t)) s += specific(t);
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
