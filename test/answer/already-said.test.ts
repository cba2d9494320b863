import { describe, expect, it } from 'vitest';
import { asksForMore, saidLast } from '../../src/answer/already-said.js';

describe('asksForMore', () => {
  it.each([
    ['and what else does the kite club have to do?'],
    ['anything else for the drone pilots?'],
    ['风筝协会还要负责什么？'],
    ['还有别的要求吗？'],
    ['那还得做些什么？'],
  ])('reads %s as asking for more of the same', (q) => {
    expect(asksForMore(q)).toBe(true);
  });

  it('reads a question for other resolutions, or a plain one, as none', () => {
    expect(asksForMore('还有什么决议讲风筝？')).toBe(false);
    expect(asksForMore('What does the kite rule ask of clubs?')).toBe(false);
  });
});

describe('saidLast', () => {
  const id = (x: string) => x;
  it('moves what was said after the rest, keeping each group in order', () => {
    expect(saidLast(['a', 'b', 'c', 'd'], new Set(['a', 'c']), id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('leaves the list as it is when all of it, or none of it, was said', () => {
    expect(saidLast(['a', 'b'], new Set(['a', 'b']), id)).toEqual(['a', 'b']);
    expect(saidLast(['a', 'b'], new Set(), id)).toEqual(['a', 'b']);
  });
});
