/** A comparison of two resolutions named by topic: the two topics, with the words that only name a resolution taken off. */
import { describe, expect, it } from 'vitest';
import { comparedTopics } from '../../src/retrieval/compared-topics.js';

describe('comparedTopics', () => {
  it.each([
    [
      'What is the difference between the resolution on spam and the one on cybersecurity?',
      ['spam', 'cybersecurity'],
    ],
    // A topic with an "and" of its own: split at "and the one".
    [
      'Difference between the resolution on towers and antennas and the one on e-waste?',
      ['towers and antennas', 'e-waste'],
    ],
    ['Compare the roaming resolution with the consumer one', ['roaming', 'consumer']],
    [
      'How is the spam resolution different from the phone theft resolution?',
      ['spam', 'phone theft'],
    ],
    // "how's", and one thing asked of both ("do X and Y both …").
    ["How's kite flying different from drone flying?", ['kite flying', 'drone flying']],
    ['Do the kite one and the drone one both need a yearly report?', ['kite', 'drone']],
    // Both before the two.
    [
      'does both the kite safety resolution and the drone one need a yearly report?',
      ['kite safety', 'drone'],
    ],
    // "How does X compare with Y": not "compare with" as the first side.
    [
      'How does the kite resolution compare with the drone one — which is stricter?',
      ['kite', 'drone'],
    ],
    ['电子废物那项决议跟气候变化那项决议有什么不同？', ['电子废物', '气候变化']],
    ['漫游的决议和金融包容性的决议有什么区别？', ['漫游', '金融包容性']],
    // Two named, then asked of each; the question after a dash is no part of a side.
    ['打击风筝失窃和打击无人机噪声这两个决议，分别改了没？', ['打击风筝失窃', '打击无人机噪声']],
    ['风筝那个和无人机那个，分别是新的还是改过的？', ['风筝', '无人机']],
    ['the kite res vs the drone res - is either one new?', ['kite', 'drone']],
    // Two named, then which of them (哪个, 哪条), 那条 taken off like 那个.
    ['风筝那项和无人机那项决议，这次哪个改了？', ['风筝', '无人机']],
    // Set side by side with 比; or asked of both with 都 later in the sentence.
    ['风筝那个决议和无人机那个比，哪个有预算？', ['风筝', '无人机']],
    // Named as 那号 (that number), with 两个 before the both-word.
    ['风筝那号跟无人机那号，两个是不是都有规定？', ['风筝', '无人机']],
    ['风筝那个决议跟无人机那个决议，进展都向谁汇报？', ['风筝', '无人机']],
    // Set off by dashes from a lead and from the question.
    ['两项户外决议——风筝那项和无人机那项——各自要求什么？', ['风筝', '无人机']],
    ['风筝那条和无人机那条，哪条没改？', ['风筝', '无人机']],
    // 不一样 as the word of difference.
    ['风筝的决议跟无人机的决议有啥不一样？', ['风筝', '无人机']],
    // Each named by 那条, then whether both do something.
    ['风筝那条和无人机那条，是不是都讲到培训？', ['风筝', '无人机']],
    // "Between X and Y, which …"; "X and Y. Which … which …" after a lead.
    ['Between the kite resolution and the drone one, which got revised?', ['kite', 'drone']],
    [
      'Two sky-related res - kites and drones. Which is new and which untouched?',
      ['kites', 'drones'],
    ],
    // A side is one clause of the sentence: not the greeting before it, not the question after it.
    [
      '老师好，我想问一下，讲风筝的那个决议，和讲无人机的那个决议，有什么区别？',
      ['讲风筝', '讲无人机'],
    ],
    ['风筝那个决议和无人机那个决议，是不是都讲培训？有啥区别', ['风筝', '无人机']],
    // Both named by what they are about, then the question; a pair set out as "one …, another …".
    [
      'Resolution on kite festivals, and resolution on drone noise: who must report? Compare them.',
      ['kite festivals', 'drone noise'],
    ],
    [
      'Two texts: one against kite theft, another against drone noise. Were both revised?',
      ['kite theft', 'drone noise'],
    ],
    // "One on X and one on Y"; a colon ends the second side of "X vs Y".
    [
      'Two texts touch kites — one on kite theft and one on kite noise. Which was revised?',
      ['kite theft', 'kite noise'],
    ],
    ['the kite res vs the drone res: which one got revised? I mix them up!', ['kite', 'drone']],
    // A sentence's end ends the second side.
    ['The kite club one vs the drone one. which got changed? both?', ['kite club', 'drone']],
    // "The X one and the Y one", then asked of each after a dash or a comma.
    [
      'The kite festival one and the drone noise one — to whom do they report, and how often?',
      ['kite festival', 'drone noise'],
    ],
    ['the kite one and the drone one, must both file a note each spring?', ['kite', 'drone']],
    // Each side ended by "resolution" instead of "one"; "this resolution" points, it names no topic.
    [
      'the kite safety resolution and the drone noise resolution: which one of them wants a yearly note?',
      ['kite safety', 'drone noise'],
    ],
    // "Between X and Y:" then the question.
    [
      'Between the kite string resolution and the drone noise one: is a report due in both?',
      ['kite string', 'drone noise'],
    ],
    // Each asked later in the sentence (…，好像都讲X，分别是什么).
    ['风筝线那个和无人机噪音那个决议，好像都讲培训，分别培训什么？', ['风筝线', '无人机噪音']],
    // Or asked whether they share something; the first named as 风筝的决议.
    ['那个风筝线的决议跟无人机那个，是不是同一个部门在管？', ['风筝线', '无人机']],
    // A first side with an "and" of its own, ended by its "resolution".
    [
      'Between the kite string and tail resolution and the drone noise resolution, which one asks for a report?',
      ['kite string and tail', 'drone noise'],
    ],
    ['风筝线那条和无人机那条，到底哪个要年年报告？', ['风筝线', '无人机']],
    // An apology before the first side ends at its ellipsis.
    ['抱歉…风筝节那个决议和无人机那个决议，有啥不一样？', ['风筝节', '无人机']],
    // Pointed at as 这俩 or 这两个 before what is asked of them.
    ['风筝节和无人机这俩 各自归谁管？', ['风筝节', '无人机']],
    // …the question right after it, with no stop between (这俩这回…).
    ['办风筝节的那个，和管无人机噪音的那个，这俩这回是不是都没改？', ['办风筝节', '管无人机噪音']],
    // The first named by what it is about ("the one on X"), a comma or two inside it.
    [
      'the one on counting kites in towns and the drone noise one - both unchanged?',
      ['counting kites in towns', 'drone noise'],
    ],
    [
      'two I mix up, the one on kite strings, tails and stuff, and the one about drone noise, which was revised?',
      ['kite strings, tails and stuff', 'drone noise'],
    ],
    // In Chinese, vs between the two.
    ['打击风筝盗窃 vs 打击无人机噪音 这两个决议，哪个改了？', ['打击风筝盗窃', '打击无人机噪音']],
    // As alternatives after what is asked, or followed straight by the verb asked of both.
    [
      'which was revised, the kite string one or the drone noise one?',
      ['kite string', 'drone noise'],
    ],
    // Set out one by one; after the two are named, "一个…，一个…" says what each does.
    ['我记得一条是讲风筝线的，另一条是讲无人机的，哪条改了？', ['风筝线', '无人机']],
    // 一只, as Wu and Cantonese count them.
    ['有两只决议，一只是风筝线，一只是无人机。哪只改过？', ['风筝线', '无人机']],
    // "is" before what each is for.
    [
      'two i want to know. one is for kite safety, other one is for drone noise. which changed?',
      ['kite safety', 'drone noise'],
    ],
    // 那块 (that area) names a side as 那个 does, 的 before 决议 too.
    ['风筝那个决议跟那个无人机噪声那块的决议，分别归谁管？', ['风筝', '无人机噪声']],
    // A full stop between the two and the question; the first named by its topic alone.
    [
      'Two of them — the kite string one and the drone noise one. Which one is new?',
      ['kite string', 'drone noise'],
    ],
    [
      'two in the sky area - one general kite safety and other on drone noise. which changed?',
      ['general kite safety', 'drone noise'],
    ],
    ['风筝那条和无人机那条，一个只管城里，一个管乡下，分别是哪个？', ['风筝', '无人机']],
    [
      'the kite string one and the drone noise one were both revised?',
      ['kite string', 'drone noise'],
    ],
  ])('reads %s', (q, sides) => {
    expect(comparedTopics(q)).toEqual(sides);
  });

  it.each([
    ['How does ITU compare with other bodies?'],
    ['What is different for developing countries?'],
    ['What is the difference between them and the rest?'],
    ['this resolution and that resolution: which one is older?'],
    ['培训和资金这两个方面哪个更重要？'],
    // Two counts side by side: one count question, not two topics.
    ['How many got suppressed vs how many were merged?'],
    ['新增了多少项和废止了多少项有什么区别？'],
    // A count before the dash is still a count.
    ['Kite headcount - how many flew in Geneva vs remote?'],
    // Two problems of the asker's, not two resolutions.
    ['我写了风筝和无人机两个问题，哪个决议讲它们？'],
    // A gap between two groups names one topic.
    [
      'On the resolution about the kite divide between big and small clubs, is it foreseen that we get help?',
    ],
    // One pointed at is no topic.
    ['I like this one and that one, what changed?'],
    ['Is there one resolution and one recommendation on kites?'],
    ['which one is for kids and which one is for adults?'],
    // Two statuses of one resolution as the choice asked.
    ['The kite resolution, is it an amended one or a brand new one?'],
  ])('finds no two resolutions in %s', (q) => {
    expect(comparedTopics(q)).toBeNull();
  });
});
