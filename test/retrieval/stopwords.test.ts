/** Which words a question's rendering leaves out, and which the dictionary's own senses keep. */
import { describe, expect, it } from 'vitest';
import { englishWordsOf } from '../../src/retrieval/english-lemma.js';
import { QUERY_STOPWORDS, STOPWORDS } from '../../src/retrieval/stopwords.js';

const rendered = (q: string) => englishWordsOf(q).filter((w) => !QUERY_STOPWORDS.has(w));

describe('QUERY_STOPWORDS', () => {
  it('leaves a verb of motion and a focus adverb out of what a question is rendered into', () => {
    expect(rendered('where do the kite reports go')).toEqual(['kite', 'reports']);
    expect(rendered('the kite reports went especially fast')).toEqual(['kite', 'reports', 'fast']);
  });

  it('leaves an apology for asking out, as it does a greeting or thanks', () => {
    expect(rendered('hi, sorry, where do the kite reports go? thanks')).toEqual([
      'kite',
      'reports',
    ]);
    expect(rendered('apologies, where do the kite reports go')).toEqual(['kite', 'reports']);
  });

  it('keeps them for the dictionary, whose senses use them ("to go up")', () => {
    expect(STOPWORDS.has('go')).toBe(false);
    expect(STOPWORDS.has('especially')).toBe(false);
  });
});
