/** The ready line says which saved indexes were loaded and which were built at this start, and why. */
import { describe, expect, it } from 'vitest';
import { indexSummary } from '../../src/server/start-summary.js';

describe('indexSummary', () => {
  it('says the index was loaded when nothing was built', () => {
    expect(
      indexSummary({ indexRebuilt: null, lexicalRebuilt: null, dictionaryRebuilt: null }),
    ).toBe('index loaded');
  });

  it('names each index built at this start with its reason', () => {
    expect(
      indexSummary({
        indexRebuilt: 'missing',
        lexicalRebuilt: 'code changed',
        dictionaryRebuilt: 'corpus changed',
      }),
    ).toBe(
      'index built (missing), lexical indexes built (code changed), dictionary table derived (corpus changed)',
    );
    expect(
      indexSummary({ indexRebuilt: null, lexicalRebuilt: 'missing', dictionaryRebuilt: null }),
    ).toBe('index loaded, lexical indexes built (missing)');
  });
});
