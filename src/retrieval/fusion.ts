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

/**
 * How far to trust a lexical list whose best score is `top` of the `ceiling` the query could reach: fully
 * from `knee` of it up, proportionally below. Min-max normalisation gives every list's best the same score,
 * whether it matched the question's rare words or only its common ones.
 */
export function lexicalConfidence(top: number, ceiling: number, knee: number): number {
  if (knee <= 0 || ceiling <= 0) return 1;
  return Math.min(1, top / ceiling / knee);
}

/**
 * Each list's scores divided by its best, then weighted: alpha for the first list (times its confidence,
 * see lexicalConfidence), 1 − alpha for the second.
 */
export function convex(
  lexical: ChannelHit[],
  vector: ChannelHit[],
  alpha: number,
  confidence = 1,
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
  add(lexical, alpha * confidence);
  add(vector, 1 - alpha);
  return out;
}
