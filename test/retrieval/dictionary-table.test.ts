import { describe, expect, it } from 'vitest';
import type { CedictEntry } from '../../src/retrieval/cedict-source.js';
import { DictionaryExpander } from '../../src/retrieval/dictionary-expander.js';
import { buildTable, senseKeys } from '../../src/retrieval/dictionary-table.js';
import { packTable } from '../../src/retrieval/packed-table.js';
import { SharedTable } from '../../src/retrieval/shared-table.js';
import type { LemmaTools } from '../../src/retrieval/english-lemma.js';
import { STOPWORDS } from '../../src/retrieval/stopwords.js';

// A stand-in lexicon: enough base forms for the fixture (the real one is WordNet's, read at build time).
const BASES: Record<string, string> = {
  countries: 'country',
  developing: 'develop',
  stolen: 'steal',
};
const lemmas: LemmaTools = {
  lemma: (w) => BASES[w] ?? w.replace(/s$/, ''),
  irregular: new Map([['stolen', 'steal']]),
};

const entries: CedictEntry[] = [
  { simplified: '盗窃', pinyin: '', senses: ['to steal', 'to rob'] },
  { simplified: '发展中国家', pinyin: '', senses: ['developing country'] },
  { simplified: '垃圾', pinyin: '', senses: ['trash; garbage', '(coll.) of poor quality'] },
  { simplified: '垃圾邮件', pinyin: '', senses: ['spam; junk mail'] },
  { simplified: '偷窃', pinyin: '', senses: ['to steal'] },
  { simplified: '工作', pinyin: '', senses: ['to work', 'job', 'work', 'task', 'CL:份[fen4]'] },
  { simplified: '研究', pinyin: '', senses: ['research', 'a study', 'to study'] },
  { simplified: '王', pinyin: '', senses: ['surname Wang'] },
  { simplified: '电话', pinyin: '', senses: ['telephone', 'phone call'] },
  { simplified: '座机', pinyin: '', senses: ['landline telephone'] },
  { simplified: '偷', pinyin: '', senses: ['to steal', 'to pilfer', 'thief'] },
  { simplified: '话', pinyin: '', senses: ['telephone', 'words'] },
  { simplified: '残疾', pinyin: '', senses: ['to disable'] },
  { simplified: '障碍', pinyin: '', senses: ['disability', 'obstacle'] },
  { simplified: '假冒', pinyin: '', senses: ['to pass oneself off as', 'knock off'] },
  { simplified: '建立', pinyin: '', senses: ['to set up', 'to establish'] },
  { simplified: '制造', pinyin: '', senses: ['to manufacture', 'to make'] },
  {
    simplified: '打',
    pinyin: '',
    senses: [
      'to beat',
      'to strike',
      'to hit',
      'to break',
      'to type',
      'to mix up',
      'to build',
      'to fight',
    ],
  },
];
const corpusWords = new Set([
  '盗窃',
  '发展中国家',
  '垃圾',
  '工作',
  '研究',
  '电话',
  '座机',
  '残疾',
  '障碍',
  '假冒',
  '建立',
  '制造',
]);
const inputs = {
  entries,
  lemmas,
  corpusWords,
  stopwords: STOPWORDS,
};
const table = buildTable(inputs);

describe('senseKeys', () => {
  it('drops infinitive markers, parentheses and classifiers, and keys each gloss in base form', () => {
    const keys = senseKeys('to steal; to rob (a bank); CL:个[ge4]', lemmas, STOPWORDS);
    expect(keys.map(([k]) => k)).toEqual(['steal', 'rob']);
  });

  it('keys a phrase whole at full weight (only its head in base form), and each word at a share', () => {
    expect(senseKeys('developing countries', lemmas, STOPWORDS)).toEqual([
      ['developing country', 1],
      ['develop', 0.25],
      ['country', 0.25],
    ]);
  });

  it('ignores senses that only point elsewhere', () => {
    expect(senseKeys('surname Wang', lemmas, STOPWORDS)).toEqual([]);
    expect(senseKeys('variant of 偷[tou1]', lemmas, STOPWORDS)).toEqual([]);
  });
});

