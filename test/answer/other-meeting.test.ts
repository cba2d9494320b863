import { describe, expect, it } from 'vitest';
import {
  meetingsOf,
  nextMeetingUnnamed,
  otherMeetingMissing,
  otherMeetings,
} from '../../src/answer/other-meeting.js';
import type { Glossary } from '../../src/corpus/glossary.js';
import { clause } from '../helpers/clause.js';

const intro = (id: string, text: string) => clause({ id, text, part: 'intro' });

const clauses = [
  intro('a', 'WTSA-20于日内瓦召开。WTSA-20通过了决议。'),
  intro('b', 'WTSA-20批准了IMT-2020相关工作，ITU-T继续研究。'),
  intro('c', 'WTSA-16的决议促使WTDC-17批准相应决议，供WTDC-22筹备。'),
];

describe('meetingsOf', () => {
  it('takes the meeting the document names most as its own, and knows the series it names', () => {
    const m = meetingsOf(clauses);
    expect(m.main).toBe('WTSA-20');
    expect([...m.series].sort()).toEqual(['WTDC', 'WTSA']);
  });
});

describe('otherMeetingMissing', () => {
  const m = meetingsOf(clauses);

  it('flags another meeting of a known series when the answering text does not name it', () => {
    expect(otherMeetingMissing('wtdc-17批准了多少项决议？', [clauses[0]!], m)).toEqual(['WTDC-17']);
    expect(otherMeetingMissing('What will WTDC-25 decide?', [clauses[2]!], m)).toEqual(['WTDC-25']);
  });

  it('accepts an answer whose text names the meeting asked about', () => {
    expect(otherMeetingMissing('WTDC-17批准了什么？', [clauses[2]!], m)).toEqual([]);
  });

  it("never asks for the document's own meeting, codes of unknown series, or codes that are not meetings", () => {
    expect(otherMeetingMissing('WTSA-20在哪里召开？', [clauses[1]!], m)).toEqual([]);
    expect(otherMeetingMissing('What does ITU do about COVID-19?', [clauses[1]!], m)).toEqual([]);
    expect(otherMeetingMissing('IMT-2020 and ITU-T?', [clauses[0]!], m)).toEqual([]);
  });
});

describe('meetings named by year', () => {
  // An invented record: the kite congress KC-20, held in 2022, looking back to the one of 2016.
  const record = [
    intro('a', 'KC-20于2022年5月3日在内罗毕召开。KC-20通过了决议。'),
    intro('b', 'KC-20修订了3项决议（自2016年蒙巴萨大会以来，共有2项决议保持不变）。'),
    intro('c', 'KC-16的决议由KC-20审议。'),
  ];
  const glossary: Glossary = {
    resolutions: [],
    terms: [{ en: ['KC', 'World Kite Congress'], zh: '世界风筝大会' }],
  };
  const m = meetingsOf(record, glossary);

  it('reads a series name with a four-digit year as that meeting', () => {
    expect(otherMeetings('2016年那届大会通过了多少决议？', m)).toEqual(['KC-16']);
    expect(otherMeetings('What did the 2016 congress decide?', m)).toEqual(['KC-16']);
    expect(otherMeetings('KC 2016 results?', m)).toEqual(['KC-16']);
    expect(otherMeetings('What did the World Kite Congress of 2018 adopt?', m)).toEqual(['KC-18']);
  });

  it('takes a year the record dates its own meeting by as that meeting, and a year it looks back to as another', () => {
    expect([...m.ownYears].sort()).toEqual(['20', '22']);
    expect(otherMeetings('2022年的大会在哪里开的？', m)).toEqual([]);
    expect(otherMeetings('the 2020 congress', m)).toEqual([]);
  });

  it('does not take a passing mention of a year as the text naming that meeting', () => {
    expect(otherMeetingMissing('2016年那届大会通过了多少决议？', [record[1]!], m)).toEqual([
      'KC-16',
    ]);
    expect(otherMeetingMissing('2016年那届大会通过了多少决议？', [record[2]!], m)).toEqual([]);
  });

  it('reads the next meeting of a series as another meeting, not one a clause must name', () => {
    expect(otherMeetings('Which city gets the next World Kite Congress?', m)).toEqual(['KC-next']);
    expect(otherMeetings('下一届世界风筝大会在哪开？', m)).toEqual(['KC-next']);
    // A word describing it between.
    expect(otherMeetings('where is the next big World Kite Congress?', m)).toEqual(['KC-next']);
    expect(otherMeetings('下一届那个世界风筝大会在哪开？', m)).toEqual(['KC-next']);
    // Several words may describe it.
    expect(otherMeetings('when is the next big global kite congress?', m)).toEqual(['KC-next']);
    // What is to be reported to it is this meeting's decision: a clause need not name it.
    expect(otherMeetingMissing('What goes to the next congress?', [record[0]!], m)).toEqual([]);
  });

  it('tells a text saying where the next meeting is held from one about this one or reporting to it', () => {
    const toNext = intro('d', '向下一届世界风筝大会报告风筝线的检测结果。');
    expect(nextMeetingUnnamed('下一届世界风筝大会在哪开？', record[0]!.text, m)).toBe(true);
    const held = intro('e', '下一届世界风筝大会将于2026年在拉各斯举行。');
    // Named only as the meeting to report to: where it is held is still unsaid.
    expect(nextMeetingUnnamed('下一届世界风筝大会在哪开？', toNext.text, m)).toBe(true);
    expect(nextMeetingUnnamed('下一届世界风筝大会在哪开？', held.text, m)).toBe(false);
    expect(nextMeetingUnnamed('KC-20在哪开的？', record[0]!.text, m)).toBe(false);
  });
});
