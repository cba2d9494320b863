import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import type { TopicUnit } from '../../src/answer/relevance.js';
import { studyGroupUnit } from '../../src/answer/topic-units.js';
import { anchorListing } from '../../src/answer/which-anchor.js';
import { namesStudyGroup } from '../../src/retrieval/study-groups.js';
import { clause, hitOn } from '../helpers/clause.js';

const clauses = [
  clause({ id: 'a1', resolution: 72, text: '与WHO等组织合作，评估人体暴露。' }),
  clause({ id: 'b1', resolution: 78, text: '推广电子卫生标准。' }),
  clause({ id: 'b2', resolution: 78, text: '与世界卫生组织协作制定导则。' }),
  clause({ id: 'c1', resolution: 96, text: '与世界卫生组织（WHO）等开展合作。' }),
  clause({ id: 'd1', resolution: 44, text: '组织讲习班。' }),
  clause({ id: 'd0', resolution: 44, part: 'table1', text: '世界卫生组织' }),
];
const store = new CorpusStore(clauses);
const who: TopicUnit = {
  alternatives: [
    ['世界卫生组织', 1],
    ['who', 1],
  ],
  weight: 4.6,
};
const minor: TopicUnit = { alternatives: [['协作', 1]], weight: 1.2 };

describe('anchorListing', () => {
  it('lists every resolution whose own text has the dominant term, ranked ones first', () => {
    const hits = [hitOn(clauses[2]!, 0.9), hitOn(clauses[4]!, 0.8)];
    const listed = anchorListing([who, minor], hits, store, 6)!;
    expect(listed.map((c) => c.id)).toEqual(['b2', 'a1', 'c1']);
  });

  it('declines when no term dominates, or the term is in one resolution or in too many', () => {
    const even: TopicUnit = { alternatives: [['讲习班', 1]], weight: 4.6 };
    const other: TopicUnit = { alternatives: [['导则', 1]], weight: 4.6 };
    expect(anchorListing([who, even, other], [], store, 6)).toBeNull();
    expect(anchorListing([even], [], store, 6)).toBeNull();
    expect(anchorListing([who], [], store, 2)).toBeNull();
    expect(anchorListing([], [], store, 6)).toBeNull();
  });

  it('takes a study group named by its number as the anchor, whatever else the question weighs', () => {
    const groups = new CorpusStore([
      clause({ id: 'g1', resolution: 50, addressee: '第17研究组', text: '加快相关工作。' }),
      clause({ id: 'g2', resolution: 52, text: '电信标准化部门第17研究组支持相关工作。' }),
      clause({ id: 'g3', resolution: 72, text: '请第5研究组继续研究。' }),
      clause({ id: 'g4', resolution: 78, text: 'ITU-D第17研究组开展研究。' }),
    ]);
    const sg17 = studyGroupUnit('ITU-T第17研究组', 6);
    const heavier: TopicUnit = { alternatives: [['讲习班', 1]], weight: 9 };
    expect(anchorListing([sg17, heavier], [], groups, 6)).toBeNull();
    const listed = anchorListing(
      [sg17, heavier],
      [],
      groups,
      6,
      namesStudyGroup('ITU-T第17研究组'),
    )!;
    expect(listed.map((c) => c.resolution)).toEqual([50, 52]);
  });

  it('lists a named term by the operative clause that writes it, not the summary that repeats it', () => {
    const terms = new CorpusStore([
      clause({ id: 's1', resolution: 60, part: 'table2', text: '第60号决议要求编写导则。' }),
      clause({ id: 'o1', resolution: 60, text: '编写导则并分享。' }),
      clause({ id: 'o2', resolution: 61, text: '推广导则。' }),
    ]);
    const hits = [hitOn(terms.clauses[0]!, 0.9)];
    const listed = anchorListing([], hits, terms, 6, (t) => t.includes('导则'))!;
    expect(listed.map((c) => c.id)).toEqual(['o1', 'o2']);
  });
});

describe('studyGroupUnit', () => {
  it("reads ITU-T's groups with or without the sector, another sector's only as written", () => {
    expect(studyGroupUnit('ITU-T第5研究组', 1).alternatives.map(([t]) => t)).toEqual([
      'ITU-T第5研究组',
      '第5研究组',
    ]);
    expect(studyGroupUnit('ITU-D第2研究组', 1).alternatives.map(([t]) => t)).toEqual([
      'ITU-D第2研究组',
    ]);
  });
});
