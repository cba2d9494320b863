import { describe, expect, it } from 'vitest';
import { answerType, canSupply } from '../../src/answer/answer-type.js';

describe('answerType', () => {
  it('recognises amounts, names, digits and counts', () => {
    expect(answerType('WTSA-20的会议注册费是多少？')).toBe('money');
    expect(answerType('How much does roaming cost per megabyte?')).toBe('money');
    expect(answerType('ITU-T第17研究组现任主席是谁？')).toBe('person');
    expect(answerType("Who chaired WTSA-20? Give me the chairman's name.")).toBe('person');
    expect(answerType('E.161.1建议书规定的应急号码具体是哪几位数字？')).toBe('digits');
    expect(answerType('WTSA-20任命了多少位新的研究组主席？')).toBe('count');
    expect(answerType('第44号决议要求在国际电联年度预算中保留什么？')).toBeNull();
  });
});

describe('canSupply', () => {
  it('needs an amount for a money question', () => {
    const q = '单项支出具体是多少瑞士法郎？';
    expect(canSupply('money', q, '在国际电联年度预算中保留一项单项支出')).toBe(false);
    expect(canSupply('money', q, '预算为500万瑞士法郎')).toBe(true);
  });

  it('needs a number the question did not already hold for digits', () => {
    const q = 'E.161.1建议书规定的非洲通用应急号码具体是哪几位数字？';
    expect(canSupply('digits', q, '根据ITU-T E.161.1建议书实施通用应急号码；第100号决议')).toBe(
      false,
    );
    expect(canSupply('digits', q, '通用应急号码为112')).toBe(true);
  });

  it('needs a count of the thing asked about, not any number', () => {
    const chairs = 'WTSA-20任命了多少位新的研究组主席和副主席？';
    expect(canSupply('count', chairs, '八位新任研究组主席和120多位副主席获得任命')).toBe(true);
    const countries = 'WTSA-20一共有多少个国家派代表参会？';
    expect(canSupply('count', countries, '他们来自包括27个发展中国家的37个国家。')).toBe(false);
    // "一项实体活动" is an article, not a count.
    expect(
      canSupply(
        'count',
        'How many delegates attended?',
        'WTSA-20是包括了远程互动参与的一项实体活动。',
      ),
    ).toBe(false);
  });

  it('needs a vote to answer who voted', () => {
    const q = 'Which countries voted against Resolution 100?';
    expect(answerType(q)).toBe('vote');
    expect(
      canSupply('vote', q, '就非洲成员国根据ITU-T E.161.1建议书实施通用应急号码提供技术援助；'),
    ).toBe(false);
  });

  it('needs a name for a person question', () => {
    expect(canSupply('person', '主席是谁？', '任命了研究组的正副主席')).toBe(false);
  });
});
