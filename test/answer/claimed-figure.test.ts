/** A percentage asked for or claimed, where the document writes none. */
import { describe, expect, it } from 'vitest';
import {
  asksPercentage,
  asksToConfirm,
  claimedNumbers,
  numbersIn,
  withoutConfirmWords,
  writesPercentage,
} from '../../src/answer/claimed-figure.js';

describe('asksPercentage', () => {
  it.each([
    ['那项决议是不是要求每年少用百分之八的电？'],
    ['by what % must the sector cut its emissions?'],
    ['Is it true the fund keeps 3 percent for islands?'],
    ['覆盖率的百分比是多少？'],
    // A fraction is a percentage in other words; a claim checked is asked whole.
    ['风筝执照费要减半吗？'],
    ['A blog said the kite fee was cut by half for clubs. Is that true?'],
    // "How many percent", and percent in the words of other languages.
    ['the kite fee goes down by how many percent?'],
    ['the kite clubs must grow of how many pourcent each year?'],
    ['what is the porcentaje of kite clubs with a licence?'],
  ])('finds the figure in a part that asks: %s', (q) => {
    expect(asksPercentage(q)).toBe(true);
  });

  it.each([
    // The figure only sets the scene; the question is elsewhere.
    ['我们国家50%的人没有网络，国际电联会帮我们吗？'],
    ['Only 20% of our schools are online. What does the document offer schools?'],
    ['第44号决议要求什么？'],
  ])('finds none when the figure sets the scene or there is none: %s', (q) => {
    expect(asksPercentage(q)).toBe(false);
  });
});

describe('writesPercentage', () => {
  it('tells a text with a percentage from one without', () => {
    expect(writesPercentage('到2030年降低45%。')).toBe(true);
    expect(writesPercentage('降低百分之四十五')).toBe(true);
    expect(writesPercentage('责成电信标准化局主任协助发展中国家。')).toBe(false);
  });
});

describe('claimedNumbers', () => {
  it('takes the numbers of a claim the asker wants confirmed', () => {
    expect(claimedNumbers('A flyer says the kite club has 1,200 members. true?')).toEqual([
      '1,200',
    ]);
    expect(claimedNumbers('网传风筝票价定成了每张2.5元，属实吗？')).toEqual(['2.5元']);
  });

  it('takes a sum with its currency, and a tag question (", yes?") as asking to confirm', () => {
    expect(claimedNumbers('The kite rule caps tickets at 3 dollars each, yes?')).toEqual([
      '3 dollars',
    ]);
    expect(claimedNumbers('kite tickets capped at $4, right?')).toEqual(['$4']);
    expect(claimedNumbers('风筝票价每张不超过1.5美元，对吗？')).toEqual(['1.5美元']);
    expect(claimedNumbers('风筝票价每张2美金，对吗？')).toEqual(['2美金']);
  });

  it('leaves references, codes, years and dates, and questions that confirm nothing', () => {
    expect(claimedNumbers('Resolution 52 and WTSA-20 in 2022 cite E.161.1, right? true?')).toEqual(
      [],
    );
    expect(claimedNumbers('风筝节3月1日至9日在海边办，是真的吗？')).toEqual([]);
    expect(claimedNumbers('How many members does the kite club have, 1,200?')).toEqual([]);
  });
});

describe('numbersIn', () => {
  it('finds the figures a text states, not its references or dates', () => {
    expect(numbersIn('第52号决议于2022年3月1日至9日修订了36项决议')).toEqual(['36']);
  });
});

describe('asksToConfirm', () => {
  it.each([
    ['网传风筝节改到海边办了，真的假的？'],
    ['听说风筝票免费了，是不是真的'],
    ['my aunt says kites are banned in parks now. real or fake news?'],
    ['kite licences free from next year, for real?'],
    ['A flyer says the kite club has 1,200 members. true?'],
    // Whether the record says a claim: "does the assembly say Iceland gets a kite centre?".
    ['does the assembly say Iceland gets a kite centre?'],
  ])('reads %s as a claim to confirm', (q) => {
    expect(asksToConfirm(q)).toBe(true);
  });

  it('reads a plain question as none', () => {
    expect(asksToConfirm('What does the kite rule say about parks?')).toBe(false);
    expect(asksToConfirm('风筝协会真的管票价吗？')).toBe(false);
    expect(asksToConfirm('kites in parks: does it say anything on them?')).toBe(false);
  });

  it('leaves the topic when the words asking to confirm are taken out', () => {
    const left = withoutConfirmWords('kites banned in parks: real or fake news?');
    expect(left).toContain('kites banned in parks');
    expect(left).not.toMatch(/real|fake|news/);
  });
});
