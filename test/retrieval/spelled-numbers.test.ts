import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';
import { resolutionRefs } from '../../src/retrieval/resolution-refs.js';
import { withChineseFigures, withSpelledNumbers } from '../../src/retrieval/spelled-numbers.js';

describe('withSpelledNumbers', () => {
  it.each([
    ['what does resolution forty four ask', 'what does resolution 44 ask'],
    ['res twelve, sixty-four and ninety', 'res 12, 64 and 90'],
    ['resolution number nineteen', 'resolution number 19'],
    ['resolution one hundred', 'resolution 100'],
    ['resolutions a hundred and one or eighty', 'resolutions 101 or 80'],
    // A dictation tool's "too" after a tens word is two.
    ['resolution thirty too about kites', 'resolution 32 about kites'],
    // Another number set beside a resolution's, later in the message; not things counted.
    [
      'how is resolution forty four different from sixty four, and ninety countries',
      'how is resolution 44 different from 64, and ninety countries',
    ],
  ])('reads %s as %s', (said, read) => {
    expect(withSpelledNumbers(said)).toBe(read);
  });

  it('leaves numbers that introduce no resolution, and "one of"', () => {
    for (const t of [
      'one of the kite resolutions',
      'seventy countries fly kites',
      'the resolution one of them cited',
      'resolutions forty to fifty',
    ])
      expect(withSpelledNumbers(t)).toBe(t.replace('forty', '40'));
  });

  it('gives the numbers to the resolution reader through input normalisation', () => {
    expect(resolutionRefs(normalizeInput('did resolution sixty four change or not'))).toEqual([64]);
  });

  it("reads a meeting's year after its acronym, with or without the century", () => {
    expect(withSpelledNumbers('kites at WRC twenty three')).toBe('kites at WRC 23');
    expect(withSpelledNumbers('the pp twenty twenty six one')).toBe('the pp 26 one');
    expect(withSpelledNumbers('WTSA twenty twenty')).toBe('WTSA 20');
    expect(normalizeInput('the P P twenty nine venue')).toBe('the PP-29 venue');
    // Not a year that belongs to something else.
    expect(withSpelledNumbers('twenty two kites')).toBe('twenty two kites');
  });
});

describe('withChineseFigures', () => {
  it('reads a resolution number said in Chinese words before 号决议, with 十 or digit by digit', () => {
    expect(withChineseFigures('二十一号决议管风筝吗')).toBe('21号决议管风筝吗');
    expect(withChineseFigures('三五号决议讲啥')).toBe('35号决议讲啥');
    expect(withChineseFigures('第一百号决议')).toBe('第100号决议');
    expect(resolutionRefs(normalizeInput('二十一号决议讲的啥'))).toEqual([21]);
  });

  it("leaves a date's day, and numbers before anything but 号决议", () => {
    expect(withChineseFigures('三月八号决议通过了吗')).toBe('三月八号决议通过了吗');
    expect(withChineseFigures('三号放风筝')).toBe('三号放风筝');
    expect(withChineseFigures('风筝是哪一号决议管的')).toBe('风筝是哪一号决议管的');
  });

  it("reads a code's last digit said in Chinese after its letters", () => {
    expect(withChineseFigures('想搞那个IPV六 听说')).toBe('想搞那个IPV6 听说');
    expect(withChineseFigures('KTN四?')).toBe('KTN4?');
    // A Chinese word going on after it is that word.
    expect(withChineseFigures('ITU一直在帮')).toBe('ITU一直在帮');
  });

  it("reads a meeting's year in Chinese words after its acronym", () => {
    expect(withChineseFigures('WTSA二零在哪开')).toBe('WTSA 20在哪开');
    expect(withChineseFigures('WRC-二三的风筝')).toBe('WRC 23的风筝');
    expect(withChineseFigures('WTDC二零二二')).toBe('WTDC 22');
    // A count after the acronym is no year.
    expect(withChineseFigures('WTSA三十项决议')).toBe('WTSA三十项决议');
    expect(withChineseFigures('WTSA三十五项')).toBe('WTSA三十五项');
  });
});
