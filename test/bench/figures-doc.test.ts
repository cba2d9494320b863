import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedBlock } from '../../src/eval/marked-block.js';
import {
  END,
  PAGE,
  renderFigures,
  resultsSchema,
  START,
  withFigures,
} from '../../bench/figures-doc.js';

const results = resultsSchema.parse(JSON.parse(readFileSync('bench/results.json', 'utf8')));

describe('docs/performance.md figures', () => {
  it('are exactly what bench/results.json says (written by the bench, never by hand)', () => {
    const page = readFileSync(PAGE, 'utf8');
    const block = markedBlock(page, { start: START, end: END });
    expect(block).toBe(renderFigures(results));
  });

  it('show every scale point and every target with its outcome', () => {
    const block = renderFigures(results);
    for (const s of results.scale) expect(block).toContain(`Corpus ×${s.factor} `);
    for (const [t, ok] of Object.entries(results.targets))
      expect(block).toContain(`${ok ? '✅' : '❌'} ${t}`);
  });

  it('refuse a page without the markers instead of losing the figures', () => {
    expect(() => withFigures('no markers', results)).toThrow(/block/);
  });
});
