/** Fusing ranked lists from the lexical and vector channels: reciprocal rank or a convex score combination. */

export type FusionMethod = 'rrf' | 'convex';

export interface ChannelHit {
  index: number;
  score: number;
}

/** Reciprocal rank fusion (k = 60): robust when the channels' scores are on different scales. */
export function rrf(lists: ChannelHit[][], k = 60): Map<number, number> {
  const out = new Map<number, number>();
  for (const list of lists) {
    list.forEach((h, rank) => out.set(h.index, (out.get(h.index) ?? 0) + 1 / (k + rank + 1)));
  }
  return out;
}

/** Each list's scores divided by its best, then weighted: alpha for the first list, 1 − alpha for the second. */
export function convex(
  lexical: ChannelHit[],
  vector: ChannelHit[],
  alpha: number,
): Map<number, number> {
  const out = new Map<number, number>();
  const add = (list: ChannelHit[], w: number) => {
    const max = list[0]?.score ?? 0;
    const min = list.length ? list[list.length - 1]!.score : 0;
    if (max <= 0) return;
    for (const h of list) {
      const norm = max > min ? (h.score - min) / (max - min) : 1;
      out.set(h.index, (out.get(h.index) ?? 0) + w * norm);
    }
  };
  add(lexical, alpha);
  add(vector, 1 - alpha);
  return out;
}
