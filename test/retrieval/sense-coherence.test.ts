import { describe, expect, it } from 'vitest';
import { coherentUnits } from '../../src/retrieval/sense-coherence.js';
import type { DictionaryUnit } from '../../src/retrieval/dictionary-expander.js';

// Where a stand-in document uses each word: resolutions 1–10.
const USES: Record<string, number[]> = {
  标准: [1, 2, 3],
  水平: [7],
  制定: [1, 2],
  国际电联: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  生活: [7],
  漫游: [4],
};
/** The places as a bit set, as the index gives them. */
const placesWith = (t: string) => {
  const mask = new Uint32Array(1);
  for (const p of USES[t] ?? []) mask[0]! |= 1 << (p - 1);
  return mask;
};

const unit = (surface: string, candidates: [string, number][]): DictionaryUnit => ({
  surface,
  candidates,
});

describe('coherentUnits', () => {
  it('raises the rendering the document uses with the question’s other words', () => {
    const units = [
      unit('standards', [
        ['水平', 0.3],
        ['标准', 0.25],
      ]),
      unit('set', [['制定', 0.4]]),
    ];
    const [standards] = coherentUnits(units, [], placesWith, 10, { floor: 0.3 });
    expect(standards!.candidates.map(([z]) => z)).toEqual(['标准', '水平']);
    // The lone rendering keeps part of its weight, the supported one all of it.
    expect(standards!.candidates[0]![1]).toBe(0.25);
    expect(standards!.candidates[1]![1]).toBeCloseTo(0.3 * 0.3, 5);
  });

  it('takes the question’s own words (and glossary terms) as context too', () => {
    const units = [
      unit('standards', [
        ['标准', 0.3],
        ['水平', 0.25],
      ]),
    ];
    const [standards] = coherentUnits(units, ['生活'], placesWith, 10, { floor: 0.3 });
    expect(standards!.candidates[0]![0]).toBe('水平');
  });

  it('learns nothing from a word used everywhere, and leaves a word with no evidence as it was', () => {
    const units = [
      unit('standards', [
        ['水平', 0.3],
        ['标准', 0.25],
      ]),
    ];
    expect(coherentUnits(units, ['国际电联'], placesWith, 10)).toEqual(units);
    expect(coherentUnits(units, ['漫游'], placesWith, 10)).toEqual(units);
  });
});
