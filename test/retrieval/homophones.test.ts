import { describe, expect, it } from 'vitest';
import { Homophones } from '../../src/retrieval/homophones.js';

// An invented document about kites: what it is about, how often each word is used.
const uses: Record<string, number> = {
  风筝: 12,
  线轴: 3,
  比赛: 5,
  限制: 40,
  在内: 6,
  安全: 2,
  冷门: 1,
  号码: 4,
};
const text = '风筝 线轴 比赛 限制 在内 安全 冷门 号码';
const homophones = new Homophones({
  terms: ['风筝', '线轴', '比赛', '在内', '安全', '冷门', '号码'],
  uses: (w) => uses[w] ?? 0,
  inDocument: (span) => text.includes(span),
  isWord: (span) => ['决意', '鲜轴'].includes(span),
  isFunctionWord: (w) => ['在', '哪', '的', '了'].includes(w),
});

describe('Homophones', () => {
  it('reads a span typed by sound as the word of the document read the same, and says so', () => {
    expect(homophones.correct('疯筝比赛几号开始')).toEqual({
      text: '风筝比赛几号开始',
      corrections: [['疯筝', '风筝']],
    });
    expect(homophones.correct('线州的规定').text).toBe('线轴的规定');
  });

  it('lists each slip once, however often it is typed', () => {
    expect(homophones.correct('疯筝和疯筝').corrections).toEqual([['疯筝', '风筝']]);
  });

  it('leaves a word the dictionary lists, a function word, and what the document writes', () => {
    // 鲜轴 is (here) a listed word; 在哪 holds function words, not a slip for 在内.
    expect(homophones.correct('鲜轴的事').corrections).toEqual([]);
    expect(homophones.correct('比赛在哪举行').corrections).toEqual([]);
    expect(homophones.correct('风筝比赛').corrections).toEqual([]);
    // A particle ending the question (第几号嘛) is no slip for a word read the same (号码).
    expect(homophones.correct('风筝比赛是第几号嘛').corrections).toEqual([]);
    expect(homophones.correct('风筝比赛的号妈').text).toBe('风筝比赛的号码');
  });

  it('reads no span as a word the document uses once, nor one not among its topic words', () => {
    // 冷门 is used once; 限制 is used but not a term given (限值 is no slip for it).
    expect(homophones.correct('冷们的').corrections).toEqual([]);
    expect(homophones.correct('安全限值是多少').corrections).toEqual([]);
  });

  it('reads no span that differs from the word in more than one character', () => {
    expect(homophones.correct('凤争比赛').corrections).toEqual([]);
  });

  it('reads a slip of a verb of what became of a resolution where a verb stands, though the text lacks it', () => {
    expect(homophones.correct('风筝规则作费了吗').text).toBe('风筝规则作废了吗');
    expect(homophones.correct('风筝规则修定过几次').text).toBe('风筝规则修订过几次');
    // Not inside a name, with no verb's ending after it.
    expect(homophones.correct('风筝废处的人').corrections).toEqual([]);
  });
});
