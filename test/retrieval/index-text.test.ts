/** What is indexed for a clause: its text with its context, without where a cited resolution was adopted. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/corpus/clause.js';
import { indexText } from '../../src/retrieval/index-text.js';

const clause = (text: string): Clause => ({
  id: 'x.r44.resolves.4',
  doc: 'x',
  part: 'annex',
  resolution: 44,
  title: '缩小标准化工作差距',
  status: '修订版',
  section: '做出决议',
  addressee: null,
  item: '4',
  text,
  leadIn: null,
  label: '第44号决议 · 做出决议 · 4',
  order: 1,
});

describe('indexText', () => {
  it('keeps the context: resolution, title and heading', () => {
    expect(indexText(clause('支持创建区域组'))).toBe(
      '第44号决议 缩小标准化工作差距 做出决议 支持创建区域组',
    );
  });

  it('drops a cited edition (year and venue) but keeps the cited number', () => {
    const text = indexText(clause('根据第54号决议（2022年，日内瓦，修订版）规定的程序'));
    expect(text).toContain('根据第54号决议规定的程序');
    expect(text).not.toContain('日内瓦');
    // A venue the text itself names is kept.
    expect(indexText(clause('在日内瓦召开'))).toContain('日内瓦');
  });
});
