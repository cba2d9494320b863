/** A message asking several things: answered part by part, citations merged, unanswered parts named. */
import { describe, expect, it } from 'vitest';
import {
  answerInParts,
  combineParts,
  interleave,
  type PartRun,
} from '../../src/answer/multi-part.js';
import type { AskInput, AskResult } from '../../src/answer/types.js';
import { toCitation } from '../../src/corpus/clause.js';
import { clause } from '../helpers/clause.js';

const cite = (id: string, resolution: number | null = null) =>
  toCitation(clause({ id, text: `text of ${id}`, resolution }));
const found = (answer: string, ids: [string, number | null][]): AskResult => ({
  answer,
  found: true,
  mode: 'extractive',
  citations: ids.map(([id, r]) => cite(id, r)),
  related: [],
});
const missing = (related: string[] = []): AskResult => ({
  answer: '文件没有回答这个问题。\n最接近的条款（仅供参考，并非答案）：\n· x',
  found: false,
  mode: 'extractive',
  citations: [],
  related: related.map((id) => cite(id)),
});

describe('combineParts', () => {
  it('puts each answer under its question and renumbers the citations in order of first use', () => {
    const r = combineParts(
      [
        {
          question: 'A?',
          result: found('a [1] b [2]', [
            ['c1', 1],
            ['c2', 1],
          ]),
        },
        {
          question: 'B?',
          result: found('c [1] d [2]', [
            ['c3', 2],
            ['c1', 1],
          ]),
        },
      ],
      true,
    );
    expect(r.answer).toBe('Question 1: A?\na [1] b [2]\n\nQuestion 2: B?\nc [3] d [1]');
    expect(r.citations.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(r.found).toBe(true);
    expect(r.unansweredParts).toBeUndefined();
  });

  it('names the parts the document does not answer, and keeps their closest passages as related', () => {
    const r = combineParts(
      [
        { question: '甲？', result: found('甲的答案 [1]', [['c1', 1]]) },
        { question: '乙？', result: missing(['c9']) },
      ],
      false,
    );
    expect(r.found).toBe(true);
    expect(r.unansweredParts).toEqual(['乙？']);
    expect(r.answer).toContain('问题2：乙？\n文件没有回答这个问题。');
    expect(r.answer).not.toContain('最接近的条款');
    expect(r.related.map((c) => c.id)).toEqual(['c9']);
  });

  it('is not found when no part is', () => {
    const r = combineParts(
      [
        { question: 'A?', result: missing() },
        { question: 'B?', result: missing() },
      ],
      true,
    );
    expect(r.found).toBe(false);
    expect(r.unansweredParts).toEqual(['A?', 'B?']);
  });

  it('leaves out a part answered with the very clauses of an earlier one', () => {
    const first = found('a [1]', [['c1', 1]]);
    const r = combineParts(
      [
        { question: 'A?', result: first },
        { question: 'Where is it?', result: found('a [1]', [['c1', 1]]) },
      ],
      true,
    );
    expect(r).toBe(first);
  });
});

describe('answerInParts', () => {
  const run = (result: AskResult, resolutions: number[] = []): PartRun => ({
    plan: { resolutions, lang: 'zh' },
    result,
  });
  /** Asks the parts with a stand-in answerer (its nth answer), keeping what each call was asked. */
  async function askParts(parts: string[], answerNth: (n: number) => PartRun) {
    const seen: AskInput[] = [];
    const r = await answerInParts({ question: 'x' }, parts, async (input) => {
      seen.push(input);
      return answerNth(seen.length);
    });
    return { seen, ...r };
  }

  it('asks a later part as a follow-up of the resolution the earlier one named', async () => {
    const { seen } = await askParts(['第12号决议讲什么？', '它是新的吗？'], (n) =>
      n === 1 ? run(found('a [1]', [['c1', 12]]), [12]) : run(missing()),
    );
    expect(seen[1]!.history).toEqual([
      { role: 'user', content: '第12号决议讲什么？' },
      { role: 'assistant', content: '第12号决议' },
    ]);
  });

  it('asks a later part on status alone, which the follow-up did not carry, of the earlier part’s resolution', async () => {
    const { seen, runs } = await askParts(
      ['放风筝那个决议讲什么？', '风筝节前修订过没有？'],
      (n) =>
        n === 1
          ? run(found('a [1]', [['c1', 12]]))
          : n === 2
            ? run(missing())
            : run(found('b [1]', [['t1', 12]]), [12]),
    );
    expect(seen.map((s) => s.question)).toEqual([
      '放风筝那个决议讲什么？',
      '风筝节前修订过没有？',
      '第12号决议：风筝节前修订过没有？',
    ]);
    expect(runs[1]!.plan.resolutions).toEqual([12]);
    // In English, in English; not a count by status, which counts resolutions.
    const en = await askParts(
      ['what is the kite resolution about?', 'was it revised or kept?'],
      (n) =>
        n === 1
          ? run(found('a [1]', [['c1', 12]]))
          : n === 2
            ? run(missing())
            : run(missing(), [12]),
    );
    expect(en.seen[2]?.question).toBe('Resolution 12: was it revised or kept?');
    const count = await askParts(['放风筝那个决议讲什么？', '风筝节前没改的有几项？'], (n) =>
      n === 1 ? run(found('a [1]', [['c1', 12]])) : run(missing()),
    );
    expect(count.seen).toHaveLength(2);
  });

  it('carries the resolution an earlier part asked about by topic: the one its answer leads with', async () => {
    const { seen } = await askParts(['漫游那个决议讲什么？', '它是新的吗？'], () =>
      run(found('a [1]', [['c1', 88]])),
    );
    expect(seen[1]!.history?.at(-1)).toEqual({ role: 'assistant', content: '第88号决议' });
  });

  it('carries the resolution an earlier part was answered from into a part that points at that clause', async () => {
    const { seen } = await askParts(['风筝培训由哪个局牵头？', '这条算不算强制性的？'], () =>
      run(found('a [1]', [['c1', 64]])),
    );
    expect(seen.map((s) => s.question)).toEqual(['风筝培训由哪个局牵头？', '这条算不算强制性的？']);
    expect(seen[1]!.history?.at(-1)).toEqual({ role: 'assistant', content: '第64号决议' });
  });

  it('asks a part that names no resolution, after parts about none, together with them', async () => {
    const r = await askParts(['主席是谁？', '来自哪个国家？'], () => run(missing()));
    expect(r.seen.map((s) => s.question)).toEqual(['主席是谁？', '主席是谁？ 来自哪个国家？']);
    expect(r.result.unansweredParts).toBeUndefined();
    expect(r.runs).toHaveLength(1);
  });
});

describe('interleave', () => {
  it('takes each ranking in turn, each clause once', () => {
    const h = (id: string) => ({ clause: { id } });
    const merged = interleave([
      [h('a'), h('b'), h('c')],
      [h('x'), h('a')],
    ]);
    expect(merged.map((m) => m.clause.id)).toEqual(['a', 'x', 'b', 'c']);
  });
});