describe('buildTable', () => {
  it('maps English to the words the corpus uses, never to ones it does not', () => {
    expect(table.en.steal?.map(([z]) => z)).toEqual(['盗窃']);
    expect(table.en['developing country']?.[0]?.[0]).toBe('发展中国家');
  });

  it('weighs a rare, single-sense word above a common word with many senses', () => {
    const steal = table.en.steal![0]![1];
    const work = table.en.work?.[0]?.[1] ?? 0;
    expect(steal).toBeGreaterThan(work);
  });

  it('reaches the corpus through a compound it does not use (spam → 垃圾邮件 → 垃圾), at a lower weight', () => {
    const spam = table.en.spam;
    expect(spam?.[0]?.[0]).toBe('垃圾');
    expect(spam![0]![1]).toBeLessThan(table.en.garbage![0]![1]);
  });

  it('bridges an everyday Chinese word to the corpus word sharing its sense', () => {
    expect(table.zh.偷窃?.[0]?.[0]).toBe('盗窃');
    // A word never bridges to itself.
    expect(table.zh.盗窃).toBeUndefined();
  });

  it('gives a one-word key the candidates of its word family (same Porter stem), at a lower weight', () => {
    const [z, w] = table.family.disability![0]!;
    expect(z).toBe('残疾');
    expect(w).toBeLessThan(table.en.disable![0]![1]);
    expect(table.family.obstacle).toBeUndefined();
  });

  it('bridges a word the corpus uses too (the expander decides when: it may be used only in passing)', () => {
    expect(table.zh.座机?.[0]?.[0]).toBe('电话');
  });

  it('bridges a single verb character with few senses, never one with many, nor a noun', () => {
    expect(table.zh.偷?.[0]?.[0]).toBe('盗窃');
    expect(table.zh.打).toBeUndefined();
    // 话 'telephone' shares a sense with 电话, but a lone noun character is mostly a piece of a compound.
    expect(table.zh.话).toBeUndefined();
    // A character is never a target of English: it would match inside every word that holds it.
    expect(
      Object.values(table.en)
        .flat()
        .map(([z]) => z),
    ).not.toContain('偷');
  });

  it('bridges a lone character to the corpus word written with it that shares its sense', () => {
    // Five corpus words for "measure" crowd the key; the one written with 测 is the least of them.
    const word = (simplified: string, senses: string[]): CedictEntry => ({
      simplified,
      pinyin: '',
      senses,
    });
    const measures = [
      word('措施', ['measure']),
      word('举措', ['measure']),
      word('办法', ['measure', 'means']),
      word('手段', ['measure', 'method']),
      word('步骤', ['measure', 'step']),
      word('测量', ['to measure', 'to survey', 'to gauge', 'to map']),
      word('测', ['to measure']),
    ];
    const t = buildTable({
      entries: measures,
      lemmas,
      corpusWords: new Set(['措施', '举措', '办法', '手段', '步骤', '测量']),
      stopwords: STOPWORDS,
    });
    expect(t.en.measure?.map(([z]) => z)).not.toContain('测量');
    expect(t.zh.测?.[0]?.[0]).toBe('测量');
  });

  it('keys a word the dictionary lacks through its related words, below their own weight', () => {
    const withRelated = buildTable({
      ...inputs,
      related: new Map([
        ['larceny', new Map([['steal', 0.8]])],
        ['telephone', new Map([['phone', 0.8]])],
      ]),
    });
    expect(withRelated.related.larceny?.[0]?.[0]).toBe('盗窃');
    expect(withRelated.related.larceny![0]![1]).toBeLessThan(withRelated.en.steal![0]![1]);
    // A word with candidates of its own keeps them: related words never override a translation.
    expect(withRelated.related.telephone).toBeUndefined();
    expect(withRelated.en.telephone?.[0]?.[0]).toBe('电话');
    const expander = new DictionaryExpander(SharedTable.fromPacked(packTable(withRelated)));
    expect(expander.english('larceny', STOPWORDS)[0]?.candidates[0]?.[0]).toBe('盗窃');
    expect(expander.english('larceny', STOPWORDS, { related: false, families: true })).toEqual([]);
  });

  it('keeps the irregular forms of its key words', () => {
    expect(table.irregular.stolen).toBe('steal');
  });

  it('lists the nouns it translates that reach none of the corpus words, in any part', () => {
    const withNouns = buildTable({
      ...inputs,
      entries: [
        ...entries,
        { simplified: '卫星', pinyin: '', senses: ['satellite'] },
        { simplified: '电话亭', pinyin: '', senses: ['phone booth'] },
        { simplified: '跑步', pinyin: '', senses: ['to run'] },
      ],
      nouns: new Set(['satellite', 'research', 'booth', 'spam']),
    });
    // Not research (研究 is the corpus's), nor booth (only a word of a longer sense), nor run (not a noun
    // here), nor spam (it reaches 垃圾 inside 垃圾邮件).
    expect(withNouns.absent).toEqual(['satellite']);
    const expander = new DictionaryExpander(SharedTable.fromPacked(packTable(withNouns)));
    expect(expander.absentNoun('satellites')).toBe(true);
    expect(expander.absentNoun('research')).toBe(false);
  });
});

