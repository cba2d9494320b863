import { describe, expect, it } from 'vitest';
import { splitCitations, usedCitations } from '../../src/web/citation-markers.js';

describe('splitCitations', () => {
  it('turns [n] markers into citations and keeps the text around them', () => {
    expect(splitCitations('保留一项支出 [1]，并鼓励捐款[2]。', 2)).toEqual([
      { kind: 'text', text: '保留一项支出 ' },
      { kind: 'cite', n: 1 },
      { kind: 'text', text: '，并鼓励捐款' },
      { kind: 'cite', n: 2 },
      { kind: 'text', text: '。' },
    ]);
  });

  it('splits grouped markers and accepts full-width brackets and separators', () => {
    expect(
      splitCitations('a [1, 2] b ［3］ c [1，3] d [2、3]', 3).filter((s) => s.kind === 'cite'),
    ).toEqual([1, 2, 3, 1, 3, 2, 3].map((n) => ({ kind: 'cite', n })));
  });

  it('leaves markers that point at no citation as text', () => {
    expect(splitCitations('see [3] and [0] and [1]', 2)).toEqual([
      { kind: 'text', text: 'see [3] and [0] and ' },
      { kind: 'cite', n: 1 },
    ]);
    expect(splitCitations('表[1]', 0)).toEqual([{ kind: 'text', text: '表[1]' }]);
  });

  it('does not treat other bracketed text as a marker', () => {
    const text = '[bookmark] [a] [1a] [ ] <b>[1]</b>';
    const segs = splitCitations(text, 1);
    expect(segs.filter((s) => s.kind === 'cite')).toHaveLength(1);
    expect(segs.map((s) => (s.kind === 'text' ? s.text : `{${s.n}}`)).join('')).toBe(
      '[bookmark] [a] [1a] [ ] <b>{1}</b>',
    );
  });

  it('returns nothing for an empty answer', () => {
    expect(splitCitations('', 3)).toEqual([]);
  });
});

describe('usedCitations', () => {
  it('lists the numbers in first-use order, once each', () => {
    expect(usedCitations('x [2] y [1][2] z [9]', 2)).toEqual([2, 1]);
  });
});
