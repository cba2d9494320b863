import { describe, expect, it } from 'vitest';
import { coverage, queryTerms } from '../../src/answer/relevance.js';

describe('coverage', () => {
  it('finds a Latin rendering whatever its case, as a whole word only', () => {
    const units = [{ alternatives: [['IoT', 1]] as [string, number][], weight: 1 }];
    expect(coverage(units, '鉴于IoT设备的IP地址需求巨大')).toBe(1);
    expect(coverage(units, 'iot设备')).toBe(1);
    expect(coverage(units, 'IoTx平台')).toBe(0);
  });

  it('finds a Chinese term written with Latin letters whatever their case', () => {
    const units = [{ alternatives: [['IMR费率', 1]] as [string, number][], weight: 1 }];
    expect(coverage(units, '增强人们对降低IMR费率的认识')).toBe(1);
    expect(coverage(units, '降低imr费率')).toBe(1);
    expect(coverage(units, '降低费率')).toBe(0);
  });

  it('weighs units by their weight and credits the best rendering present', () => {
    const units = [
      {
        alternatives: [['物联网', 1] as [string, number], ['IoT', 1] as [string, number]],
        weight: 3,
      },
      { alternatives: [['城市', 0.5] as [string, number]], weight: 1 },
    ];
    expect(coverage(units, '智慧城市和IoT')).toBeCloseTo((3 + 0.5) / 4);
    expect(coverage(units, '无关的条款')).toBe(0);
  });

  it('credits half a Chinese term whose words the text writes apart, a few characters between', () => {
    const units = [{ alternatives: [['保护用户', 1]] as [string, number][], weight: 1 }];
    expect(coverage(units, '保护风筝业务用户的研究')).toBe(0.5);
    expect(coverage(units, '保护用户的研究')).toBe(1);
    // Too far apart, or the wrong way round: not the term.
    expect(coverage(units, '保护风筝场地、器材和比赛规则的各类用户')).toBe(0);
    expect(coverage(units, '用户保护')).toBe(0);
  });
});

describe('queryTerms', () => {
  it('drops words too general in this corpus to show an answer, and short numbers', () => {
    expect(queryTerms('第44号决议 国际电联 电子废弃物')).toEqual(expect.arrayContaining(['电子']));
    expect(queryTerms('第44号决议 国际电联')).not.toContain('决议');
    expect(queryTerms('第44号决议 国际电联')).not.toContain('44');
    // Asking for a resolution's number (第几号) names no topic either.
    expect(queryTerms('讲风筝的是第几号决议')).toEqual(['风筝']);
  });

  it('drops the words that ask what the document says, which no clause answers', () => {
    expect(queryTerms('文件对潮汐发电有什么说法')).not.toContain('说法');
    expect(queryTerms('文件对潮汐发电有什么说法')).toEqual(['潮汐发电']);
  });

  it('drops the complement that says a verb cannot be done (飞不了, 放不成, 找不到), which names no topic', () => {
    expect(queryTerms('风筝飞不了、放不成，找不到人修')).toEqual(['风筝']);
  });
});
