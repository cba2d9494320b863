import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClauseQuestions } from '../../src/corpus/clause-questions.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

describe('corpus/clause-questions.json', () => {
  it('names only clauses of the shipped document, each with questions, in both languages overall', () => {
    const ids = new Set(loadCorpus('corpus').clauses.map((c) => c.id));
    const raw = JSON.parse(readFileSync('corpus/clause-questions.json', 'utf8')) as Record<
      string,
      { en: string[]; zh: string[] }
    >;
    const keys = Object.keys(raw);
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => !ids.has(k))).toEqual([]);
    for (const k of keys) expect(raw[k]!.en.length + raw[k]!.zh.length, k).toBeGreaterThan(0);
    const all = Object.values(raw);
    expect(all.filter((q) => q.en.length).length).toBeGreaterThan(keys.length * 0.9);
    expect(all.filter((q) => q.zh.length).length).toBeGreaterThan(keys.length * 0.9);
    expect(loadClauseQuestions('corpus', ids).size).toBe(keys.length);
  });

  it('skips ids the corpus does not have, and names the file when its shape is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cq-'));
    writeFileSync(
      join(dir, 'clause-questions.json'),
      JSON.stringify({ known: { en: ['q?'], zh: ['问？'] }, gone: { en: ['q?'] } }),
    );
    expect([...loadClauseQuestions(dir, ['known']).keys()]).toEqual(['known']);
    writeFileSync(join(dir, 'clause-questions.json'), JSON.stringify({ known: { en: 'q?' } }));
    expect(() => loadClauseQuestions(dir, ['known'])).toThrow(/clause-questions\.json.*known\.en/);
  });

  it('is optional: a corpus folder without the file has none', () => {
    expect(loadClauseQuestions(mkdtempSync(join(tmpdir(), 'cq-')), ['x']).size).toBe(0);
  });
});
