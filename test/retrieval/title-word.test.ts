import { describe, expect, it } from 'vitest';
import { resolutionsTitledWith, titleWordAsked } from '../../src/retrieval/title-word.js';

const TITLES = [
  { number: 12, names: ['风筝节安全', 'Kite festival safety'] },
  { number: 15, names: ['风筝线回收', 'Recycling kite strings'] },
  { number: 18, names: ['无人机', 'Drones'] },
];

describe('titleWordAsked', () => {
  it('reads the word said to be in the titles, in English or Chinese', () => {
    expect(titleWordAsked('the two with kite in the name, how do they differ?')).toBe('kite');
    expect(titleWordAsked('titles containing "drone": what sets them apart?')).toBe('drone');
    expect(titleWordAsked('标题里带“风筝”的两项有什么不同？')).toBe('风筝');
    expect(titleWordAsked('名字中含有风筝的决议有什么区别')).toBe('风筝');
  });

  it('reads nothing where no title is said to hold a word', () => {
    expect(titleWordAsked('What is the title of the kite one?')).toBeNull();
    expect(titleWordAsked('风筝那项的标题是什么？')).toBeNull();
  });
});

describe('resolutionsTitledWith', () => {
  it('finds the titles holding the word or a rendering of it, English words whole', () => {
    expect(resolutionsTitledWith('kite', TITLES, () => [])).toEqual([12, 15]);
    expect(resolutionsTitledWith('风筝', TITLES, () => [])).toEqual([12, 15]);
    expect(resolutionsTitledWith('drone', TITLES, () => [])).toEqual([]);
    expect(resolutionsTitledWith('drone', TITLES, () => ['无人机'])).toEqual([18]);
  });
});