describe('DictionaryExpander', () => {
  const expander = new DictionaryExpander(SharedTable.fromPacked(packTable(table)));

  it('counts a British -ise/-isation word as its -ize spelling', () => {
    const counted = new DictionaryExpander(
      SharedTable.fromPacked(
        packTable(
          buildTable({
            ...inputs,
            lexicon: new Map([
              ['organization', 55],
              ['realize', 40],
            ]),
          }),
        ),
      ),
    );
    expect(counted.frequency('organisation')).toBe(55);
    expect(counted.frequency('organisations')).toBe(55);
    expect(counted.frequency('realised')).toBe(40);
    expect(counted.frequency('rise')).toBe(0);
  });

  it('matches the longest phrase in base form, each word once', () => {
    const units = expander.english('Which developing countries get help?', STOPWORDS);
    expect(units[0]).toMatchObject({ surface: 'developing countries' });
    expect(units[0]!.candidates[0]![0]).toBe('发展中国家');
  });

  it('reads a hyphenated word it does not know whole as its words, unless a piece is no word', () => {
    const units = expander.english('help for developing-countries', STOPWORDS);
    expect(units[0]).toMatchObject({ surface: 'developing countries' });
    expect(expander.english('qzx-countries', STOPWORDS)).toEqual([]);
  });

  it('reads a particle inside a phrase (set up), and alone not at all (pay off)', () => {
    expect(expander.english('set up', STOPWORDS)[0]).toMatchObject({ surface: 'set up' });
    expect(expander.english('set up', STOPWORDS)[0]!.candidates[0]![0]).toBe('建立');
    expect(expander.english('does it pay off', STOPWORDS).map((u) => u.surface)).not.toContain(
      'off',
    );
  });

  it('reads "make" before an adjective it makes something as a light verb, and alone as manufacture', () => {
    const surfaces = (q: string) => expander.english(q, STOPWORDS).map((u) => u.surface);
    expect(
      surfaces('does it say anything about making the kite plans available free?'),
    ).not.toContain('making');
    expect(surfaces('who makes the kites?')).toContain('makes');
  });

  it('takes words that are names of object properties as words', () => {
    expect(expander.english('constructor toString hasOwnProperty', STOPWORDS)).toEqual([]);
    expect(expander.chinese('构造函数', () => false, STOPWORDS)).toEqual([]);
  });

  it('adds a word family’s candidates to the word’s own only when asked to', () => {
    const words = (ways?: { related: boolean; families: boolean }) =>
      expander.english('disabilities', STOPWORDS, ways)[0]!.candidates.map(([z]) => z);
    expect(words()).toEqual(['障碍', '残疾']);
    expect(words({ related: true, families: false })).toEqual(['障碍']);
  });

  it('finds irregular and regular inflections (stolen, phones)', () => {
    expect(expander.english('stolen phones', STOPWORDS).map((u) => u.surface)).toEqual([
      'stolen',
      'phones',
    ]);
  });

  it("finds a plural of a word in -ing by its verb's key (meetings → meeting → meet)", () => {
    const withMeet = new DictionaryExpander(
      SharedTable.fromPacked(
        packTable({
          ...table,
          en: { ...table.en, meet: [['会议', 0.2]], 'meeting place': [['会场', 0.3]] },
        }),
      ),
    );
    expect(withMeet.english('meetings', STOPWORDS)[0]?.candidates[0]?.[0]).toBe('会议');
    expect(withMeet.english('meeting', STOPWORDS)[0]?.candidates[0]?.[0]).toBe('会议');
  });

  it('gives the near synonyms of a Chinese word: its renderings that share one of its characters', () => {
    const withArea = new DictionaryExpander(
      SharedTable.fromPacked(
        packTable({
          ...table,
          zh: {
            ...table.zh,
            风筝场: [
              ['放飞场', 0.2],
              ['领域', 0.1],
              ['风筝场', 0.1],
            ],
          },
        }),
      ),
    );
    expect(withArea.nearSynonyms('风筝场')).toEqual(['放飞场']);
    expect(withArea.nearSynonyms('场')).toEqual([]);
    expect(withArea.nearSynonyms('没有的词')).toEqual([]);
  });

  it('bridges only Chinese words the corpus does not know', () => {
    const known = (w: string) => corpusWords.has(w);
    expect(expander.chinese('偷窃怎么办', known, STOPWORDS).map((u) => u.surface)).toEqual([
      '偷窃',
    ]);
    expect(expander.chinese('盗窃怎么办', known, STOPWORDS)).toEqual([]);
  });

  it('reads a measure word after a number or a pointing word as counting, not as its verb', () => {
    const withApprove = new DictionaryExpander(
      SharedTable.fromPacked(packTable({ ...table, zh: { ...table.zh, 批: [['通过', 0.2]] } })),
    );
    const surfaces = (words: string[]) =>
      withApprove.chinese(words, () => false, new Set()).map((u) => u.surface);
    expect(surfaces(['那', '批', '风筝'])).not.toContain('批');
    expect(surfaces(['两', '批'])).not.toContain('批');
    expect(surfaces(['谁', '批', '的'])).toContain('批');
  });

  it('bridges single characters only when asked to', () => {
    const known = (w: string) => corpusWords.has(w);
    expect(expander.chinese('被偷了', known, new Set(['被', '了'])).map((u) => u.surface)).toEqual([
      '偷',
    ]);
    expect(expander.chinese('被偷了', known, new Set(['被', '了']), false)).toEqual([]);
  });

  it('reads a verb with a result the dictionary lacks (偷走, 偷掉) as the verb', () => {
    const known = (w: string) => corpusWords.has(w);
    // The text comes cut, as the planner passes it: 偷走 is one word to jieba.
    const units = expander.chinese(['手机', '被', '偷走'], known, new Set(['被']));
    expect(units.map((u) => u.surface)).toEqual(['偷走']);
    expect(units[0]!.candidates[0]![0]).toBe('盗窃');
    // Not a complement after a word that is no verb of the dictionary's, nor when characters are off.
    expect(expander.chinese(['王走'], known, STOPWORDS)).toEqual([]);
    expect(expander.chinese(['偷走'], known, STOPWORDS, false)).toEqual([]);
  });

  it('skips question and function words, which have dictionary senses but no topic', () => {
    const known = (w: string) => corpusWords.has(w);
    expect(expander.chinese('偷窃怎么办', known, new Set(['偷窃']))).toEqual([]);
  });
});
