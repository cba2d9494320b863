/** Two resolutions side by side: each one's summary, then the clause that best answers for it. */
import { describe, expect, it } from 'vitest';
import { answerCompare } from '../../src/answer/compare-answerer.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { queryHints } from '../../src/retrieval/query-hints.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { clause } from '../helpers/clause.js';

const annex = (id: string, resolution: number, text: string, order: number) =>
  clause({ id, resolution, text, order, part: 'annex', section: '责成', item: id.slice(-1) });
const store = new CorpusStore([
  clause({
    id: 'r1.table2',
    resolution: 1,
    part: 'table2',
    text: '第1号决议打击假冒设备。',
    order: 1,
  }),
  annex('r1.a', 1, '与世界海关组织和世界贸易组织合作打击假冒设备的贸易。', 2),
  annex('r1.b', 1, '研究防止篡改设备标识符的技术措施，制定相关导则。', 3),
  clause({
    id: 'r2.table2',
    resolution: 2,
    part: 'table2',
    text: '第2号决议打击盗窃设备。',
    order: 4,
  }),
  annex('r2.a', 2, '与移动设备制造商和运营商磋商缓解被盗设备的使用后果。', 5),
  annex('r2.b', 2, '编纂并分享打击盗窃行为的最佳做法和积极趋势的信息。', 6),
]);
const plan = { lang: 'zh', resolutions: [1, 2] } as QueryPlan;
const cited = (ranked?: (id: string) => number) =>
  answerCompare(plan, {
    store,
    covers: () => 0,
    ranked: ranked && ((c) => ranked(c.id)),
    englishTitle: () => undefined,
  }).citations.map((c) => c.id);

/** Each side has a long clause under 责成 and a short one under 请. */
const asking = new CorpusStore([
  clause({ id: 'r3.table2', resolution: 3, part: 'table2', text: '第3号决议关于风筝。', order: 1 }),
  annex('r3.a', 3, '组织关于风筝比赛安全规则的讲习班并编写导则。', 2),
  clause({
    id: 'r3.q',
    resolution: 3,
    part: 'annex',
    section: '请',
    text: '报告风筝进展，',
    order: 3,
  }),
  clause({
    id: 'r4.table2',
    resolution: 4,
    part: 'table2',
    text: '第4号决议关于无人机。',
    order: 4,
  }),
  annex('r4.a', 4, '研究无人机频段的划分并向研究组提交报告。', 5),
  clause({
    id: 'r4.q',
    resolution: 4,
    part: 'annex',
    section: '请',
    text: '报告无人机进展，',
    order: 6,
  }),
]);

