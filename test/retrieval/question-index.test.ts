import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/corpus/clause.js';
import { QuestionIndex, questionTokens } from '../../src/retrieval/question-index.js';

const clause = (id: string, resolution: number) => ({ id, resolution }) as unknown as Clause;

describe('questionTokens', () => {
  it('reduces English words to their stems and keeps Chinese words and bigrams', () => {
    expect(questionTokens('Universities')).toEqual(questionTokens('university'));
    expect(questionTokens('standardisation')).toEqual(questionTokens('standardization'));
    expect(questionTokens('手机被偷了')).toContain('手机');
    // A verb said twice is also the verb once (算算 finds 怎么算).
    expect(questionTokens('帮我们算算风筝')).toEqual(expect.arrayContaining(['算算', '算']));
    expect(questionTokens('风筝协会')).not.toContain('风');
  });
});

describe('QuestionIndex', () => {
  const clauses = [clause('a', 44), clause('b', 44), clause('c', 97), clause('d', 97)];
  const index = new QuestionIndex(
    clauses,
    new Map([
      ['a', ['Can universities help write standards?', '大学能参与标准制定吗？']],
      ['b', ['Is there money for the standards gap?']],
      ['c', ['My phone was stolen, what can be done?', '手机被偷了怎么办？']],
    ]),
  );

  it('finds the clause whose questions share the words, in either language', () => {
    expect(
      index.search('Does ITU want university staff to help make standards?', 5)[0]!.index,
    ).toBe(0);
    expect(index.search('手机被偷', 5)[0]!.index).toBe(2);
  });

  it('counts the clauses whose questions use a token, an English word by its stem', () => {
    expect(index.docFreq('standards')).toBe(2);
    expect(index.docFreq('standard')).toBe(2);
    expect(index.docFreq('手机')).toBe(1);
    expect(index.docFreq('kite')).toBe(0);
  });

  it('searches only the named resolutions when given, and finds nothing for a clause without questions', () => {
    expect(index.search('stolen phone', 5, [44])).toEqual([]);
    expect(index.search('stolen phone', 5).map((h) => h.index)).not.toContain(3);
  });

  it('scores the share of the question matched: a word no clause question uses lowers it', () => {
    const [plain] = index.search('stolen phone', 5);
    const [elsewhere] = index.search('stolen phone football', 5);
    expect(plain!.score).toBeGreaterThan(0);
    expect(plain!.score).toBeLessThanOrEqual(1);
    expect(elsewhere!.index).toBe(plain!.index);
    expect(elsewhere!.score).toBeLessThan(plain!.score * 0.8);
  });
});
