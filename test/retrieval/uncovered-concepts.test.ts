/** Concepts of the field a question names, and whether the document covers them. */
import { describe, expect, it } from 'vitest';
import type { IctConcept } from '../../src/corpus/ict-concepts.js';
import {
  UncoveredConcepts,
  specificConceptName,
  usableConceptName,
} from '../../src/retrieval/uncovered-concepts.js';

const concepts: IctConcept[] = [
  { en: ['number portability', 'MNP'], zh: ['携号转网', '号码携带'] },
  { en: ['mobile money'], zh: ['移动支付'] },
  { en: ['money laundering'], zh: ['洗钱'] },
  { en: ['ITU budget'], zh: ['国际电联预算'] },
  { en: ['fake news', 'hoax'], zh: ['假新闻'] },
  { en: ['common alerting protocol', 'CAP'], zh: ['通用警报协议'] },
  { en: ['robots'], zh: ['机器人'] },
  { en: ['food delivery'], zh: ['外卖'] },
];
const places = [
  '鼓励推广移动支付和数字金融服务。',
  '在国际电联年度预算中保留专门款项。',
  '新闻发布会在日内瓦举行。',
  'How can ITU help with e-waste?',
];
// SemCor-like counts: everyday words are common, names of things are rare.
const counts: Record<string, number> = { robots: 12, hoax: 1, cap: 20 };
const index = new UncoveredConcepts(
  concepts,
  places,
  usableConceptName({ frequency: (w) => counts[w] ?? 0 }),
);

describe('UncoveredConcepts', () => {
  it('names a concept the places never cover, in either language, as the question writes it', () => {
    expect(index.in('Does it say anything about number portability?')).toBe('number portability');
    expect(index.in('What about MNP rules?')).toBe('MNP');
    expect(index.in('文件对携号转网有要求吗？')).toBe('携号转网');
  });

  it('takes a concept as covered where its name is written, or all its words stand in one place', () => {
    expect(index.in('Is mobile money covered?')).toBeNull();
    expect(index.in('国际电联预算里有专门的一笔吗？')).toBeNull();
  });

  it('reads a Chinese name only where the words of the question start and end', () => {
    expect(index.in('点外卖的平台归谁管？')).toBe('外卖');
    // 国外 + 卖: no 外卖 here.
    expect(index.in('仿冒设备往国外卖，有人管吗？')).toBeNull();
  });

  it('does not take a name as covered by its words when a single character carries it', () => {
    // 假新闻 cuts into 假 and 新闻: a place with 新闻 does not speak of fake news.
    expect(index.in('假新闻满天飞怎么办？')).toBe('假新闻');
  });

  it('finds a concept named by its words in another order or form', () => {
    expect(index.in('Who regulates the delivery of food by app?')).toBe('delivery of food');
    expect(index.in('Any rules on laundering money through apps?')).toBe('laundering money');
  });

  it('finds plurals, and leaves a concept named inside a covered one', () => {
    expect(index.in('fake news stories everywhere')).toBe('fake news');
    expect(index.in('Any rules on mobile money laundering?')).toBeNull();
  });

  it('matches acronyms as written and skips everyday words used as names', () => {
    expect(index.in('Is there a price cap on roaming?')).toBeNull();
    expect(index.in('Do they use CAP alerts?')).toBe('CAP');
    expect(index.in('Can robots help?')).toBeNull();
    expect(index.in('Is this a hoax?')).toBe('hoax');
  });

  it('leaves a concept in a setting clause that asks nothing, when the question names a covered one', () => {
    // Food delivery is where the asker stands; mobile money is what is asked about.
    expect(index.in('我在跑外卖 移动支付有什么规定吗？')).toBeNull();
    expect(index.in('I do food delivery, what about mobile money?')).toBeNull();
    // Asked of in its own clause, or with no covered concept beside it, it is still the topic.
    expect(index.in('外卖有规定吗，移动支付呢？')).toBe('外卖');
    expect(index.in('我在跑外卖 有什么规定吗？')).toBe('外卖');
  });

  it('matches a name of everyday words only as written, not by its words', () => {
    // SemCor-like counts: "kite" is rare, "good" and "line" are everyday.
    const everyday: Record<string, number> = { good: 400, line: 300, kite: 2 };
    const english = { frequency: (w: string) => everyday[w] ?? 0 };
    const list: IctConcept[] = [
      { en: ['good line'], zh: ['好线'] },
      { en: ['kite lines'], zh: ['风筝线'] },
    ];
    const usable = usableConceptName(english);
    const strict = new UncoveredConcepts(list, [], usable, specificConceptName(english));
    expect(strict.in('Is the line good enough?')).toBeNull();
    expect(new UncoveredConcepts(list, [], usable).in('Is the line good enough?')).toBe(
      'line good',
    );
    expect(strict.in('Any rules on a good line?')).toBe('good line');
    // One uncommon word among them: found by its words still.
    expect(strict.in('Any rules on the lines for a kite?')).toBe('lines for a kite');
  });
});
