/**
 * Two English words whose renderings join into one of the document's compounds: "junk messages" → 垃圾 +
 * 信息 → 垃圾信息, "service quality" → 服务 + 质量 → 服务质量. The dictionary translates word by word, and
 * the two halves alone match many clauses each; the compound matches the one topic the question names.
 */
import type { DictionaryUnit } from './dictionary-expander.js';

/**
 * Renderings of each word tried: its likely senses, at least half as strong as its best one ("internet" is
 * 互联网, not the 国际 of a weak sense, which with organisation's 组织 would make 国际组织).
 */
const TOP_CANDIDATES = 4;
const MIN_SHARE_OF_BEST = 0.5;

function likelySenses(u: DictionaryUnit): string[] {
  const best = Math.max(...u.candidates.map(([, w]) => w));
  return u.candidates
    .slice(0, TOP_CANDIDATES)
    .filter(([, w]) => w >= best * MIN_SHARE_OF_BEST)
    .map(([z]) => z);
}

/**
 * Compounds the document uses that join a rendering of one unit with one of the next unit's (in either
 * order: "quality of service" is 服务质量 too), each once, in question order.
 * @param inDocument whether the document uses a term.
 */
export function compoundBridges(
  units: readonly DictionaryUnit[],
  inDocument: (term: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const a = likelySenses(units[i]!);
    const b = likelySenses(units[i + 1]!);
    const own = new Set([...a, ...b]);
    for (const x of a) {
      for (const y of b) {
        for (const joined of [x + y, y + x]) {
          if (own.has(joined) || out.includes(joined)) continue;
          // A compound of one character is a fragment, not a term.
          if (x.length < 2 || y.length < 2) continue;
          if (inDocument(joined)) out.push(joined);
        }
      }
    }
  }
  return out;
}
