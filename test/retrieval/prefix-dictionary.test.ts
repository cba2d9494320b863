/** The flat prefix dictionary gives what opencc-js's own trie gives: the same matches, segments and output. */
import { readFileSync } from 'node:fs';
import * as Full from 'opencc-js';
import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { toSimplifiedChinese } from '../../src/retrieval/normalize-input.js';
import { PrefixDictionary } from '../../src/retrieval/prefix-dictionary.js';

describe('PrefixDictionary', () => {
  const d = PrefixDictionary.fromGroup(['電 电|電話 电话|電話號碼 电话号码', '電 X|話 话']);

  it('takes the longest key from each position, the first dictionary of a group winning', () => {
    expect(d.matchPrefix('電話號', 0)).toEqual({ end: 2, value: '电话' });
    expect(d.matchPrefix('電話號碼', 0)).toEqual({ end: 4, value: '电话号码' });
    expect(d.matchPrefix('電', 0)).toEqual({ end: 1, value: '电' });
    expect(d.matchPrefix('號', 0)).toBeNull();
  });

  it('converts keys and keeps the runs between them', () => {
    expect(d.convert('打電話號碼給我')).toBe('打电话号码給我');
    expect(d.segment('打電話號給我')).toEqual(['打', '電話', '號給我']);
  });

  it('steps over characters outside the Basic Multilingual Plane whole', () => {
    const wide = PrefixDictionary.fromGroup(['𠀾 A|𠀾𠀾 B']);
    expect(wide.convert('x𠀾𠀾𠀾y')).toBe('xBAy');
  });
});

/** The chain normalizeInput used with opencc-js's tries (before the flat dictionary replaced them). */
function referenceChain(): (text: string) => string {
  type Config = (typeof OpenCC.Locale.configs)[string] & { normalizationChain?: DictGroup[] };
  const tw = OpenCC.Locale.configs.tw2s as Config;
  const hk = OpenCC.Locale.configs.hk2s as Config;
  const trie = (g: DictGroup | string) => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(Array.isArray(g) ? g : [g]);
    return t;
  };
  const normalize = OpenCC.ConverterFactory(...(tw.normalizationChain ?? []));
  const segments = trie(tw.segmentation as DictGroup);
  const chain = [tw.conversionChain[0]!, hk.conversionChain[0]!, tw.conversionChain[1]!].map(trie);
  return (text) =>
    chain
      .reduce<string[]>(
        (parts, t) => parts.map((p) => t.convert(p)),
        segments.segment(normalize(text)),
      )
      .join('');
}

describe('the traditional → simplified chain', () => {
  it('gives opencc-js output over the corpus in simplified, Taiwan and Hong Kong characters', () => {
    const lines = readFileSync('corpus/wtsa20-itu-d-resolutions.zh.txt', 'utf8')
      .split('\n')
      .filter((l) => /[\u4e00-\u9fff]/.test(l));
    const toTw = Full.Converter({ from: 'cn', to: 'twp' });
    const toHk = Full.Converter({ from: 'cn', to: 'hk' });
    const reference = referenceChain();
    const texts = lines.flatMap((l) => [l, toTw(l), toHk(l)]);
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.map(toSimplifiedChinese)).toEqual(texts.map(reference));
    // And there was something to convert: most Taiwan lines differ from the simplified ones.
    expect(lines.filter((l) => toTw(l) !== l).length).toBeGreaterThan(lines.length / 2);
  });
});
