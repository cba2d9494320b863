import { describe, expect, it } from 'vitest';
import { withSpelledLetters } from '../../src/retrieval/spelled-letters.js';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';

describe('withSpelledLetters', () => {
  it.each([
    ['is the k i t e rule new', 'is the kite rule new'],
    ['what about the D R N one', 'what about the DRN one'],
    // Two letters with a letter-and-digit tail, as dictation writes IPv6 or 4G.
    ['the x p v4 thing', 'the xpv4 thing'],
    ['q s 5g towers', 'qs5g towers'],
    // Two letters, neither an English one-letter word.
    ['the w h agency', 'the wh agency'],
  ])('joins %s', (text, joined) => {
    expect(withSpelledLetters(text)).toBe(joined);
  });

  it.each([
    'i am a student',
    'plan a b',
    'is it a 5g phone',
    'I think a lot',
    'the e-mail list',
    'v 6',
  ])('leaves %s as it is', (text) => {
    expect(withSpelledLetters(text)).toBe(text);
  });

  it('runs in normalizeInput, so retrieval sees the acronym', () => {
    expect(normalizeInput('was the  i p v6 one changed')).toBe('was the ipv6 one changed');
  });
});
