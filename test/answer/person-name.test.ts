/** A person's name asked for: the document speaks of officials only by their post. */
import { describe, expect, it } from 'vitest';
import { asksPersonName } from '../../src/answer/person-name.js';
import { declinedKind } from '../../src/answer/declined-kinds.js';

describe('asksPersonName', () => {
  it.each([
    ['风筝协会的会长到底叫啥名啊？'],
    ['那个风筝局局长姓什么？'],
    ['风筝大会主席的名字是什么？'],
    ['any names of new kite chairs?'],
    ['wah di name a di kite Director?'],
    ["I need the kite chairman's name for my slides"],
  ])('recognises %s', (q) => {
    expect(asksPersonName(q)).toBe(true);
    expect(declinedKind(q, false)?.related).toBe(true);
  });

  it.each([
    // A thing's name, or which posts a text names: the document's matter.
    ['风筝平台叫什么名字？'],
    ['Does the kite resolution name the bureau director?'],
    ['Which chairs does it name?'],
    ['风筝局局长负责什么？'],
  ])('leaves %s to the document', (q) => {
    expect(asksPersonName(q)).toBe(false);
  });
});
