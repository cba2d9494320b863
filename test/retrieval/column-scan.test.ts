import { describe, expect, it } from 'vitest';
import { ColumnScan } from '../../src/retrieval/column-scan.js';

/** Deterministic pseudo-random numbers, so the points are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** The point-by-point product the vector channel used before (four running sums, added in order). */
function pointByPoint(points: Float32Array, row: number, at: Int32Array, w: Float64Array): number {
  const s = [0, 0, 0, 0];
  const full = at.length - (at.length % 4);
  for (let j = 0; j < at.length; j++) s[j < full ? j & 3 : 0]! += w[j]! * points[row + at[j]!]!;
  return s[0]! + s[1]! + s[2]! + s[3]!;
}

describe('ColumnScan', () => {
  const dim = 64;
  const labels = 50;
  const rand = rng(11);
  const points = Float32Array.from({ length: labels * dim }, () =>
    rand() < 0.3 ? rand() - 0.5 : 0,
  );
  const scan = new ColumnScan(points, labels, dim);

  it.each([1, 3, 4, 7, 13, dim])(
    'gives the point-by-point products bit for bit (%i dimensions)',
    (m) => {
      const at = Int32Array.from({ length: m }, (_, j) => Math.floor((j * dim) / m));
      const w = Float64Array.from({ length: m }, () => (rand() < 0.2 ? 0 : rand() - 0.5));
      // Twice: the scratch sums are cleared between scans.
      for (let round = 0; round < 2; round++) {
        const dots = scan.dots(at, w);
        for (let l = 0; l < labels; l++) expect(dots[l]).toBe(pointByPoint(points, l * dim, at, w));
      }
    },
  );
});
