import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';
import type { EvalCase } from '../../src/eval/cases.js';
import {
  clauseMatches,
  keywordRecall,
  keywordsPresent,
  scoreCase,
  type Ranked,
} from '../../src/eval/score.js';

const annex = (over: Partial<Ranked> = {}): Ranked => ({
  id: 'doc.r44.resolves.6',
  part: 'annex',
  resolution: 44,
  section: '做出决议',
  addressee: null,
  item: '6',
  ...over,
});

describe('clauseMatches', () => {
  it('matches part, resolution, section and item of an annex clause', () => {
    const e = { part: 'annex' as const, resolution: 44, section: '做出决议', item: '6' };
    expect(clauseMatches(annex(), e)).toBe(true);
    expect(clauseMatches(annex({ item: '5' }), e)).toBe(false);
    // A sub-item of the item expected is cited within it (6.ii) in 6); not another item (60, 16).
    expect(clauseMatches(annex({ item: '6.ii)' }), e)).toBe(true);
    expect(clauseMatches(annex({ item: '60' }), e)).toBe(false);
    expect(clauseMatches(annex({ item: '16' }), e)).toBe(false);
    expect(clauseMatches(annex({ item: '6' }), { ...e, item: '6.ii)' })).toBe(false);
    // A sub-item expected by its own label (ii)) is the one cited with its item (6.ii)); not an item alone.
    expect(clauseMatches(annex({ item: '6.ii)' }), { ...e, item: 'ii)' })).toBe(true);
    expect(clauseMatches(annex({ item: '6.iii)' }), { ...e, item: 'ii)' })).toBe(false);
    expect(clauseMatches(annex({ item: '6' }), { ...e, item: 'ii)' })).toBe(false);
    expect(clauseMatches(annex({ section: '责成' }), e)).toBe(false);
    expect(clauseMatches(annex({ resolution: 2 }), e)).toBe(false);
    expect(clauseMatches(annex({ part: 'table2' }), e)).toBe(false);
  });

  it('matches a clause under two headings (做出决议 → 责成 …) by either', () => {
    const both = annex({ section: '责成', within: '做出决议', addressee: '电信标准化局主任' });
    expect(
      clauseMatches(both, { part: 'annex', resolution: 44, section: '做出决议', item: '6' }),
    ).toBe(true);
    expect(clauseMatches(both, { part: 'annex', resolution: 44, section: '责成', item: '6' })).toBe(
      true,
    );
    expect(clauseMatches(both, { part: 'annex', resolution: 44, section: '请', item: '6' })).toBe(
      false,
    );
  });

  it('treats item null as "the unnumbered paragraph" and an absent item as "any item"', () => {
    expect(
      clauseMatches(annex({ item: null }), { part: 'annex', resolution: 44, item: null }),
    ).toBe(true);
    expect(clauseMatches(annex({ item: '6' }), { part: 'annex', resolution: 44, item: null })).toBe(
      false,
    );
    expect(clauseMatches(annex({ item: '6' }), { part: 'annex', resolution: 44 })).toBe(true);
  });

  it('matches an item however it is spelt, and no other', () => {
    const e = { part: 'annex' as const, resolution: 22, section: '做出决议', item: '1 m)' };
    expect(clauseMatches(annex({ resolution: 22, item: '1.m)' }), e)).toBe(true);
    expect(clauseMatches(annex({ resolution: 22, item: '1' }), e)).toBe(false);
    expect(clauseMatches(annex({ resolution: 22, item: '1.l)' }), e)).toBe(false);
  });

  it('accepts an addressee that contains, or is contained in, the expected one', () => {
    const e = { part: 'annex' as const, resolution: 44, addressee: '电信标准化局主任' };
    expect(clauseMatches(annex({ addressee: '电信标准化局主任与电信发展局主任协作' }), e)).toBe(
      true,
    );
    expect(clauseMatches(annex({ addressee: '各成员国' }), e)).toBe(false);
  });

  it('matches non-annex parts on part and resolution only', () => {
    const row: Ranked = {
      id: 't',
      part: 'table1',
      resolution: 88,
      section: null,
      addressee: null,
      item: null,
    };
    expect(clauseMatches(row, { part: 'table1', resolution: 88, item: '3' })).toBe(true);
    expect(clauseMatches(row, { part: 'table1', resolution: 86 })).toBe(false);
    expect(clauseMatches({ ...row, part: 'intro', resolution: null }, { part: 'intro' })).toBe(
      true,
    );
  });
});

