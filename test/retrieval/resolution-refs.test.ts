/** Resolution numbers in a question, in every form a reader writes them, and the lookalikes that are not. */
import { describe, expect, it } from 'vitest';
import {
  describedNamings,
  setAsideRefs,
  barePairRef,
  bareResolutionRef,
  resolutionRefs,
  withoutResolutionRefs,
} from '../../src/retrieval/resolution-refs.js';
import { chineseNumeral } from '../../src/retrieval/spelled-numbers.js';

describe('resolutionRefs', () => {
  it.each([
    ['第44号决议规定了什么？'],
    ['第44号是关于什么的？'],
    ['44号决议的标题是什么？'],
    ['What does Resolution 44 say?'],
    ['What does resolution 44 say?'],
    ['Res. 44 budget'],
    ['Res 44 budget'],
    ['R44 budget'],
    ['第四十四号决议规定了什么？'],
    ['第 44 号决议'],
    ['决议44讲什么？'],
    ['WTSA决议 44'],
    // Asked whether it is new this time, the number with 号 alone.
    ['44号是本届新出台的吗'],
    // The number, a pointing word and what it is about, ending in 的.
    ['44号那个管风筝比赛的，今年动过没有'],
    // …a code with digits in the description (5G, IPv6).
    ['44号那个搞5G风筝的，今年动过没有'],
    // Asked whether it moved (动没动), a comma maybe between when the number is no day of a month.
    ['管风筝的44号这回动没动？'],
    ['管风筝的44号，这回动没动？'],
    // …or at the assembly, named between.
    ['管风筝的44号，WTSA-20动过没有？'],
    ['44号在全会上改了没'],
  ])('reads 44 in %s', (q) => {
    expect(resolutionRefs(q)).toEqual([44]);
  });

  it('reads lists of resolutions in order, without repeats', () => {
    expect(resolutionRefs('Compare Resolutions 44 and 54')).toEqual([44, 54]);
    expect(resolutionRefs('第44号决议和第54号决议有什么关系？')).toEqual([44, 54]);
    expect(resolutionRefs('第44号决议与第44号决议')).toEqual([44]);
    expect(resolutionRefs('第一百号决议和第十八号决议')).toEqual([100, 18]);
    // A topic numbered in brackets beside a resolution numbered the same way.
    expect(
      resolutionRefs('the kite resolution (21) and the drone noise thing (35): both new?'),
    ).toEqual([21, 35]);
    expect(
      resolutionRefs('the thing on kite teams (21) and the general drone one (35): both new?'),
    ).toEqual([21, 35]);
    expect(resolutionRefs('50号和58号决议有什么区别？')).toEqual([50, 58]);
    expect(resolutionRefs('44、54号决议')).toEqual([44, 54]);
    // A number with its own topic after it, set beside a resolution's.
    expect(
      resolutionRefs('Resolution 21 on kite strings, and 35 on drones: which is older?'),
    ).toEqual([21, 35]);
    expect(resolutionRefs('Res 21 about kites or 35 about drones?')).toEqual([21, 35]);
    expect(
      resolutionRefs('Resolution 21 is about kite lines and 35 is about drones. Both new?'),
    ).toEqual([21, 35]);
    // Not a count with its topic.
    expect(resolutionRefs('Resolution 21 on kites for 5 and 6 year olds?')).toEqual([21]);
  });

  it('reads a list whose numbers carry their topics in brackets, not the numbers inside them', () => {
    expect(resolutionRefs('do res 12 (kites) and 13 (drones) both ask for workshops?')).toEqual([
      12, 13,
    ]);
    expect(resolutionRefs('第12号决议（风筝）和13（无人机）都要办讲习班吗？')).toEqual([12, 13]);
    expect(resolutionRefs('resolution 12 (kite rules 2020 and 45) and 13')).toEqual([12, 13]);
    // Bare numbers listed after "resolutions", each with its topic in brackets; not a count in brackets.
    expect(
      resolutionRefs('I must look at two resolutions: 12 (kite lines) and 34 (drones). Both new?'),
    ).toEqual([12, 34]);
    expect(resolutionRefs('the kite resolution has 15 (fifteen) items')).toEqual([]);
  });

  it('reads the abbreviations and the # people type', () => {
    expect(resolutionRefs('reso 64')).toEqual([64]);
    expect(resolutionRefs('resol. 72 and 73')).toEqual([72, 73]);
    expect(resolutionRefs('#97')).toEqual([97]);
    expect(resolutionRefs('compare #50 and #58')).toEqual([50, 58]);
    // Not a resolution: a language name, a rank.
    expect(resolutionRefs('C#7 code')).toEqual([]);
    expect(resolutionRefs("What is ITU's #1 priority?")).toEqual([]);
  });

  it('reads a number in brackets after a resolution described in words', () => {
    expect(resolutionRefs('the roaming resolution (88) and the spam one (52)')).toEqual([88, 52]);
    expect(resolutionRefs('漫游那个决议（88）有什么要求？')).toEqual([88]);
    expect(resolutionRefs('那漫游那条（88号）呢？')).toEqual([88]);
    // A topic, then its number with 号 in brackets; not a day after a meeting, nor a Question's number.
    expect(resolutionRefs('风筝安全(21号)跟无人机（34号）一样吗？')).toEqual([21, 34]);
    expect(resolutionRefs('风筝大会(3号)开，风筝节（8号）放假')).toEqual([]);
    expect(resolutionRefs('第3/2号课题（2号）')).toEqual([]);
    // Not a figure in brackets after "one".
    expect(resolutionRefs('pick one (2) of them')).toEqual([]);
    expect(resolutionRefs('what does the 83 one ask for?')).toEqual([83]);
    // After a longer description that starts "the one about".
    expect(
      resolutionRefs(
        'the one about checking kite lines get used (21) and the one about kite buyers (35): which changed?',
      ),
    ).toEqual([21, 35]);
    // Or "the one against X (NN)".
    expect(
      resolutionRefs('the one on kite lines (21) and the one against the theft of drones (35)'),
    ).toEqual([21, 35]);
    expect(resolutionRefs('the one about 5G (2020) rules')).toEqual([]);
  });

  it('gives the descriptions before numbers in brackets, which only say which resolutions', () => {
    expect(
      describedNamings(
        'the one about kite lines (21) and the résolution on drones (35): which changed?',
      ),
    ).toEqual(['kite lines', 'drones']);
    expect(describedNamings('what does resolution 21 say about kites?')).toEqual([]);
    // Numbered, then described: 12号讲风筝的, 34号说无人机那个.
    expect(describedNamings('12号讲风筝的跟34号说无人机那个，哪个要办培训？')).toEqual([
      '风筝',
      '无人机',
    ]);
    expect(describedNamings('12号决议讲了什么？')).toEqual([]);
  });

  it("reads no resolution in a table's number before a list's comma (表1,第100号决议 after NFKC)", () => {
    expect(resolutionRefs('根据表1,第100号决议是新决议')).toEqual([100]);
    expect(resolutionRefs('50,58号决议')).toEqual([50, 58]);
  });

  it('reads no resolution in a count or a year after 决议', () => {
    expect(resolutionRefs('修订了决议36项')).toEqual([]);
    expect(resolutionRefs('决议2022年通过')).toEqual([]);
    // An item of 做出决议 (resolves), not a resolution.
    expect(resolutionRefs('第44号决议进一步做出决议2.iv)')).toEqual([44]);
    expect(resolutionRefs('第44号决议做出决议 5')).toEqual([44]);
    expect(resolutionRefs('第44号决议 5')).toEqual([44]);
  });

  it('reads a number with 号 when a pointing word leads to the resolution it describes', () => {
    expect(resolutionRefs('那52号那个反垃圾信息的决议呢')).toEqual([52]);
    expect(resolutionRefs('64号这项关于IPv6的决议')).toEqual([64]);
    // A day of the month is no resolution.
    // As Spanish and French say it; a count after "and the" is no resolution.
    expect(resolutionRefs('the resolution of the 12, is it about kites?')).toEqual([12]);
    expect(resolutionRefs('the resolutions of the 12 and the 34 about kites')).toEqual([12, 34]);
    expect(resolutionRefs('resolution 12 and the 3 kites it names')).toEqual([12]);
    expect(resolutionRefs('how does resolution 12 on kites differ from 34 on drones?')).toEqual([
      12, 34,
    ]);
    expect(resolutionRefs('3月5号那个会上通过的决议')).toEqual([]);
    // A day's meeting or event pointed at, not a resolution described.
    expect(resolutionRefs('8号那个会的风筝议程发了吗')).toEqual([]);
    expect(resolutionRefs('9号那个晚上的风筝活动')).toEqual([]);
    expect(resolutionRefs('8号那个10点开的会')).toEqual([]);
  });

  it('reads a number with 号 and a few words of its topic before 决议, not a Question or a group', () => {
    expect(resolutionRefs('61号风筝决议跟62号无人机决议比一下')).toEqual([61, 62]);
    expect(resolutionRefs('3号课题决议')).toEqual([]);
    expect(resolutionRefs('17号研究组的决议')).toEqual([]);
  });

  it('reads a number with 号 and its topic in brackets, or after a pointing word', () => {
    expect(resolutionRefs('61号（风筝）和62号（无人机）分别怎样？')).toEqual([61, 62]);
    expect(resolutionRefs('风筝那个61号，改了吗？')).toEqual([61]);
    expect(resolutionRefs('第3/2号（课题）')).toEqual([]);
    expect(resolutionRefs('那个3号研究组')).toEqual([]);
  });

  it('reads two numbers with 号 joined, the second’s topic between them, not dates', () => {
    expect(resolutionRefs('风筝12号和无人机那个34号，分别讲什么？')).toEqual([12, 34]);
    expect(resolutionRefs('放风筝的12号，跟无人机那个34号，哪个改了？')).toEqual([12, 34]);
    expect(resolutionRefs('3月5号和下个月的7号开会')).toEqual([]);
    expect(resolutionRefs('12号风筝 vs 34号无人机，各讲什么？')).toEqual([12, 34]);
    // Each number with its topic after it.
    expect(resolutionRefs('12号风筝和34号无人机，各自改了没有')).toEqual([12, 34]);
    // The first one's topic may end in 的 and a comma before the 和.
    expect(resolutionRefs('12号风筝节的，和34号无人机的，哪个是新的？')).toEqual([12, 34]);
    expect(resolutionRefs('5月3号放风筝的，和7号放无人机的')).toEqual([]);
    // Side by side with no word joining them, each with its topic after it; not fuel grades or houses.
    expect(resolutionRefs('62号放风筝 74号管无人机 这俩哪个新')).toEqual([62, 74]);
    expect(resolutionRefs('92号汽油 95号汽油 哪个好')).toEqual([]);
    expect(resolutionRefs('中山路96号小卖部 98号饭店')).toEqual([]);
  });

  it('reads "number N on X" once resolutions are spoken of, not a number on a list or page', () => {
    expect(
      resolutionRefs(
        'Two of the resolutions: number 12 on kite safety and number 34 on drones. Which changed?',
      ),
    ).toEqual([12, 34]);
    expect(resolutionRefs('The resolutions list: is number 5 on the list?')).toEqual([]);
    expect(resolutionRefs('I rang number 12 on the kite hotline')).toEqual([]);
  });

  it('reads two resolutions told of one by one (一个是…12号，另一个是34号), not two days', () => {
    expect(resolutionRefs('听说有俩决议，一个是讲风筝的12号，一个是34号。哪个是新的？')).toEqual([
      12, 34,
    ]);
    expect(resolutionRefs('有两个决议，一个是12号，另一个是34号')).toEqual([12, 34]);
    expect(resolutionRefs('有两场会，一个是3号，一个是5号')).toEqual([]);
  });

  it('reads a number with 号 and a Latin name of its topic before a pointing word', () => {
    expect(resolutionRefs('12号KTN那个有修订吗？')).toEqual([12]);
  });

  it('reads a number with 号 after its topic, asked whether it changed this time', () => {
    expect(resolutionRefs('风筝协会12号这次改了没')).toEqual([12]);
    expect(resolutionRefs('无人机34号有没有修订？')).toEqual([34]);
    // A day of the month is no resolution.
    expect(resolutionRefs('3月8号这次改了没')).toEqual([]);
  });

  it('reads two numbers with 号 joined, a Latin name of the first one’s topic between them', () => {
    expect(resolutionRefs('12号KTN和34号无人机，这次状态一样吗？')).toEqual([12, 34]);
  });

  it('reads the R44 shorthand in either case', () => {
    expect(resolutionRefs('r97 summary')).toEqual([97]);
    expect(resolutionRefs('R44 status')).toEqual([44]);
    expect(resolutionRefs('for 5G networks')).toEqual([]);
  });

  it('reads a hyphen or the N of number before it, and its number as an ordinal', () => {
    expect(resolutionRefs('R-64 in short')).toEqual([64]);
    expect(resolutionRefs('Res-78 and the clinics')).toEqual([78]);
    expect(resolutionRefs('resolution N52 on kites')).toEqual([52]);
    expect(resolutionRefs('Resolution №76, please')).toEqual([76]);
    expect(resolutionRefs('the 54th resolution on kites')).toEqual([54]);
    expect(resolutionRefs('54-th resolution, kites')).toEqual([54]);
    // A place in a list, and the R of a Sector, name none.
    expect(resolutionRefs('the 2nd resolution in the table')).toEqual([]);
    expect(resolutionRefs('ITU-R 12 kites')).toEqual([]);
  });

  it('takes two bare numbers compared for resolutions', () => {
    expect(resolutionRefs('compare 88 and 97')).toEqual([88, 97]);
    expect(resolutionRefs("what's the difference between 50 and 58?")).toEqual([50, 58]);
    expect(resolutionRefs('50和58有什么区别？')).toEqual([50, 58]);
    expect(resolutionRefs('比较一下88和97')).toEqual([88, 97]);
    // Set against each other, or each with its 号 in a conversation about resolutions.
    expect(resolutionRefs('21 vs 35, any real difference?')).toEqual([21, 35]);
    // Each with its topic in brackets.
    expect(resolutionRefs('comparing 21 (kites) and 35 (drones) - who pays?')).toEqual([21, 35]);
    expect(resolutionRefs('12号跟34号好像说的是一回事吧')).toEqual([12, 34]);
    expect(resolutionRefs('12号、34号和56号都提到培训吗')).toEqual([12, 34, 56]);
    expect(resolutionRefs('bandwidth 100 vs 200 Mbps')).toEqual([]);
    expect(resolutionRefs('3号和5号研究组')).toEqual([]);
    // A number with 号 asked about on its own; not a date.
    expect(resolutionRefs('12号是啥')).toEqual([12]);
    expect(resolutionRefs('34号讲啥？')).toEqual([34]);
    expect(resolutionRefs('56号干嘛的')).toEqual([56]);
    expect(resolutionRefs('78号是做什么的')).toEqual([78]);
    expect(resolutionRefs('3月8号是什么日子')).toEqual([]);
    // Numbers of something else, or not compared, stay numbers.
    expect(resolutionRefs('difference between 2 and 3 study groups')).toEqual([]);
    expect(resolutionRefs('11个研究组和3个工作组')).toEqual([]);
  });

  it('does not take a study Question or a study group for a resolution', () => {
    expect(resolutionRefs('第3/2号课题讲的是什么？')).toEqual([]);
    expect(resolutionRefs('第17研究组负责什么？')).toEqual([]);
    expect(resolutionRefs('第50号决议与第3/2号课题')).toEqual([50]);
    // A Question named further on does not take away a resolution named in English before it.
    expect(resolutionRefs('Resolution 64 asks for work on Question 5/1 (第5/1号课题).')).toEqual([
      64,
    ]);
    expect(resolutionRefs('ITU-D第2研究组和第17研究组')).toEqual([]);
  });

  it('finds nothing in a question that names no resolution', () => {
    expect(resolutionRefs('WTDC-25在哪里举行？')).toEqual([]);
    expect(resolutionRefs('Which resolution is about regional groups?')).toEqual([]);
    expect(resolutionRefs('')).toEqual([]);
  });
});

