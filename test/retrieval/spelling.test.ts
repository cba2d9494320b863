import { describe, expect, it } from 'vitest';
import { correctSpelling, type SpellingLexicon } from '../../src/retrieval/spelling.js';

/** A stand-in: general English, and how well some of it reaches the document (by base form). */
const GENERAL = new Set('abroad broad bones cones tones phones roaming charges'.split(' '));
const REACH: Record<string, [string, number]> = {
  cybersecurity: ['cybersecurity', Infinity],
  countries: ['country', 40],
  contrives: ['contrive', 1],
  broad: ['broad', 5],
  roaming: ['roaming', 30],
  charge: ['charge', 20],
  charges: ['charge', 20],
  charts: ['chart', 2],
  bones: ['bone', 3],
  cones: ['cone', 3],
  tones: ['tone', 3],
};
const lexicon: SpellingLexicon = {
  knows: (w) => GENERAL.has(w) || w in REACH,
  reach: (w) => (w in REACH ? { base: REACH[w]![0], score: REACH[w]![1] } : null),
};
const read = (q: string) => correctSpelling(q, lexicon);

describe('correctSpelling', () => {
  it('looks at no run of letters longer than a word, however many slips it could be', () => {
    let lookedUp = 0;
    const counting: SpellingLexicon = { ...lexicon, reach: (w) => (lookedUp++, lexicon.reach(w)) };
    const run = 'cybersecurty'.repeat(20);
    expect(correctSpelling(`what about ${run}?`, counting).corrections).toEqual([]);
    expect(lookedUp).toBe(0);
  });

  it('reads a misspelt word as the one word a slip away that reaches the document', () => {
    expect(read('help on cybersecurty for poor contries?')).toEqual({
      text: 'help on cybersecurity for poor countries?',
      corrections: [
        ['cybersecurty', 'cybersecurity'],
        ['contries', 'countries'],
      ],
    });
  });

  it('never touches a known word, a function word, a short word or a capitalised one', () => {
    // abroad is general English, though broad is a slip away and reaches the document.
    expect(read('roaming charges abroad').corrections).toEqual([]);
    expect(read('unless whose these').corrections).toEqual([]);
    expect(read('roam chrg').text).toBe('roam chrg');
    expect(read('Ask Cybersecurty').corrections).toEqual([]);
  });

  it('takes the reading that reaches the document clearly best, one per base form', () => {
    // countries (国家, everywhere) over contrives (设法, once); charge and charges are one reading.
    expect(read('contries').text).toBe('countries');
    expect(read('roaming chargs').corrections).toEqual([['chargs', 'charge']]);
  });

  it('leaves a slip with several readings, and words written together with digits, alone', () => {
    // fones: bones, cones, tones.
    expect(read('stolen fones').corrections).toEqual([]);
    expect(read('contries2 and IPv6').corrections).toEqual([]);
  });

  it('reads an unknown hyphenated word part by part, and leaves a known one whole', () => {
    expect(read('e-contries and roaming-chargs')).toEqual({
      text: 'e-countries and roaming-charge',
      corrections: [
        ['contries', 'countries'],
        ['chargs', 'charge'],
      ],
    });
    const knowsCompound: SpellingLexicon = {
      ...lexicon,
      knows: (w) => w === 'co-chairs' || lexicon.knows(w),
    };
    expect(correctSpelling('the co-chairs', knowsCompound).corrections).toEqual([]);
  });
});

describe('correctSpelling and words known only as an inflection', () => {
  // roming reads as Rome + -ing; changes is change + -s, a far commoner word than charges.
  const AS_WRITTEN = new Set(['rome', 'change', 'roaming', 'charges', 'phone']);
  const FREQUENCY: Record<string, number> = { roming: 6, roaming: 7, changes: 273, charges: 93 };
  const inflecting: SpellingLexicon = {
    knows: (w) => AS_WRITTEN.has(w) || ['roming', 'changes', 'phones'].includes(w),
    knowsAsWritten: (w) => AS_WRITTEN.has(w),
    frequency: (w) => FREQUENCY[w] ?? 0,
    reach: (w) =>
      ({
        roaming: { base: 'roam', score: Infinity },
        charges: { base: 'charge', score: Infinity },
        phone: { base: 'phone', score: Infinity },
      })[w] ?? null,
  };

  it("reads it as the document's own word a slip away, when that word is no rarer", () => {
    expect(correctSpelling('roming charges', inflecting).corrections).toEqual([
      ['roming', 'roaming'],
    ]);
  });

  it('leaves a common inflected word, and another form of the same word, alone', () => {
    expect(correctSpelling('any changes', inflecting).corrections).toEqual([]);
    expect(correctSpelling('stolen phones', inflecting).corrections).toEqual([]);
  });
});
