/** A count answers when it counts the thing asked about, people for people, and is not the question's own whole. */
import { describe, expect, it } from 'vitest';
import { statesCount } from '../../src/answer/count-supply.js';

describe('statesCount', () => {
  it('needs the noun counted a few characters after the number', () => {
    expect(statesCount('有多少个国家参加？', '来自37个国家的代表参加了会议')).toBe(true);
    expect(statesCount('有多少个国家参加？', '设立了三个工作组')).toBe(false);
  });

  it('needs what the counted are said to be ("how many of the judges are women"), in the document\'s words', () => {
    const judges = '风筝节任命了八位裁判，他们来自12个国家。';
    const q = 'how many of the kite judges are women?';
    expect(statesCount(q, judges, 'how many of the kite 裁判 are women? 妇女')).toBe(false);
    expect(
      statesCount(q, '八位裁判中有三位妇女。', 'how many of the kite 裁判 are women? 妇女'),
    ).toBe(true);
    expect(
      statesCount('how many kite judges are there?', judges, 'how many kite 裁判 are there?'),
    ).toBe(true);
  });

  it('needs what the counted did, when the question says it: countries the chairs come from took part in nothing', () => {
    const chairs = '八位主席和120多位副主席获得任命，他们来自37个国家';
    expect(statesCount('一共有多少个国家派人参加了？', chairs)).toBe(false);
    expect(statesCount('新任主席来自多少个国家？', chairs)).toBe(true);
    // Words that say nothing of what was done (一共, 目前) ask nothing more.
    expect(statesCount('多少个国家一共？', chairs)).toBe(true);
    // A verb the segmenter cuts into single characters (派人去): read by its character pairs.
    expect(statesCount('风筝节上究竟几个国家派了人？', chairs)).toBe(false);
    expect(statesCount('有多少个国家的人当了副主席？', chairs)).toBe(true);
  });

  it('reads Chinese numerals, but not the article 一', () => {
    expect(statesCount('一共有多少项？', '通过了一百二十项')).toBe(true);
    expect(statesCount('一共有多少项？', '是一项实体活动')).toBe(false);
  });

  it('counts people with 位/名/人 when people are asked for', () => {
    expect(statesCount('派了几位专家？', '专家来自15个国家')).toBe(false);
    expect(statesCount('派了几位专家？', '派出20多名专家')).toBe(true);
    // Of the noun asked about, not of one it ends: 副主席 are not 主席.
    expect(statesCount('任命了几位主席？', '120多位副主席获得任命')).toBe(false);
    expect(statesCount('任命了几位主席？', '八位新任主席获得任命')).toBe(true);
  });

  it('leaves out the number the question already states as the whole', () => {
    expect(statesCount('这五个组里有几个在非洲？', '设立了五个组')).toBe(false);
    expect(statesCount('How many of the three groups meet in Africa?', 'three groups')).toBe(false);
  });

  it('takes a count by the measure word asked (多少页 is not answered by 四届), 个 and 项 by either', () => {
    expect(statesCount('成果文件一共多少页？', '第四届研讨会通过了成果文件')).toBe(false);
    expect(statesCount('成果文件一共多少页？', '成果文件共有12页')).toBe(true);
    expect(statesCount('通过了多少个决议？', '通过了两项新决议')).toBe(true);
  });

  it('takes no count larger than the whole as a part of it', () => {
    const text = '五个工作组的成员来自12个国家，其中3个在非洲';
    expect(statesCount('这五个工作组里有几个在亚洲？', '五个工作组的成员来自12个国家')).toBe(false);
    expect(statesCount('这五个工作组里有几个在非洲？', text)).toBe(true);
    expect(statesCount('How many of the five groups meet in Asia?', '来自12个国家')).toBe(false);
    // No whole stated: any count of the thing asked about.
    expect(statesCount('有多少个国家？', '来自12个国家')).toBe(true);
  });
});
