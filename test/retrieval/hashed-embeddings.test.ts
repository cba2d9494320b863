import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HashedNgramEmbeddings } from '../../src/retrieval/hashed-embeddings.js';

/**
 * The embedding as first written (features cut out as strings, Math.hypot over the spread vector). Persisted
 * indexes hold vectors computed this way, so the faster code must give the very same numbers, bit for bit.
 */
function reference(texts: string[], dimensions: number) {
  const fnv1a = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  };
  const features = (text: string) => {
    const lower = text.toLowerCase();
    const out: string[] = [];
    for (const m of lower.matchAll(/[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*|\d+/g)) out.push(`w:${m[0]}`);
    for (const m of lower.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/g)) {
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= m[0].length; i++) out.push(m[0].slice(i, i + n));
      }
    }
    return out;
  };
  const df = new Float64Array(dimensions);
  for (const t of texts)
    for (const b of new Set(features(t).map((f) => fnv1a(f) % dimensions))) df[b]! += 1;
  return (text: string) => {
    const tf = new Map<number, number>();
    for (const f of features(text)) {
      const h = fnv1a(f);
      const key = (h % dimensions) * 2 + ((h >>> 31) & 1);
      tf.set(key, (tf.get(key) ?? 0) + 1);
    }
    const v = new Array<number>(dimensions).fill(0);
    for (const [key, n] of tf) {
      const idf = Math.log((1 + texts.length) / (1 + df[key >> 1]!)) + 1;
      v[key >> 1]! += (key & 1 ? -1 : 1) * (1 + Math.log(n)) * idf;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  };
}

const corpus = readFileSync('corpus/wtsa20-itu-d-resolutions.zh.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim());

describe('HashedNgramEmbeddings', () => {
  it('embeds exactly as the reference does (documents and mixed-language queries)', () => {
    const dims = 512;
    const ref = reference(corpus, dims);
    const emb = new HashedNgramEmbeddings(dims).fit(corpus);
    const texts = [
      ...corpus.slice(0, 120),
      'What does Resolution 64 say about IPv6 training?',
      '第64号决议对IPv6培训有什么安排？',
      'ITU-T Study Group 5: e-waste, 电子废物 and v1.2 of 3.5G',
      'ABC abc 123',
      '',
      '!!!',
    ];
    for (const t of texts) expect(emb.embed(t)).toEqual(ref(t));
  });

  it('keeps the same document frequencies through its saved state', async () => {
    const emb = HashedNgramEmbeddings.fromState(
      new HashedNgramEmbeddings(64).fit(corpus).toState(),
    );
    const ref = reference(corpus, 64);
    expect(await emb.embedQuery('决议 resolution')).toEqual(ref('决议 resolution'));
  });
});
