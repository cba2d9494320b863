/** A clause named by where it stands from the one talked about last: the next one, the last one, 第三类. */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/contract/api.js';
import {
  historyAnchor,
  talkedSection,
  relativeClause,
  relativeReference,
} from '../../src/retrieval/relative-clause.js';
import { clause } from '../helpers/clause.js';

describe('relativeReference', () => {
  it.each([
    ['and the next one?', { kind: 'next' }],
    ["what's the point right after that?", { kind: 'next' }],
    ['下一条呢？', { kind: 'next' }],
    ['the one before that?', { kind: 'previous' }],
    ['ok and the paragraph just before the kite one', { kind: 'previous' }],
    ['and the clause immediately after that?', { kind: 'next' }],
    ['最后一项是什么？', { kind: 'last' }],
    ['and the final point?', { kind: 'last' }],
    ['第三类是什么？', { kind: 'nth', n: 3 }],
    ['what is the second kind?', { kind: 'nth', n: 2 }],
    // "A", "very", and the words a list's entries go by.
    ['ok so which is the very first task there?', { kind: 'nth', n: 1 }],
    ['is there a third bullet in it?', { kind: 'nth', n: 3 }],
  ])('reads %s', (q, ref) => expect(relativeReference(q)).toEqual(ref));

  it('reads nothing in a question that names no position', () => {
    expect(relativeReference('What does it ask the bureau to do?')).toBeNull();
    expect(relativeReference('第44号决议讲了什么？')).toBeNull();
  });
});

describe('talkedSection', () => {
  const turn = (role: Turn['role'], content: string): Turn => ({ role, content });

  it('is the first section the latest turn that names one names: an answer cites its main clause first', () => {
    expect(
      talkedSection([
        turn('user', 'what does it instruct?'),
        turn('assistant', "Under the 'invites' part, 1) kites, 2) drones; see also instructs 3."),
      ]),
    ).toBe('请');
    expect(talkedSection([turn('assistant', '责成 1：放风筝'), turn('user', 'ok')])).toBe('责成');
    expect(talkedSection([turn('user', 'kites?')])).toBeNull();
  });

  it('reads what a prose answer says it tells a Director as what the resolution instructs', () => {
    expect(
      talkedSection([turn('assistant', 'It tells the BR Director: (1) fly kites, (2) mend them.')]),
    ).toBe('责成');
    expect(talkedSection([turn('assistant', 'He tells the club to fly kites.')])).toBeNull();
  });
});

describe('historyAnchor', () => {
  const turn = (role: Turn['role'], content: string): Turn => ({ role, content });

  it('finds the latest section and item, with an addressee between', () => {
    expect(
      historyAnchor([turn('assistant', 'For example, 做出决议 5: keep a budget line.')]),
    ).toEqual({ section: '做出决议', item: '5' });
    // "resolves item 5," with a comma after the item.
    expect(
      historyAnchor([turn('assistant', 'Under 做出决议 item 3, it asks for kite rules.')]),
    ).toEqual({
      section: '做出决议',
      item: '3',
    });
    expect(
      historyAnchor([turn('assistant', '“责成”电信标准化局主任 9：协助易受影响的国家')]),
    ).toEqual({
      section: '责成',
      item: '9',
    });
  });

  it('takes an item named alone with the section named in an earlier turn', () => {
    const history = [
      turn('assistant', '“进一步做出决议”针对区域代表处：1 参与活动；2 协助副主席；3 组织活动。'),
      turn('user', '第2条里说要做哪些事？'),
      turn('assistant', '列了几项：i) 动员成员；ii) 提交报告……'),
    ];
    expect(historyAnchor(history)).toEqual({ section: '进一步做出决议', item: '2' });
  });

  it('takes a section named without any item as its list', () => {
    const history = [turn('assistant', 'It instructs the kite director on a list of tasks.')];
    expect(historyAnchor(history)).toEqual({
      section: '责成',
      item: '',
      said: 'It instructs the kite director on a list of tasks.',
    });
  });

  it('finds none in a conversation that names no clause', () => {
    expect(
      historyAnchor([turn('assistant', 'Resolution 86 supports the Smart Africa Manifesto.')]),
    ).toBeNull();
  });
});

describe('relativeClause', () => {
  const c = (item: string, order: number, section = '做出决议') =>
    clause({ id: `r.${section}.${item}`, text: item, section, item, order, resolution: 44 });
  const clauses = [
    c('4', 1),
    c('5', 2),
    c('6', 3),
    c('2', 4, '进一步做出决议'),
    c('2.i)', 5, '进一步做出决议'),
    c('2.ii)', 6, '进一步做出决议'),
    c('3', 7, '进一步做出决议'),
  ];
  const id = (x: ReturnType<typeof relativeClause>) => x?.id ?? null;

  it('steps to the next or previous item of the same section', () => {
    const five = { section: '做出决议', item: '5' };
    expect(id(relativeClause(clauses, five, { kind: 'next' }))).toBe('r.做出决议.6');
    expect(id(relativeClause(clauses, five, { kind: 'previous' }))).toBe('r.做出决议.4');
    expect(
      id(relativeClause(clauses, { section: '做出决议', item: '6' }, { kind: 'next' })),
    ).toBeNull();
  });

  it('reads the last or the nth among the sub-items of an item that has them, else among its siblings', () => {
    const two = { section: '进一步做出决议', item: '2' };
    expect(id(relativeClause(clauses, two, { kind: 'last' }))).toBe('r.进一步做出决议.2.ii)');
    expect(id(relativeClause(clauses, two, { kind: 'nth', n: 1 }))).toBe('r.进一步做出决议.2.i)');
    const four = { section: '做出决议', item: '4' };
    expect(id(relativeClause(clauses, four, { kind: 'last' }))).toBe('r.做出决议.6');
  });

  it('reads the nth or the last of a section list, in the block whose addressee was named', () => {
    const list = { section: '做出决议', item: '' };
    expect(id(relativeClause(clauses, list, { kind: 'nth', n: 2 }))).toBe('r.做出决议.5');
    expect(id(relativeClause(clauses, list, { kind: 'last' }))).toBe('r.做出决议.6');
    expect(relativeClause(clauses, list, { kind: 'next' })).toBeNull();
    const block = (addressee: string, item: string, order: number) =>
      clause({ id: `${addressee}.${item}`, text: item, section: '责成', addressee, item, order });
    const two = [block('各研究组', '1', 1), block('风筝局主任与其他局主任协作', '1', 2)];
    const named = { section: '责成', item: '', said: '它责成风筝局主任做这些事：……' };
    expect(id(relativeClause(two, named, { kind: 'nth', n: 1 }))).toBe(
      '风筝局主任与其他局主任协作.1',
    );
    expect(id(relativeClause(two, { section: '责成', item: '' }, { kind: 'nth', n: 1 }))).toBe(
      '各研究组.1',
    );
  });
});
