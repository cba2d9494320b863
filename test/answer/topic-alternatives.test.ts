import { describe, expect, it } from 'vitest';
import { alternativesCoverage, alternativesOf } from '../../src/answer/topic-alternatives.js';
import { topicCoverage } from '../../src/answer/topic-units.js';
import { withoutFrame } from '../../src/answer/which-answerer.js';
import { Bm25Index } from '../../src/retrieval/bm25-index.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { tokenize } from '../../src/retrieval/tokenize.js';
import { clause } from '../helpers/clause.js';

const theft = clause({ id: 'r97.1', text: '收集关于打击盗窃移动设备的统计数据' });
const roaming = clause({ id: 'r88.1', text: '降低国际漫游费率' });
const other = clause({ id: 'r2.1', text: '研究组的职权' });
const bm25 = new Bm25Index([theft, roaming, other].map((c) => tokenize(c.text)));

const plan = (text: string): QueryPlan =>
  ({
    lang: 'zh',
    standalone: text,
    rewritten: text,
    dictionary: [],
    expansionGroups: [],
  }) as unknown as QueryPlan;

describe('alternativesOf', () => {
  it('cuts a topic at the words that join alternatives or bring in examples', () => {
    expect(alternativesOf('盗窃或者漫游')).toEqual(['盗窃', '漫游']);
    expect(alternativesOf('健康，比如辐射、远程医疗')).toEqual(['健康', '辐射', '远程医疗']);
    expect(alternativesOf('climate change or e-waste')).toEqual(['climate change', 'e-waste']);
    expect(alternativesOf('groups left out, like women or people with disabilities')).toEqual([
      'groups left out',
      'women',
      'people with disabilities',
    ]);
  });

  it('leaves "and" alone: "X and Y" may ask for both', () => {
    expect(alternativesOf('theft and roaming')).toEqual(['theft and roaming']);
    expect(alternativesOf('盗窃和漫游')).toEqual(['盗窃和漫游']);
  });
});

describe('alternativesCoverage', () => {
  it('credits a clause that covers one alternative fully, where the whole list would halve it', () => {
    const p = plan('哪些决议涉及盗窃或者漫游');
    const whole = topicCoverage(withoutFrame(p), bm25);
    const best = alternativesCoverage(p, bm25, withoutFrame);
    expect(best(roaming)).toBeGreaterThan(whole(roaming));
    expect(best(roaming)).toBeCloseTo(1, 5);
    expect(best(theft)).toBeCloseTo(1, 5);
    // A clause on neither alternative gains nothing.
    expect(best(other)).toBe(whole(other));
  });

  it('is the plain coverage when the topic lists no alternatives', () => {
    const p = plan('哪些决议涉及漫游');
    expect(alternativesCoverage(p, bm25, withoutFrame)(roaming)).toBe(
      topicCoverage(withoutFrame(p), bm25)(roaming),
    );
  });
});
