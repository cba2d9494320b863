/** A message off the document's field: no uncommon field word in it, and two words the field never uses. */
import { describe, expect, it } from 'vitest';
import {
  everydayWords,
  offFieldWords,
  type FieldLookups,
} from '../../src/retrieval/field-words.js';

const FIELD = new Set(['kite', 'string', 'best', 'after', 'out', '风筝', '标准', '一点', 'spool']);
/** Used by the questions of one clause only: in the field, but no word of its own. */
const ONE_QUESTION = new Set(['spool']);
const look: FieldLookups = {
  inField: (t) => FIELD.has(t),
  usedByField: (t) => FIELD.has(t) && !ONE_QUESTION.has(t),
  chineseFrequency: (w) => ({ 风筝: 300, 标准: 9000, 一点: 14000 })[w] ?? 0,
  englishFrequency: (w) =>
    ({ kite: 4, string: 12, best: 150, after: 5, out: 11, glue: 3, chair: 40 })[w] ?? 0,
  fieldShare: (t) => (FIELD.has(t) ? 0.1 : 0),
  // No general shares: keyness is not judged (see the keyness tests below).
  generalShare: () => 0,
};

describe('offFieldWords', () => {
  it('finds a message on another subject by its foreign words', () => {
    expect(offFieldWords(['best', 'glue', 'chair', 'leg'], new Set(), look)).toEqual([
      'glue',
      'chair',
      'leg',
    ]);
    expect(offFieldWords(['仓鼠', '洗澡', '一点'], new Set(), look)).toEqual(['仓鼠', '洗澡']);
  });

  it('counts a hyphenated foreign word once, not also each of its pieces', () => {
    expect(
      offFieldWords(['kite', 'string', 'zorb-ball', 'zorb', 'ball', 'glue'], new Set(), look),
    ).toBeNull();
  });

  it('keeps a message with one uncommon word of the field', () => {
    expect(offFieldWords(['best', 'glue', 'chair', 'kite'], new Set(), look)).toBeNull();
    expect(offFieldWords(['仓鼠', '洗澡', '风筝'], new Set(), look)).toBeNull();
  });

  it('takes no word for the field’s own that only one clause’s everyday questions use', () => {
    expect(offFieldWords(['spool', 'glue', 'chair'], new Set(), look)).toEqual(['glue', 'chair']);
    // Not foreign either: it is in the field.
    expect(offFieldWords(['spool', 'glue'], new Set(), look)).toBeNull();
  });

  it('finds another subject with one stray field word, when the foreign words outnumber the shared ones', () => {
    expect(offFieldWords(['风筝', '仓鼠', '洗澡', '游泳', '毛笔'], new Set(), look)).toEqual([
      '仓鼠',
      '洗澡',
      '游泳',
      '毛笔',
    ]);
    // The field shares as many words (common ones too): on the subject, with words of the asker's own.
    expect(
      offFieldWords(['风筝', '标准', '一点', '仓鼠', '洗澡', '游泳'], new Set(), look),
    ).toBeNull();
  });

  it('counts common field words as no anchor, and codes of the field as one', () => {
    expect(offFieldWords(['标准', '仓鼠', '洗澡'], new Set(), look)).not.toBeNull();
    FIELD.add('x9');
    expect(offFieldWords(['x9', 'glue', 'chair'], new Set(), look)).toBeNull();
  });

  it('takes no preposition for a word of the field, however seldom a general corpus counts it', () => {
    expect(offFieldWords(['glue', 'chair', 'after', 'lunch'], new Set(), look)).not.toBeNull();
    // Nor the particle of a phrasal verb (the glue runs out).
    expect(offFieldWords(['best', 'glue', 'chair', 'out'], new Set(), look)).toEqual([
      'glue',
      'chair',
    ]);
  });

  it('needs two foreign words, and takes rendered words as the field’s', () => {
    expect(offFieldWords(['best', 'glue'], new Set(), look)).toBeNull();
    expect(offFieldWords(['best', 'glue', 'chair'], new Set(['chair']), look)).toBeNull();
  });
});

describe('everydayWords', () => {
  // Shares of the field and of general text: kite and 风筝 are the subject's (keyness 3.7), the rest everyday
  // words the field's questions also use (keyness 1 or less).
  const FIELD_SHARE: Record<string, number> = {
    kite: 0.2,
    风筝: 0.2,
    best: 0.1,
    party: 0.02,
    推荐: 0.05,
    三个: 0.3,
  };
  const GENERAL_SHARE: Record<string, number> = {
    kite: 4e-5,
    风筝: 4e-5,
    best: 0.01,
    party: 0.002,
    推荐: 0.005,
    三个: 0.03,
  };
  const keyed: FieldLookups = {
    inField: (t) => t in FIELD_SHARE,
    usedByField: (t) => t in FIELD_SHARE,
    // Not read by keyness: best and 推荐 are anchors by their counts alone, as a general corpus's low counts
    // make everyday words.
    chineseFrequency: (w) => ({ 风筝: 300, 推荐: 3000 })[w] ?? 100_000,
    englishFrequency: (w) => ({ kite: 4, best: 5 })[w] ?? 10_000,
    fieldShare: (t) => FIELD_SHARE[t] ?? 0,
    generalShare: (w) => GENERAL_SHARE[w] ?? 1e-6,
  };

  it('finds another subject when every shared word is everyday and two words are not the field’s', () => {
    expect(everydayWords(['best', 'party', 'glue', 'chair'], keyed)).toEqual(['glue', 'chair']);
    expect(everydayWords(['推荐', '仓鼠', '洗澡'], keyed)).toEqual(['仓鼠', '洗澡']);
  });

  it('keeps a message with one word of the subject, however many everyday ones it has', () => {
    expect(everydayWords(['kite', 'best', 'party', 'glue', 'chair'], keyed)).toBeNull();
    expect(everydayWords(['风筝', '推荐', '仓鼠', '洗澡'], keyed)).toBeNull();
  });

  it('needs two words the field never uses, not counting numbers', () => {
    expect(everydayWords(['best', 'party', 'glue'], keyed)).toBeNull();
    expect(everydayWords(['推荐', '仓鼠', '十八'], keyed)).toBeNull();
  });

  it('counts a common single-character word the field never uses, not a rare character', () => {
    expect(everydayWords(['推荐', '仓鼠', '煮'], keyed)).toEqual(['仓鼠', '煮']);
    expect(
      everydayWords(['推荐', '仓鼠', '璩'], {
        ...keyed,
        chineseFrequency: (w) => (w === '璩' ? 50 : 100_000),
      }),
    ).toBeNull();
  });

  it('judges no keyness without general shares (a table saved without its totals)', () => {
    expect(
      everydayWords(['best', 'party', 'glue', 'chair'], { ...keyed, generalShare: () => 0 }),
    ).toBeNull();
  });
});
