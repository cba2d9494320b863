/** A topic the question names by the words that introduce one, and whether the document ever speaks of it. */
import { describe, expect, it } from 'vitest';
import { absentReason, absentTopic, namedTopic } from '../../src/answer/absent-topic.js';
import type { TopicUnit } from '../../src/answer/relevance.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

const store = new CorpusStore([
  clause({ id: 'r1.a', resolution: 1, text: '开展通信标准的研究，并组织讲习班。', order: 1 }),
  clause({ id: 'r2.a', resolution: 2, text: '监测海洋和气候变化。', order: 2 }),
]);
const unit = (term: string, weight: number): TopicUnit => ({ alternatives: [[term, 1]], weight });

describe('namedTopic', () => {
  it.each([
    ['关于深海采矿有什么规定？', '深海采矿'],
    ['决议对自动驾驶汽车有什么要求？', '自动驾驶汽车'],
    ['有没有涉及气象雷达的内容？', '气象雷达'],
    ['太空垃圾方面有什么安排？', '太空垃圾'],
    ['我们在做调查。电动自行车是怎么规定的？', '电动自行车'],
  ])('reads the topic of %s as %s', (q, topic) => {
    expect(namedTopic(q)).toBe(topic);
  });

  it('finds none where no frame names a topic', () => {
    expect(namedTopic('第44号决议做出决议第6项是什么？')).toBeNull();
    expect(namedTopic('What does Resolution 44 ask of the regional offices?')).toBeNull();
  });
});

describe('absentTopic', () => {
  it('names the heaviest part of the topic when the document never speaks of it', () => {
    const mining = unit('采矿', 6);
    const units = [unit('深海', 5), mining, unit('标准', 2)];
    expect(absentTopic('关于深海采矿标准有什么规定？', units, store)).toBe(mining);
    expect(absentReason(mining).zh).toBe('文件没有提到“采矿”。');
  });

  it('says nothing when the document speaks of the heaviest part', () => {
    const units = [unit('海洋', 6), unit('风暴', 5), unit('气候', 4)];
    expect(absentTopic('关于海洋风暴气候有什么规定？', units, store)).toBeNull();
  });

  it('takes a missing detail of a topic the document covers for a detail, not the topic', () => {
    // 色彩 is missing, and heaviest, but the named topic is mostly what the document speaks of.
    const units = [
      unit('色彩', 6),
      unit('通信', 6),
      unit('标准', 6),
      unit('研究', 6),
      unit('讲习班', 6),
    ];
    expect(absentTopic('关于色彩通信标准研究讲习班有什么要求？', units, store)).toBeNull();
  });

  it('does not take a word of quantity or pointing for the topic', () => {
    const units = [unit('两位', 6), unit('通信', 1)];
    expect(absentTopic('对两位通信有什么要求？', units, store)).toBeNull();
  });

  it('looks only at the topic named, not the asker’s setting', () => {
    const units = [unit('采矿', 6), unit('气候', 3)];
    expect(absentTopic('我们在采矿。关于气候有什么规定？', units, store)).toBeNull();
  });
});
