/** A question about the content of a resolution that a named one only cites. */
import { describe, expect, it } from 'vitest';
import { asksOfCitation, citedOnly, citedWithEdition } from '../../src/answer/cited-only.js';
import { clause } from '../helpers/clause.js';

const clausesOf = (n: number) =>
  n === 64
    ? [
        clause({
          id: 'r64.1',
          text: '同时考虑到WTDC第63号决议（2017年，布宜诺斯艾利斯，修订版）；',
        }),
      ]
    : [];

describe('citedOnly', () => {
  it('finds the unknown resolution the question asks the content of, cited by the named one', () => {
    expect(
      citedOnly('第64号决议里提到的WTDC第63号决议，具体规定了哪些内容？', [64], [63], clausesOf),
    ).toMatchObject([{ cited: 63, by: 64, clauses: [{ id: 'r64.1' }] }]);
    expect(
      citedOnly(
        'What does Resolution 63, which Resolution 64 mentions, say?',
        [64],
        [63],
        clausesOf,
      ),
    ).toMatchObject([{ cited: 63, by: 64, clauses: [{ id: 'r64.1' }] }]);
  });

  it('takes a resolution to be implemented as cited too', () => {
    expect(
      citedOnly('Resolution 64 wants 63 implemented. What does 63 require?', [64], [63], clausesOf),
    ).toMatchObject([{ cited: 63, by: 64 }]);
    expect(
      citedOnly('第64号决议要求落实第63号决议，第63号决议规定了什么？', [64], [63], clausesOf),
    ).toMatchObject([{ cited: 63, by: 64 }]);
  });

  it('not when the question is about the citing resolution, or the named one does not cite it', () => {
    expect(citedOnly('第64号决议为什么要提到第63号决议？', [64], [63], clausesOf)).toEqual([]);
    expect(
      citedOnly('What does Resolution 64 say about Resolution 63?', [64], [63], clausesOf),
    ).toEqual([]);
    expect(
      citedOnly('第64号决议里提到的第196号决议，具体规定了哪些内容？', [64], [196], clausesOf),
    ).toEqual([]);
  });
});

describe('asksOfCitation', () => {
  it('is asked how a cited resolution is used or related, not what it says itself', () => {
    expect(asksOfCitation('And Resolution 63: is the bureau told to implement it?')).toBe(true);
    expect(asksOfCitation('它跟第63号决议是什么关系？')).toBe(true);
    expect(asksOfCitation('那个第63号决议本身讲的是什么？')).toBe(false);
    expect(asksOfCitation('What exactly does the Resolution 63 it cites require?')).toBe(false);
    expect(asksOfCitation('Who chairs the kite club?')).toBe(false);
  });
});

describe('citedWithEdition', () => {
  const clauses = [
    clause({ id: 'r86.table2', part: 'table2', text: '依据第195号决议（2014年，釜山）开展工作。' }),
    clause({ id: 'r86.2', text: '继续根据第195号决议（2014年，釜山）支持实施；' }),
    clause({ id: 'r86.3', text: '落实第195号决议的目标；' }),
    clause({ id: 'r44.1', text: '参照第1195号决议（2010年，瓜达拉哈拉）；' }),
  ];

  it('finds the clauses giving the cited resolution with its year, the operative text first', () => {
    expect(citedWithEdition(clauses, 195).map((c) => c.id)).toEqual(['r86.2', 'r86.table2']);
  });

  it('finds none for a resolution cited without its edition, or not at all', () => {
    expect(citedWithEdition([clauses[2]!], 195)).toEqual([]);
    expect(citedWithEdition(clauses, 63)).toEqual([]);
  });
});
