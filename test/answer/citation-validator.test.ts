import { describe, expect, it } from 'vitest';
import { validateCitations } from '../../src/answer/citation-validator.js';
import { toCitation } from '../../src/corpus/clause.js';
import { FAKE_CLAUSES } from '../helpers/fake-assistant.js';

const sources = FAKE_CLAUSES.map(toCitation);
const [a, b, c] = sources;

describe('validateCitations', () => {
  it('keeps valid numbers, removes [99] and counts it', () => {
    const r = validateCitations('第96号决议责成主任协助发展中国家 [1]。另见 [99]。', sources)!;
    expect(r.answer).toBe('第96号决议责成主任协助发展中国家 [1]。另见。');
    expect(r.citations.map((x) => x.id)).toEqual([a!.id]);
    expect(r.droppedCitations).toBe(1);
  });

  it('renumbers in order of first use and reuses a number cited twice', () => {
    const r = validateCitations('甲 [3]，乙 [1]，丙 [3]。', sources)!;
    expect(r.answer).toBe('甲 [1]，乙 [2]，丙 [1]。');
    expect(r.citations.map((x) => x.id)).toEqual([c!.id, a!.id]);
    expect(r.droppedCitations).toBe(0);
  });

  it('reads full-width brackets and lists, dropping only the invalid members', () => {
    const r = validateCitations('甲【2】。乙 [1, 7]。丙［2，3］。', sources)!;
    expect(r.answer).toBe('甲[1]。乙 [2]。丙[1][3]。');
    expect(r.citations.map((x) => x.id)).toEqual([b!.id, a!.id, c!.id]);
    expect(r.droppedCitations).toBe(1);
  });

  it('returns null when no valid citation is left', () => {
    expect(validateCitations('没有引用的回答。', sources)).toBeNull();
    expect(validateCitations('只有错误的引用 [0] [4]。', sources)).toBeNull();
  });
});
