/** Asked who pays, the best resolution's clauses on funding answer first, together. */
import { describe, expect, it } from 'vitest';
import { withFundingClause } from '../../src/answer/funding-clause.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause, hitOn } from '../helpers/clause.js';

const topic = clause({
  id: 'k.instructs.1',
  resolution: 7,
  section: '责成',
  text: '组织风筝讲习班。',
  order: 1,
});
const proposal = clause({
  id: 'k.instructs.2',
  resolution: 7,
  section: '责成',
  text: '在预算建议中列入风筝活动的资金。',
  order: 2,
});
const free = clause({
  id: 'k.resolves.1',
  resolution: 7,
  section: '做出决议',
  text: '免费提供风筝手册。',
  order: 3,
});
const line = clause({
  id: 'k.resolves.2',
  resolution: 7,
  section: '做出决议',
  text: '在年度预算中保留一项风筝单项支出，并鼓励自愿捐款。',
  order: 4,
});
const other = clause({
  id: 'd.instructs.1',
  resolution: 8,
  section: '责成',
  text: '无人机经费。',
  order: 5,
});
const store = new CorpusStore([topic, proposal, free, line, other]);
const ids = (hits: { clause: { id: string } }[]) => hits.map((h) => h.clause.id);

describe('withFundingClause', () => {
  it('brings the best resolution’s funding clauses first: the best ranked, then what it decides about money', () => {
    const hits = [hitOn(topic, 1), hitOn(proposal, 0.5), hitOn(other, 0.4)];
    const out = withFundingClause(hits, 'Who pays for the kite workshops?', store);
    // "Free" alone names no money: it is no answer to who pays beside the budget line.
    expect(ids(out)).toEqual(['k.instructs.2', 'k.resolves.2', 'k.instructs.1', 'd.instructs.1']);
    // As strong as the best hit, so the answer keeps them together.
    expect(out[0]!.score).toBe(1);
    expect(out[1]!.score).toBe(1);
  });

  it('keeps the clause providing it first when the asker asks whether they pay themselves', () => {
    const hits = [hitOn(topic, 1), hitOn(proposal, 0.5), hitOn(other, 0.4)];
    for (const q of [
      '风筝讲习班要不要我们自己掏钱？',
      'do we have to pay for the kite workshops ourselves?',
    ]) {
      const out = withFundingClause(hits, q, store);
      expect(ids(out), q).toEqual([
        'k.instructs.1',
        'k.instructs.2',
        'k.resolves.2',
        'd.instructs.1',
      ]);
    }
  });

  it('leaves the hits when the resolution says nothing of money', () => {
    const none = new CorpusStore([topic]);
    const hits = [hitOn(topic, 1)];
    expect(withFundingClause(hits, 'Who pays?', none)).toBe(hits);
  });
});
