import { describe, expect, it } from 'vitest';
import { quotedTerm, writesTerm } from '../../src/retrieval/quoted-term.js';

describe('quotedTerm', () => {
  it.each([
    ['哪些决议写了“导则”？', '导则'],
    ['哪些决议用到「路线图」这个词？', '路线图'],
    ['Which resolutions say "roadmap"?', 'roadmap'],
  ])('reads the term quoted in %s', (q, term) => expect(quotedTerm(q)).toBe(term));

  it('reads none without quotation marks, or around a single character', () => {
    expect(quotedTerm('哪些决议提到导则？')).toBeNull();
    expect(quotedTerm('哪些决议有“网”字？')).toBeNull();
  });
});

describe('writesTerm', () => {
  it('finds the term as written, Latin letters in any case', () => {
    expect(writesTerm('IoT')('推动iot标准')).toBe(true);
    expect(writesTerm('导则')('制定导则和建议书')).toBe(true);
    expect(writesTerm('导则')('制定指南')).toBe(false);
  });
});
