/** A which-one question whose setting drew the search elsewhere: the resolution its asking sentence names first. */
import { describe, expect, it } from 'vitest';
import { askedTopicFirst } from '../../src/answer/asked-topic-first.js';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { tokenize } from '../../src/retrieval/tokenize.js';
import { clause, hitOn } from '../helpers/clause.js';

const wind = clause({ id: 'r31.1', resolution: 31, text: '研究风筝在大风中断线的问题' });
const glue = clause({ id: 'r32.1', resolution: 32, text: '打击劣质风筝胶水的销售' });
const bm25 = new Bm25Index([wind, glue].map((c) => tokenize(c.text)));

/** The fields read here; the rest of a plan does not matter. */
const plan = (standalone: string, over: Partial<QueryPlan> = {}): QueryPlan =>
  ({
    lang: 'zh',
    standalone,
    rewritten: standalone,
    resolutions: [],
    dictionary: [],
    expansionGroups: [],
    ...over,
  }) as QueryPlan;
const planOf = (text: string) => plan(text);
const order = (hits: ReturnType<typeof hitOn>[]) => hits.map((h) => h.clause.resolution);

describe('askedTopicFirst', () => {
  const hits = [hitOn(wind, 1), hitOn(glue, 0.8)];

  it('puts first the resolution covering what the asking sentence names, when the first covers none of it', () => {
    const q = '我的风筝一起风就断线，烦死了。有没有管劣质胶水的决议？是几号？';
    expect(order(askedTopicFirst(plan(q), hits, bm25, planOf))).toEqual([32, 31]);
  });

  it('keeps the order without a setting, when a number is named, or when the rival is far behind', () => {
    const bare = '有没有管劣质胶水的决议？是几号？';
    expect(order(askedTopicFirst(plan(bare), hits, bm25, planOf))).toEqual([31, 32]);
    const q = '我的风筝一起风就断线。有没有管劣质胶水的决议？是几号？';
    expect(order(askedTopicFirst(plan(q, { resolutions: [31] }), hits, bm25, planOf))).toEqual([
      31, 32,
    ]);
    const far = [hitOn(wind, 1), hitOn(glue, 0.3)];
    expect(order(askedTopicFirst(plan(q), far, bm25, planOf))).toEqual([31, 32]);
  });

  it('keeps the order when the asking sentence only points back at the setting', () => {
    const q = '我的风筝胶水是劣质的，一起风就断线。有没有这方面的决议？是几号？';
    expect(order(askedTopicFirst(plan(q), hits, bm25, planOf))).toEqual([31, 32]);
  });
});
