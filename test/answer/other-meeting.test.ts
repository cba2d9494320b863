import { describe, expect, it } from 'vitest';
import { meetingsOf, otherMeetingMissing } from '../../src/answer/other-meeting.js';
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
