import { describe, expect, it } from 'vitest';
import { NearWords } from '../../src/retrieval/near-words.js';
import {
  unknownNames,
  withoutAccented,
  type NameLexicon,
} from '../../src/retrieval/unknown-names.js';

/** A small stand-in for general English and the document's words. */
const WORDS = new Set(
  'which countries have banned does itu regulate the is involved in standards what say about and work for kenya operators fight spam help apps messaging like used health musk resolution cote ivoire coca cola tell me'.split(
    ' ',
  ),
);
/** Words that reach the document, for two-slip misspellings and words run together. */
const reaching = new NearWords(['cybersecurity', 'mobile', 'phone']);
const lexicon: NameLexicon = {
  knows: (w) => WORDS.has(w),
  isWord: (w) => WORDS.has(w),
  nearWord: (w) => reaching.find(w),
  phrase: (a, b) => a === 'mobile' && b === 'phone',
};
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

  it('finds a lower-case term nothing accounts for, and a mobile generation the lexicon lacks', () => {
    expect(names('What does ITU say about zorblatting?')).toEqual(['zorblatting']);
    expect(names('Does ITU work on 6G standards?')).toEqual(['6G']);
    // Short words, misspellings two slips off a word that reaches the document, two such words run together.
    expect(names('What does ITU say about zorb?')).toEqual([]);
    expect(names('What does ITU say about cybrsecurty?')).toEqual([]);
    expect(names('What does ITU say about mobilephone spam?')).toEqual([]);
    // An example, as for names.
    expect(names('Can messaging apps like zorblatting be used for health?')).toEqual([]);
  });

  it('takes no lower-case word for a term in a question written in another language, but still a name', () => {
    // Its words are that language's (flagged otherwise, each one unknown).
    expect(unknownNames('What does ITU say about zorblatting?', lexicon, true)).toEqual([]);
    expect(unknownNames('What does ITU say about Zorblat?', lexicon, true)).toEqual(['Zorblat']);
    // Read from the question when not given: mostly words no list knows.
    expect(names('zorbu wakati kitendo ndege mashindano ya itu spam ni?')).toEqual([]);
  });

  it('takes a lower-case word written with accents for another language, not a term (withoutAccented)', () => {
    const raw = 'which one is about the cerfs-volants écologiques, the green kites?';
    expect(withoutAccented(['ecologiques', 'zorblatting'], raw)).toEqual(['zorblatting']);
    // A capitalised name stays a name, accents or not.
    expect(withoutAccented(['Zorblaté'], 'Is Zorblaté involved?')).toEqual(['Zorblaté']);
  });

  it('takes a run of letters longer than any word for no name or term', () => {
    expect(names(`What about ${'zorblat'.repeat(40)}?`)).toEqual([]);
    expect(names(`Is ${'Zorblat'.repeat(40)} involved?`)).toEqual([]);
  });

  it('reads nothing into capitals where they say nothing', () => {
    // A sentence's first word, an acronym the lexicon knows, a question in capitals.
    expect(names('Zorblat: which countries have banned it?')).toEqual([]);
    expect(names('Does ITU regulate the apps?')).toEqual([]);
    expect(names('WHICH COUNTRIES HAVE BANNED ZORBLAT?')).toEqual([]);
  });

  it('finds an acronym no word list knows, in English or inside Chinese, unless it is an aside', () => {
    expect(names('Does ITU regulate the QXZ apps?')).toEqual(['QXZ']);
    expect(names('Does ITU work with 3QXZ on standards?')).toEqual(['3QXZ']);
    expect(names('ITU-T和QXZ在标准上怎么分工？')).toEqual(['QXZ']);
    // A mobile generation inside Chinese text, where the characters around it are letters too.
    expect(names('9G标准什么时候出？')).toEqual(['9G']);
    // Known (ITU), a Roman numeral, or the asker's own setting.
    expect(names('Is ITU involved in standards, part III?')).toEqual([]);
    expect(names('I work at QXZ: what does ITU say about spam?')).toEqual([]);
  });

  it("leaves the asker's own setting and examples to the rest of the question", () => {
    expect(names('I work for Zorblat in Kenya. Does ITU help operators fight spam?')).toEqual([]);
    expect(names('Can messaging apps like Zorblat be used for health?')).toEqual([]);
    // Or led in Chinese (好似X咁, 像X这样).
    expect(names('想搞个好似Zorblat咁嘅队，国际电联有冇做法？')).toEqual([]);
    // A describing word between the example lead and the term: still an example.
    expect(names('Does ITU help operators fight spam on apps like old zorblats?')).toEqual([]);
    // Chat-style first person, in lower case.
    expect(names('hi, im at a small QXZ in kenya. does ITU help operators?')).toEqual([]);
    expect(names('i work for Zorblat. does ITU help operators fight spam?')).toEqual([]);
    // The asker's setting is the clause the name is in, not a claim reported in a clause of its own.
    expect(names('Our operators say that Zorblat is involved in spam. Is it?')).toEqual([
      'Zorblat',
    ]);
  });

  it('leaves a place where the scene is told, before the question, to the rest of it', () => {
    expect(names('In the apps of Zorblat the operators fight spam. Does ITU help?')).toEqual([]);
    expect(names('At Zorblat the operators fight spam. What does ITU say?')).toEqual([]);
    expect(names('- fake kites everywhere in Zorblat market. Does ITU help?')).toEqual([]);
    expect(names('Kite thefts are up in Zorblat village. What does ITU say?')).toEqual([]);
    // Asked about, or the subject of the scene, it counts.
    expect(names('Does ITU help operators in Zorblat fight spam?')).toEqual(['Zorblat']);
    expect(names('Operators and Zorblat fight spam. Does ITU help?')).toEqual(['Zorblat']);
    expect(names('Does ITU help the Zorblat market fight fake kites?')).toEqual(['Zorblat']);
  });

  it('leaves a place gone to in a Chinese clause that tells the scene before the asking', () => {
    expect(names('上周去Zorblat放风筝，风筝被偷了，有没有管这个的决议？')).toEqual([]);
    // Asked about in its own clause, or with no clause after it, it counts.
    expect(names('去Zorblat放风筝有没有规定，有吗')).toEqual(['Zorblat']);
    expect(names('在Zorblat有没有风筝的决议？')).toEqual(['Zorblat']);
  });

  it('takes a greeting or address opening the message for no term', () => {
    expect(names('zorblat! tell me: does ITU help with spam?')).toEqual([]);
    expect(names('zorblat, does ITU help with spam?')).toEqual([]);
    expect(names('zorblat. short one\ndoes ITU help with spam?')).toEqual([]);
    // Alone, or not set off, it is still what is asked about.
    expect(names('zorblat!')).toEqual(['zorblat']);
    expect(names('zorblat does ITU help with spam?')).toEqual(['zorblat']);
    // A shouted particle or address right before the question word; a shouted term asked about counts.
    expect(names('ZORB which resolution is about spam?')).toEqual([]);
    expect(names('ZORB is in which resolution?')).toEqual(['ZORB']);
    expect(names('Which resolution is about ZORB?')).toEqual(['ZORB']);
  });

  it('takes the asker for no name (I’m, I’d)', () => {
    expect(names("Hello, I'm in Kenya and we'd like help. Does ITU help operators?")).toEqual([]);
    expect(names('Hello, I’d like to know: does ITU help operators?')).toEqual([]);
    // A contraction of a word nothing knows is still a name.
    expect(names("Hello, Zorblat'll help: does ITU help operators?")).toEqual(["Zorblat'll"]);
  });
});
