/**
 * Whether a term is a theme of the document rather than the topic of one resolution: used in many of its
 * resolutions. "The resolutions to do with ITU-D" are the document's own (it gathers those affecting
 * ITU-D), though one title (the division of work between the Sectors) names ITU-D.
 */
import { tokenizeTerm } from './tokenize.js';

/** Used in at least this share of the places (resolutions), a term names no one of them. */
const THEME_SHARE = 1 / 3;

function bitCount(mask: Uint32Array): number {
  let n = 0;
  for (let w of mask) {
    for (; w; w &= w - 1) n++;
  }
  return n;
}

/**
 * @param placesWith where the document uses a token, as a bit set over places (its resolutions).
 * @returns whether any of the terms (a span and its renderings) has all its words together in at least a
 *   third of the places.
 */
export function documentTheme(
  placesWith: (token: string) => Uint32Array,
  places: number,
): (terms: string[]) => boolean {
  return (terms) =>
    places > 0 &&
    terms.some((term) => {
      const tokens = tokenizeTerm(term, 'jieba');
      if (!tokens.length) return false;
      const together = placesWith(tokens[0]!).slice();
      for (const t of tokens.slice(1)) {
        const m = placesWith(t);
        for (let i = 0; i < together.length; i++) together[i]! &= m[i] ?? 0;
      }
      return bitCount(together) >= places * THEME_SHARE;
    });
}
