import { describe, expect, it } from 'vitest';
import { termPattern } from '../../src/retrieval/term-pattern.js';

const matches = (term: string, text: string) => {
  const { key, source } = termPattern(term);
  const lower = text.toLowerCase();
  // The key is the cheap test the expander runs first: it must hold wherever the pattern matches.
  return lower.includes(key) && new RegExp(source, 'i').test(lower);
};

describe('termPattern', () => {
  it('finds a name in the singular or the plural, as whole words', () => {
    expect(matches('stolen phone', 'Stolen phones are a problem')).toBe(true);
    expect(matches('country', 'several countries')).toBe(true);
    expect(matches('spam', 'spammers')).toBe(false);
  });

  it('finds a several-word name whose first word is inflected', () => {
    expect(matches('move to IPv6', 'countries moving to IPv6')).toBe(true);
    expect(matches('switch to IPv6', 'we switched to IPv6')).toBe(true);
    expect(matches('combat spam', 'combating spam')).toBe(true);
    expect(matches('stop spam', 'stopping spam')).toBe(true);
    expect(matches('apply standard', 'it applies standards')).toBe(true);
    // The rest of the name still has to follow.
    expect(matches('move to IPv6', 'moving to IPv4')).toBe(false);
  });

  it('finds a name that starts with an -ing form with its verb in any form (fly kites: flying kites)', () => {
    expect(matches('flying kites', 'we fly kites on Sundays')).toBe(true);
    expect(matches('flying kites', 'she flies kites')).toBe(true);
    expect(matches('running races', 'they run races')).toBe(true);
    expect(matches('running races', 'he runs races')).toBe(true);
    // A doubled consonant that is the verb's own stays (selling: sell, sells).
    expect(matches('selling kites', 'they sell kites')).toBe(true);
    expect(matches('selling kites', 'she sells kites')).toBe(true);
    expect(matches('making kites', 'how to make kites')).toBe(true);
    expect(matches('flying kites', 'flying drones')).toBe(false);
  });

  it('finds a phrasal verb with a pronoun between verb and particle (set it up, call you back)', () => {
    expect(matches('set up', 'who will set it up?')).toBe(true);
    expect(matches('roll out', 'they rolled them out last year')).toBe(true);
    expect(matches('call back', 'the kite shop calls you back')).toBe(true);
    // Only a pronoun: a noun between is another verb's object.
    expect(matches('set up', 'set the kite up')).toBe(false);
    expect(matches('move to IPv6', 'move it to IPv6')).toBe(false);
  });

  it('finds a name that starts with an adjective, compared (poorer countries, the poorest country)', () => {
    expect(matches('poor country', 'help for poorer countries')).toBe(true);
    expect(matches('poor country', 'the poorest country')).toBe(true);
    expect(matches('poor country', 'poorly connected countries')).toBe(false);
  });

  it('finds a spaced name typed hyphenated', () => {
    expect(matches('service quality', 'the service-quality problems')).toBe(true);
    expect(matches('stolen phone', 'stolen-phones')).toBe(true);
    expect(matches('service quality', 'service and quality')).toBe(false);
  });

  it('takes British and American -ization spellings alike', () => {
    expect(matches('standardization gap', 'the standardisation gap')).toBe(true);
  });
});

describe('termPattern, hyphens', () => {
  it('finds a hyphenated name spaced or run together', () => {
    expect(matches('e-waste', 'what about ewaste recycling')).toBe(true);
    expect(matches('e-waste', 'e waste')).toBe(true);
    expect(matches('e-waste', 'E-waste rules')).toBe(true);
    expect(matches('e-health', 'ehealth apps')).toBe(true);
    expect(matches('e-waste', 'the waste of time')).toBe(false);
  });
});

describe('termPattern, the cheap test', () => {
  it('holds wherever a hyphenated name is found, and is not a single letter alone', () => {
    const p = termPattern('e-waste');
    expect(p.contains).toBe('waste');
    for (const t of ['ewaste', 'e waste', 'e-wastes'])
      expect(t.includes(p.key) && t.includes(p.contains!)).toBe(true);
    expect(termPattern('e-delivery').contains).toBe('deliver');
  });
});
