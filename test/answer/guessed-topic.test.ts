/** A resolution guessed by its topic after the question is no part of what is asked. */
import { describe, expect, it } from 'vitest';
import { withoutGuessedTopic } from '../../src/answer/guessed-topic.js';

describe('withoutGuessedTopic', () => {
  it.each([
    [
      'which text covers kite festivals in towns? I am guessing it is the drone one??',
      'which text covers kite festivals in towns?',
    ],
    [
      'Is anything there on kite string safety? I may be confusing it with the drone noise one, sorry',
      'Is anything there on kite string safety?',
    ],
    [
      'who looks after kite clubs? I thought it was the drone resolution but probably not…',
      'who looks after kite clubs?',
    ],
    ['which one handles kite theft? is it the drone one?', 'which one handles kite theft?'],
    ['风筝节归哪个决议管？我猜是无人机那个吧', '风筝节归哪个决议管？'],
  ])('takes the guess out of %s', (q, rest) => {
    expect(withoutGuessedTopic(q)).toBe(rest);
  });

  it.each([
    // Before the question, the one guessed may be what is asked about.
    ['I think the kite one asks for workshops?'],
    ['is it the kite one that asks for workshops?'],
    // Nothing guessed.
    ['which resolution covers kites?'],
    // Nothing left to ask.
    ['is it the kite one?'],
  ])('leaves %s as it is', (q) => {
    expect(withoutGuessedTopic(q)).toBeNull();
  });
});
