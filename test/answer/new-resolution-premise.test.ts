/** "The new resolution on X": corrected when no resolution 表1 lists as new is about X. */
import { describe, expect, it } from 'vitest';
import {
  newResolutionPremise,
  newResolutionTopic,
} from '../../src/answer/new-resolution-premise.js';
import type { Clause } from '../../src/corpus/clause.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

describe('newResolutionTopic', () => {
  it.each([
    ['听说全会新通过了一项关于海底电缆维修的新决议，是第几号？', '海底电缆维修'],
    ['那个管无人机执照的新决议叫什么？', '无人机执照'],
    ['风筝噪声那个新决议叫什么？', '风筝噪声'],
    ['Is there a new resolution on tidal power?', 'tidal power'],
    ['What does the new resolution about drone licences say?', 'drone licences'],
    ['Which number is the new space debris resolution?', 'space debris'],
    // A draft named by its topic.
    ['What did the kite draft resolution say about noise?', 'kite'],
    ['风筝那个决议草案规定了什么？', '风筝'],
    // What it commits to, without the date it is to be done by.
    [
      'Was there a new resolution committing ITU to register every kite by a set date?',
      'register every kite',
    ],
    // "New" before the topic; a topic of two things joined by "and", ended by the verb that asks.
    ['新通过的那个风筝决议是第几号？', '风筝'],
    [
      'What tasks does the new resolution on kites and drones give to the bureau?',
      'kites and drones',
    ],
    ['Is there a new resolution on kites and what does it say?', 'kites'],
    // 新通过的 with 关于…的 before 决议.
    ['新通过的那项关于风筝噪声的决议要求什么？', '风筝噪声'],
    // 什么 / 啥 inside the topic is part of it (能做啥: what kites can do).
    ['讲风筝在洪水时能做啥贡献的新决议叫什么？', '风筝在洪水时能做啥贡献'],
    // The adopting body between "new" and "resolution" is not the topic; a dash ends the topic.
    ['What does the new ITU resolution on kite festivals say?', 'kite festivals'],
    ['the new ITU-T drone resolution, what number is it?', 'drone'],
    ['The new ITU resolution on drones — what must the bureau do?', 'drones'],
  ])('reads the topic claimed in %s', (q, topic) => {
    expect(newResolutionTopic(q)).toBe(topic);
  });

  it.each([
    ['新决议是关于什么的？'],
    ['Which new resolutions were adopted?'],
    ['有哪些新决议？'],
    ['表2里哪项是这次的新决议'],
    // Half-width punctuation (as the input is normalised): "new, or an old one changed?" asks the status.
    ['无人机那个决议是新通过的, 还是旧决议改的?'],
    ['无人机那个决议是新通过的;还是旧的决议改了?'],
    // Only the body is named: "the new ITU resolution" claims no topic.
    ['What does the new ITU resolution ask countries to do?'],
    ['Is the new WTSA-20 resolution binding?'],
  ])('finds none when the topic is what is asked: %s', (q) => {
    expect(newResolutionTopic(q)).toBeNull();
  });
});

