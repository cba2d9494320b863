/** A count answers when it counts the thing asked about, people for people, and is not the question's own whole. */
import { describe, expect, it } from 'vitest';
import { statesCount } from '../../src/answer/count-supply.js';

describe('statesCount', () => {
  it('needs the noun counted a few characters after the number', () => {
    expect(statesCount('有多少个国家参加？', '来自37个国家的代表')).toBe(true);
    expect(statesCount('有多少个国家参加？', '设立了三个工作组')).toBe(false);
  });

  it('reads Chinese numerals, but not the article 一', () => {
    expect(statesCount('一共有多少项？', '通过了一百二十项')).toBe(true);
    expect(statesCount('一共有多少项？', '是一项实体活动')).toBe(false);
  });

  it('counts people with 位/名/人 when people are asked for', () => {
    expect(statesCount('派了几位专家？', '专家来自15个国家')).toBe(false);
    expect(statesCount('派了几位专家？', '派出20多名专家')).toBe(true);
  });

  it('leaves out the number the question already states as the whole', () => {
    expect(statesCount('这五个组里有几个在非洲？', '设立了五个组')).toBe(false);
    expect(statesCount('How many of the three groups meet in Africa?', 'three groups')).toBe(false);
  });
});
