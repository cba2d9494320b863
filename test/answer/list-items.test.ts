/** Asked which ones, the list the best item belongs to answers. */
import { describe, expect, it } from 'vitest';
import { withListItems } from '../../src/answer/list-items.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause, hitOn } from '../helpers/clause.js';

const item = (n: string, text: string, order: number) =>
  clause({ id: `r5.${n}`, resolution: 5, section: '责成', item: n, text, order });
const coast = item('3.i)', '海边的风筝俱乐部；', 1);
const hills = item('3.ii)', '山区的风筝俱乐部；', 2);
const towns = item('3.iii)', '城里的风筝俱乐部。', 3);
const other = item('4', '组织风筝比赛。', 4);
const store = new CorpusStore([coast, hills, towns, other]);

describe('withListItems', () => {
  it('puts the best item’s list first, in order, when which ones are asked', () => {
    const picked = [hitOn(hills, 0.9), hitOn(other, 0.5)];
    const out = withListItems(picked, '哪些俱乐部算在内？', store, 3);
    expect(out.map((h) => h.clause.id)).toEqual(['r5.3.i)', 'r5.3.ii)', 'r5.3.iii)', 'r5.4']);
  });

  it('leaves the hits alone when no kind is asked, or the best clause is no list item', () => {
    const picked = [hitOn(hills, 0.9)];
    expect(withListItems(picked, 'Do hill clubs get help?', store, 3)).toBe(picked);
    const top = [hitOn(other, 0.9)];
    expect(withListItems(top, 'Which clubs count?', store, 3)).toBe(top);
  });

  it('leaves a list longer than the answer may quote', () => {
    const picked = [hitOn(hills, 0.9)];
    expect(withListItems(picked, 'What kinds of clubs count?', store, 2)).toBe(picked);
  });
});
