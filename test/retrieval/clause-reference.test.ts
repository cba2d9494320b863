import { describe, expect, it } from 'vitest';
import {
  blockReference,
  clauseReference,
  referencedBlock,
  referencedClauses,
} from '../../src/retrieval/clause-reference.js';
import { clause } from '../helpers/clause.js';

describe('clauseReference', () => {
  it.each([
    [' · 做出决议 · 6', { section: '做出决议', item: '6' }],
    ['责成第3段', { section: '责成', item: '3' }],
    [' instructs item 9', { section: '责成', item: '9' }],
    [' · 进一步做出决议 · 2.iv)', { section: '进一步做出决议', item: '2.iv' }],
    [' resolves 2 (iii)', { section: '做出决议', item: '2.iii' }],
    ['What does  resolves vii say?', { section: '做出决议', item: 'vii' }],
    [' further instructs 3', { section: '进一步责成', item: '3' }],
    // Slack shorthand.
    [' instr 10?', { section: '责成', item: '10' }],
    [' further instr. 2', { section: '进一步责成', item: '2' }],
    // Quotes around the section, an item before it, Chinese numerals, a sub-item in words.
    ['“做出决议”第2段说了什么', { section: '做出决议', item: '2' }],
    ['what does item 3 of the instructions (责成) say?', { section: '责成', item: '3' }],
    ['the resolves part, point 6?', { section: '做出决议', item: '6' }],
    ['责成部分的第三项', { section: '责成', item: '3' }],
    ['做出决议第十二段', { section: '做出决议', item: '12' }],
    ['做出决议第1段里的(iv)说什么', { section: '做出决议', item: '1.iv' }],
    // The number sign, as people type a list position.
    [' instructs #4, the kites one', { section: '责成', item: '4' }],
  ])('reads %s', (rest, ref) => {
    expect(clauseReference(rest)).toEqual(ref);
  });

  it('needs a section and an item: a section alone or a topic is no reference', () => {
    expect(clauseReference('责成电信标准化局主任做什么？')).toBeNull();
    expect(clauseReference('What does it instruct the bureau to do?')).toBeNull();
    expect(clauseReference('做出决议的内容')).toBeNull();
    // A numeral that counts something is no item.
    expect(clauseReference('责成一个工作组做什么')).toBeNull();
    expect(clauseReference('the instructions to the director')).toBeNull();
  });

  it("reads an item named on its own, with its word or by its place, as any section's", () => {
    expect(clauseReference('那第8条呢？')).toEqual({ section: '', item: '8' });
    expect(clauseReference('那第iv)项讲什么？')).toEqual({ section: '', item: 'iv' });
    expect(clauseReference('what does point 6 say?')).toEqual({ section: '', item: '6' });
    // Spelled out, as dictation gives it; a roman sub-item stays roman.
    expect(clauseReference('and point two?')).toEqual({ section: '', item: '2' });
    expect(clauseReference('the instructions, item eleven?')).toEqual({
      section: '责成',
      item: '11',
    });
    expect(clauseReference('那第iv)项讲什么？')).toEqual({ section: '', item: 'iv' });
    expect(clauseReference('and the third one?')).toEqual({ section: '', item: '3' });
    expect(clauseReference('and the fourth thing on that list?')).toEqual({
      section: '',
      item: '4',
    });
    expect(clauseReference('and the second bullet?')).toEqual({ section: '', item: '2' });
    // "The first thing X should do" is no item named.
    expect(clauseReference('tell me the first thing kite clubs must do')).toBeNull();
    expect(clauseReference('ok and #7, what is that about')).toEqual({ section: '', item: '7' });
    expect(clauseReference('那＃2呢')).toEqual({ section: '', item: '2' });
    // "the number 3" after a list: its item; a number to call or a resolution's number is none.
    expect(clauseReference('ok and the number 3, what is that about?')).toEqual({
      section: '',
      item: '3',
    });
    expect(clauseReference('the kite one you left out, number 4?')).toEqual({
      section: '',
      item: '4',
    });
    expect(clauseReference('what is the number 112 for?')).toBeNull();
    expect(clauseReference('is the number 12 resolution about kites?')).toBeNull();
    expect(clauseReference('the kite group, number 5 I think: who chairs it?')).toBeNull();
    // "no." with its dot, as a list numbers its entries; "no" alone is the word.
    expect(clauseReference('you left out no. 5 - the kites bit?')).toEqual({
      section: '',
      item: '5',
    });
    expect(clauseReference('no 5 kites were flown')).toBeNull();
    // A bare 第2 is a group's, not an item.
    expect(clauseReference('ITU-D第2研究组呢？')).toBeNull();
  });
});

