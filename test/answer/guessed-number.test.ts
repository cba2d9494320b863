/** A resolution's number offered as a guess: the topic is looked up, and the answer says whether it was right. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessedResolution } from '../../src/answer/guessed-number.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

describe('guessedResolution', () => {
  it.each([
    ['The roaming resolution — I believe it is number 88?', 88, 'The roaming resolution —'],
    ['电子废物那项决议，我记得是第73号，对吗？', 73, '电子废物那项决议，'],
    ['讲网络安全的那项决议好像是第52号吧？', 52, '讲网络安全的那项决议'],
    // A sentence of its own about the guess goes whole: its other words are no part of the topic.
    [
      'Which one covers IPv6? Maybe resolution 69, but I may be confusing it with another.',
      69,
      'Which one covers IPv6?',
    ],
  ])('reads the guess in %s', (q, n, topic) => {
    const guess = guessedResolution(q)!;
    expect(guess.number).toBe(n);
    expect(guess.topic).toContain(topic);
    expect(guess.topic).not.toContain(String(n));
  });

  it('reads a number stated with its topic as a claim to check, marked stated', () => {
    const guess = guessedResolution('Res 61 on kite festivals - who runs them?')!;
    expect(guess).toMatchObject({ number: 61, stated: true });
    expect(guess.topic).not.toContain('61');
    expect(guessedResolution('Res 61 on this - who runs it?')).toBeNull();
  });

  it('reads a hedge after the number, and a number set off after a naming', () => {
    const after = guessedResolution(
      'Anything - Res 61 I believe - about kite strings near power lines?',
    )!;
    expect(after).toMatchObject({ number: 61 });
    expect(after.stated).toBeUndefined();
    expect(after.topic).toContain('kite strings near power lines');
    expect(after.topic).not.toContain('61');
    // A second number offered: the question is about the two.
    expect(
      guessedResolution('The kite one, number 61 I think, or perhaps 16, did it change?'),
    ).toBeNull();
    const aside = guessedResolution('The kite festival one - Res 61 - did they change it?')!;
    expect(aside).toMatchObject({ number: 61, stated: true });
    expect(guessedResolution('The drone resolution (Res 62): new?')).toMatchObject({ number: 62 });
  });

  it('drops a sentence about the guess whole', () => {
    const q = 'Which one covers IPv6? Maybe resolution 69, but I may be confusing it with another.';
    expect(guessedResolution(q)?.topic).toBe('Which one covers IPv6?');
  });

  it.each([
    // The number is the subject, not a guess.
    ['第72号决议是不是要求在发展中国家办讲习班？'],
    ['我记得第92号决议里有一条讲路线图，是哪一条？'],
    // Digits asked for, not a resolution.
    ['Which digits does the emergency number use — is it 112?'],
    // Two numbers: a question about both.
    ['Is it Resolution 96 or Resolution 97 that covers stolen phones?'],
  ])('finds none in %s', (q) => {
    expect(guessedResolution(q)).toBeNull();
  });
});

describe('a guessed number in a question, end to end', () => {
  let temp: TempAssistant;
  beforeAll(async () => {
    temp = await createTempAssistant();
  });
  afterAll(() => temp.cleanup());

  it('answers the topic and corrects a wrong guess', async () => {
    const r = await temp.assistant.ask({ question: '电子废物那项决议，我记得是第73号，对吗？' });
    expect(r.found).toBe(true);
    expect(r.answer.startsWith('（不是第73号决议：讲这个的是第79号决议。）')).toBe(true);
    expect(r.citations[0]!.resolution).toBe(79);
  });

  it('corrects a number stated with a topic that is another resolution’s, and leaves a right one alone', async () => {
    const wrong = await temp.assistant.ask({
      question: 'Res 52 on roaming charges - what does it ask?',
    });
    expect(
      wrong.answer.startsWith('(Not Resolution 52: the resolution on this is Resolution 88.)'),
    ).toBe(true);
    const right = await temp.assistant.ask({
      question: 'Res 88 on roaming charges - what does it ask?',
    });
    expect(right.answer.startsWith('(')).toBe(false);
    expect(right.citations[0]!.resolution).toBe(88);
    // Another body's resolution (not in the document) is no slip for one of its own.
    const other = await temp.assistant.ask({
      question: 'What did the Plenipotentiary decide in Resolution 180 on consumer protection?',
    });
    expect(other.answer).not.toContain('Not Resolution 180');
  });

  it('confirms a right guess, with the resolution as 表1 lists it', async () => {
    const r = await temp.assistant.ask({
      question: 'The roaming resolution — I believe it is number 88?',
    });
    expect(r.answer.startsWith('(Yes: it is Resolution 88.)')).toBe(true);
    expect(r.citations.every((c) => c.resolution === 88)).toBe(true);
    expect(r.citations.some((c) => c.part === 'table1')).toBe(true);
  });
});
