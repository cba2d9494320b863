import { describe, expect, it } from 'vitest';
import {
  asksWhichStudyGroup,
  namesNumberedStudyGroup,
  namesStudyGroup,
  studyGroupTerms,
  theStudyGroupOf,
  withoutStudyGroups,
} from '../../src/retrieval/study-groups.js';

describe('studyGroupTerms', () => {
  it('names study groups by number in the document’s form, from English or Chinese', () => {
    expect(studyGroupTerms('What does study group 17 have to do?')).toEqual(['第17研究组']);
    expect(studyGroupTerms('SG13 tasks')).toEqual(['第13研究组']);
    expect(studyGroupTerms('sg 5 and SG-17')).toEqual(['第5研究组', '第17研究组']);
    expect(studyGroupTerms('Which resolutions mention ITU-D Study Group 2?')).toEqual([
      'ITU-D第2研究组',
    ]);
    expect(studyGroupTerms('哪些决议提到第5研究组')).toEqual(['第5研究组']);
    // The sector's possessive before the group.
    expect(studyGroupTerms("who helps ITU-D's study group 1 with kites?")).toEqual([
      'ITU-D第1研究组',
    ]);
  });

  it('finds none in study groups without a number', () => {
    expect(studyGroupTerms('regional groups of study groups')).toEqual([]);
    expect(studyGroupTerms('研究组的区域组')).toEqual([]);
  });
});

describe('withoutStudyGroups', () => {
  it('takes a numbered study group out of the text matched against resolution titles', () => {
    expect(withoutStudyGroups('What does study group 17 do?')).not.toMatch(/study group/i);
    expect(withoutStudyGroups('what are study groups for?')).toBe('what are study groups for?');
  });

  it('tells whether a text names a study group: ITU-T groups with or without the sector', () => {
    const sg2 = namesStudyGroup('ITU-T第2研究组');
    expect(sg2('请第2研究组继续研究')).toBe(true);
    expect(sg2('电信标准化部门第2研究组')).toBe(true);
    expect(sg2('支持ITU-D第2研究组的工作')).toBe(false);
    expect(sg2('第12研究组')).toBe(false);
    expect(namesStudyGroup('第2研究组')('ITU-T第2研究组')).toBe(true);
    const d2 = namesStudyGroup('ITU-D第2研究组');
    expect(d2('支持ITU-D第2研究组的工作')).toBe(true);
    expect(d2('请第2研究组继续研究')).toBe(false);
  });

  it('gives the one study group a question names, and none when it names several or none', () => {
    expect(theStudyGroupOf('what does Study Group 5 do?')?.('请第5研究组继续研究')).toBe(true);
    expect(theStudyGroupOf('SG5 and SG17: which resolutions?')).toBeUndefined();
    // A group the asker reports in a sentence that does not ask is a claim to check, not the group asked.
    expect(theStudyGroupOf('Which group keeps the roadmap? Someone said SG13.')).toBeUndefined();
    expect(theStudyGroupOf('I work with SG5. What does Study Group 5 do?')?.('第5研究组')).toBe(
      true,
    );
    expect(theStudyGroupOf('which study groups?')).toBeUndefined();
  });
});

describe('asksWhichStudyGroup', () => {
  it('reads which study group asked, unnamed, in English or Chinese', () => {
    expect(asksWhichStudyGroup('do the kite and drone texts go to the same study group?')).toBe(
      true,
    );
    expect(asksWhichStudyGroup('do the kite and drone texts go to the same ITU study group?')).toBe(
      true,
    );
    expect(asksWhichStudyGroup('风筝那项交给哪个研究组？')).toBe(true);
    expect(asksWhichStudyGroup('风筝和无人机那两项是不是同一个研究组管？')).toBe(true);
    // One named by its number is not asked for; nor are study groups in general.
    expect(asksWhichStudyGroup('does the kite text go to study group 5?')).toBe(false);
    expect(asksWhichStudyGroup('how do study groups work?')).toBe(false);
  });

  it('tells a clause naming a study group by its number', () => {
    expect(namesNumberedStudyGroup('报告提交第5研究组审议')).toBe(true);
    expect(namesNumberedStudyGroup('与各相关研究组开展联络')).toBe(false);
  });
});
