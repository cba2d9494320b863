/** A term the document uses across many of its resolutions is a theme of the whole, not one's topic. */
import { describe, expect, it } from 'vitest';
import { documentTheme } from '../../src/retrieval/document-theme.js';

/** Nine places (resolutions); each token's places as a bit set. */
const USES: Record<string, number[]> = {
  合作: [0, 1, 2, 3],
  漫游: [4],
  培训: [1, 2, 5],
  活动: [0, 3, 6],
};
const placesWith = (token: string) => {
  const mask = new Uint32Array(1);
  for (const p of USES[token] ?? []) mask[0]! |= 1 << p;
  return mask;
};
const theme = documentTheme(placesWith, 9);

describe('documentTheme', () => {
  it('is a term used in at least a third of the places', () => {
    expect(theme(['合作'])).toBe(true);
    expect(theme(['培训'])).toBe(true);
    expect(theme(['漫游'])).toBe(false);
  });

  it('counts only the places that use all of a term’s words together', () => {
    // 培训 and 活动 are each in three places, but together in none.
    expect(theme(['培训活动'])).toBe(false);
  });

  it('is any of a span’s renderings', () => {
    expect(theme(['漫游', '合作'])).toBe(true);
    expect(documentTheme(placesWith, 0)(['合作'])).toBe(false);
  });
});
