/** A comparison of two resolutions named by topic: the two topics, with the words that only name a resolution taken off. */
import { describe, expect, it } from 'vitest';
import { comparedTopics } from '../../src/retrieval/compared-topics.js';

describe('comparedTopics', () => {
  it.each([
    [
      'What is the difference between the resolution on spam and the one on cybersecurity?',
      ['spam', 'cybersecurity'],
    ],
    // A topic with an "and" of its own: split at "and the one".
    [
      'Difference between the resolution on towers and antennas and the one on e-waste?',
      ['towers and antennas', 'e-waste'],
    ],
    ['Compare the roaming resolution with the consumer one', ['roaming', 'consumer']],
    [
      'How is the spam resolution different from the phone theft resolution?',
      ['spam', 'phone theft'],
    ],
    ['电子废物那项决议跟气候变化那项决议有什么不同？', ['电子废物', '气候变化']],
    ['漫游的决议和金融包容性的决议有什么区别？', ['漫游', '金融包容性']],
  ])('reads %s', (q, sides) => {
    expect(comparedTopics(q)).toEqual(sides);
  });

  it.each([
    ['How does ITU compare with other bodies?'],
    ['What is different for developing countries?'],
    ['What is the difference between them and the rest?'],
    // Two counts side by side: one count question, not two topics.
    ['How many got suppressed vs how many were merged?'],
    ['新增了多少项和废止了多少项有什么区别？'],
  ])('finds no two resolutions in %s', (q) => {
    expect(comparedTopics(q)).toBeNull();
  });
});
