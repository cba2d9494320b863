/** "What is TSAG?": the clause where the document writes the term out, with the full name read from it. */
import { describe, expect, it } from 'vitest';
import { findDefinition, renderDefinition } from '../../src/answer/definition-answerer.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { clause } from '../helpers/clause.js';

const store = new CorpusStore([
  clause({ id: 'intro.1', part: 'intro', text: '顾问组TSAG开了会。' }),
  clause({ id: 'intro.2', part: 'intro', text: '全会任命了电信标准化顾问组（TSAG）的正副主席。' }),
  clause({ id: 'intro.3', part: 'intro', text: '世界电信标准化全会（WTSA‑20）在日内瓦召开。' }),
  clause({ id: 'intro.4', part: 'intro', text: '各国支持各类计算机事件响应组（CIRT）。' }),
]);
const glossary = {
  resolutions: [],
  terms: [
    { en: ['TSAG', 'Telecommunication Standardization Advisory Group'], zh: '电信标准化顾问组' },
  ],
};
const plan = (lang: 'en' | 'zh') => ({ lang }) as QueryPlan;

describe('findDefinition', () => {
  it('finds the first clause that writes the term out, not the first that uses it', () => {
    const d = findDefinition('TSAG', store, glossary)!;
    expect(d.clause.id).toBe('intro.2');
    // The glossary's term, not the words before it (任命了).
    expect(d.name).toBe('电信标准化顾问组');
    expect(d.english).toBe('Telecommunication Standardization Advisory Group');
  });

  it("takes a meeting's year and any hyphen, and marks a name it had to cut from the text", () => {
    const d = findDefinition('WTSA', store, glossary)!;
    expect(d.clause.id).toBe('intro.3');
    expect(d.written).toBe('WTSA‑20');
    expect(d.name).toBe('…世界电信标准化全会');
    // At most twelve characters before the parenthesis.
    expect(findDefinition('CIRT', store, glossary)!.name).toBe('…支持各类计算机事件响应组');
  });

  it('finds nothing for a term the document never writes out', () => {
    expect(findDefinition('BDT', store, glossary)).toBeUndefined();
  });

  it('finds nothing when the glossary gives the term itself as the document word (WTDC)', () => {
    const used = new CorpusStore([
      clause({ id: 'c.1', part: 'conclusion', text: '筹备WTDC-22。' }),
    ]);
    const wtdc = {
      resolutions: [],
      terms: [{ en: ['WTDC', 'World Telecommunication Development Conference'], zh: 'WTDC' }],
    };
    expect(findDefinition('WTDC', used, wtdc)).toBeUndefined();
  });
});

describe("a term that is a resolution's subject", () => {
  const kites = new CorpusStore([
    clause({ id: 'intro.1', part: 'intro', text: '议题包括风筝协会（KTA）和无人机。' }),
    clause({
      id: 'r12.table1',
      part: 'table1',
      resolution: 12,
      title: '风筝协会（KTA）',
      text: '风筝协会（KTA）',
    }),
    clause({
      id: 'r12.table2',
      part: 'table2',
      resolution: 12,
      title: '风筝协会（KTA）',
      text: '第12号决议关于风筝协会（KTA），请各国支持。',
    }),
  ]);

  it("cites the resolution whose title writes it out, by its summary, and says it is that one's subject", () => {
    const d = findDefinition('KTA', kites, glossary)!;
    expect(d.subjectOf).toBe(12);
    expect(d.clause.id).toBe('r12.table2');
    const en = renderDefinition(plan('en'), 'KTA', d, kites, () => undefined);
    expect(en.answer).toContain('the subject of Resolution 12 [1]');
    const zh = renderDefinition(plan('zh'), 'KTA', d, kites, () => undefined);
    expect(zh.answer).toContain('是第12号决议的主题[1]');
  });

  it('keeps the first clause that writes it out when no title does', () => {
    expect(findDefinition('TSAG', store, glossary)!.subjectOf).toBeUndefined();
  });
});

describe('renderDefinition', () => {
  it('leads with the full name, then quotes and cites the clause', () => {
    const d = findDefinition('TSAG', store, glossary)!;
    const en = renderDefinition(plan('en'), 'TSAG', d, store, () => undefined);
    expect(en.answer).toMatch(
      /^TSAG stands for Telecommunication Standardization Advisory Group\./,
    );
    expect(en.answer).toContain('“电信标准化顾问组（TSAG）” [1]');
    expect(en.citations.map((c) => c.id)).toEqual(['intro.2']);
    const zh = renderDefinition(plan('zh'), 'TSAG', d, store, () => undefined);
    expect(zh.answer).toMatch(/^TSAG：文件中写作“电信标准化顾问组（TSAG）”\[1\]/);
  });
});
