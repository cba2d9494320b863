/** Glossary term patterns matched by hand find what RegExp finds, where RegExp finds it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/corpus/glossary.js';
import { termMatcher } from '../../src/retrieval/term-matcher.js';
import { termPattern } from '../../src/retrieval/term-pattern.js';

const viaRegExp = (source: string, text: string) => {
  const m = new RegExp(source, 'i').exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
};

describe('termMatcher', () => {
  it('takes the first alternative that lets the whole pattern match, at the leftmost position', () => {
    const source = termPattern('tidal barrage').source;
    const m = termMatcher(source);
    expect(m.exec('two tidal-barrages and a tidal barrage')).toEqual({ index: 4, length: 14 });
    expect(m.exec('subtidal barrages')).toBeNull();
    expect(m.exec('tidal barragesx')).toBeNull();
  });

  it('reads the forms of a name that starts with an -ing verb, doubled consonant or not', () => {
    for (const [term, text] of [
      ['selling kites', 'she sells kites'],
      ['running races', 'they run races'],
      ['flying kites', 'he flies kites'],
    ] as const) {
      const { source } = termPattern(term);
      expect(termMatcher(source).exec(text), term).toEqual(viaRegExp(source, text));
      expect(viaRegExp(source, text), term).not.toBeNull();
    }
  });

  it('refuses a pattern outside the subset it reads, rather than match it wrongly', () => {
    expect(() => termMatcher('a+b')).toThrow(/unsupported/);
    expect(() => termMatcher('(?:a(?:b))')).toThrow(/unsupported/);
  });

  it('agrees with RegExp for every glossary term, in its own forms and in running text', () => {
    const glossary = loadGlossary('corpus');
    const names = glossary.terms.flatMap((t) => t.en);
    const corpusLines = readFileSync('corpus/wtsa20-itu-d-resolutions.zh.txt', 'utf8')
      .toLowerCase()
      .split('\n')
      .filter((l) => /[a-z]{2}/.test(l));
    // Each name as written, inflected, hyphenated, run into other words, and inside a sentence; with the
    // forms of a few other names and the document's lines holding Latin words.
    const formsOf = (n: string) => {
      const l = n.toLowerCase();
      return [
        l,
        `${l}s`,
        `${l}es`,
        `the ${l}ing of`,
        l.replace(/ /g, '-'),
        l.replace(/-/g, ''),
        `x${l}`,
        `${l}x`,
        `about ${l}, and more`,
      ];
    };
    let matched = 0;
    for (const name of names) {
      const { source } = termPattern(name);
      const m = termMatcher(source);
      const i = names.indexOf(name);
      const others = [1, 7, 31, 127].flatMap((k) => formsOf(names[(i + k) % names.length]!));
      for (const text of [...formsOf(name), ...others, ...corpusLines]) {
        const expected = viaRegExp(source, text);
        if (expected) matched++;
        expect(m.exec(text), `${source} on ${text}`).toEqual(expected);
      }
    }
    // The comparison saw matches, not only misses.
    expect(matched).toBeGreaterThan(names.length);
  });
});
