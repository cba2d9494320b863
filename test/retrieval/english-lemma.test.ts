import { describe, expect, it } from 'vitest';
import { englishWordsOf, regularBases } from '../../src/retrieval/english-lemma.js';

describe('englishWordsOf', () => {
  it('lower-cases and keeps inner hyphens and apostrophes', () => {
    expect(englishWordsOf("E-Waste and Don't Panic")).toEqual(['e-waste', 'and', "don't", 'panic']);
  });

  it('drops a possessive ending instead of leaving a lone "s" to look up', () => {
    expect(englishWordsOf("ITU's plan and the members’ roles")).toEqual([
      'itu',
      'plan',
      'and',
      'the',
      'members',
      'roles',
    ]);
  });
});

describe('regularBases', () => {
  it('offers the regular bases of an inflected word', () => {
    expect(regularBases('countries')).toContain('country');
    expect(regularBases('reviewed')).toContain('review');
  });

  it('reads a short -ing word whose two-letter stem opens with a vowel (using → use), not thing or bring', () => {
    expect(regularBases('using')).toContain('use');
    expect(regularBases('owing')).toContain('owe');
    expect(regularBases('thing')).toEqual(['thing']);
    expect(regularBases('bring')).toEqual(['bring']);
  });
});
