/** A question about the content of a resolution that a named one only cites. */
import { describe, expect, it } from 'vitest';
import { citedOnly } from '../../src/answer/cited-only.js';
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
