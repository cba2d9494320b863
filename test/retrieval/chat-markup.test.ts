import { describe, expect, it } from 'vitest';
import { stripChatMarkup, withoutSignOff } from '../../src/retrieval/chat-markup.js';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';

describe('stripChatMarkup', () => {
  it('drops a mention of the bot before the question, in either form', () => {
    expect(stripChatMarkup('@bot who chairs the kite group?')).toBe('who chairs the kite group?');
    expect(stripChatMarkup('<@U12AB|bot>, what is the drone one about?')).toBe(
      'what is the drone one about?',
    );
    // A mention inside the question is part of it.
    expect(stripChatMarkup('does it name @kiteclub?')).toBe('does it name @kiteclub?');
  });

  it('drops emphasis marks, code ticks and bullets around words, not inside them', () => {
    expect(stripChatMarkup('who *chaired* the _kite_ meeting? ~old~')).toBe(
      'who chaired the kite meeting? old',
    );
    expect(stripChatMarkup('like the `Q x/2` thing')).toBe('like the Q x/2 thing');
    expect(stripChatMarkup('- kites\n• drones')).toBe('kites\ndrones');
    expect(stripChatMarkup('kite_fee and 5 * 3 and a-b')).toBe('kite_fee and 5 * 3 and a-b');
  });

  it('drops hashtags ending the message and the mark of one inside it, not a number', () => {
    expect(stripChatMarkup('Is there a kite rule? What number? #WeekendVibes #kites_2')).toBe(
      'Is there a kite rule? What number?',
    );
    expect(stripChatMarkup('do the #kite rules cover drones')).toBe(
      'do the kite rules cover drones',
    );
    expect(stripChatMarkup('what does kite rule #12')).toBe('what does kite rule #12');
  });

  it('runs first in input normalisation, so the question words are seen', () => {
    expect(normalizeInput('@bot who *actually* chaired it? 🙏')).toBe('who actually chaired it?');
  });
});

describe('withoutSignOff', () => {
  it('drops sign-offs after the question has ended', () => {
    expect(withoutSignOff('风筝节几号开？在线等，急急急')).toBe('风筝节几号开？');
    expect(withoutSignOff('风筝那项讲什么？急求！赶稿')).toBe('风筝那项讲什么？');
    expect(withoutSignOff('Which one covers kites? thanks, asap!!')).toBe(
      'Which one covers kites?',
    );
    expect(normalizeInput('风筝节几号开？ 谢谢！')).toBe('风筝节几号开?');
    expect(withoutSignOff('res 12 on kites? quick pls')).toBe('res 12 on kites?');
  });

  it('keeps words of what is asked, and thanks before the question', () => {
    expect(withoutSignOff('哪个决议？风筝安全')).toBe('哪个决议？风筝安全');
    expect(withoutSignOff('Which one? thanks for the kite list')).toBe(
      'Which one? thanks for the kite list',
    );
    expect(withoutSignOff('谢谢，风筝节几号开？')).toBe('谢谢，风筝节几号开？');
    expect(withoutSignOff('Which one? quick drying kite cloth')).toBe(
      'Which one? quick drying kite cloth',
    );
  });
});