describe('setAsideRefs', () => {
  it('reads the resolutions named only to be set aside', () => {
    expect(setAsideRefs('除了44号还有个45号风筝决议吗')).toEqual([44]);
    expect(setAsideRefs('Besides Resolution 44, what does 54 say on kites?')).toEqual([44]);
    expect(setAsideRefs('other than R12, any drone rules?')).toEqual([12]);
    expect(setAsideRefs('第44号决议讲风筝')).toEqual([]);
  });

  it('leaves a day of the month after a comma to the date reader', () => {
    expect(resolutionRefs('3月8号，这回改了吗')).toEqual([]);
    expect(resolutionRefs('8号，讲了什么')).toEqual([]);
  });
});

describe('withoutResolutionRefs', () => {
  it('leaves what the question asks about the resolutions it names', () => {
    expect(withoutResolutionRefs('reso 64')).toBe('');
    expect(withoutResolutionRefs('What does Resolution 44 say about workshops?')).toBe(
      'What does say about workshops?',
    );
    expect(withoutResolutionRefs('第44号决议讲什么')).toBe('讲什么');
    expect(withoutResolutionRefs('compare 88 and 97')).toBe('');
    // A reference found by the one before it is taken out too.
    expect(withoutResolutionRefs('12号跟34号有什么不同')).toBe('跟 有什么不同');
  });
});

