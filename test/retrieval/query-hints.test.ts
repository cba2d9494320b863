/** Structural hints: the heading asked about, "who" questions, who leads, an amount to find out, what is set aside. */
import { describe, expect, it } from 'vitest';
import { hintAdjustment, isExcluded, queryHints } from '../../src/retrieval/query-hints.js';
import { clause } from '../helpers/clause.js';

const operative = clause({
  id: 'r1.i.1',
  section: '责成',
  addressee: '风筝局主任',
  text: '在风筝培训中向协会提供支持；',
});
const recalled = clause({
  id: 'r1.r',
  section: '认识到',
  text: '将继续由风筝协会牵头开展未来的风筝培训工作，',
});

describe('queryHints', () => {
  it('reads the heading asked about and a "who" question', () => {
    const h = queryHints('谁被责成办风筝培训？');
    expect(h.who).toBe(true);
    expect(hintAdjustment(operative, h)).toBeCloseTo(0.45);
    expect(hintAdjustment(recalled, h)).toBe(0);
  });

  it('takes a clause stating who leads as the answer to who leads or is in charge, whatever its heading', () => {
    for (const q of [
      '风筝培训谁负责啊',
      'who leads the kite training?',
      'who is in charge of kite training',
    ]) {
      const h = queryHints(q);
      expect(h.leads).toBe(true);
      expect(hintAdjustment(recalled, h)).toBeGreaterThan(0);
    }
    const plain = queryHints('风筝培训讲了什么？');
    expect(plain.leads).toBe(false);
    expect(hintAdjustment(recalled, plain)).toBe(0);
  });

  it('takes a clause on assessing an amount for finding out how much there is', () => {
    const sized = clause({
      id: 'r1.i.2',
      section: '责成',
      text: '帮助各协会评估废旧风筝的规模/数量；',
    });
    for (const q of [
      '协会能不能帮我们摸清楚废风筝到底有多少？',
      '帮着估摸一下俱乐部攒了多少废风筝呗',
      '俱乐部里也不知道有多少废风筝，协会帮不帮忙？',
      // The amount first, the not knowing after it; or made clear with 整明白.
      '废风筝到底有多少咱也算不清，协会管不管？',
      '协会能帮俱乐部整明白废风筝有多少不？',
      'can they help us work out how many broken kites there are?',
    ]) {
      const h = queryHints(q);
      expect(h.amount, q).toBe(true);
      expect(hintAdjustment(sized, h)).toBeCloseTo(0.15);
      expect(hintAdjustment(operative, h)).toBe(0);
    }
    expect(queryHints('废风筝怎么处理？').amount).toBe(false);
  });

  it('takes a clause on cooperation among them for working with one another', () => {
    const among = clause({ id: 'r1.i.5', section: '责成', text: '推进各国风筝俱乐部之间的协作；' });
    for (const q of [
      '各国的风筝俱乐部要不要互相配合？',
      'do the kite clubs help each other?',
      'what about kite clubs from different countries working together?',
    ]) {
      const h = queryHints(q);
      expect(h.mutual, q).toBe(true);
      expect(hintAdjustment(among, h)).toBeCloseTo(0.15);
      expect(hintAdjustment(operative, h)).toBe(0);
    }
    // Working with someone else is no cooperation among them.
    expect(queryHints('do kite clubs work together with the drone league?').mutual).toBe(false);
    // 互 before a verb says it of one another too (互学: learn from each other).
    const peers = clause({ id: 'r1.i.6', section: '责成', text: '建立风筝俱乐部同行互学的平台；' });
    expect(hintAdjustment(peers, queryHints('can kite clubs learn from one another?'))).toBeCloseTo(
      0.15,
    );
  });

  it('takes a clause reporting to a governing body for whom a report goes to', () => {
    const toCouncil = clause({
      id: 'r1.i.7',
      section: '责成',
      text: '每年向理事会报告风筝工作的进展；',
    });
    const prepared = clause({ id: 'r1.i.8', section: '责成', text: '编写风筝报告；' });
    for (const q of ['does the kite text have to report back?', '风筝那项要向谁汇报？']) {
      const h = queryHints(q);
      expect(h.reports, q).toBe(true);
      expect(hintAdjustment(toCouncil, h)).toBeCloseTo(0.15);
      expect(hintAdjustment(prepared, h)).toBe(0);
    }
    expect(queryHints('what does the kite report say?').reports).toBe(false);
  });

  it('sets aside what the question excludes', () => {
    const h = queryHints('除了风筝培训，还有什么？');
    expect(isExcluded(recalled, h)).toBe(true);
    expect(isExcluded(clause({ id: 'x', text: '无人机' }), h)).toBe(false);
  });

  it('sets aside English words by the renderings it is given for them', () => {
    const h = queryHints('apart from the kite fees, what else?', (span) =>
      span.includes('kite fees') ? [['风筝费', '风筝费用']] : [],
    );
    expect(h.exclude).toEqual([['风筝费', '风筝费用']]);
    expect(isExcluded(clause({ id: 'f', text: '每年收取风筝费用。' }), h)).toBe(true);
    // "Beyond" sets aside as "apart from" does.
    expect(
      queryHints('any kite money beyond the fees?', (span) =>
        span.includes('fees') ? [['风筝费']] : [],
      ).exclude,
    ).toEqual([['风筝费']]);
    // Without renderings an English word is never found in Chinese text.
    expect(queryHints('apart from the kite fees, what else?').exclude).toEqual([]);
  });

  it('keeps a clause that names what is set aside among others, or sets it aside itself', () => {
    const h = queryHints('除了风筝，还有哪些？');
    expect(isExcluded(clause({ id: 'a', text: '鼓励放风筝。' }), h)).toBe(true);
    expect(isExcluded(clause({ id: 'b', text: '鼓励风筝、无人机和气球的活动。' }), h)).toBe(false);
    expect(isExcluded(clause({ id: 'c', text: '寻找与风筝无关的新活动。' }), h)).toBe(false);
  });
});
