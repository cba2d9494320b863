/** A count of new resolutions taken as given, and the one 表1 does not list asked for. */
import { describe, expect, it } from 'vitest';
import { claimedNewCount, newCountPremise } from '../../src/answer/new-count-premise.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

describe('claimedNewCount', () => {
  it.each([
    ['听说这次出了三项新决议，除了风筝那项还有哪些？', 3],
    ['一共2个新的决议，另一个讲什么？', 2],
    ['They passed two new resolutions, what is the other one?', 2],
    ['3 new WTSA resolutions: besides kites, which?', 3],
  ])('reads the count claimed in %s', (q, n) => {
    expect(claimedNewCount(q)).toBe(n);
  });

  it('reads none where no count of new resolutions is stated', () => {
    expect(claimedNewCount('有几个新决议？')).toBeNull();
    expect(claimedNewCount('Which two resolutions are about kites?')).toBeNull();
  });
});

describe('newCountPremise', () => {
  const store = new CorpusStore([
    clause({
      id: 'intro.1',
      part: 'intro',
      resolution: null,
      text: '全会修订了10项决议，通过了两项新决议并废止了一项决议。',
    }),
    clause({
      id: 'r5.t1',
      part: 'table1',
      resolution: 5,
      status: '新决议',
      title: '风筝',
      text: '风筝',
    }),
    clause({ id: 'r6.t1', part: 'table1', resolution: 6, status: '修订版', text: '无人机' }),
  ]);

  it('says the document names no other, with its own count and the 表1 row', () => {
    const p = newCountPremise('通过了两个新决议，除了风筝那项，另外一个是什么？', store);
    expect(p?.shown.map((c) => c.id)).toEqual(['intro.1', 'r5.t1']);
    expect(p?.reason.zh).toContain('通过了两项新决议');
    expect(p?.reason.zh).toContain('第5号决议（风筝）');
  });

  it('lets the question through when it asks which they are, or counts no more than 表1 lists', () => {
    expect(newCountPremise('They adopted two new resolutions, which are they?', store)).toBeNull();
    expect(newCountPremise('说是有1项新决议，除了风筝还有别的吗？', store)).toBeNull();
  });
});