describe('keywordsPresent / keywordRecall', () => {
  const groups = [['日内瓦', 'Geneva'], ['2022']];

  it('needs one alternative of every group, case-insensitively', () => {
    expect(keywordsPresent('Held in GENEVA in March 2022', groups)).toBe(true);
    expect(keywordsPresent('于2022年在日内瓦召开', groups)).toBe(true);
    expect(keywordsPresent('Held in Geneva', groups)).toBe(false);
    expect(keywordsPresent('anything', [])).toBe(true);
  });

  it('gives the share of groups found, null without groups', () => {
    expect(keywordRecall('Geneva', groups)).toBe(0.5);
    expect(keywordRecall('Geneva 2022', groups)).toBe(1);
    expect(keywordRecall('x', [])).toBeNull();
  });
});

describe('scoreCase', () => {
  const c: EvalCase = {
    id: 'c1',
    question: '第44号决议做出决议6是什么？',
    lang: 'zh',
    category: 'clause',
    answerable: true,
    resolutions: [44],
    clause: { part: 'annex', resolution: 44, section: '做出决议', item: '6' },
    keywords: [['预算']],
  };
  const result = (over: Partial<AskResult> = {}): AskResult => ({
    answer: '……预算……',
    found: true,
    mode: 'extractive',
    citations: [
      {
        id: 'doc.r44.resolves.6',
        label: 'l',
        resolution: 44,
        part: 'annex',
        section: '做出决议',
        addressee: null,
        item: '6',
        title: null,
      } as AskResult['citations'][number],
    ],
    related: [],
    ...over,
  });

  it('scores a right answer as a hit on every metric', () => {
    const s = scoreCase(c, result(), [annex()], 3, ['含预算的条款']);
    expect(s).toMatchObject({
      resolutionHit1: true,
      resolutionHit5: true,
      clauseHit5: true,
      reciprocalRank: 1,
      keywordsOk: true,
      contextRecall: 1,
      abstentionOk: true,
      latencyMs: 3,
    });
  });

  it('scores the precision of a list only where several resolutions are expected', () => {
    const cite = (resolution: number) =>
      ({
        ...result().citations[0]!,
        id: `r${resolution}`,
        resolution,
      }) as AskResult['citations'][number];
    const list = { ...c, resolutions: [44, 50] };
    const answer = result({ citations: [cite(44), cite(50), cite(72), cite(44)] });
    // 44 and 50 expected, 72 not; a resolution cited twice counts once.
    expect(scoreCase(list, answer, [annex()], 1).listPrecision).toBeCloseTo(2 / 3);
    expect(scoreCase(c, answer, [annex()], 1).listPrecision).toBeNull();
    expect(scoreCase(list, result({ found: false }), [], 1).listPrecision).toBeNull();
  });

  it('gives the reciprocal rank of the first clause of an expected resolution', () => {
    const other = annex({ id: 'x', resolution: 2 });
    const s = scoreCase(c, result({ citations: [] }), [other, other, annex()], 1);
    expect(s.reciprocalRank).toBeCloseTo(1 / 3);
    expect(s.resolutionHit1).toBe(false);
  });

  it('counts a "not found" on an answerable case as wrong answer and wrong abstention', () => {
    const s = scoreCase(c, result({ found: false, citations: [] }), [], 1);
    expect(s).toMatchObject({
      keywordsOk: false,
      abstentionOk: false,
      resolutionHit5: false,
      reciprocalRank: 0,
    });
  });

  const unanswerable: EvalCase = {
    ...c,
    answerable: false,
    resolutions: [],
    clause: undefined,
    keywords: [],
  };

  it('scores an unanswerable case on abstention only', () => {
    const s = scoreCase(unanswerable, result({ found: false, citations: [] }), [], 1);
    expect(s).toMatchObject({
      abstentionOk: true,
      keywordsOk: null,
      resolutionHit1: null,
      clauseHit5: null,
      reciprocalRank: null,
      contextRecall: null,
    });
  });

  it('counts a message with a part the document does not answer as an abstention on an unanswerable case', () => {
    const partly = result({ found: true, unansweredParts: ['and what did it cost?'] });
    expect(scoreCase(unanswerable, partly, [], 1).abstentionOk).toBe(true);
    expect(scoreCase(unanswerable, result({ found: true }), [], 1).abstentionOk).toBe(false);
    // An answerable message is judged on what it asks; a side question left unanswered is no refusal.
    expect(scoreCase(c, partly, [annex()], 1).abstentionOk).toBe(true);
  });
});
