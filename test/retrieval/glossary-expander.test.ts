import { describe, expect, it } from 'vitest';
import { GlossaryExpander } from '../../src/retrieval/glossary-expander.js';

const expander = new GlossaryExpander({
  resolutions: [
    {
      number: 44,
      en: ['Bridging the standardization gap between developed and developing countries'],
    },
    { number: 50, en: ['Cybersecurity'] },
    { number: 89, en: ['Promoting the use of technologies to bridge the financial inclusion gap'] },
  ],
  terms: [
    { en: ['standardization gap'], zh: '标准化工作差距' },
    { en: ['gap'], zh: '差距' },
    { en: ['CERT'], zh: '计算机事件响应组' },
    { en: ['developing countries'], zh: '发展中国家' },
    { en: ['WHO', 'world health organization'], zh: '世界卫生组织' },
    { en: ['SG17'], zh: '第17研究组' },
    { en: ['IoT', 'Internet of things'], zh: '物联网' },
    { en: ['A-series handbook'], zh: 'A系列手册' },
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

  it("takes a capitalised name's closing words for it, when no other name ends so", () => {
    const names = new GlossaryExpander({
      resolutions: [],
      terms: [
        { en: ['WWSA', 'World Widget Standardization Assembly'], zh: '世界部件标准化全会' },
        { en: ['Widget Advisory Group'], zh: '部件顾问组' },
        { en: ['Gadget Advisory Group'], zh: '小器具顾问组' },
        { en: ['make it easy for people'], zh: '提供便利' },
      ],
    });
    expect(names.expand('When did the 2024 standardization assembly meet?').terms).toContain(
      '世界部件标准化全会',
    );
    // Two names end so: neither is meant.
    expect(names.expand('the advisory group').terms).toEqual([]);
    // An everyday paraphrase is not cut.
    expect(names.expand('for people in need').terms).toEqual([]);
  });

  it('matches English terms only as whole words, plural endings allowed', () => {
    expect(expander.expand('Tickets for the concert hall').terms).toEqual([]);
    expect(expander.expand('Which CERTs does it mention?').terms).toEqual(['计算机事件响应组']);
    expect(expander.expand('the gaps in standards').terms).toEqual(['差距']);
  });

  it('takes British -isation spellings as the term and the title they spell', () => {
    expect(expander.expand('closing the standardisation gap').terms).toEqual(['标准化工作差距']);
    expect(expander.matchTitles('standardisation gap')[0]?.resolution).toBe(44);
    expect(expander.matchTitles('standardisation gap')[0]?.score).toBeCloseTo(
      expander.matchTitles('standardization gap')[0]!.score,
    );
  });

  it('takes the everyday Chinese names of a term as that term, one topic with it', () => {
    const zh = new GlossaryExpander({
      resolutions: [],
      terms: [
        { en: ['e-waste'], zh: '电子废物', zhAliases: ['电子垃圾'] },
        { en: ['EMF'], zh: '电磁场', zhAliases: ['辐射', '手机辐射'] },
      ],
    });
    const inCorpus = (t: string) => t === 'EMF';
    const waste = zh.expand('电子垃圾怎么处理？', 'within-chinese', inCorpus);
    expect(waste.terms).toEqual(['电子废物']);
    expect(waste.groups).toEqual([['电子垃圾', '电子废物']]);
    // The longest name is used, once; the acronym the document writes inline comes with the term.
    expect(zh.expand('手机辐射有害吗', 'within-chinese', inCorpus).groups).toEqual([
      ['手机辐射', '电磁场', 'EMF'],
    ]);
    // A question that already uses the document's term searches nothing more, but the alias beside it is
    // one topic with it (电子废物、电子垃圾 lacks no topic); and aliases can be switched off.
    const both = zh.expand('电子废物和电子垃圾', 'within-chinese', inCorpus);
    expect(both.terms).toEqual([]);
    expect(both.groups).toEqual([['电子垃圾', '电子废物']]);
    expect(zh.expand('电子垃圾怎么处理？', 'within-chinese', inCorpus, false).terms).toEqual([]);
    // 的 linking two words of the name leaves it that name, as written.
    expect(zh.expand('那些电子的垃圾怎么处理？', 'within-chinese', inCorpus).groups).toEqual([
      ['电子的垃圾', '电子废物'],
    ]);
    // A Latin name renders once, by the English names where they have it, else as an alias.
    const g5 = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['IMT-2020', '5G'], zh: '国际移动通信', zhAliases: ['5G'] }],
    });
    expect(g5.expand('5G的经济效益', 'within-chinese').groups).toEqual([['国际移动通信']]);
    const alias = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['IMT-2020'], zh: '国际移动通信', zhAliases: ['5G'] }],
    });
    expect(alias.expand('5G的经济效益', 'within-chinese').groups).toEqual([['5G', '国际移动通信']]);
    expect(g5.expand('Who pays for 5G?', 'all').groups).toEqual([['国际移动通信']]);
  });

  it('takes every place a Chinese question names a Latin term, as one topic', () => {
    const g5 = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['IMT-2020', '5G'], zh: '国际移动通信' }],
    });
    const zh = g5.expand('城里有5G了，村里的5G啥时候来？', 'within-chinese');
    // No second 5G is left in the asker's words, to be read as a topic nothing translates.
    expect(zh.rewritten).not.toContain('5g');
    expect(zh.rewritten.split('国际移动通信')).toHaveLength(2);
    expect(zh.groups).toEqual([['国际移动通信']]);
    // In English the words left over are translated word by word, and searched so: the first place only.
    expect(g5.expand('5G in towns, 5G in villages?', 'all').rewritten).toContain('5g');
  });

  it('renders an English name several entries share as all of their terms, one group', () => {
    const two = new GlossaryExpander({
      resolutions: [],
      terms: [
        { en: ['carry out', 'put into practice'], zh: '实施' },
        { en: ['carry out', 'follow through'], zh: '落实' },
      ],
    });
    const shared = two.expand('who makes sure the plans are carried out?');
    expect(shared.terms).toEqual(['实施', '落实']);
    expect(shared.groups).toEqual([['实施', '落实']]);
    // A name only one entry has renders as that entry's term alone.
    expect(two.expand('how to follow through').terms).toEqual(['落实']);
  });

  it('finds a two-word name with one describing word between its words', () => {
    const kites = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['kite string', 'kite strings'], zh: '风筝线' }],
    });
    expect(kites.expand('Any rule on kite nylon strings?').terms).toContain('风筝线');
    expect(kites.expand('Any rule on kite nylon string?').terms).toContain('风筝线');
    // Not across a function word, nor with two words between.
    expect(kites.expand('Any rule on kite and strings?').terms).toEqual([]);
    expect(kites.expand('Any rule on kite thin nylon strings?').terms).toEqual([]);
  });

  it('finds a verb and its object with a determiner between (fly our kites)', () => {
    const kites = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['fly kites'], zh: '放风筝' }],
    });
    expect(kites.expand('will the club fly our kites?').terms).toEqual(['放风筝']);
    expect(kites.expand('will the club fly their kites?').terms).toEqual(['放风筝']);
    // Not across another function word.
    expect(kites.expand('will the club fly with kites?').terms).toEqual([]);
  });

  it('finds a describing word and its thing said the other way round (the kite is broken)', () => {
    const kites = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['broken kite'], zh: '破风筝' }],
    });
    expect(kites.expand('my kite is so broken, what now?').terms).toEqual(['破风筝']);
    expect(kites.expand('the kites were broken again').terms).toEqual(['破风筝']);
    // Only a name the glossary holds, and not with a function word for the describing one.
    expect(kites.expand('my kite is torn').terms).toEqual([]);
    expect(kites.expand('the kite is the thing').terms).toEqual([]);
  });

  it('matches an e-word in a title by its plain head word too (e-kites: kites)', () => {
    const titles = new GlossaryExpander({
      resolutions: [
        { number: 7, en: ['Access to e-kites for remote villages'] },
        { number: 8, en: ['Drone registration'] },
      ],
      terms: [],
    });
    expect(titles.matchTitles('which one is about kites for kids?')[0]?.resolution).toBe(7);
    expect(titles.matchTitles('e-kites please')[0]?.resolution).toBe(7);
  });

  it('finds a term ending in consonant + y in its -ies plural', () => {
    const many = new GlossaryExpander({
      resolutions: [],
      terms: [{ en: ['least developed country'], zh: '最不发达国家' }],
    });
    expect(many.expand('help for least developed countries').terms).toEqual(['最不发达国家']);
    expect(many.expand('a least developed country').terms).toEqual(['最不发达国家']);
    expect(many.expand('least developed countryside').terms).toEqual([]);
  });

  it('takes an acronym that is also an everyday word (WHO / who) only in capitals', () => {
    expect(expander.expand('Does ITU work with the WHO on e-health?').terms).toEqual([
      '世界卫生组织',
    ]);
    expect(expander.expand('Who works on e-health?').terms).toEqual([]);
    expect(expander.expand('the World Health Organization').terms).toEqual(['世界卫生组织']);
  });

  it('takes a name of several words that begins with a stopword in any case and number', () => {
    expect(expander.expand('Which A-series handbooks were updated?').terms).toEqual(['A系列手册']);
    expect(expander.expand('the a-series handbook').terms).toEqual(['A系列手册']);
  });

  it('in a Chinese question translates only acronyms the document does not use, at a word start', () => {
    const inCorpus = () => false;
    expect(expander.expand('SG17负责什么？', 'within-chinese', inCorpus).terms).toEqual([
      '第17研究组',
    ]);
    expect(expander.expand('MSG17 是什么？', 'within-chinese', inCorpus).terms).toEqual([]);
    expect(expander.expand('SG17负责什么？', 'within-chinese', () => true).terms).toEqual([]);
  });

  it('ranks resolutions by their English titles', () => {
    expect(expander.matchTitles('cybersecurity incidents')[0]?.resolution).toBe(50);
    expect(expander.matchTitles('developing countries standardization')[0]?.resolution).toBe(44);
    expect(expander.matchTitles('the')).toEqual([]);
  });

  it('leaves out a word the caller calls common, unless it stands in a pair', () => {
    const common = (w: string) => w === 'developing' || w === 'countries';
    // "developing" alone matches the title that has it; called common, it matches nothing.
    expect(expander.matchTitles('developing kites')[0]?.resolution).toBe(44);
    expect(expander.matchTitles('developing kites', 3, common)).toEqual([]);
    // In a pair ("developing countries"), the common words still match as that phrase.
    expect(expander.matchTitles('developing countries', 3, common)[0]?.resolution).toBe(44);
  });

  it('matches title words across derivations, and words written side by side as a phrase', () => {
    // Both titles have "gap"; only one has the phrase, written there as "standardization gap".
    const [first, second] = expander.matchTitles('who closes the standards gap?');
    expect(first?.resolution).toBe(44);
    expect(second?.resolution).toBe(89);
    expect(first!.score).toBeGreaterThan(2 * second!.score);
    // A function word between the two breaks the phrase.
    const apart = expander.matchTitles('standards of the gap');
    expect(apart[0]!.score).toBeLessThan(first!.score);
  });

  it('adds the acronym the document writes inline beside the Chinese term, as one group', () => {
    const inCorpus = (t: string) => t === 'IoT';
    const en = expander.expand('What about the Internet of Things?', 'all', inCorpus);
    expect(en.terms).toEqual(['物联网', 'IoT']);
    expect(en.groups).toEqual([['物联网', 'IoT']]);
    expect(expander.expand('Any word on IoT?', 'all', inCorpus).groups).toEqual([
      ['物联网', 'IoT'],
    ]);
    const zh = expander.expand('哪里提到物联网？', 'within-chinese', inCorpus);
    expect(zh.terms).toEqual(['IoT']);
    expect(zh.groups).toEqual([['物联网', 'IoT']]);
  });

  it('adds no acronym the document never writes', () => {
    expect(expander.expand('哪里提到物联网？', 'within-chinese', () => false).terms).toEqual([]);
    expect(expander.expand('What about the Internet of Things?').groups).toEqual([['物联网']]);
  });
});
