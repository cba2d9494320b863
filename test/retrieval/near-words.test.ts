import { describe, expect, it } from 'vitest';
import { NearWords } from '../../src/retrieval/near-words.js';

describe('NearWords', () => {
  const near = new NearWords(['cybersecurity', 'committee', 'standardization', 'roaming']);

  it('finds the listed word one or two slips away: dropped, added, replaced or swapped letters', () => {
    expect(near.find('cybrsecurty')).toBe('cybersecurity');
    expect(near.find('comitee')).toBe('committee');
    expect(near.find('standradisation')).toBe('standardization');
    expect(near.find('roamnig')).toBe('roaming');
    expect(near.find('roaming')).toBe('roaming');
  });

  it('finds nothing three slips away, or for what is no lower-case word', () => {
    expect(near.find('cbrsecurty')).toBeUndefined();
    expect(near.find('blockchain')).toBeUndefined();
    expect(near.find('Roaming')).toBeUndefined();
    expect(near.find('')).toBeUndefined();
  });
});