describe('answerCompare', () => {
  it('quotes each side: its summary, then one operative clause', () => {
    const ids = cited();
    expect(ids.filter((id) => id.endsWith('table2'))).toEqual(['r1.table2', 'r2.table2']);
    expect(ids.filter((id) => id.startsWith('r1.') && !id.endsWith('table2'))).toHaveLength(1);
  });

  it('takes the clause retrieval ranked best for the question on each side', () => {
    const partners = { 'r1.a': 1, 'r2.a': 1 } as Record<string, number>;
    const ids = cited((id) => partners[id] ?? 0.1);
    expect(ids).toContain('r1.a');
    expect(ids).toContain('r2.a');
  });

  it('takes the clause of the kind asked for on each side (the one naming partners)', () => {
    // Without it, each side's clause is the one that sets it apart most; favoured, the one naming bodies.
    const favoured = (id: string) =>
      answerCompare(plan, {
        store,
        covers: () => 0,
        ranked: (c) => (c.id.endsWith('.b') ? 0.6 : 0.1),
        favoured: (c) => c.id === id,
        englishTitle: () => undefined,
      }).citations.map((c) => c.id);
    expect(cited((id) => (id.endsWith('.b') ? 0.6 : 0.1))).toContain('r1.b');
    expect(favoured('r1.a')).toContain('r1.a');
    expect(favoured('r1.a')).not.toContain('r1.b');
  });

  it('takes the clause under a heading the question asks about, however short', () => {
    const compare = (question: string) =>
      answerCompare({ lang: 'zh', resolutions: [3, 4], hints: queryHints(question) } as QueryPlan, {
        store: asking,
        covers: () => 0,
        englishTitle: () => undefined,
      }).citations.map((c) => c.id);
    expect(compare('3号和4号分别请谁做什么？')).toEqual(['r3.table2', 'r3.q', 'r4.table2', 'r4.q']);
    // Tasked with something: asked or instructed.
    expect(queryHints('3 vs 4: who is tasked in each?').sections.map(String)).toEqual([
      '/请|责成/',
    ]);
    expect(compare('3号和4号有什么不同？')).not.toContain('r3.q');
  });

  it('weighs the clause that answers what is asked of both above what sets each apart', () => {
    // Each side: a clause of its own theme, and a report clause worded alike on both sides.
    const reporting = new CorpusStore([
      clause({
        id: 'r5.table2',
        resolution: 5,
        part: 'table2',
        text: '第5号决议关于风筝。',
        order: 1,
      }),
      annex('r5.a', 5, '组织风筝比赛，编写风筝线安全导则，推广风筝节。', 2),
      annex('r5.b', 5, '一年一次给理事会汇报工作进度。', 3),
      clause({
        id: 'r6.table2',
        resolution: 6,
        part: 'table2',
        text: '第6号决议关于无人机。',
        order: 4,
      }),
      annex('r6.a', 6, '研究无人机频段，制定无人机噪声标准，培训无人机驾驶员。', 5),
      annex('r6.b', 6, '两年一次给理事会汇报工作进度。', 6),
    ]);
    const compare = (withoutNamings?: string, covered = 0.45) =>
      answerCompare(
        {
          lang: 'zh',
          resolutions: [5, 6],
          ...(withoutNamings ? { withoutNamings } : {}),
        } as QueryPlan,
        {
          store: reporting,
          covers: (c) => (c.id.endsWith('.b') ? covered : 0.3),
          englishTitle: () => undefined,
        },
      ).citations.map((c) => c.id);
    // Named by their topics and asked one thing of both (how often each reports): that clause.
    expect(compare('多久报告一次，各自报给谁？')).toEqual([
      'r5.table2',
      'r5.b',
      'r6.table2',
      'r6.b',
    ]);
    // Compared as a whole: what sets each apart.
    expect(compare()).toEqual(['r5.table2', 'r5.a', 'r6.table2', 'r6.a']);
    // Named by their numbers, with what is asked of both covered well by a clause of each: that clause.
    expect(compare(undefined, 0.55)).toEqual(['r5.table2', 'r5.b', 'r6.table2', 'r6.b']);
  });

  it('quotes a side’s second clause on what is asked after both sides, when it is nearly as good', () => {
    // Side 1 says it in two clauses, side 2 in one; the rest covers nothing asked.
    const covers = (c: { id: string }) => ({ 'r1.a': 0.6, 'r1.b': 0.5, 'r2.a': 0.6 })[c.id] ?? 0;
    const compare = (secondClauses: boolean) => {
      const r = answerCompare(plan, {
        store,
        covers,
        secondClauses,
        englishTitle: () => undefined,
      });
      return { ids: r.citations.map((c) => c.id), answer: r.answer };
    };
    const both = compare(true);
    expect(both.ids).toEqual(['r1.table2', 'r1.a', 'r2.table2', 'r2.a', 'r1.b']);
    expect(both.answer).toMatch(/相关条款还有\n第1号决议[^\n]*\n「研究防止篡改设备标识符/);
    // Not in one part of a message that asks several things.
    expect(compare(false).ids).toEqual(['r1.table2', 'r1.a', 'r2.table2', 'r2.a']);
  });
});