describe('referencedClauses', () => {
  const c = (id: string, section: string, item: string | null) =>
    clause({ id, text: id, resolution: 44, section, item });
  const clauses = [
    c('resolves.2', '做出决议', '2'),
    c('resolves.2-iii', '做出决议', '2.iii)'),
    c('instructs.9', '责成', '9'),
    c('instructs2.9', '责成', '9'),
    c('further-resolves.2', '进一步做出决议', '2'),
  ];

  it('finds the clause by section and item as printed, brackets aside', () => {
    expect(
      referencedClauses(clauses, { section: '做出决议', item: '2.iii' }).map((x) => x.id),
    ).toEqual(['resolves.2-iii']);
    expect(referencedClauses(clauses, { section: '做出决议', item: '2' }).map((x) => x.id)).toEqual(
      ['resolves.2'],
    );
  });

  it('finds a clause under two headings (做出决议 → 责成 …) by either', () => {
    const under = [
      clause({
        id: 'r100.1',
        text: 'x',
        resolution: 100,
        section: '责成',
        within: '做出决议',
        item: '1',
      }),
    ];
    expect(referencedClauses(under, { section: '做出决议', item: '1' })).toHaveLength(1);
    expect(referencedClauses(under, { section: '责成', item: '1' })).toHaveLength(1);
  });

  it('finds both when a section recurs for another addressee, and none for an item it lacks', () => {
    expect(referencedClauses(clauses, { section: '责成', item: '9' })).toHaveLength(2);
    expect(referencedClauses(clauses, { section: '责成', item: '10' })).toEqual([]);
  });
});

describe('blockReference', () => {
  it.each([
    ['第二个“责成”讲了什么？', { section: '责成', n: 2 }],
    ['第一个进一步做出决议', { section: '进一步做出决议', n: 1 }],
    ['what does the second instructs block say?', { section: '责成', n: 2 }],
    ['and the last "invites"?', { section: '请', n: -1 }],
  ])('reads %s as a block named by its place', (q, ref) => {
    expect(blockReference(q)).toEqual(ref);
  });

  it('leaves an item, or a heading named without a place, to others', () => {
    expect(blockReference('责成第二段讲什么？')).toBeNull();
    expect(blockReference('What do the instructions say?')).toBeNull();
  });
});

describe('referencedBlock', () => {
  const at = (id: string, order: number, section: string, addressee: string | null) =>
    clause({ id, text: id, order, section, addressee, item: '1' });
  const clauses = [
    at('a', 1, '做出决议', null),
    at('b', 2, '责成', '甲'),
    at('c', 3, '责成', '甲'),
    at('d', 4, '请', '乙'),
    at('e', 5, '责成', '丙'),
    at('f', 6, '责成', '丁'),
  ];

  it('counts the runs of a heading in document order, a new addressee a new block', () => {
    expect(referencedBlock(clauses, { section: '责成', n: 1 }).map((c) => c.id)).toEqual([
      'b',
      'c',
    ]);
    expect(referencedBlock(clauses, { section: '责成', n: 2 }).map((c) => c.id)).toEqual(['e']);
    expect(referencedBlock(clauses, { section: '责成', n: -1 }).map((c) => c.id)).toEqual(['f']);
    expect(referencedBlock(clauses, { section: '责成', n: 4 })).toEqual([]);
  });
});
