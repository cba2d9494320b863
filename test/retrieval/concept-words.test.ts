/** A concept named by its words in other forms and orders than its names. */
import { describe, expect, it } from 'vitest';
import { ConceptWords } from '../../src/retrieval/concept-words.js';

const words = new ConceptWords();
['drone noise regulation', '无人机噪声管理', '最后文件', '国际电话区号'].forEach((n, i) =>
  words.add(n, i),
);
const found = (text: string) => [...words.find(text)].map((s) => text.slice(s.start, s.end));

describe('ConceptWords', () => {
  it('finds an English name by its words in another order and form', () => {
    expect(found('How do they regulate the noise of drones?')).toEqual([
      'regulate the noise of drones',
    ]);
  });

  it('reads everyday words for the same thing as one (kids and children, internet and online)', () => {
    const kids = new ConceptWords();
    kids.add('child online protection', 0);
    kids.add('儿童网络保护', 1);
    expect([...kids.find('Is anything there to protect kids on the internet?')]).toHaveLength(1);
    expect([...kids.find('孩子上网保护有规定吗？')]).toHaveLength(1);
  });

  it('finds a Chinese name by its words with a little between, in its own order only', () => {
    expect(found('无人机的噪声怎么管理？')).toEqual(['无人机的噪声怎么管理']);
    // 文件最后 (the end of the document) is not 最后文件 (Final Acts).
    expect(found('文件最后的结论怎么说？')).toEqual([]);
  });

  it('does not read a name across a comma or a stop', () => {
    expect(found('无人机，噪声管理吗')).toEqual([]);
    expect(found('Drones: noise regulation?')).toEqual([]);
    expect(found('无人机噪声管理吗')).toEqual(['无人机噪声管理']);
  });

  it('leaves alone words far apart, and a name that rests on a character standing alone', () => {
    expect(
      found('Drones are popular; the noise of the city needs new rules and a regulation office.'),
    ).toEqual([]);
    // 国际电话区号 without 区号 is only 国际电话.
    expect(found('国际电话怎么打？')).toEqual([]);
  });
});
