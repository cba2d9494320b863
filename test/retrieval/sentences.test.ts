/** A message's sentences, and the ones that ask: the setting before a question and a claim after it are not. */
import { describe, expect, it } from 'vitest';
import {
  askedClauses,
  asideClauses,
  askingSentences,
  purposeAfterQuestion,
  sentencesOf,
  withoutPurposeAfter,
} from '../../src/retrieval/sentences.js';

describe('sentencesOf', () => {
  it('ends sentences at 。！？!? and at a full stop before a space, not inside E.161.1', () => {
    expect(sentencesOf('We set ours up in 2019. Is E.161.1 used?')).toEqual([
      'We set ours up in 2019.',
      ' Is E.161.1 used?',
    ]);
    expect(sentencesOf('预算约500万元。请问要求什么？')).toEqual([
      '预算约500万元。',
      '请问要求什么？',
    ]);
  });

  it('ends a chat sentence at a space after a sentence-final particle', () => {
    expect(sentencesOf('太贵了 有补贴吗')).toEqual(['太贵了', '有补贴吗']);
    // Not at a space elsewhere, nor after a particle in English.
    expect(sentencesOf('我们建了 5个中心')).toEqual(['我们建了 5个中心']);
    expect(sentencesOf('去年建了 三个中心')).toEqual(['去年建了 三个中心']);
  });
});

describe('askingSentences', () => {
  it('keeps the sentences that ask, or the whole message when none or all do', () => {
    expect(askingSentences('Which group keeps it? I was told SG13.')).toBe('Which group keeps it?');
    expect(askingSentences('明天日内瓦的天气怎么样？')).toBe('明天日内瓦的天气怎么样？');
    expect(askingSentences('tell me about resolution 44')).toBe('tell me about resolution 44');
    // A question word left in place asks, with a full stop after it.
    const inPlace = askingSentences(
      'The kite fair is over, right? The next fair is where, and when. Thanks!',
    );
    expect(inPlace).toContain('The next fair is where, and when.');
    expect(inPlace).not.toContain('Thanks');
  });

  it("sets the asker's purpose before a colon apart, not a topic set out first", () => {
    expect(askingSentences('For my slides: when was the summit held?')).toBe(
      'when was the summit held?',
    );
    expect(askingSentences('Quick question: who chairs it?')).toBe('who chairs it?');
    expect(askingSentences('Hi, quick question: who chairs it?')).toBe('who chairs it?');
    expect(askingSentences('Good morning! Context: who chairs it?')).toBe('who chairs it?');
    expect(askingSentences('For the e-waste resolution: who pays?')).toBe(
      'For the e-waste resolution: who pays?',
    );
  });

  it('takes a question put without its mark as asking: reported, or ended by a particle', () => {
    expect(askingSentences('My boss is asking which office runs it. I run a clinic.')).toBe(
      'My boss is asking which office runs it.',
    );
    expect(askingSentences('我们村信号很差。我想知道谁负责这个。')).toBe('我想知道谁负责这个。');
    expect(askingSentences('无人机太多了 国际电联会管吗')).toBe('国际电联会管吗');
    // A softening particle after a question word; a remark ending in one asks nothing.
    expect(askingSentences('风筝节一共花了多少啊 帮我写个报告。')).toBe('风筝节一共花了多少啊');
    // An A-not-A question (会不会, 能不能) with such a particle.
    expect(askingSentences('协会会不会出钱修风筝啊 气死了')).toBe('协会会不会出钱修风筝啊');
  });

  it('takes a need stated after the question as no question, unless it names a fact', () => {
    expect(
      askingSentences('Does the kite club train judges? need a quote for the show', true),
    ).toBe('Does the kite club train judges?');
    expect(askingSentences('Kite club fees go up soon, right? need the exact date', true)).toBe(
      'Kite club fees go up soon, right? need the exact date',
    );
    expect(askingSentences('风筝太多了啊 帮我写个报告。')).toBe('风筝太多了啊 帮我写个报告。');
    // 了 after a question word: 降到多少了.
    expect(askingSentences('风筝票价降到多少了 我要写报告。')).toBe('风筝票价降到多少了');
  });

  it('can take a last sentence typed without an end mark as asking', () => {
    const q = 'Where is the venue? is parking free there';
    expect(askingSentences(q)).toBe('Where is the venue?');
    expect(askingSentences(q, true)).toBe(q);
    expect(askingSentences('Where is the venue? I drive.', true)).toBe('Where is the venue?');
    // One word left after the question signs off (thanks in any language, a name): it asks nothing.
    expect(askingSentences('Where is the venue? merci', true)).toBe('Where is the venue?');
    // A story told after it (when we …, coz my …) is the setting; a when-clause that goes on to ask is not.
    expect(
      askingSentences(
        'Any rule on kite prices?? when we fly at the coast my kites just vanish lol',
        true,
      ),
    ).toBe('Any rule on kite prices??');
    expect(askingSentences('Any rule on kite prices? when we fly there do we pay', true)).toContain(
      'do we pay',
    );
    // So is the asker telling of themselves with nothing that asks; not a bare phrase saying what is
    // asked for, nor a request.
    expect(
      askingSentences('Any rule on kite prices? everyday i lose two kites, so annoying', true),
    ).toBe('Any rule on kite prices?');
    expect(askingSentences('Any rule on kite lines? metres number', true)).toContain('metres');
    expect(askingSentences('Any rule on kite lines? pls tell me the length', true)).toContain(
      'length',
    );
  });

  it('takes a question only announced (想请教一件事。) as no question yet', () => {
    expect(askingSentences('您好，想请教一件事。风筝节在哪办？')).toBe('风筝节在哪办？');
    expect(askingSentences("I'd like to ask you something. Where is the kite fair?").trim()).toBe(
      'Where is the kite fair?',
    );
  });

  it('takes 请问 opening a story the asker tells as a polite opening, the question coming later', () => {
    expect(
      askingSentences('请问老师，我家在海边，风一大风筝就飞不起来。风筝节有没有规定线多长？'),
    ).toBe('风筝节有没有规定线多长？');
    // A request of its own, or a story that asks, still asks.
    expect(askingSentences('请问风筝节的规定。它是新的吗？')).toBe(
      '请问风筝节的规定。它是新的吗？',
    );
    expect(askingSentences('请问老师，我想知道风筝线多长。它是新的吗？')).toContain('风筝线');
  });
});

