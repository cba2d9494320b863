import { describe, expect, it } from 'vitest';
import { expansionWeights } from '../../src/retrieval/retriever.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { tokenizeTerm } from '../../src/retrieval/tokenize.js';

const plan = (standalone: string, expansions: string[]) =>
  ({ standalone, expansions }) as unknown as QueryPlan;

describe('expansionWeights', () => {
  it('lets a long expansion share a few tokens’ weight among all its tokens', () => {
    const long = '国际电联电信发展部门';
    const n = tokenizeTerm(long).length;
    expect(n).toBeGreaterThan(6);
    const w = expansionWeights(plan('ITU-D 14-3/2', [long, 'ITU-D']), 'jieba+bigram', 6);
    for (const t of tokenizeTerm(long)) expect(w.get(t)).toBeCloseTo(6 / n, 5);
    // The acronym is the question's own word: it keeps its full weight (it is not in the map).
    expect(w.has('itu-d')).toBe(false);
  });

  it('leaves a short expansion at full weight', () => {
    const w = expansionWeights(plan('roaming', ['漫游']), 'jieba+bigram', 6);
    expect([...w.values()].every((x) => x === 1)).toBe(true);
  });

  it('never lowers a token the question wrote itself', () => {
    const w = expansionWeights(
      plan('电信发展部门的工作', ['国际电联电信发展部门']),
      'jieba+bigram',
      6,
    );
    expect(w.has('部门')).toBe(false);
    expect(w.has('国际电联')).toBe(true);
  });
});
