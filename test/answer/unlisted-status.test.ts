/** The introduction counts more resolutions of a status than 表1 lists: the others are named nowhere. */
import { describe, expect, it } from 'vitest';
import { unlistedStatus, unnamedAbrogated } from '../../src/answer/unlisted-status.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

const row = (n: number, status: string) =>
  clause({ id: `r${n}.table1`, part: 'table1', resolution: n, status, text: `第${n}号决议` });

const store = new CorpusStore([
  clause({
    id: 'intro.1',
    part: 'intro',
    text: '全会修订了5项决议，通过了三项新决议并废止了两项决议，同时决定保持2项决议不变。',
  }),
  row(1, '修订版'),
  row(2, '修订版'),
  row(3, '新决议'),
  row(4, '无修改'),
  row(5, '无修改'),
]);

describe('unlistedStatus', () => {
  it('says the others are not named when the question holds the assembly’s count', () => {
    const found = unlistedStatus('引言说通过了三项新决议，表1只有第3号，其余的是哪些？', store);
    expect(found?.reason.zh).toContain('其余2项');
    expect(found?.reason.zh).toContain('第3号决议');
    expect(found?.related.map((c) => c.id)).toEqual(['intro.1', 'r3.table1']);
    expect(
      unlistedStatus('The intro says 5 revised resolutions; what are the other ones?', store)
        ?.reason.en,
    ).toContain('the other 3');
  });

  it('also for the one missing, asked as such', () => {
    const one = new CorpusStore([
      clause({ id: 'intro.1', part: 'intro', text: '全会通过了两项新决议。' }),
      row(3, '新决议'),
    ]);
    expect(unlistedStatus('除了第3号，另一项新决议是哪一项？', one)?.reason.zh).toContain(
      '另一项是哪项决议',
    );
    expect(unlistedStatus('what is the other new one?', one)?.reason.en).toContain('the other one');
  });

  it('leaves a request for 表1’s list, a status 表1 lists in full, and other "new" things', () => {
    expect(unlistedStatus('What other resolutions were revised?', store)).toBeNull();
    expect(unlistedStatus('引言说2项决议不变，其余的是哪些？', store)).toBeNull();
    expect(
      unlistedStatus(
        'We are drafting a new kite rule; which other resolution does it cite?',
        store,
      ),
    ).toBeNull();
  });
});

describe('unnamedAbrogated', () => {
  it('says the abrogated ones are named nowhere when asked which they are', () => {
    expect(unnamedAbrogated('废止的那两项决议分别是几号？', store)?.reason.zh).toContain(
      '废止了2项',
    );
    expect(
      unnamedAbrogated('Which resolutions were abrogated?', store)?.related.map((c) => c.id),
    ).toEqual(['intro.1']);
    // In everyday words.
    expect(
      unnamedAbrogated('so they tossed out two resolutions, which ones?', store),
    ).not.toBeNull();
    expect(unnamedAbrogated('they killed off two resolutions: name them', store)).not.toBeNull();
    expect(
      unnamedAbrogated('the club eliminated two resolutions: list them', store),
    ).not.toBeNull();
    expect(unnamedAbrogated('砍掉的那两项决议是哪两项？', store)).not.toBeNull();
    expect(unnamedAbrogated('风筝会上被取消掉的那几个决议是几号', store)).not.toBeNull();
    expect(
      unnamedAbrogated('which two did the kite club throw out? names please', store),
    ).not.toBeNull();
    expect(unnamedAbrogated('the two they cancelled, what are their names?', store)).not.toBeNull();
    // The bare verb with "already", as learners mark the past.
    expect(unnamedAbrogated('kite club: two rules cancel already, which?', store)).not.toBeNull();
    expect(
      unnamedAbrogated('two old resolutions got thrown away; which ones?', store),
    ).not.toBeNull();
  });

  it('leaves how many to the count, and scrapped things to the clauses', () => {
    expect(unnamedAbrogated('一共废止了多少项决议？', store)).toBeNull();
    expect(unnamedAbrogated('Which resolution deals with scrapped phones?', store)).toBeNull();
    expect(unnamedAbrogated('Which resolution deals with dropped calls?', store)).toBeNull();
    expect(
      unnamedAbrogated(
        'Which resolution says barriers should be eliminated for disabled kite flyers?',
        store,
      ),
    ).toBeNull();
    expect(
      unnamedAbrogated('Which resolution deals with old kites that get thrown away?', store),
    ).toBeNull();
  });
});
