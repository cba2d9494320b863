import { describe, expect, it } from 'vitest';
import { expansionWeights } from '../../src/retrieval/retriever.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { tokenizeTerm } from '../../src/retrieval/tokenize.js';

const plan = (standalone: string, expansions: string[], expansionGroups: string[][] = []) =>
  ({ standalone, expansions, expansionGroups }) as unknown as QueryPlan;

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

  it('has the renderings of one span share one budget', () => {
    const terms = ['国际移动通信', 'IMT', 'IMT-2020'];
    const tokens = new Set(terms.flatMap((t) => tokenizeTerm(t)));
    expect(tokens.size).toBeGreaterThan(6);
    const together = expansionWeights(
      plan('5G对人体有害吗', terms, [['5G', ...terms]]),
      'jieba+bigram',
      6,
    );
    const sum = [...together.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(6, 5);
    // Apart, each rendering would have had a budget of its own.
    const apart = expansionWeights(plan('5G对人体有害吗', terms), 'jieba+bigram', 6);
    expect([...apart.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(sum);
  });
});