describe('asideClauses', () => {
  it('gives the clauses beside the question: not asking, not last', () => {
    expect(asideClauses('下周讲风筝那块，想确认一下：风筝节是不是每年都办？')).toEqual([
      '下周讲风筝那块',
      '想确认一下',
    ]);
    expect(asideClauses('budget tight this year — do we pay for kites or get them free?')).toEqual([
      'budget tight this year',
    ]);
    expect(asideClauses('What will the club do this year, and who pays?')).toEqual([]);
  });

  it('reads "who" or "which" after a noun as describing it, not asking', () => {
    expect(
      asideClauses(
        'We have three kite flyers this year who are deaf, and could you say if help exists?',
      ),
    ).toEqual(['We have three kite flyers this year who are deaf']);
    // After a verb of asking it still asks.
    expect(asideClauses('Please tell me who is the kite chair, and is it new?')).toEqual([]);
  });

  it('gives a clause saying what the asker will do with the answer, even last and naming an event', () => {
    expect(
      asideClauses(
        'Which club rule covers kites, so she can print it for the meeting next week',
        /meeting/,
      ),
    ).toEqual([' so she can print it for the meeting next week']);
    expect(asideClauses('风筝节是哪年办的，以便下周开会用', /会/)).toEqual(['以便下周开会用']);
  });

  it('reads a space between Chinese clauses as a break, not one between words', () => {
    expect(asideClauses('下周带孩子放风筝 风筝线有没有规定')).toEqual(['下周带孩子放风筝']);
    expect(asideClauses('下周 放 风筝 的 规定 有没有')).toEqual([]);
  });

  it('gives none before "is that true?", and none that `keep` matches', () => {
    expect(asideClauses('听说今年风筝要涨价，是真的吗？')).toEqual([]);
    expect(asideClauses('明天有会，请问在哪里开？', /会/)).toEqual([]);
    expect(asideClauses('明天有会，请问在哪里开？')).toEqual(['明天有会']);
  });
});

describe('askedClauses', () => {
  it('leaves out a leading clause stating the asker’s situation, not a topic set out first', () => {
    expect(askedClauses('我们这边风筝太多了，哪个决议讲无人机？')).toBe('哪个决议讲无人机？');
    expect(askedClauses('风筝方面，哪个决议讲了？')).toBe('风筝方面，哪个决议讲了？');
    // What the askers keep meeting, asking nothing, is their situation too.
    expect(askedClauses('我们协会老是收到破风筝、旧线轴，国际电联管回收吗？')).toBe(
      '国际电联管回收吗？',
    );
    expect(askedClauses('我们老是问，风筝有没有规定？')).toBe('风筝有没有规定？');
    // …and what they set out to make.
    expect(askedClauses('我毕设想搞个风筝小程序，协会在无人机方面跟谁合作？')).toBe(
      '协会在无人机方面跟谁合作？',
    );
    expect(askedClauses('我们老是搞不清哪个决议管风筝，能说说吗？')).toBe(
      '我们老是搞不清哪个决议管风筝，能说说吗？',
    );
  });

  it('reads a space between Chinese clauses as chat’s comma, and what someone cannot manage as a situation', () => {
    expect(askedClauses('镇上老人放风筝搞不来 风筝培训这块协会要办班吗')).toBe(
      '风筝培训这块协会要办班吗',
    );
    expect(askedClauses('镇上老人放风筝搞不来，风筝培训这块协会要办班吗？')).toBe(
      '风筝培训这块协会要办班吗？',
    );
  });

  it('reads a complaint by its degree or by how often it happens as a situation', () => {
    expect(askedClauses('风筝线贵得要命 无人机航拍动不动就断 协会管不管培训')).toBe(
      '协会管不管培训',
    );
    expect(askedClauses('我们镇上风大得不行，风筝比赛老是取消，协会有没有办法？')).toBe(
      '协会有没有办法？',
    );
  });
});

describe('withoutPurposeAfter', () => {
  it('drops what the answer is for, said after the last question', () => {
    expect(withoutPurposeAfter('哪个决议讲风筝安全？要写风筝课的报告')).toBe(
      '哪个决议讲风筝安全？',
    );
    expect(
      withoutPurposeAfter(
        'Which resolution covers kite safety? I need to write a short report on it.',
      ),
    ).toBe('Which resolution covers kite safety?');
    expect(purposeAfterQuestion('哪个决议讲风筝安全？要写风筝课的报告')).toBe('要写风筝课的报告');
  });

  it('keeps a sentence that says something else, and a message with no question mark', () => {
    const told = 'Which resolution covers kites? I fly them on weekends.';
    expect(withoutPurposeAfter(told)).toBe(told);
    expect(withoutPurposeAfter('kite rules. need to write a report')).toBe(
      'kite rules. need to write a report',
    );
  });
});
