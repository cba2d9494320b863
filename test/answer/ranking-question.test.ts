/** A verdict between resolutions (which matters most) is one the document never gives. */
import { describe, expect, it } from 'vitest';
import { asksForRanking } from '../../src/answer/ranking-question.js';

describe('asksForRanking', () => {
  it.each([
    ['Which resolution is the most important one for landlocked countries?'],
    ['what resolutions matter the most to regulators'],
    ['Which of them changed the most in 2022?'],
    ['哪项决议对最不发达国家最关键？'],
    ['这几个决议里哪个改动最大'],
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
