/** jieba's lean dictionary: general Chinese plus the corpus's words cuts the corpus exactly as the whole one. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { leanDictionary } from '../../src/retrieval/tokenize.js';

const full = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
const texts = loadCorpus('corpus').clauses.map((c) => c.text);

describe('leanDictionary', () => {
  const lean = leanDictionary(texts, new Set());
  const words = new Set(lean.split('\n').map((l) => l.split(' ')[0]));

  it('keeps general words, the corpus words whatever their frequency, and drops most rare words', () => {
    expect(words.has('手机')).toBe(true); // frequent in general Chinese
    expect(words.has('国际电联')).toBe(true); // rare in general Chinese, but in the corpus
    const fullCount = full.toString('utf8').split('\n').filter(Boolean).length;
    expect(words.size).toBeLessThan(fullCount / 3);
  });

  it('cuts every clause of the corpus exactly as the whole dictionary does', () => {
    const whole = Jieba.withDict(full);
    const small = Jieba.withDict(Buffer.from(lean));
    for (const t of texts) expect(small.cut(t, false)).toEqual(whole.cut(t, false));
  });

  it('keeps an everyday word it is told to keep', () => {
    const rare = leanDictionary([], new Set(['绕道']));
    expect(rare.split('\n').some((l) => l.startsWith('绕道 '))).toBe(true);
  });
});
