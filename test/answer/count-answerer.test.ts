/** Totals from the introduction beside 表1's rows, both cited, with the reason when they differ. */
import { describe, expect, it } from 'vitest';
import { clause } from '../helpers/clause.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { answerCount, introTotal } from '../../src/answer/count-answerer.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';

const row = (n: number, status: string) =>
  clause({
    id: `r${n}.table1`,
    part: 'table1',
    resolution: n,
    status,
    text: `第${n}号决议 · 现状：${status}`,
  });

const store = new CorpusStore([
  clause({
    id: 'intro.1',
    part: 'intro',
    text: '全会修订了12项决议，通过了三项新决议并废止了2项决议，同时决定保持5项决议不变。',
  }),
  row(1, '修订版'),
  row(2, '修订版'),
  row(3, '无修改'),
  row(4, '新决议'),
]);

const plan = (standalone: string, lang: 'zh' | 'en' = 'zh') => ({ standalone, lang }) as QueryPlan;

describe('introTotal', () => {
  it('reads the totals the introduction states, in digits or Chinese numerals', () => {
    expect(introTotal(store, '修订版')?.n).toBe(12);
    expect(introTotal(store, '新决议')?.n).toBe(3);
    expect(introTotal(store, '废止')?.n).toBe(2);
    expect(introTotal(store, '无修改')?.n).toBe(5);
  });
});

describe('answerCount', () => {
  it('gives the assembly total and the table rows, and says why they differ', () => {
    const r = answerCount(plan('全会修订了多少项决议？'), store, ['修订版']);
    expect(r.citations[0]!.part).toBe('intro');
    expect(r.citations.filter((c) => c.part === 'table1').map((c) => c.resolution)).toEqual([1, 2]);
    expect(r.answer).toContain('12项');
    expect(r.answer).toContain('2项');
    expect(r.answer).toContain('两个数字不同');
  });

  it('puts the table first when the question is about 表1', () => {
    const r = answerCount(plan('How many resolutions in Table 1 are new?', 'en'), store, [
      '新决议',
    ]);
    expect(r.citations[0]!).toMatchObject({ part: 'table1', resolution: 4 });
    expect(r.answer).toContain('The numbers differ: 3');
  });

  it('counts abrogated resolutions from the introduction alone', () => {
    const r = answerCount(plan('How many resolutions were abrogated?', 'en'), store, ['废止']);
    expect(r.citations.map((c) => c.part)).toEqual(['intro']);
    expect(r.answer).toContain('2 abrogated');
    expect(r.answer).toContain('lists none as abrogated');
  });

  it("counts 表1's rows by status when no status is asked, citing every row it counts", () => {
    const r = answerCount(plan('How many resolutions affect ITU-D?', 'en'), store, []);
    expect(r.answer).toContain('lists 4 WTSA resolutions');
    expect(r.answer).toContain('2 revised (修订版)');
    expect(r.citations.map((c) => c.resolution)).toEqual([1, 2, 3, 4]);
    const zh = answerCount(plan('表1列了几项决议？'), store, []);
    expect(zh.answer).toContain('表1列出4项');
    expect(zh.citations).toHaveLength(4);
  });
});
