/** "Which resolution is about X": the answer also says which one that is as 表1 lists it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksWhichResolution, resolutionFirst, withStatusRow } from '../../src/answer/which-one.js';
import type { AskResult } from '../../src/answer/types.js';
import { toCitation } from '../../src/corpus/clause.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import { clause } from '../helpers/clause.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';

describe('asksWhichResolution', () => {
  it.each([
    ['Which resolution is about electromagnetic fields and health?'],
    ['which reso handles IPv6?'],
    ['Which of these resolutions deals with counterfeit devices?'],
    ['哪个决议是讲网络安全的？'],
    ['这些决议中哪一项跟漫游有关？'],
    ['讲物联网的决议是第几号？'],
    ['漫游是几号决议？'],
    ['e-waste reso no.?'],
    // "The number" of a resolution told of before, asked after it.
    [
      'there is a resolution about kite safety, the charter the clubs signed... what is the number please',
    ],
    // "The resolution number which is about …".
    ['Please tell me the reso number that is on kite safety.'],
    ['What is the resolution number that deals with drones?'],
    ['Which of the WTSA-20 resolutions is the one about kites?'],
    ['Which of the resolutions mentioned in the paper is the kite one?'],
    ['Which of the resolutions in your list covers kites?'],
    ['Which resolution in your list deals with kite theft?'],
    ['在影响ITU-D的决议中，管风筝比赛的是哪一项？'],
    // …or its number (决议里…的是哪号).
    ['那些决议里，管风筝比赛这块的是哪号？'],
    ['Is there one of the resolutions which covers drones? What number?'],
    ["which one's the res on drone licences?"],
    // One of the assembly's resolutions; "what's the resolution about X"; a resolution, then 是哪一个.
    ["So which of the club's resolutions handles kites?"],
    ["what's the resolution about kite festivals in towns?"],
    ['有个决议讲风筝节的，是哪一个？'],
    // Asked by its verb in the singular, whatever resolutions it is about; its number asked after.
    ['which resolution covers audits of how the kite resolutions are obeyed?'],
    ['有没有个决议是讲风筝的？第几号啊？'],
    // …after question marks typed twice; or the one among them that governs it (决议里面，管X的是第几号).
    ['有没有一个专门讲风筝安全的决议？？第几号？'],
    ['那些决议里面，管风筝比赛场地的是第几号？'],
    // Whether there is one on a topic: which one it is.
    ['有没有什么决议讲风筝节？'],
    ['is there a resolution on kite festivals?'],
    // …asked indirectly; its number asked in learners' order.
    ['my boss asks whether there is resolution for kite festivals. wich one'],
    ['the club is having some resolution for kite safety? Which number it is?'],
    ['Among all these resolutions you list, which one is about kite festivals?'],
    // Asked in the singular with what it does after it, whatever resolutions the rest of the sentence
    // names.
    ['Which is the reso about kite festivals in the towns?'],
    ['is there any resolution which makes sure the kite resolutions get obeyed?'],
    // Resolutions after the one asked for are its topic, its number asked at the end.
    ['is there a res about auditing if the kite resolutions get obeyed? which number?'],
    // A search-box query: a topic, then the word.
    ['风筝比赛 决议'],
    ['风筝比赛的决议？'],
    ['kite festival safety resolution'],
    ['风筝比赛决议编号'],
    ['风筝那个决议的号码？'],
    // 什么决议 before its verb, as 哪个决议.
    ['什么决议是讲风筝比赛安全的？'],
    // Its number asked after the topic, as a search box.
    ['风筝安全 第几号'],
    ['风筝那个是几号？'],
    // "which one about X", the verb left out.
    ['Which one about kite safety rules?'],
    // Its number or where it is written, a word after the topic; which one it is, after a space.
    ['风筝安全 决议号？'],
    ['无人机 决议 出处'],
    ['kite-safety 是哪条'],
    ['kite festival resolution pls'],
    ['kite festival safety one??'],
    // A decision or a text is a resolution too; "which of these decisions is the one about X".
    ['which text covers fake kites?'],
    ['which of those texts is the one on kite safety?'],
    // Which one to cite or invoke, in the singular by its modal.
    ['which of these resolutions would one invoke to promote kite safety?'],
    // …or by a verb of the resolutions' own (encourages, urges, invites).
    ['Which of the WTSA resolutions encourages kite clubs to train juniors?'],
    // Where a topic is, asked of them with its verb in the singular after the topic.
    ['in which of the club resolutions the topic of kite safety is covered'],
    // The assembly's name, another word, or the English between 哪个 and 决议.
    ['风筝安全是哪个WTSA决议管的？'],
    ['风筝安全归哪一个决定？'],
    ['kite safety 有冇哪个 resolution 管？'],
    // Dialect and other ways of asking whether there is one.
    ['风筝安全有没得哪个决议管？'],
    ['有冇一项决议系管风筝安全嘅？'],
    ['风筝丢失有单独的决议讲吗'],
    ['is there an ITU resolution on kite safety?'],
    ['is there resolution for kite safety?'],
    ['any kite weather text - is there one on that? what number'],
    // Its number asked after the topic, however long; a number guessed to confirm.
    ['there is a text on kite safety, yes? what number is it'],
    // …as Pidgin asks it.
    ['my uncle say dem get resolution for kite safety. what number be it'],
    ['my uncle say dem get resolution for kite safety. what is its number?'],
    // "The number of this resolution": not a count ("the number of clubs").
    ['I heard of an ITU resolution that helps kite clubs. What is the number of this resolution?'],
    // Searched for, as learners put it.
    ['we are seeking a resolution who talk of kite safety.'],
    ['looking for the one on kite safety'],
    ['what is the res # of the kite safety one'],
    // The number asked for politely at the end.
    ['There is a text for kite safety? Which number please?'],
    ['my uncle says dem have a text for kite safety. Number please.'],
    // The Sector's or the field's name before the word; one of them, whatever its verb.
    ['which ITU standardization resolution look at kite safety?'],
    ['Which one of them WTSA resolutions deal with kite safety?'],
    // …or before it, the topic between.
    ['what number is the kite safety and drone resolution?'],
    ["what's the number of the resolution about kite clubs?"],
    ['讲风筝安全和小城市风筝场地的那项算第几号？'],
    ['风筝安全那项决议就是12号吧？'],
  ])('one resolution asked for: %s', (q) => {
    expect(asksWhichResolution(q)).toBe(true);
  });

  it.each([
    ['Which resolutions mention training?'],
    ['Which of the resolutions encourage kite clubs to train juniors?'],
    ['哪些决议提到了讲习班？'],
    ['What does Resolution 44 ask the directors to do?'],
    ['How many resolutions were revised?'],
    // What it asks, not which it is.
    ['What is the resolution on kites asking for?'],
    // A day asked, not a number.
    ['风筝节是几号？'],
    ['大会是几号？'],
    ['kite festival safety resolutions'],
    // Resolutions before the number asked: a list.
    ['do any resolutions cover kite safety? which number?'],
    ['do any resolutions cover kite safety? number please'],
    ['风筝比赛有没有相关的规定和决议？'],
    // "One" after a pointing word, or alone: which of those talked about.
    ['the new one??'],
    ['which one?'],
    // A number to call, a day, the text itself.
    ['what number do I call for kite emergencies?'],
    ['There is a hotline for kite rescue. What is its number?'],
    // A count of things in it, or a part of it, is no resolution's number.
    ['what number of countries signed the kite resolution?'],
    ['what is the number of clubs that signed this resolution?'],
    ['what number is the clause in the kite resolution?'],
    ['风筝节是第几号开？'],
    ['那些决议里面，风筝比赛是第几号开？'],
    ['what does the full text say?'],
  ])('not one resolution asked for: %s', (q) => {
    expect(asksWhichResolution(q)).toBe(false);
  });
});

describe('resolutionFirst', () => {
  const hit = (id: string, resolution: number | null, score: number) => ({
    id,
    score,
    clause: { resolution },
  });
  const ids = (hs: { id: string }[]) => hs.map((h) => h.id);

  it("puts a resolution's clause scoring close first, over a paragraph listing topics", () => {
    const hits = [hit('conclusion', null, 1), hit('r88', 88, 0.6), hit('r52', 52, 0.5)];
    expect(ids(resolutionFirst('漫游是几号决议？', hits))).toEqual(['r88', 'conclusion', 'r52']);
  });

  it('leaves the ranking alone when none scores close, or the question asks no resolution', () => {
    const far = [hit('conclusion', null, 1), hit('r88', 88, 0.3)];
    expect(ids(resolutionFirst('漫游是几号决议？', far))).toEqual(['conclusion', 'r88']);
    const close = [hit('conclusion', null, 1), hit('r88', 88, 0.9)];
    expect(ids(resolutionFirst('What does the conclusion say?', close))).toEqual([
      'conclusion',
      'r88',
    ]);
  });
});

describe('withStatusRow', () => {
  const row = clause({
    id: 'r7.t1',
    part: 'table1',
    resolution: 7,
    status: '修订版',
    title: '风筝',
    text: '标题：风筝',
  });
  const own = clause({ id: 'r7.a', resolution: 7, text: '研究风筝。' });
  const other = clause({ id: 'r8.a', resolution: 8, text: '研究风车。' });
  const store = new CorpusStore([row, own, other]);
  const plan = {
    standalone: '哪个决议讲风筝？',
    lang: 'zh',
    resolutions: [],
  } as unknown as QueryPlan;
  const answer = (...cited: (typeof own)[]): AskResult => ({
    answer: '…',
    found: true,
    mode: 'extractive',
    citations: cited.map(toCitation),
    related: [],
  });

  it('names the one resolution an answer quotes as 表1 lists it', () => {
    const r = withStatusRow(plan, answer(own), store);
    expect(r.citations.map((c) => c.id)).toEqual(['r7.a', 'r7.t1']);
    expect(r.answer).toContain('第7号决议在表1中的现状为：修订版；表1所列标题：风筝。[2]');
  });

  it('points a resolution 表1 leaves out to its 表2 summary', () => {
    const summary = clause({
      id: 'r9.t2',
      part: 'table2',
      resolution: 9,
      text: '第9号决议讲风车。',
    });
    const mill = clause({ id: 'r9.a', resolution: 9, text: '研究风车。' });
    const r = withStatusRow(plan, answer(mill), new CorpusStore([row, summary, mill]));
    expect(r.citations.map((c) => c.id)).toEqual(['r9.a', 'r9.t2']);
    expect(r.answer).toContain('第9号决议未列入表1（文件未给出其现状）；表2载有其摘要。[2]');
  });

  it('adds nothing to an answer that quotes another resolution more: it is not sure which', () => {
    const other2 = clause({ id: 'r8.b', resolution: 8, text: '推广风车。' });
    expect(withStatusRow(plan, answer(own, other, other2), store).citations).toHaveLength(3);
  });

  it('adds nothing to a comparison of two: it names both', () => {
    const pair = {
      ...plan,
      standalone: '风筝那个和风车那个，哪个决议讲研究？',
      resolutions: [7, 8],
    };
    expect(withStatusRow(pair, answer(own, other), store).citations).toHaveLength(2);
  });

  it('names it for a topic or a resolution looked up bare, not for a question that asks otherwise', () => {
    const asked = (standalone: string, lang = 'zh') =>
      withStatusRow({ ...plan, standalone, lang } as QueryPlan, answer(own), store).citations.map(
        (c) => c.id,
      );
    expect(asked('风筝节？')).toEqual(['r7.a', 'r7.t1']);
    expect(asked('kite safety?', 'en')).toEqual(['r7.a', 'r7.t1']);
    expect(asked('res 7 kites', 'en')).toEqual(['r7.a', 'r7.t1']);
    expect(asked('风筝节怎么办？')).toEqual(['r7.a']);
    expect(asked('how are kites made?', 'en')).toEqual(['r7.a']);
    expect(asked('kites and drones', 'en')).toEqual(['r7.a']);
    // A part of the text named: that clause is asked for.
    expect(asked('R7 instructs 2', 'en')).toEqual(['r7.a']);
    expect(asked('第7号决议责成2')).toEqual(['r7.a']);
  });

  it('names the one quoted first when no other is quoted more (the best hit decides a tie)', () => {
    const r = withStatusRow(plan, answer(own, other), store);
    expect(r.citations.map((c) => c.id)).toEqual(['r7.a', 'r8.a', 'r7.t1']);
  });

  it('names the one that leads an answer with more of its clauses than any other', () => {
    const own2 = clause({ id: 'r7.b', resolution: 7, text: '推广风筝。' });
    const r = withStatusRow(plan, answer(own, other, own2), store);
    expect(r.citations.map((c) => c.id)).toEqual(['r7.a', 'r8.a', 'r7.b', 'r7.t1']);
  });
});

describe('which resolution, end to end', () => {
  let temp: TempAssistant;
  beforeAll(async () => {
    temp = await createTempAssistant();
  });
  afterAll(() => temp.cleanup());

  it('ends with the resolution’s 表1 row: its status and title there', async () => {
    const r = await temp.assistant.ask({ question: '哪个决议是讲网络安全的？' });
    expect(r.citations[0]!.resolution).toBe(50);
    const row = r.citations.findIndex((c) => c.part === 'table1');
    expect(r.citations[row]!.resolution).toBe(50);
    expect(r.answer).toContain(`第50号决议在表1中的现状为：${r.citations[row]!.status}`);
    expect(r.answer.trimEnd().endsWith(`[${row + 1}]`)).toBe(true);
  });

  it('adds no row to a list of resolutions', async () => {
    const r = await temp.assistant.ask({ question: 'Which resolutions mention training?' });
    expect(r.citations.some((c) => c.part === 'table1')).toBe(false);
  });
});
