/** A bare number with its resolution's own topic, or at the head of a chat line, names that resolution. */
import { describe, expect, it } from 'vitest';
import { withNumberedTopics } from '../../src/retrieval/numbered-topic.js';
import type { ResolutionTitle } from '../../src/retrieval/resolution-by-topic.js';

const TITLES: ResolutionTitle[] = [
  { number: 21, names: ['Kite safety in towns', '风筝安全', 'KSF'] },
  { number: 35, names: ['Drone licences for islands', '无人机执照'] },
];

describe('withNumberedTopics', () => {
  it.each([
    ['21 kite basics, quick', 'Resolution 21 kite basics, quick'],
    ['and 35 drone licences - who pays?', 'and Resolution 35 drone licences - who pays?'],
    ['ksf: what about 21 ksf?', 'ksf: what about Resolution 21 ksf?'],
    // At the head of the line, before a dash or a colon.
    ['35 - did they touch it this time?', 'Resolution 35 - did they touch it this time?'],
    ['21: 改了吗', 'Resolution 21: 改了吗'],
    // Set beside one named with its topic, whatever words follow it.
    ['21 kite safety and 35 new rules?', 'Resolution 21 kite safety and Resolution 35 new rules?'],
    // …or before it.
    [
      'both 35 on the new rules and 21 on kite safety?',
      'both Resolution 35 on the new rules and Resolution 21 on kite safety?',
    ],
    // Not a count of things before it.
    ['35 experts came and 21 kite safety', '35 experts came and Resolution 21 kite safety'],
  ])('%s → %s', (text, out) => {
    expect(withNumberedTopics(text, TITLES)).toBe(out);
  });

  it.each([
    // A count of something else, a number the document holds no resolution for, one already named.
    ['21 experts came to the kite fair'],
    ['40 - 50 kites were flown'],
    ['40 kites - how many towns?'],
    ['Resolution 21 kite rules?'],
    ['v21 kite app'],
    ['Resolution 21 kites and 35 experts'],
  ])('leaves %s as it is', (text) => {
    expect(withNumberedTopics(text, TITLES)).toBe(text);
  });
});
