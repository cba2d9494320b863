import { describe, expect, it } from 'vitest';
import { casesWithTypos, withTypos } from '../../src/eval/typos.js';

describe('withTypos', () => {
  const q =
    'Does the assembly support developing countries building national laboratories for testing equipment interoperability?';

  it('gives the same slips on every run, seeded by the case', () => {
    expect(withTypos(q, 'case-1')).toBe(withTypos(q, 'case-1'));
    expect(withTypos(q, 'case-1')).not.toBe(q);
  });

  it('changes only lower-case words of five letters or more, each by one slip', () => {
    const out = withTypos(q, 'case-2').split(' ');
    const words = q.split(' ');
    expect(out).toHaveLength(words.length);
    out.forEach((w, i) => {
      const original = words[i]!;
      if (w === original) return;
      expect(original.replace(/\W/g, '').length).toBeGreaterThanOrEqual(5);
      expect(original).toMatch(/^[a-z]/);
      expect(Math.abs(w.length - original.length)).toBeLessThanOrEqual(1);
    });
    expect(withTypos('第44号决议 ITU TSB IPv6 DOES', 'x')).toBe('第44号决议 ITU TSB IPv6 DOES');
  });

  it('misspells about a third of the eligible words over many questions', () => {
    const text = 'telecommunication '.repeat(1000).trim();
    const changed = withTypos(text, 'share')
      .split(' ')
      .filter((w) => w !== 'telecommunication').length;
    expect(changed).toBeGreaterThan(250);
    expect(changed).toBeLessThan(350);
  });

  it('keeps the rest of each case', () => {
    const cases = [
      {
        id: 'a',
        question: q,
        lang: 'en' as const,
        category: 'everyday',
        answerable: true,
        resolutions: [44],
        keywords: [],
      },
    ];
    const [c] = casesWithTypos(cases as never);
    expect(c).toMatchObject({ id: 'a', resolutions: [44], answerable: true });
    expect(c!.question).toBe(withTypos(q, 'a'));
  });
});
