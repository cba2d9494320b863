/** Which country or delegation proposed what is not in the document; an ITU body's proposal it states is. */
import { describe, expect, it } from 'vitest';
import { asksProposer } from '../../src/answer/proposer-question.js';

describe('asksProposer', () => {
  it.each([
    ['Which countries submitted changes to the spam resolution?'],
    ['What regional organisation put forward the roaming text?'],
    ['What proposals did Brazil table at the assembly?'],
    ['第52号决议是哪个国家提出修改的？'],
    ['巴西在全会上提交了哪些提案？'],
    ['审议第97号决议时，巴西代表团是什么立场？'],
    ['What position did the delegation of Brazil take on the spam text?'],
    ['Which proposals Ruritania presented at the kite session?'],
    // A word describing them between.
    ['which island administrations tabled the kite text?'],
    ['哪些岛屿国家提议了风筝决议？'],
  ])('recognises %s', (q) => {
    expect(asksProposer(q)).toBe(true);
  });

  it.each([
    // The document says where a text came from when an ITU body proposed it.
    ['第73号决议的活动日历是谁提议的？'],
    ['Who proposed the calendar of activities?'],
    // Countries and an action that is not proposing.
    ['Will ITU find out which countries lack a CIRT and push for one?'],
    ['哪些国家需要帮助建立CIRT？'],
    // The kinds of proposals, no one's.
    ['What kinds of proposals were submitted to the kite assembly?'],
  ])('leaves %s to the document', (q) => {
    expect(asksProposer(q)).toBe(false);
  });
});
