import { describe, expect, it } from 'vitest';
import { TypedPinyin } from '../../src/retrieval/typed-pinyin.js';

// An invented document about kites and drones: its topic words and how often each is used.
const uses: Record<string, number> = { 风筝: 12, 无人机: 7, 线轴: 3, 试验: 4, 实验: 4, 比赛: 5 };
const pinyin = new TypedPinyin({
  terms: Object.keys(uses),
  uses: (w) => uses[w] ?? 0,
  isEnglish: (w) => ['change', 'hang', 'long'].includes(w),
});

describe('TypedPinyin', () => {
  it('reads a run of pinyin in a Chinese question as the topic word read so, and says so', () => {
    expect(pinyin.read('feng zheng 比赛几号开始')).toEqual({
      text: '风筝比赛几号开始',
      corrections: [['feng zheng', '风筝']],
    });
    // Written without spaces, or inside the sentence with spaces around it.
    expect(pinyin.read('关于 wurenji 的规定').text).toBe('关于无人机的规定');
  });

  it('reads the longest run first and leaves syllables that read as no topic word', () => {
    expect(pinyin.read('wu ren ji he feng zheng le，好不好').text).toBe(
      '无人机 he 风筝 le，好不好',
    );
    expect(pinyin.read('无人机 le').corrections).toEqual([]);
  });

  it('lists each run once, however often it is written', () => {
    expect(pinyin.read('xian zhou 和 xian zhou').corrections).toEqual([['xian zhou', '线轴']]);
  });

  it('leaves English questions, capitals and a single English word alone', () => {
    expect(pinyin.read('feng zheng rules').text).toBe('feng zheng rules');
    expect(pinyin.read('FENG ZHENG 比赛').corrections).toEqual([]);
    expect(pinyin.read('change 了吗').corrections).toEqual([]);
  });

  it('reads no run two topic words read alike and used as often', () => {
    expect(pinyin.read('shi yan 的结果').corrections).toEqual([]);
  });
});
