import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Jieba } from '@node-rs/jieba';
import { Segmenter } from '../../src/retrieval/segmenter.js';
import { leanDictionary } from '../../src/retrieval/tokenize.js';

/** A dictionary in jieba's format, as a segmenter and as native jieba. */
function both(dict: string) {
  const freq = new Map<string, number>();
  let total = 0;
  const lines = dict.split('\n').map((l) => l.split(' '));
  for (const [w, f] of lines) if (w && f) total += Number(f);
  for (const [w] of lines)
    if (w)
      for (let k = 1; k < w.length; k++) if (!freq.has(w.slice(0, k))) freq.set(w.slice(0, k), 0);
  for (const [w, f] of lines) if (w && f) freq.set(w, Number(f));
  return {
    seg: new Segmenter((w) => freq.get(w), total),
    jieba: Jieba.withDict(Buffer.from(dict)),
  };
}

describe('Segmenter', () => {
  it('takes the most probable path, a character no word starts with standing alone', () => {
    // Total 185: 国际电联 (5/185) is less probable than 国际 (50/185) then 电联 (40/185); at 20 it is more.
    const rare = both('国际 50 n\n电联 40 n\n国际电联 5 n\n标准 60 n\n标准化 30 n');
    expect(rare.seg.cut('国际电联标准化')).toEqual(['国际', '电联', '标准化']);
    const common = both('国际 50 n\n电联 40 n\n国际电联 20 n\n标准 60 n\n标准化 30 n');
    expect(common.seg.cut('国际电联标准化')).toEqual(['国际电联', '标准化']);
    expect(rare.seg.cut('国际的标准')).toEqual(['国际', '的', '标准']);
    // Characters outside jieba's Han range stand alone.
    expect(rare.seg.cut('㐀国际')).toEqual(['㐀', '国际']);
    for (const { seg, jieba } of [rare, common]) {
      for (const t of ['国际电联标准化', '国际的标准', '㐀国际', '电联国际标准化国际电联']) {
        expect(seg.cut(t)).toEqual(jieba.cut(t, false));
      }
    }
  });

  it('cuts the corpus exactly as native jieba cuts it with the same dictionary', () => {
    const corpus = readFileSync('corpus/wtsa20-itu-d-resolutions.zh.txt', 'utf8');
    const runs = [...corpus.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/g)].map((m) => m[0]);
    const { seg, jieba } = both(leanDictionary([corpus], new Set()));
    expect(runs.length).toBeGreaterThan(500);
    const differ = runs.filter((r) => seg.cut(r).join('/') !== jieba.cut(r, false).join('/'));
    expect(differ).toEqual([]);
  });
});
