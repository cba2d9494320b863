import { describe, expect, it } from 'vitest';
import { GlossaryExpander } from '../../src/retrieval/glossary-expander.js';

const expander = new GlossaryExpander({
  resolutions: [
    {
      number: 44,
      en: ['Bridging the standardization gap between developed and developing countries'],
    },
    { number: 50, en: ['Cybersecurity'] },
  ],
  terms: [
    { en: ['standardization gap'], zh: ['标准化工作差距'] },
    { en: ['gap'], zh: ['差距'] },
    { en: ['CERT'], zh: ['计算机事件响应组'] },
    { en: ['developing countries'], zh: ['发展中国家'] },
    { en: ['world health organization'], zh: ['WHO', '世界卫生组织'] },
  ],
  aliases: [
    { from: ['垃圾短信'], to: ['垃圾信息'] },
    { from: ['SG17'], to: ['第17研究组'] },
  ],
});

describe('GlossaryExpander', () => {
  it('adds the document’s Chinese for English terms, the longest match first, each span once', () => {
    const { terms, rewritten } = expander.expand(
      'How does ITU close the standardization gap for developing countries?',
    );
    expect(terms).toEqual(expect.arrayContaining(['标准化工作差距', '发展中国家']));
    // "gap" inside the longer term was used up by it.
    expect(terms).not.toContain('差距');
    expect(rewritten).toContain('标准化工作差距');
  });

  it('matches English terms only as whole words, plural endings allowed', () => {
    expect(expander.expand('Tickets for the concert hall').terms).toEqual([]);
    expect(expander.expand('Which CERTs does it mention?').terms).toEqual(['计算机事件响应组']);
    expect(expander.expand('the gaps in standards').terms).toEqual(['差距']);
  });

  it('takes a Latin acronym among the Chinese renderings as an English key, in capitals only', () => {
    expect(expander.expand('Does ITU work with the WHO on e-health?').terms).toEqual(['WHO']);
    expect(expander.expand('Who works on e-health?').terms).toEqual([]);
    expect(expander.expand('the World Health Organization').terms).toEqual(['WHO']);
  });

  it('maps everyday Chinese words anywhere in a Chinese question, and Latin aliases at a word start', () => {
    expect(expander.expand('怎么举报垃圾短信？').terms).toEqual(['垃圾信息']);
    expect(expander.expand('SG17负责什么？').terms).toEqual(['第17研究组']);
    expect(expander.expand('MSG17 是什么？').terms).toEqual([]);
  });

  it('ranks resolutions by their English titles', () => {
    expect(expander.matchTitles('cybersecurity incidents')[0]?.resolution).toBe(50);
    expect(expander.matchTitles('developing countries standardization')[0]?.resolution).toBe(44);
    expect(expander.matchTitles('the')).toEqual([]);
  });
});
