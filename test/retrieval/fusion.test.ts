import { describe, expect, it } from 'vitest';
import { convex, lexicalConfidence, rrf } from '../../src/retrieval/fusion.js';

describe('lexicalConfidence', () => {
  it('is full from the knee up and proportional below it', () => {
    expect(lexicalConfidence(8, 10, 0.25)).toBe(1);
    expect(lexicalConfidence(2.5, 10, 0.25)).toBe(1);
    expect(lexicalConfidence(1, 10, 0.25)).toBeCloseTo(0.4, 10);
  });

  it('is full when switched off or when there is nothing to reach', () => {
    expect(lexicalConfidence(1, 10, 0)).toBe(1);
    expect(lexicalConfidence(0, 0, 0.25)).toBe(1);
  });
});

describe('convex', () => {
  const lexical = [
    { index: 1, score: 9 },
    { index: 2, score: 5 },
    { index: 3, score: 1 },
  ];
  const vector = [
    { index: 3, score: 0.8 },
    { index: 1, score: 0.4 },
  ];

  it('min-max normalises each list and weighs it by alpha and 1 − alpha', () => {
    const fused = convex(lexical, vector, 0.9);
    expect(fused.get(1)).toBeCloseTo(0.9, 10);
    expect(fused.get(2)).toBeCloseTo(0.45, 10);
    expect(fused.get(3)).toBeCloseTo(0.1, 10);
  });

  it('scales only the lexical list by its confidence', () => {
    const fused = convex(lexical, vector, 0.9, 0.5);
    expect(fused.get(1)).toBeCloseTo(0.45, 10);
    expect(fused.get(2)).toBeCloseTo(0.225, 10);
    expect(fused.get(3)).toBeCloseTo(0.1, 10);
  });
});

describe('rrf', () => {
  it('adds 1 / (60 + rank) over the lists', () => {
    const fused = rrf([
      [{ index: 1, score: 3 }],
      [
        { index: 2, score: 1 },
        { index: 1, score: 0.5 },
      ],
    ]);
    expect(fused.get(1)).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused.get(2)).toBeCloseTo(1 / 61, 12);
  });
});
