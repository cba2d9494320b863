/** Two words rendered apart join into the document's compound when the document uses it. */
import { describe, expect, it } from 'vitest';
import { compoundBridges } from '../../src/retrieval/compound-bridge.js';
import type { DictionaryUnit } from '../../src/retrieval/dictionary-expander.js';

const unit = (surface: string, ...candidates: string[]): DictionaryUnit => ({
  surface,
  candidates: candidates.map((z, i) => [z, 1 - i / 10]),
});
const DOCUMENT = '打击垃圾信息；提高服务质量；区域性标准化';
const inDocument = (t: string) => DOCUMENT.includes(t);

describe('compoundBridges', () => {
  it("joins neighbouring words' renderings into a compound the document uses", () => {
    const units = [unit('junk', '垃圾'), unit('messages', '信息', '消息')];
    expect(compoundBridges(units, inDocument)).toEqual(['垃圾信息']);
  });

  it('tries both orders ("quality of service" is 服务质量)', () => {
    const units = [unit('quality', '质量'), unit('service', '服务', '业务')];
    expect(compoundBridges(units, inDocument)).toEqual(['服务质量']);
  });

  it('joins nothing the document lacks, no single character, and only neighbours', () => {
    expect(compoundBridges([unit('digital', '数字'), unit('money', '货币')], inDocument)).toEqual(
      [],
    );
    expect(compoundBridges([unit('region', '区域'), unit('nature', '性')], inDocument)).toEqual([]);
    const apart = [unit('junk', '垃圾'), unit('region', '区域'), unit('messages', '信息')];
    expect(compoundBridges(apart, inDocument)).toEqual([]);
  });
});

describe('compoundBridges and weak senses', () => {
  it("joins only a word's likely senses, not a weak one", () => {
    const units: DictionaryUnit[] = [
      {
        surface: 'internet',
        candidates: [
          ['互联网', 0.38],
          ['国际', 0.07],
        ],
      },
      {
        surface: 'organisations',
        candidates: [
          ['安排', 0.2],
          ['组织', 0.08],
        ],
      },
    ];
    expect(compoundBridges(units, (t) => t === '国际组织')).toEqual([]);
  });
});
