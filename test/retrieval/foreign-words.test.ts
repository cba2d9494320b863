/** A question written mostly in a language the word lists do not hold: its words are neither slips nor terms. */
import { describe, expect, it } from 'vitest';
import { inAnotherLanguage } from '../../src/retrieval/foreign-words.js';

/** A stand-in for the word lists: English, and a few short strings of other languages they happen to hold. */
const KNOWN = new Set(
  'kite kites club festival drone drones about any the for is there resolution flying safety rules new who chairs what does say on it yung pong ano anything hi at may'.split(
    ' ',
  ),
);
const knows = (w: string) => KNOWN.has(w);

describe('inAnotherLanguage', () => {
  it('reads a question with few English small words and words no list knows as another language', () => {
    // Tagalog around English terms: few small words, several unknown ones.
    expect(
      inAnotherLanguage(
        'Ano po ba ang resolution tungkol sa kite festival ng club namin ngayon?',
        knows,
      ),
    ).toBe(true);
    // Mixed half and half, some of its words English small words too (at, may): still few of them.
    expect(
      inAnotherLanguage(
        'hi po, yung resolution about kite festival sa club, ano gagawin ng drone club at kite club dun? may rules na ba silang susundin?',
        knows,
      ),
    ).toBe(true);
    // Most of its words unknown, however many small words.
    expect(
      inAnotherLanguage(
        'Is there zorbu wakati festivali kitendo the kite ndege mashindano?',
        knows,
      ),
    ).toBe(true);
  });

  it('reads two small words of a language often mixed into English as a switch into it', () => {
    // English all around, one Tagalog phrase in the middle: too few unknown words for the shares above.
    expect(
      inAnotherLanguage(
        'Is there any resolution for the kite festival and the drone club, ba, or lahat po on their own?',
        knows,
      ),
    ).toBe(true);
    // Tagalog's linker na with po; Sheng's ama and iko.
    expect(
      inAnotherLanguage('Is there any resolution for the kite festival na drone club po?', knows),
    ).toBe(true);
    expect(
      inAnotherLanguage('Is there any resolution for the kite festival ama drone club iko?', knows),
    ).toBe(true);
    // One such word alone is no switch.
    expect(
      inAnotherLanguage(
        'Is there any resolution for the kite festival and the drone club po?',
        knows,
      ),
    ).toBe(false);
  });

  it('reads an English question as English, with a misspelling or two, and a short query as nothing', () => {
    expect(
      inAnotherLanguage(
        'Is there any resolution about kite flying safety for the festivl club?',
        knows,
      ),
    ).toBe(false);
    expect(
      inAnotherLanguage(
        'Who chairs the drone club, and is there anything on kite safety there?',
        knows,
      ),
    ).toBe(false);
    expect(inAnotherLanguage('kite festivl zorbu wakati', knows)).toBe(false);
  });
});