describe('newResolutionPremise', () => {
  const store = new CorpusStore([
    clause({
      id: 'r5.t1',
      part: 'table1',
      resolution: 5,
      status: '新决议',
      title: '海底电缆',
      text: '海底电缆',
    }),
    clause({ id: 'r5.a', resolution: 5, text: '协助发展中国家维修海底电缆。' }),
    clause({
      id: 'r6.t1',
      part: 'table1',
      resolution: 6,
      status: '修订版',
      title: '无人机',
      text: '无人机',
    }),
    clause({ id: 'r6.a', resolution: 6, text: '研究无人机执照的标准。' }),
  ]);
  // Coverage: the share of the topic's characters that the clause holds (enough for the rule under test).
  const covers = (topic: string) => (c: Clause) =>
    [...topic].filter((ch) => c.text.includes(ch)).length / topic.length;

  it('corrects a new resolution claimed on a topic only an older one covers, with the new rows', () => {
    const premise = newResolutionPremise('那项关于无人机执照的新决议是第几号？', store, covers);
    expect(premise?.rows.map((r) => r.id)).toEqual(['r5.t1']);
    expect(premise?.reason.zh).toContain('第5号决议（海底电缆）');
    expect(premise?.reason.zh).toContain('无人机执照');
  });

  it('corrects one claimed on a topic the document never speaks of', () => {
    expect(newResolutionPremise('关于量子密钥的新决议叫什么？', store, covers)).not.toBeNull();
  });

  it('lets the question through when a new resolution covers the topic', () => {
    expect(newResolutionPremise('关于维修海底电缆的新决议说了什么？', store, covers)).toBeNull();
  });

  describe('where the document speaks of a draft new resolution on the topic', () => {
    const withDraft = new CorpusStore([
      ...store.clauses,
      clause({
        id: 'intro.9',
        part: 'intro',
        resolution: null,
        text: '全会同意将关于风筝噪声的新决议草案纳入最后报告。',
      }),
    ]);

    it('lets its passage answer what became of it', () => {
      expect(
        newResolutionPremise('关于风筝噪声的新决议后来怎么样了？', withDraft, covers),
      ).toBeNull();
      expect(
        newResolutionPremise('关于风筝噪声的新决议怎么处理的？要求谁做什么', withDraft, covers),
      ).toBeNull();
    });

    it('says the document gives no text or number of it, its passage first, when those are asked', () => {
      for (const q of [
        '关于风筝噪声的新决议要求各国做什么？',
        '关于风筝噪声的新决议是第几号？',
        '关于风筝噪声的新决议给了电信发展局哪些任务？',
      ]) {
        const premise = newResolutionPremise(q, withDraft, covers);
        expect(premise?.rows[0]?.id).toBe('intro.9');
        expect(premise?.reason.zh).toContain('没有给出关于“风筝噪声”的新决议的内容或编号');
      }
    });
  });

  /** The store with an English passage on a draft new resolution about kite noise. */
  const english = new CorpusStore([
    ...store.clauses,
    clause({
      id: 'intro.8',
      part: 'intro',
      text: 'The draft resolution on kite noise was put in the final report.',
    }),
  ]);

  it('reads "what did it tell them to do" as asking what it requires', () => {
    const q = 'What did the new resolution on kite noise tell the bureau to do?';
    expect(newResolutionPremise(q, english, covers)?.rows[0]?.id).toBe('intro.8');
    // With an adverb before the verb ("to actually do").
    const adverb =
      'And the new resolution on kite noise, what did it tell the bureau to actually do?';
    expect(newResolutionPremise(adverb, english, covers)?.rows[0]?.id).toBe('intro.8');
    // What it is tasked with, or charged with.
    const tasked = 'under the new kite noise resolution, what exactly is the bureau tasked with?';
    expect(newResolutionPremise(tasked, english, covers)?.rows[0]?.id).toBe('intro.8');
  });

  it('reads "make them do", "order", "operative part" as asking what it requires', () => {
    for (const q of [
      'what does the new kite noise resolution make clubs do?',
      'The new kite noise resolution — what does it order the bureau to do?',
      'Can you quote the operative part of the new resolution on kite noise?',
    ])
      expect(newResolutionPremise(q, english, covers)?.rows[0]?.id, q).toBe('intro.8');
    // Not "in order to".
    expect(
      newResolutionPremise(
        'Was the new kite noise resolution adopted in order to help?',
        english,
        covers,
      ),
    ).toBeNull();
  });

  it('takes "the X resolution they adopted" as that draft only where the document speaks of one', () => {
    const q = 'The kite noise resolution they adopted — what does it require?';
    expect(newResolutionPremise(q, english, covers)?.rows[0]?.id).toBe('intro.8');
    // Adopted, not said to be new: a revised one on the topic is no premise to correct.
    const revised = new CorpusStore([
      ...english.clauses,
      clause({ id: 'r6.b', resolution: 6, text: 'Standards for drone licences.' }),
    ]);
    const drones = 'The drone licences resolution they adopted — what does it require?';
    expect(newResolutionPremise(drones, revised, covers)).toBeNull();
  });

  it('says nothing when 表1 lists no new resolution', () => {
    const none = new CorpusStore(store.clauses.filter((c) => c.resolution !== 5));
    expect(newResolutionPremise('关于量子密钥的新决议叫什么？', none, covers)).toBeNull();
  });
});
