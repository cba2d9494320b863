/** A percentage asked for or claimed, where the document writes none. */
import { describe, expect, it } from 'vitest';
import { asksPercentage, writesPercentage } from '../../src/answer/claimed-figure.js';

describe('asksPercentage', () => {
  it.each([
    ['那项决议是不是要求每年少用百分之八的电？'],
    ['by what % must the sector cut its emissions?'],
    ['Is it true the fund keeps 3 percent for islands?'],
    ['覆盖率的百分比是多少？'],
    // A fraction is a percentage in other words; a claim checked is asked whole.
    ['风筝执照费要减半吗？'],
    ['A blog said the kite fee was cut by half for clubs. Is that true?'],
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