describe('bareResolutionRef', () => {
  it.each([
    ['那58号呢？'],
    ['58号'],
    ['第58号呢'],
    ['what about 58'],
    ['And 58?'],
    ['OK, what about no. 58?'],
  ])('reads 58 in the short follow-up %s', (q) => {
    expect(bareResolutionRef(q)).toBe(58);
  });

  it('reads nothing in a question that says more than a number', () => {
    expect(bareResolutionRef('58个国家参加了吗？')).toBeNull();
    expect(bareResolutionRef('What about the 2022 meeting?')).toBeNull();
    expect(bareResolutionRef('2022?')).toBeNull();
    expect(bareResolutionRef('第3/2号课题呢？')).toBeNull();
  });
});

describe('barePairRef', () => {
  const known = (n: number) => [12, 34, 56].includes(n);
  it('reads two bare numbers side by side as the two resolutions, when both are known', () => {
    expect(barePairRef('12 and 34, what is the difference?', known)).toEqual([12, 34]);
    expect(barePairRef('12和34有啥不同', known)).toEqual([12, 34]);
    expect(barePairRef('34 vs 56?', known)).toEqual([34, 56]);
  });

  it('reads nothing when one is unknown, or they count or date something', () => {
    expect(barePairRef('12 and 99, what is the difference?', known)).toBeNull();
    expect(barePairRef('12和34个国家有什么不同', known)).toBeNull();
    expect(barePairRef('12 and 34 countries: the difference?', known)).toBeNull();
    expect(barePairRef('12 and 12?', known)).toBeNull();
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['四十四', 44],
    ['十八', 18],
    ['一百', 100],
    ['九十七', 97],
    ['二', 2],
  ])('%s → %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });

  it('rejects a string with other characters', () => {
    expect(chineseNumeral('四十x')).toBeNull();
  });
});
