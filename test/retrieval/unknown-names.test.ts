import { describe, expect, it } from 'vitest';
import { unknownNames, type NameLexicon } from '../../src/retrieval/unknown-names.js';

/** A small stand-in for general English and the document's words. */
const WORDS = new Set(
  'which countries have banned does itu regulate the is involved in standards what say about and work for kenya operators fight spam help apps messaging like used health musk resolution cote ivoire coca cola tell me'.split(
    ' ',
  ),
);
const lexicon: NameLexicon = { knows: (w) => WORDS.has(w), isWord: (w) => WORDS.has(w) };
const names = (q: string) => unknownNames(q, lexicon);

describe('unknownNames', () => {
  it('finds a capitalised word that nothing known accounts for, with its capitalised neighbours', () => {
    expect(names('Which countries have banned Zorblat?')).toEqual(['Zorblat']);
    expect(names('Is Quux Zorblat involved in standards?')).toEqual(['Quux Zorblat']);
    // A known word beside it is not part of the name.
    expect(names('Is Musk Zorblat involved in standards?')).toEqual(['Zorblat']);
    expect(names("What does ITU say about Zorblat's standards?")).toEqual(['Zorblat']);
    expect(names('Zorblat在哪些国家被禁？')).toEqual(['Zorblat']);
  });

  it('leaves known words, places and accents, hyphenated words and one-letter slips alone', () => {
    expect(names('Does ITU help Kenya fight spam?')).toEqual([]);
    expect(names('What does the Resoluton say?')).toEqual([]);
    expect(names("What about Côte d'Ivoire and Coca-Cola?")).toEqual([]);
    expect(names('What about the Q-Spam standards?')).toEqual([]);
    expect(names('What about the Q-Zorblat standards?')).toEqual(['Q-Zorblat']);
  });

  it('reads nothing into capitals where they say nothing', () => {
    // A sentence's first word, an acronym, a question in capitals.
    expect(names('Zorblat: which countries have banned it?')).toEqual([]);
    expect(names('Does ITU regulate the QXZ apps?')).toEqual([]);
    expect(names('WHICH COUNTRIES HAVE BANNED ZORBLAT?')).toEqual([]);
  });

  it("leaves the asker's own setting and examples to the rest of the question", () => {
    expect(names('I work for Zorblat in Kenya. Does ITU help operators fight spam?')).toEqual([]);
    expect(names('Can messaging apps like Zorblat be used for health?')).toEqual([]);
  });
});
