/** A message's sentences, and the ones that ask: the setting before a question and a claim after it are not. */
import { describe, expect, it } from 'vitest';
import { askingSentences, sentencesOf } from '../../src/retrieval/sentences.js';

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
});

describe('askingSentences', () => {
  it('keeps the sentences that ask, or the whole message when none or all do', () => {
    expect(askingSentences('Which group keeps it? I was told SG13.')).toBe('Which group keeps it?');
    expect(askingSentences('明天日内瓦的天气怎么样？')).toBe('明天日内瓦的天气怎么样？');
    expect(askingSentences('tell me about resolution 44')).toBe('tell me about resolution 44');
  });

  it('can take a last sentence typed without an end mark as asking', () => {
    const q = 'Where is the venue? is parking free there';
    expect(askingSentences(q)).toBe('Where is the venue?');
    expect(askingSentences(q, true)).toBe(q);
    expect(askingSentences('Where is the venue? I drive.', true)).toBe('Where is the venue?');
  });
});
