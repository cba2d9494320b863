/** A verdict between resolutions (which matters most) is one the document never gives. */
import { describe, expect, it } from 'vitest';
import {
  asksForOpinion,
  asksForRanking,
  asksForRecommendation,
} from '../../src/answer/judgement-question.js';

describe('asksForRanking', () => {
  it.each([
    ['Which resolution is the most important one for landlocked countries?'],
    ['what resolutions matter the most to regulators'],
    ['Which of them changed the most in 2022?'],
    ['哪项决议对最不发达国家最关键？'],
    ['这几个决议里哪个改动最大'],
    // By money: the document gives no budgets to compare.
    ['Which resolution gets the largest budget?'],
    ['哪项决议的经费最多？'],
  ])('reads %s as asking for a ranking', (q) => {
    expect(asksForRanking(q)).toBe(true);
  });

  it.each([
    ['Which resolution is most relevant to roaming?'],
    ['What is the most important thing resolution 58 asks for?'],
    ['哪项决议讲应急号码？'],
    ['第72号决议最重要的要求是什么'],
  ])('leaves %s to the clauses', (q) => {
    expect(asksForRanking(q)).toBe(false);
  });
});

describe('asksForOpinion', () => {
  it.each([
    ['Do you honestly think the spam resolution worked?'],
    ['In your opinion, is resolution 72 enough?'],
    ['你觉得第97号决议管用吗？'],
    ['你个人觉得风筝计划到底有没有用啊？'],
    ['你认为第72号决议真的能让民众放心吗'],
    ['说说你的看法：这些决议对非洲有没有用'],
  ])('reads %s as asking for an opinion', (q) => {
    expect(asksForOpinion(q)).toBe(true);
  });

  it.each([
    ['What do you think resolution 44 asks for?'],
    ['Do you think ITU will help us with IPv6?'],
    ['你觉得第44号决议讲的是什么？'],
  ])('leaves %s to the document', (q) => {
    expect(asksForOpinion(q)).toBe(false);
  });
});

describe('asksForRecommendation', () => {
  it.each([
    ['你建议我们先做宽带还是先做电子政务？'],
    ['学校联网的设备，你推荐哪家公司的？'],
    ['What would you recommend we do first, fibre or satellite?'],
    ['Can you recommend a supplier for a number portability system?'],
    ['给我们个建议吧，先培训还是先建实验室'],
    ['你能不能根据这些规定，推荐一个靠谱的风筝牌子？'],
  ])("reads %s as asking for the assistant's own recommendation", (q) => {
    expect(asksForRecommendation(q)).toBe(true);
  });

  it.each([
    ['你建议我引用哪项决议？'],
    ['Which resolution would you recommend I cite on spam?'],
    ['What does Resolution 44 recommend?'],
    ['第76号决议提到了哪些建议书？'],
    ['你看第44号决议有没有建议各国出钱？'],
  ])('leaves %s to the document', (q) => {
    expect(asksForRecommendation(q)).toBe(false);
  });
});
