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
});

describe('queryTerms', () => {
  it('drops words too general in this corpus to show an answer, and short numbers', () => {
    expect(queryTerms('第44号决议 国际电联 电子废弃物')).toEqual(expect.arrayContaining(['电子']));
    expect(queryTerms('第44号决议 国际电联')).not.toContain('决议');
    expect(queryTerms('第44号决议 国际电联')).not.toContain('44');
  });

  it('drops the words that ask what the document says, which no clause answers', () => {
    expect(queryTerms('文件对潮汐发电有什么说法')).not.toContain('说法');
    expect(queryTerms('文件对潮汐发电有什么说法')).toEqual(['潮汐发电']);
  });
});
