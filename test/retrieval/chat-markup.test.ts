import { describe, expect, it } from 'vitest';
import { stripChatMarkup } from '../../src/retrieval/chat-markup.js';
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

  it('runs first in input normalisation, so the question words are seen', () => {
    expect(normalizeInput('@bot who *actually* chaired it? 🙏')).toBe('who actually chaired it?');
  });
});
