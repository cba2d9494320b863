/** A resolution picked by its place in a list the conversation just gave ("the second one", 后者). */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/contract/api.js';
import { listedResolutions, listPick } from '../../src/retrieval/list-pick.js';
import { resolveFollowUp } from '../../src/retrieval/follow-up.js';

const LISTED: Turn[] = [
  { role: 'user', content: 'which resolutions talk about kites?' },
  {
    role: 'assistant',
    content: [
      '3 resolution(s) have a clause on this, most relevant first:',
      '1. Resolution 21 / 第21号决议 (Kites) · 责成 (instructs) · 2: 「依据第9号决议（2018年）支持风筝」 [1]',
      '2. Resolution 35 / 第35号决议 (Drones) · 请 (invites) · 4: 「鼓励风筝与无人机协作」 [2]',
      '3. Resolution 47 / 第47号决议 (Balloons) · 做出决议 · 1: 「研究气球与风筝」 [3]',
    ].join('\n'),
  },
];

describe('listedResolutions', () => {
  it('reads the numbered entries in order, not the resolutions their quotes cite', () => {
    expect(listedResolutions(LISTED[1]!.content)).toEqual([21, 35, 47]);
  });

  it('reads the resolutions named outside quotes when there are no numbered entries', () => {
    expect(
      listedResolutions('Comparing Resolution 35 and Resolution 21: 「见第9号决议」 …'),
    ).toEqual([35, 21]);
  });
});

describe('listPick', () => {
  it.each([
    ['what is the second one about?', 35, 'what is Resolution 35 about?'],
    ['and the third one, is it new?', 47, 'and Resolution 47, is it new?'],
    ['the last one - who does it instruct?', 47, 'Resolution 47 - who does it instruct?'],
    ['what about the former?', 21, 'what about Resolution 21?'],
    ['第二个是新的吗？', 35, '第35号决议是新的吗？'],
    ['后者要求谁做什么？', 47, '第47号决议要求谁做什么？'],
  ])('%s → %i', (question, resolution, standalone) => {
    expect(listPick(question, LISTED)).toEqual({ resolution, standalone });
  });

  it('picks from the resolutions the question before named when the answer lists fewer than two', () => {
    const history: Turn[] = [
      { role: 'user', content: 'compare resolution 21 and resolution 35 on funding' },
      { role: 'assistant', content: 'Both ask the bureau to work within its budget.' },
    ];
    expect(listPick('and the second one, is it new?', history)?.resolution).toBe(35);
  });

  it('picks nothing after an answer about one resolution, nor past the end of the list', () => {
    const one: Turn[] = [
      { role: 'user', content: 'what does resolution 21 ask?' },
      { role: 'assistant', content: 'Resolution 21 · 责成 · 2: 「支持风筝」; 责成 · 3: 「培训」' },
    ];
    expect(listPick('and the second one?', one)).toBeNull();
    expect(listPick('what is the fifth one about?', LISTED)).toBeNull();
    // An item (第二条) or a block (第二个“责成”) is the clause's, not the list's.
    expect(listPick('第二条讲什么？', LISTED)).toBeNull();
    expect(listPick('第二个“责成”讲什么？', LISTED)).toBeNull();
  });
});

describe('resolveFollowUp with a list', () => {
  it('names the picked resolution in the question, which then carries nothing else', () => {
    expect(resolveFollowUp('what is the second one about?', LISTED)).toEqual({
      standalone: 'what is Resolution 35 about?',
      carried: [],
    });
  });
});
