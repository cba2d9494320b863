/** A message off the document's field: no uncommon field word in it, and two words the field never uses. */
import { describe, expect, it } from 'vitest';
import { offFieldWords, type FieldLookups } from '../../src/retrieval/field-words.js';

const FIELD = new Set(['kite', 'string', 'best', 'after', '风筝', '标准', '一点']);
const look: FieldLookups = {
  inField: (t) => FIELD.has(t),
  chineseFrequency: (w) => ({ 风筝: 300, 标准: 9000, 一点: 14000 })[w] ?? 0,
  englishFrequency: (w) =>
    ({ kite: 4, string: 12, best: 150, after: 5, glue: 3, chair: 40 })[w] ?? 0,
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

  it('keeps a message with one uncommon word of the field', () => {
    expect(offFieldWords(['best', 'glue', 'chair', 'kite'], new Set(), look)).toBeNull();
    expect(offFieldWords(['仓鼠', '洗澡', '风筝'], new Set(), look)).toBeNull();
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
  });

  it('needs two foreign words, and takes rendered words as the field’s', () => {
    expect(offFieldWords(['best', 'glue'], new Set(), look)).toBeNull();
    expect(offFieldWords(['best', 'glue', 'chair'], new Set(['chair']), look)).toBeNull();
  });
});
