/** WordNet as the table derives from it: its nouns are the words used mostly as nouns. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readWordNet, type WordNetWords } from '../../src/retrieval/wordnet-source.js';

let wordNet: WordNetWords;
beforeAll(async () => {
  wordNet = await readWordNet();
}, 60_000);

describe('readWordNet', () => {
  it('counts as nouns the words with noun senses first', () => {
    expect(wordNet.nouns.has('satellite')).toBe(true);
    expect(wordNet.nouns.has('village')).toBe(true);
    expect(wordNet.nouns.has('discuss')).toBe(false);
  });

  it('does not count a word with many noun senses that running text uses mostly otherwise', () => {
    // "ordinary" has as many noun senses as adjective ones, but SemCor uses it as an adjective 32 times in 36.
    expect(wordNet.nouns.has('ordinary')).toBe(false);
  });
});
