import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIctConcepts } from '../../src/corpus/ict-concepts.js';

describe('corpus/ict-concepts.json', () => {
  it('holds a few hundred concepts, each named in English and in Chinese', () => {
    const concepts = loadIctConcepts('corpus');
    expect(concepts.length).toBeGreaterThan(300);
    for (const c of concepts) {
      expect(c.en.length, c.zh[0]).toBeGreaterThan(0);
      expect(c.zh.length, c.en[0]).toBeGreaterThan(0);
    }
  });

  it('names the file when its shape is wrong, and is optional', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ict-'));
    expect(loadIctConcepts(dir)).toEqual([]);
    writeFileSync(join(dir, 'ict-concepts.json'), JSON.stringify([{ en: ['net neutrality'] }]));
    expect(() => loadIctConcepts(dir)).toThrow(/ict-concepts\.json.*zh/);
  });
});
