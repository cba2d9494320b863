/**
 * The offline pipeline end to end on the real corpus: any way of typing a question gets the same answer,
 * status questions in any wording go to 表1, bare-number follow-ups switch resolution, and comparisons,
 * "which resolutions" and counts have answers of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, type PipelineOptions } from '../../src/answer/pipeline.js';
import type { AskInput, AskResult } from '../../src/answer/types.js';
import { createTempAssistant, type TempAssistant } from '../helpers/temp-assistant.js';
import { EVERYDAY_KEYNESS } from '../../src/retrieval/field-words.js';
import { askedOf } from '../../src/answer/off-field.js';

let temp: TempAssistant;

beforeAll(async () => {
  temp = await createTempAssistant();
});

afterAll(() => temp.cleanup());

const ask = (question: string, history?: AskInput['history']): Promise<AskResult> =>
  temp.assistant.ask({ question, history });

const resolutionsCited = (r: AskResult) => [...new Set(r.citations.map((c) => c.resolution))];

describe('input normalisation', () => {
  it.each([
    ['第７３号决议是关于什么的？', '第73号决议是关于什么的？'],
    ['第58號決議鼓勵建立什麼？', '第58号决议鼓励建立什么？'],
    ['第５８号决议 🙂 讲了什么？', '第58号决议讲了什么？'],
  ])('answers %s as %s', async (typed, plain) => {
    const [a, b] = [await ask(typed), await ask(plain)];
    expect(a.found).toBe(true);
    expect(a.answer).toBe(b.answer);
    expect(a.citations.map((c) => c.id)).toEqual(b.citations.map((c) => c.id));
  });
});

describe('a block named by its place among those with its heading', () => {
  it('quotes that block, not the same item of every block', async () => {
    const r = await ask('第96号决议第二个责成讲什么？');
    expect(r.found).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.citations.every((c) => c.addressee === r.citations[0]!.addressee)).toBe(true);
    const first = (await ask('第96号决议第一个责成讲什么？')).citations[0]!;
    expect(r.citations[0]!.addressee).not.toBe(first.addressee);
  });
});

describe('a clause named by where it stands from the last one', () => {
  const history: AskInput['history'] = [
    { role: 'user', content: '第44号决议的做出决议5是什么？' },
    {
      role: 'assistant',
      content:
        '第44号决议 · 做出决议 · 5：「在国际电联年度预算中保留一项专门针对缩小标准化工作差距活动的单项支出」',
    },
  ];

  it.each([['下一条呢？'], ['and the next one?']])(
    'answers %s with the item after it',
    async (q) => {
      const r = await ask(q, history);
      expect(r.citations[0]?.id).toMatch(/\.r44\.resolves\.6$/);
    },
  );

  it('answers "the one before" with the item before it', async () => {
    const r = await ask('the one before that?', history);
    expect(r.citations[0]?.id).toMatch(/\.r44\.resolves\.4$/);
  });
});

describe('a resolution named by its topic in a conversation about another', () => {
  it('switches to it, as a number would', async () => {
    const history: AskInput['history'] = [
      { role: 'user', content: 'What does Resolution 58 want done about CIRTs?' },
      {
        role: 'assistant',
        content: 'Resolution 58, 责成 1: identify best practice for setting up CIRTs.',
      },
    ];
    const r = await ask(
      'ok, switching topics: the spam one. which group supports that work?',
      history,
    );
    expect(resolutionsCited(r)[0]).toBe(52);
  });

  it('sets aside one the earlier question named by topic and number, when the follow-up reads with it', async () => {
    const history: AskInput['history'] = [
      { role: 'user', content: 'The e-waste resolution (79) was revised, right?' },
      { role: 'assistant', content: 'Resolution 79 is not listed in 表1.' },
    ];
    const r = await ask('And what about the one on roaming?', history);
    expect(resolutionsCited(r)).toEqual([88]);
  });

  it('picks, of the resolutions an answer listed, the one a topic two titles share names', async () => {
    // Africa is in the titles of Resolutions 86 and 100; the answer before listed only 100 of them.
    const history: AskInput['history'] = [
      { role: 'user', content: 'Which resolutions have the bureaus work together?' },
      {
        role: 'assistant',
        content: 'Among others Res 73 (climate), Res 89 (mobile money) and Res 100 (Africa).',
      },
    ];
    const r = await ask('and that Africa one, what does it ask for?', history);
    expect(resolutionsCited(r)[0]).toBe(100);
  });
});

describe('everyday and dialect names of the document’s terms', () => {
  it('reads fake cellphones and gadgets as counterfeit devices, not as stolen ones', async () => {
    const r = await ask(
      'that resolution against fake smartphones and gadgets, any change this time?',
    );
    expect(resolutionsCited(r)).toEqual([96]);
  });

  it('reads 高仿 and 翻版 (knock-off) as the document’s 假冒', async () => {
    for (const q of [
      '高仿手机满街卖，国际电联找谁一起管？',
      '翻版手机点算，国际电联同边啲机构合作？',
    ]) {
      const r = await ask(q);
      expect(r.found, q).toBe(true);
      expect(r.citations[0]!.resolution, q).toBe(96);
    }
  });
});

describe('a resolution the document only cites, named alone', () => {
  it('answers how it is used from the clause citing it, and not what it says itself', async () => {
    const used = await ask('And Plenipotentiary Resolution 196, is anyone told to implement it?');
    expect(used.found).toBe(true);
    expect(used.citations[0]!.resolution).toBe(84);
    expect(used.citations[0]!.text).toContain('第196号决议');
    const itself = await ask('那第196号决议本身讲的是什么？');
    expect(itself.found).toBe(false);
  });
});

describe('a term the document uses but never writes out', () => {
  it('says the document does not say what it stands for, with where it is used as related', async () => {
    const r = await ask('What does WTDC stand for?');
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(/without writing it out/);
    expect(r.related.length).toBeGreaterThan(0);
  });

  it('still answers a term it writes out, with the clause that does', async () => {
    const r = await ask('What is TSAG?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('电信标准化顾问组');
  });
});

describe('the conclusion asked about', () => {
  it('quotes all its paragraphs', async () => {
    const r = await ask('What does the conclusion say?');
    expect(r.citations.map((c) => c.part)).toEqual(['conclusion', 'conclusion', 'conclusion']);
  });
});

describe('the two tables compared', () => {
  it('answers from the introduction that presents them', async () => {
    const r = await ask('表1和表2有什么不一样？');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('表2概述');
  });
});

describe('a list asked for in full', () => {
  it('lists every resolution that qualifies, not the first six', async () => {
    const some = await ask('Which resolutions mention workshops?');
    const all = await ask('List all the resolutions that mention workshops.');
    expect(resolutionsCited(some).length).toBeLessThanOrEqual(6);
    expect(resolutionsCited(all).length).toBeGreaterThan(6);
  });
});

describe('where the document says something', () => {
  it.each([
    ['Where does it say that interpretation is provided at TSAG meetings?', 44],
    ['哪里提到要为残疾人组织合作搞辅导和培训？', 70],
  ])('answers %s with the clause, not as a question about a place', async (q, n) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: n });
  });
});

describe('a resolution someone else claimed', () => {
  it('is a claim to check, not a resolution the question is about', async () => {
    const r = await ask(
      'Resolution 84 asks the directors to implement another resolution: which one, and from which year? My colleague thinks it is Resolution 64.',
    );
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual([84]);
    expect(r.answer).toContain('第196号决议（2018年');
  });
});

describe('a claim about a numbered resolution, stated as the ground of a question', () => {
  it('is corrected when the resolution never speaks of it, with where the document does', async () => {
    const r = await ask('第58号决议要求各国推广远程医疗，我们该怎么准备？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('第58号决议没有提到');
    expect(r.related.map((c) => c.resolution)).toContain(78);
  });

  it('is corrected, too, when asked what the resolution demands of someone it never names', async () => {
    const r = await ask('第88号决议给第5研究组安排了哪些工作？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('第88号决议没有提到');
    const named = await ask('第72号决议给第5研究组安排了哪些工作？');
    expect(named.found).toBe(true);
    expect(resolutionsCited(named)).toContain(72);
  });

  it('leaves the question to be answered when the resolution does say it', async () => {
    const r = await ask('第44号决议要求在发展中国家举办研究组会议，这一点有哪些依据？');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(44);
  });
});

describe('a date asked of one topic', () => {
  it('is not given by a date in another resolution the search also picked', async () => {
    // 第64号决议 sets no date for IPv6; another clause picked beside it says 每年 of something else.
    const r = await ask('IPv6全部换完的最后期限是哪天？');
    expect(r.found).toBe(false);
  });
});

describe('a fact asked of a country or region', () => {
  it('is not answered by a figure the document gives of all countries', async () => {
    const r = await ask('How many of the new vice-chairs come from Kenya?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('Kenya');
  });
});

describe('a count of a part of what the document counts', () => {
  it('is declined naming the part, where the clause counts only the whole', async () => {
    const r = await ask('Of the study group chairs, how many were engineers?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('engineers');
  });
});

describe('a resolution set aside beside the one asked about', () => {
  it('asks about the other: one the document lacks is declined, not answered from the one set aside', async () => {
    const r = await ask('听说除了72号还有个130号，130号讲的啥？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('第130号决议');
    expect(r.citations).toEqual([]);
  });
});

describe('a country given as an example of a region the clauses name', () => {
  it('is answered from those clauses', async () => {
    const r = await ask(
      'What help can an African country such as Kenya get for its common emergency number?',
    );
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(100);
  });
});

describe('when or where alone', () => {
  it.each([['Venue?'], ['时间？'], ['dates?']])(
    'answers %s with the assembly the document reports',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(true);
      expect(r.answer).toContain('日内瓦');
      expect(r.citations[0]).toMatchObject({ part: 'intro' });
    },
  );
});

describe('whether a resolution mentions something', () => {
  it('says no, and where the document does mention it, when the resolution never does', async () => {
    const r = await ask('Does Resolution 76 mention the WHO?');
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(/Resolution 76 does not mention it/);
    expect(r.related.map((c) => c.resolution)).toContain(72);
  });

  it('reads what it is asked to mention after the clauses that set the scene', async () => {
    const r = await ask(
      '仓库里堆满了旧路由器，也算电子垃圾吧，然后第79号决议有没有讲怎么提高大家的认识？',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 79 });
  });

  it('takes a clause stating how work is funded as speaking of the money asked about', async () => {
    const r = await ask('第72号决议那些监测工作的经费由谁承担？有没有提到另外拨款？');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('现有财务资源');
  });

  it('takes the document’s near synonym of the asked word for it (地区 where it writes 区域)', async () => {
    const r = await ask('第96号决议里有没有讲在各地区办讲习班？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(96);
  });

  it('reads what is asked to be mentioned from the last, unended sentence of a chat message', async () => {
    // Sentences of the asker's story before it, set apart by spaces only, ask nothing to be mentioned.
    const r = await ask('前天我的手机丢在公交上了 烦死人了 第97号决议有没有讲制造商');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(97);
  });

  it('answers with the clause when it does', async () => {
    const r = await ask('Does Resolution 72 mention the WHO?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('WHO');
  });
});

describe('a claimed number to confirm', () => {
  it('says the document never gives it when the passages on the topic state no figure', async () => {
    const r = await ask('A blog says the ITU capped roaming at 0.2 dollars a minute. true?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('The document never gives the figure 0.2 dollars.');
  });

  it('quotes the passage that states the figure when it gives another one', async () => {
    const r = await ask('A leaflet claims the assembly revised 40 resolutions. Is that right?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('36项');
  });
});

describe('a region the answering clauses do not speak of', () => {
  it('says the clauses speak of another continent when no resolution is named', async () => {
    const r = await ask('中美洲国家想用同一个求救号码，有决议帮忙吗？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('相关条款讲的是非洲，不是中美洲');
  });

  it('quotes the clause when asked whether a named resolution also covers it', async () => {
    const r = await ask('Does Resolution 100 help Asian states with one emergency number too?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 100 });
  });
});

describe('a topic named that the document never speaks of', () => {
  it('says the document does not mention it, with the closest passages as related only', async () => {
    const r = await ask('关于深海采矿有什么规定？');
    expect(r.found).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain('文件没有提到“深海”');
  });

  it('says so in English too, for a rare noun the document never speaks of', async () => {
    const r = await ask('Anything on helicopters for remote clinics?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('It never mentions “helicopters”.');
  });

  it('takes no name listed as an instance before "etc." as the topic', async () => {
    const r = await ask(
      'Does the ITU put handbooks for rolling out its standards (planning, O&M etc) online for free?',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 44 });
  });

  it('reads Chinese typed word by word as the words together (每 分钟 多少 钱 asks a sum)', async () => {
    const r = await ask('漫游 电话 一 分钟 收 多少 钱？');
    expect(r.found).toBe(false);
  });

  it('says so of a bare topic followed by whether there is anything on it', async () => {
    const r = await ask('热气球送药 有项目吗');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('热气球');
  });

  it('says so when the question points into the document to ask (这份文件里有没有提到…)', async () => {
    const r = await ask('这份文件里有没有提到直升机？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('直升机');
  });

  it('says so of a concept of the field it never covers (frequency bands, 频段)', async () => {
    const zh = await ask('国际电联给风筝遥控器分配了哪个频段？');
    expect(zh.found).toBe(false);
    expect(zh.answer).toContain('频段');
    const en = await ask('Which frequency band is set aside for kite remote controls?');
    expect(en.found).toBe(false);
  });

  it('says so of a topic set before a dash and "does the document cover …"', async () => {
    const r = await ask('Helicopter ambulances — does the document cover them at all?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('It never mentions');
  });

  it('answers one the document words otherwise, when a clause’s everyday questions match it', async () => {
    // The clause on cables for disaster warning never says tsunami; its everyday questions do.
    const r = await ask('anything on tsunami warnings?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 73 });
  });

  it('answers an English topic the document does speak of, named in everyday words', async () => {
    const r = await ask('Is there anything about interpreters at meetings?');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(44);
  });

  it('answers a topic named the same way that the document does speak of', async () => {
    const r = await ask('关于电子废物有什么要求？');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(79);
  });
});

describe('a message that asks several things', () => {
  it('answers each part under its question, each cited', async () => {
    const r = await ask('第86号决议讲了什么？另外第100号呢？');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/问题1：第86号决议讲了什么？[\s\S]*问题2：另外第100号呢？/);
    expect(new Set(resolutionsCited(r))).toEqual(new Set([86, 100]));
    expect(r.unansweredParts).toBeUndefined();
  });

  it('reads a later part as a follow-up of the resolution the first named', async () => {
    const r = await ask('What does Resolution 64 ask the TSB Director to do, and was it revised?');
    expect(r.answer).toContain('Question 2: was it revised?');
    expect(r.answer).toContain('修订版');
    expect(resolutionsCited(r)).toEqual([64]);
  });

  it('answers what it can and names the part the document does not answer', async () => {
    const r = await ask(
      'What does Resolution 64 ask the TSB Director to do, and what did the IPv6 rollout cost in euros?',
    );
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual([64]);
    expect(r.unansweredParts).toEqual(['what did the IPv6 rollout cost in euros?']);
    expect(r.answer).toMatch(
      /Question 2: what did the IPv6 rollout cost in euros\?\nThe document does not answer/,
    );
  });
});

describe('two resolutions named by topic', () => {
  it('answers each of them', async () => {
    const r = await ask('假冒设备那个决议和手机被盗那个决议，分别要跟哪些组织合作？');
    expect(new Set(resolutionsCited(r))).toEqual(new Set([96, 97]));
  });
});

describe('who pays', () => {
  it.each([
    ['Does ITU pay for every developing country national CIRT?'],
    ['谁出钱帮发展中国家建CIRT？'],
  ])('answers %s with the resolution clause on its budget', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 58 });
    expect(r.answer).toContain('在现有预算资源范围内');
  });

  it('says the document does not answer when the resolution says nothing of money', async () => {
    const r = await ask('Does Resolution 64 say who pays for the IPv6 training?');
    expect(r.found).toBe(false);
  });

  it('does not read a resolution as binding or as setting penalties', async () => {
    expect((await ask('Is Resolution 52 mandatory for all member states?')).found).toBe(false);
    expect((await ask('第97号决议规定了罚款吗？')).found).toBe(false);
  });
});

describe('status questions', () => {
  it.each([['第一张表里哪些决议是新决议？'], ['Table one: which resolutions are new?']])(
    'answers from the table first when the question names it: %s',
    async (q) => {
      const r = await ask(q);
      expect(r.citations[0]!.part).toBe('table1');
      expect(r.citations.map((c) => c.part)).toContain('intro');
    },
  );

  it.each([
    ['第72号决议有没有修改过？'],
    ['第72号决议变了吗？'],
    ['第72号决议还是原来的吗？'],
    ['Any changes to Resolution 72?'],
    ['Did the emf resolution get revised in 2022?'],
    ['第72号决议是新制定的还是改过的？'],
    ['Is Resolution 72 still the same?'],
  ])('answers %s from the 表1 row of resolution 72', async (q) => {
    const r = await ask(q);
    expect(r.answer).toContain('修订版');
    expect(r.citations[0]).toMatchObject({ resolution: 72, part: 'table1' });
  });

  it.each([['第72号决议改了什么？'], ['What changed in Resolution 72?']])(
    'answers %s with the status, says the changes are not listed, and quotes the summary',
    async (q) => {
      const r = await ask(q);
      expect(r.answer).toContain('修订版');
      expect(r.answer).toMatch(/没有列出具体修改|does not list what was changed/);
      expect(r.citations.map((c) => c.part)).toEqual(['table1', 'table2']);
    },
  );

  it.each([
    ['What status did Resolution 70 get — revised or unchanged?', /not listed in 表1/],
    ['第79号决议这次修订了吗？', /未列入表1/],
  ])('says %s is not answered: 表1 leaves the resolution out', async (q, why) => {
    const r = await ask(q);
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(why);
    // Where the resolution does appear comes as related, not as a citation.
    expect(r.citations).toEqual([]);
    expect(r.related[0]).toMatchObject({ part: 'table2' });
  });

  it('says nothing of listed changes when only whether it changed is asked', async () => {
    const r = await ask('第72号决议有没有修改过？');
    expect(r.answer).not.toMatch(/没有列出具体修改/);
  });
});

describe('a revision taken as given', () => {
  it('corrects it for a resolution 表1 lists as unchanged', async () => {
    const r = await ask('第96号决议修订后新增了哪些任务？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('无修改');
    expect(r.related[0]!.part).toBe('table1');
    expect(r.related[0]!.resolution).toBe(96);
  });

  it('corrects an abrogation taken as given, for a resolution 表1 lists in force', async () => {
    for (const q of [
      'Why did the assembly get rid of the spam resolution?',
      '为什么第52号决议被撤销了？',
    ]) {
      const r = await ask(q);
      expect(r.found).toBe(false);
      expect(r.related[0]).toMatchObject({ part: 'table1', resolution: 52 });
    }
    // Asked whether, the status answers.
    const whether = await ask('Was Resolution 52 scrapped?');
    expect(whether.citations[0]).toMatchObject({ part: 'table1', resolution: 52 });
  });

  it('leaves a revised resolution to be answered from its text', async () => {
    const r = await ask('第64号决议修订后新增了哪些任务？');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual([64]);
  });
});

describe('status questions that name the resolution by its topic', () => {
  it.each([
    ['Has the IPv6 resolution changed?', 64],
    ['关于垃圾信息的决议有没有修订？', 52],
    // Named by its topic alone, in a few words, or as "the X + Y one".
    ['spam status?', 52],
    ['did they update the IPv6 + internet address one?', 64],
    // When it changed (the meeting's year) is no part of what it is about.
    ['The one on spam - did they rewrite it in Geneva in 2022 or leave it be?', 52],
    // A title the question matches well ahead of any other, when the subject's own search leans elsewhere.
    ['the one on verifying whether all members apply the WTSA résolutions, was it revised?', 83],
    // One word's renderings (phone: 移动设备) do not outvote the word that names it (roaming).
    ['the one about overseas roaming charges on a cellphone — reworked in 2022, or untouched?', 88],
  ])(
    'answers %s from the 表1 row of resolution %i, not from clauses about change',
    async (q, n) => {
      const r = await ask(q);
      expect(r.citations[0]).toMatchObject({ resolution: n, part: 'table1' });
    },
  );
});

describe('a status question naming two resolutions by topic', () => {
  it('gives both 表1 rows, one named by a rendering with an acronym (roaming charges: IMR费率)', async () => {
    const r = await ask('roaming charges one plus handset theft one: were both revised?');
    expect(r.citations.map((c) => [c.resolution, c.part])).toEqual([
      [88, 'table1'],
      [97, 'table1'],
    ]);
  });

  it('gives both rows when the two are numbered without the word "resolution" and compared', async () => {
    const r = await ask(
      'Compare the 52 (spam) and the 97 (handset theft): were both revised, or only one?',
    );
    expect(r.citations.map((c) => [c.resolution, c.part])).toEqual([
      [52, 'table1'],
      [97, 'table1'],
    ]);
  });
});

describe('a word the document never uses, in the asker’s setting', () => {
  it('does not make the question out of scope when the sentence that asks is on topic', async () => {
    const r = await ask(
      'The makerspace where I volunteer wants a lab for testing IPv6 kit. Does the TSB director help developing countries set up such labs?',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(64);
  });

  it('still does for a name told before the question, as a claim the question asks about', async () => {
    const r = await ask(
      'A blogger says Kitecorp will run all spam filters for ITU. Is that in there?',
    );
    expect(r.found).toBe(false);
  });
});

describe('a name the document never mentions, asked for beside a resolution it holds', () => {
  it('is not answered from that resolution when the name is what the question asks to identify', async () => {
    const r = await ask('Which Kitemark registry does Resolution 97 tell operators to use?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('Kitemark');
  });

  it('leaves the resolution to answer when the name is only beside the topic', async () => {
    const r = await ask('What does Resolution 52 say about spam on Kitemark?');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(52);
  });
});

describe('status questions about a topic the document never speaks of', () => {
  it.each([
    ['has the resolution on drone racing been revised?'],
    ['无人机竞速那个决议改了吗'],
    ['drone racing status?'],
  ])('say %s is not in the document, rather than give some resolution’s status', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(false);
    expect(r.citations.some((c) => c.part === 'table1')).toBe(false);
  });
});

describe('a hedge closing the sentence that names the resolution', () => {
  it('keeps the resolution named before the hedge: only the hedged clause is the asker’s doubt', async () => {
    const r = await ask(
      'Resolution 58 asks the directors to do something for kite clubs, a regional thing I think. What exactly?',
    );
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual([58]);
  });
});

describe('follow-ups that name only a number', () => {
  const about50: AskInput['history'] = [
    { role: 'user', content: '第50号决议是关于什么的？' },
    { role: 'assistant', content: '第50号决议（网络安全）……' },
  ];

  it.each([['那58号呢？'], ['58号'], ['what about 58'], ['and resolution 58?']])(
    'switches to resolution 58 on %s',
    async (q) => {
      const r = await ask(q, about50);
      expect(r.found).toBe(true);
      expect(r.citations[0]!.resolution).toBe(58);
    },
  );
});

describe('English words within a Chinese question', () => {
  it.each([
    ['关于 spam 的那个决议要求做什么？', 52],
    ['国际电联对 consumer protection 有什么要求？', 84],
  ])('are read as English is: %s', async (q, n) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(n);
  });

  it('leaves a capitalised name untranslated (Excel is no word for 完善)', async () => {
    const { plan } = await temp.assistant.run({ question: '在 Excel 里怎么把两列合成一列？' });
    expect(plan.dictionary.map((d) => d.surface)).not.toContain('excel');
  });
});

describe('a status asked together with what the resolution asks', () => {
  it('gets the 表1 status, then the 表2 summary', async () => {
    const r = await ask('Was Resolution 95 revised, and what does it ask for?');
    expect(r.citations.map((c) => [c.resolution, c.part])).toEqual([
      [95, 'table1'],
      [95, 'table2'],
    ]);
    const zh = await ask('请说明第58号决议的现状以及它要求开展的工作。');
    expect(zh.citations.map((c) => c.part)).toEqual(['table1', 'table2']);
    // The status alone, as before.
    expect((await ask('Was Resolution 95 revised?')).citations.map((c) => c.part)).toEqual([
      'table1',
    ]);
  });
});

describe('greetings and thanks around a question', () => {
  it.each([
    ['你好，请问WTSA-20是什么时候开的？在哪里？谢谢！', 'WTSA-20是什么时候开的？在哪里？'],
    [
      'Hello! When and where was WTSA-20 held? Thank you, cheers',
      'When and where was WTSA-20 held?',
    ],
  ])('leave the answer to %s as without them', async (polite, bare) => {
    const [a, b] = [await ask(polite), await ask(bare)];
    expect(b.found).toBe(true);
    expect(a.citations.map((c) => c.id)).toEqual(b.citations.map((c) => c.id));
  });
});

describe('hostile input', () => {
  // Each of these once took seconds (a long run of letters has thousands of one-slip variants; a lazy
  // pattern of optional spaces reads a run of letters every way): the test's time limit catches that.
  it.each([['a'.repeat(2000)], [`the resolution on ${'a'.repeat(1900)}#`], ['决议'.repeat(1000)]])(
    'is answered at the longest a question may be',
    async (q) => {
      const r = await ask(q);
      expect(r.answer.length).toBeGreaterThan(0);
      // The run itself is no name the document "never mentions".
      expect(r.answer).not.toContain('aaaaaaaaaa');
    },
  );
});

describe('a resolution named by its topic', () => {
  it('is asked about as if numbered, whatever else the question names', async () => {
    const r = await ask('Why does the IPv6 resolution mention IoT?');
    expect(r.citations[0]!.resolution).toBe(64);
  });

  it('leaves a comparison of two named by topic to the comparison', async () => {
    const r = await ask('What is the difference between the roaming resolution and the spam one?');
    expect(resolutionsCited(r)).toEqual(expect.arrayContaining([52, 88]));
  });

  it('answers from a title when the title carries a footnote', async () => {
    const r = await ask(
      'In Resolution 44, are landlocked developing countries counted among the developing countries?',
    );
    expect(r.answer).toContain('内陆发展中国家');
  });
});

describe('follow-ups with no words of their own to search by', () => {
  it('answer from the overview of the resolution talked about: what it asks of whom', async () => {
    const about97: AskInput['history'] = [
      { role: 'user', content: 'What is Resolution 97 about?' },
      { role: 'assistant', content: 'Resolution 97 is about phone theft.' },
    ];
    const r = await ask('ok, and who has to do all that?', about97);
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => c.part)).toEqual(['table2', 'annex']);
    expect(resolutionsCited(r)).toEqual([97]);
  });
});

describe('comparisons', () => {
  it('cites both resolutions, each with its 表2 summary and an operative clause', async () => {
    const r = await ask('第50号和第58号决议有什么区别？');
    expect(resolutionsCited(r)).toEqual([50, 58]);
    for (const n of [50, 58]) {
      const parts = r.citations.filter((c) => c.resolution === n).map((c) => c.part);
      expect(parts).toEqual(['table2', 'annex']);
    }
  });

  it('heads an English comparison in English', async () => {
    const r = await ask('What is the difference between res 88 and res 89?');
    expect(
      r.answer.startsWith('Comparing Resolution 88 / 第88号决议 and Resolution 89 / 第89号决议'),
    ).toBe(true);
    expect(resolutionsCited(r)).toEqual([88, 89]);
  });

  it('compares two named by topic when one thing is asked of both', async () => {
    const r = await ask(
      'are the electronic waste one and the mobile wallet one both due to send reports to the assembly?',
    );
    expect(r.answer.startsWith('Comparing Resolution 79')).toBe(true);
    expect(resolutionsCited(r)).toEqual([79, 89]);
  });

  it.each([
    '电子废物和电子卫生两个决议，哪个要求举办讲习班？',
    'the e-waste resolution and the e-health resolution: which one of them asks for workshops?',
  ])('shows both sides when asked which of two named by topic does a thing: %s', async (q) => {
    const r = await ask(q);
    expect(r.answer).toMatch(/^(?:Comparing Resolution 79|第79号决议与第78号决议的比较)/);
    expect(resolutionsCited(r).sort()).toEqual([78, 79]);
    expect(r.citations.map((c) => c.id)).toContain('wtsa20-itu-d-resolutions.r79.instructs.5');
  });

  it('compares two named by topic when something is asked of each (分别, each)', async () => {
    const r = await ask('电子废物和电子卫生这俩，分别要办什么讲习班？');
    expect(r.answer).toMatch(/^第79号决议与第78号决议的比较/);
    expect(resolutionsCited(r).sort()).toEqual([78, 79]);
  });

  it('reads 是不是都要… of two named by topic as one thing asked of both, their namings out of the search', async () => {
    const { plan } = await temp.assistant.run({
      question: '电子废物的决议跟电子卫生的决议，都得组织讲习班吗？',
    });
    expect(plan?.resolutions).toEqual([79, 78]);
    expect(plan?.withoutNamings).toBeDefined();
    expect(plan?.withoutNamings).not.toMatch(/电子废物|电子卫生/);
    expect(plan?.withoutNamings).toMatch(/讲习班/);
  });

  it('takes the descriptions before numbers in brackets out of the search when asked which of them', async () => {
    const { plan } = await temp.assistant.run({
      question:
        'Between the one on e-waste (79) and the one on e-health (78), which one asks for workshops?',
    });
    expect(plan?.resolutions).toEqual([79, 78]);
    expect(plan?.withoutNamings).toBeDefined();
    expect(plan?.withoutNamings).not.toMatch(/e-waste|e-health/);
    expect(plan?.searchText).not.toMatch(/电子废物|电子卫生/);
    expect(plan?.expansions).not.toContain('电子废物');
  });

  it('takes the descriptions after numbers (N号讲…的) out of the search when one thing is asked of both', async () => {
    const { plan } = await temp.assistant.run({
      question: '79号讲电子废物的和78号讲电子卫生那个，是不是都要办讲习班？',
    });
    expect(plan?.resolutions).toEqual([79, 78]);
    expect(plan?.withoutNamings).not.toMatch(/电子废物|电子卫生/);
    expect(plan?.withoutNamings).toMatch(/讲习班/);
  });

  it('ranks each side by what is asked of both, once the sides are taken out', async () => {
    const r = await ask(
      'Resolution on e-health, and resolution on e-waste: which workshops does each one ask for? Compare them.',
    );
    expect(resolutionsCited(r)).toEqual([78, 79]);
    // The e-waste clause that organises workshops, not the one that best names e-waste.
    expect(r.citations.map((c) => c.id)).toContain('wtsa20-itu-d-resolutions.r79.instructs.5');
  });

  it('compares the resolution a follow-up names with the conversation subject', async () => {
    const history = [
      { role: 'user' as const, content: '第64号决议讲什么？' },
      { role: 'assistant' as const, content: '第64号决议关于IPv6。' },
    ];
    const zh = await ask('它和第98号有什么不同？', history);
    expect(resolutionsCited(zh)).toEqual([64, 98]);
    const en = await ask('How does it differ from Resolution 98?', history);
    expect(resolutionsCited(en)).toEqual([64, 98]);
  });
});

describe('everyday Chinese the document words otherwise', () => {
  const units = async (question: string, opts: Partial<PipelineOptions> = {}) =>
    (await temp.assistant.run({ question }, { ...DEFAULT_PIPELINE, ...opts })).plan.dictionary;

  it('bridges a single character with few senses (偷 → 盗窃) and answers from the theft resolution', async () => {
    const q = '设备被偷了，文件里有什么规定？';
    expect((await units(q)).find((u) => u.surface === '偷')?.candidates[0]?.[0]).toBe('盗窃');
    expect((await ask(q)).citations[0]?.resolution).toBe(97);
    expect((await units(q, { bridgeCharacters: false })).map((u) => u.surface)).not.toContain('偷');
  });

  it('bridges a word the document uses in one clause only, as it bridges one it never uses', async () => {
    const q = '手机漫游贵不贵？';
    expect((await units(q)).map((u) => u.surface)).toContain('手机');
    expect((await units(q, { bridgeRareWords: false })).map((u) => u.surface)).not.toContain(
      '手机',
    );
  });

  it('reaches the document’s term from its everyday Chinese name in the glossary (电子垃圾 → 电子废物)', async () => {
    const q = '电子垃圾回收有什么规定？';
    const run = (useChineseAliases: boolean) =>
      temp.assistant.run({ question: q }, { ...DEFAULT_PIPELINE, useChineseAliases });
    const on = await run(true);
    expect(on.plan.expansions).toContain('电子废物');
    expect(on.result.citations[0]?.resolution).toBe(79);
    expect((await run(false)).plan.expansions).not.toContain('电子废物');
  });

  it('takes verbs of saying as the question’s frame, not its topic', async () => {
    expect((await units('哪些决议提到讲习班？')).map((u) => u.surface)).toEqual([]);
  });

  it('renders no English function word: quantifiers, "own", negative contractions, verbs of saying', async () => {
    const q = 'Are most people who don’t speak English well supposed to get their own laptops?';
    const surfaces = (await units(q)).map((u) => u.surface);
    expect(surfaces).toContain('laptops');
    // A typographic apostrophe leaves no "t" to render (电话).
    for (const w of ['most', 'don', 't', 'speak', 'well', 'supposed', 'own'])
      expect(surfaces).not.toContain(w);
  });
});

describe('"which resolutions" questions', () => {
  it.each([['哪些决议提到讲习班？'], ['Which resolutions mention TSAG?']])(
    'lists several resolutions for %s, one clause each',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(true);
      expect(resolutionsCited(r).length).toBeGreaterThanOrEqual(2);
      expect(resolutionsCited(r).length).toBe(r.citations.length);
    },
  );

  it('finds none for a topic the document does not cover', async () => {
    expect((await ask('Which resolutions deal with football?')).found).toBe(false);
  });

  it('lists every resolution that writes a quoted term, and says when none does', async () => {
    const writing = temp.assistant.store.clauses.filter(
      (c) => c.text.includes('导则') && c.part !== 'table1' && !c.id.endsWith('.title'),
    );
    const expected = [...new Set(writing.map((c) => c.resolution))].sort();
    const r = await ask('哪些决议写了“导则”？');
    expect(resolutionsCited(r).sort()).toEqual(expected);
    const none = await ask('哪些决议提到了“碳交易”？');
    expect(none.found).toBe(false);
    expect(none.answer).toContain('文件没有提到“碳交易”');
  });

  it('counts a quoted term the document writes only in addressee lines as written', async () => {
    const { clauses } = temp.assistant.store;
    // The premise: no clause body has it, only the lines naming who is addressed.
    expect(clauses.some((c) => c.text.includes('展开协作'))).toBe(false);
    const expected = [
      ...new Set(clauses.filter((c) => c.addressee?.includes('展开协作')).map((c) => c.resolution)),
    ].sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const r = await ask('哪些决议写了“展开协作”？');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r).sort()).toEqual(expected);
  });
});

describe('questions about the document itself', () => {
  it.each([
    ['What is this document about?'],
    ['这份文件主要讲什么？'],
    ['Give me a short overview of the report'],
  ])('quotes where the document says what it is for, and the meeting it records: %s', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]!.part).toBe('conclusion');
    expect(r.citations[0]!.text).toContain('本文件');
    expect(r.citations.map((c) => c.part)).toContain('intro');
  });

  it('answers a topic asked about "in the document" from the topic, not the overview', async () => {
    const r = await ask('What does the report say about spam?');
    expect(resolutionsCited(r)).toContain(52);
  });

  it.each([['Anything on IPv6 in this document?'], ['本文件里讲IPv6的是什么内容？']])(
    'takes the document named as where to look, not as a topic: %s',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(true);
      expect(resolutionsCited(r)[0]).toBe(64);
    },
  );

  it('answers what the document is for from what it says of itself', async () => {
    const r = await ask('Why was this report written?');
    expect(r.citations.some((c) => c.text.includes('WTDC-22'))).toBe(true);
  });
});

describe('a clause named as the answers cite it', () => {
  it.each([
    ['R44 instructs 9', 'wtsa20-itu-d-resolutions.r44.instructs.9'],
    ['第44号决议 · 做出决议 · 6', 'wtsa20-itu-d-resolutions.r44.resolves.6'],
    ['What does Resolution 72 resolves vii say?', 'wtsa20-itu-d-resolutions.r72.resolves.vii'],
    ['第44号决议进一步做出决议2.iv)是什么？', 'wtsa20-itu-d-resolutions.r44.further-resolves.2-iv'],
  ])('%s → that clause', async (q, id) => {
    const r = await ask(q);
    expect(r.citations.map((c) => c.id)).toEqual([id]);
  });
});

describe('what an acronym stands for', () => {
  it('quotes the clause where the document writes it out', async () => {
    const r = await ask('What does TSAG stand for?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('电信标准化顾问组（TSAG）');
    expect(r.citations[0]!.text).toContain('电信标准化顾问组（TSAG）');
    const zh = await ask('BDT是什么？');
    expect(zh.answer).toContain('电信发展局（BDT）');
  });

  it('gives the full name the document uses when it never writes the acronym out, and says so', async () => {
    const r = await ask('What does ITU-T mean?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('The document calls it “国际电联电信标准化部门”');
    expect(r.answer).not.toContain('writes it out');
    expect(r.citations[0]!.text).toContain('国际电联电信标准化部门');
    // ISCG: the summary writes the group's name where the annex writes the acronym.
    const iscg = await ask('ISCG = ?');
    expect(iscg.found).toBe(true);
    expect(iscg.answer).toContain('“跨部门协调组”');
    expect(iscg.citations[0]!.id).toBe('wtsa20-itu-d-resolutions.r18.table2');
  });
});

describe('counts', () => {
  it('gives the introduction total and the 表1 rows of revised resolutions', async () => {
    const r = await ask('Count the revised resolutions.');
    expect(r.answer).toContain('36');
    expect(r.answer).toContain('20');
    expect(r.citations[0]!.part).toBe('intro');
    expect(r.citations.filter((c) => c.part === 'table1')).toHaveLength(20);
  });

  it('counts abrogated resolutions from the introduction', async () => {
    const r = await ask('全会一共废止了多少项决议？');
    expect(r.answer).toContain('废止了四项');
    expect(r.answer).toContain('4项');
    expect(r.citations.map((c) => c.part)).toEqual(['intro']);
  });
});

describe('questions about another meeting', () => {
  it.each([['WTDC-22是在哪里召开的？'], ['How many resolutions did WTDC-22 revise?']])(
    'does not answer %s from a paragraph about WTSA-20',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(false);
    },
  );

  it.each([['What are the dates of WTDC-22?'], ['WTDC-22 具体是哪天？']])(
    'does not answer when or where for %s from a clause that names it in passing',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(false);
    },
  );

  it('still answers about the meeting the document reports', async () => {
    const r = await ask('WTSA-20是在哪个城市召开的？');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('日内瓦');
  });
});

describe("the document's own meeting", () => {
  it('is what "the assembly" means: where and when it met is the introduction\'s first paragraph', async () => {
    const r = await ask('So where did the assembly happen, and on which dates?');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.id).toMatch(/intro\.1$/);
  });

  it('asks a fact by the sentence that asks it, not by a remark after it', async () => {
    const r = await ask('Where was WTSA-20 held? I need it for the minutes of our club.');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.id).toMatch(/intro\.1$/);
  });

  it('reads "according to" as where the text says it, not a clause that says 按照', async () => {
    const r = await ask('What is Study Group 5 doing, according to the resolutions?');
    expect(r.citations[0]!.text).toContain('第5研究组');
  });

  it('reads "deal with" as what a text is about, not a deal or a handling', async () => {
    const r = await ask("What's the deal with IPv6?");
    expect(resolutionsCited(r)[0]).toBe(64);
  });

  it('is no topic: naming the assembly matches no resolution by its English title', async () => {
    const { plan } = await temp.assistant.run({
      question: 'What did the World Telecommunication Standardization Assembly decide about spam?',
    });
    const titled = plan.titleMatches.map((m) => m.resolution);
    expect(titled).not.toContain(22);
    expect(titled).not.toContain(83);
    expect(titled[0]).toBe(52);
  });
});

describe('a comparison of resolutions named by topic', () => {
  it.each([
    ['What is the difference between the resolution on spam and the one on phone theft?', [52, 97]],
    ['电子废物那项决议跟国际移动漫游那项决议有什么不同？', [79, 88]],
  ])('compares %s', async (q, pair) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual(pair);
  });
});

describe('other resolutions than the one talked about', () => {
  it("lists the others on the topic asked, leaving the conversation's resolution out", async () => {
    const history: AskInput['history'] = [
      { role: 'user', content: '第78号决议讲的是什么？' },
      { role: 'assistant', content: '第78号决议关于电子卫生，责成TSB主任与WHO、学术界协作。' },
    ];
    const r = await ask('其他决议也提到学术界吗？', history);
    expect(r.found).toBe(true);
    const cited = resolutionsCited(r);
    expect(cited.length).toBeGreaterThan(1);
    expect(cited).not.toContain(78);
    expect(cited).toContain(89);
  });
});

describe("the document's own parts", () => {
  it('answers what the tables are for from the introduction sentences presenting them', async () => {
    const r = await ask('表1和表2各是做什么的？');
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => c.part)).toEqual(['intro', 'intro']);
    expect(r.answer).toContain('表1介绍');
    expect(r.answer).toContain('表2概述');
  });

  it('answers where in the document the full texts are with the sentences naming the annex', async () => {
    const r = await ask('Where in this report do I find the full texts?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('见附件');
  });
});

describe('a resolution the document only cites', () => {
  it('is not answered from the resolution that cites it, which is shown as related', async () => {
    const r = await ask('第64号决议里提到的WTDC第63号决议，具体规定了哪些内容？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('第64号决议只是引用了第63号决议');
    expect(r.related?.map((c) => c.resolution)).toContain(64);
  });

  it('gives the year and place of its edition, which the citation states', async () => {
    const r = await ask('第195号决议是哪一年在哪里通过的？');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('2014年，釜山');
    expect(resolutionsCited(r)).toEqual([86]);
    expect(r.citations[0]!.part).toBe('annex');
  });

  it('while what the citing resolution says is still answered', async () => {
    const r = await ask('What does Resolution 64 say about Resolution 63?');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(64);
  });
});

describe('English wordings that reach the document: compounds, hyphens, slips', () => {
  it.each([
    ['Do the standards and development sectors cooperate with each other on junk messages?', 52],
    ['What does ITU do about service-quality for users in poor countries?', 95],
    ['Are there e-helth workshops for poorer countries?', 78],
    // roming reads as Rome + -ing; roaming is the document's own word a slip away.
    ['What does ITU do about roming prices?', 88],
  ])('answers %s from resolution %i', async (q, n) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)[0]).toBe(n);
  });
});

describe('a year asked to be confirmed that the document never writes', () => {
  it.each([['Was WTSA-20 held in 2019?'], ['WTSA-20是2019年举行的吗？']])(
    'corrects it with the date the document gives: %s',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(true);
      expect(r.answer).toMatch(/never mentions 2019|没有提到2019/);
      expect(r.citations[0]!.part).toBe('intro');
      expect(r.citations[0]!.text).toContain('2022年');
    },
  );

  it.each([
    ['有人说全会决定到2030年让每所学校都通光纤，真的吗？'],
    ['Did the assembly promise free broadband for all by 2030?'],
    ['Did the assembly set a hard deadline for kite licences, like 2030?'],
    ['全会有没有给风筝执照定个期限，比如2030年？'],
  ])('takes a year given as a target for no date to correct: %s', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(false);
    expect(r.answer).not.toMatch(/the date it gives|它给出的日期/);
  });

  it.each([
    ['2030年利马那届全会对风筝是怎么决定的？还保留吗？'],
    ['What did the 2030 assembly in Lima decide about kites? Is it kept?'],
  ])(
    'takes a year that names another edition of a meeting for no date to correct: %s',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(false);
      expect(r.answer).not.toMatch(/the date it gives|它给出的日期/);
    },
  );

  it('still says the document does not answer when no clause it ranks gives a year', async () => {
    const r = await ask('第44号决议是2019年修订的吗？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('2019');
  });
});

describe('whether a resolution mentions something, asked after a word of setting', () => {
  it.each([
    ['My mistake, I meant the other resolution. Does Resolution 79 mention the circular economy?'],
    ['Ignore my last message, I meant something else. Does Resolution 73 mention wildfires?'],
  ])('reads what is to be mentioned from the sentence that asks: %s', async (q) => {
    expect((await ask(q)).found).toBe(true);
  });
});

describe("the conversation's subject, favoured but not required", () => {
  it('answers a question that does not point back to it from the whole document when it finds nothing under it', async () => {
    const history: AskInput['history'] = [
      { role: 'user', content: 'What is Resolution 2 about?' },
      {
        role: 'assistant',
        content:
          'Resolution 2 sets out the responsibilities and mandates of the ITU-T study groups.',
      },
    ];
    const r = await ask('What number of study groups got approved mandates?', history);
    expect(r.found).toBe(true);
    expect(r.citations[0]!.part).toBe('intro');
  });
});

describe('what the document names nowhere it would answer', () => {
  it('says a place is not named when asked whether someone comes from it', async () => {
    const r = await ask('Is any of the appointed vice-chairmen from Iceland?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('Iceland');
  });

  it('says a topic the conclusion alone lists has no resolution on record', async () => {
    const r = await ask('Under which of the resolutions does OTT fall?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('结论 · 第2段');
    expect(r.related.map((c) => c.part)).toContain('conclusion');
  });

  it('says which new resolutions beyond 表1’s the introduction counts it does not name', async () => {
    const r = await ask('The intro speaks of two new ones; name the second new resolution please');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('Resolution 100');
    expect(r.related[0]?.part).toBe('intro');
  });
});

describe('the status of two resolutions named by their topics', () => {
  it.each([
    ['the spam res vs the roaming res - new, revised or untouched?'],
    ['垃圾信息那个和漫游那个，分别是新的还是改过的？'],
    ['抵制垃圾信息和国际漫游这两项决议，各自修订过没有？'],
    ['Between the spam resolution and the roaming one, which got revised?'],
  ])('gives both 表1 rows for %s', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => `${c.resolution}/${c.part}`)).toEqual(['52/table1', '88/table1']);
  });

  it('finds a side named by a short form its clauses’ everyday questions know (网安), not the document’s words', async () => {
    const r = await ask('网安那条和漫游那条，哪条改了？');
    expect(r.citations.map((c) => `${c.resolution}/${c.part}`)).toEqual(['50/table1', '88/table1']);
  });
});

describe('everyday words for the document’s terms', () => {
  it.each([
    ['电联能不能帮忙组一支网络应急队伍？', 58],
    ['单位淘汰的旧电脑堆满仓库，国际电联管不管？', 79],
    ['第54号决议后面有没有讲网上工作？', 54],
    ['which resolution is about the insane bills u get using ur phone abroad?', 88],
    ['手机叫人偷走了，有决议管吗？', 97],
  ])('answers %s from Resolution %i', async (q, n) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(n);
  });

  it('reads 前面 / 后面 (the earlier, the later part) as a place in the text, not a topic it lacks', async () => {
    const r = await ask('第54号决议前面有没有提到区域组？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(54);
  });
});

describe('a region asked about beside a model region', () => {
  it('is declined when the clauses serve only the model’s region', async () => {
    const zh = await ask('像非洲那样，南美洲也有统一应急号码的援助吗？');
    expect(zh.found).toBe(false);
    expect(zh.answer).toContain('没有提到南美洲');
    const en = await ask(
      'Will ITU give South America help with one shared emergency number, similar to Africa?',
    );
    expect(en.found).toBe(false);
    expect(en.answer).toContain('none mentions South America');
  });

  it('is answered when the region asked about lies in the model’s', async () => {
    const r = await ask('像非洲那样，西非国家也有统一应急号码的援助吗？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(100);
  });
});

describe('more questions the document does not answer', () => {
  it('declines a field concept it never names (open source)', async () => {
    const r = await ask('Does ITU-T back open source software projects?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('open source');
  });

  it('declines "does Resolution N say <a statement>" when the resolution never says it', async () => {
    expect((await ask('Does Resolution 88 say operators must refund tourists?')).found).toBe(false);
    const said = await ask('Does Resolution 88 say ITU should raise awareness of cheaper roaming?');
    expect(said.found).toBe(true);
    expect(said.citations[0]?.resolution).toBe(88);
  });

  it('answers "first time at this assembly?" from 表1', async () => {
    const r = await ask('第97号决议是这届全会第一次出来的吗？');
    expect(r.citations.map((c) => c.id)).toEqual(['wtsa20-itu-d-resolutions.r97.table1']);
  });
});

describe('the asker’s setting around the question', () => {
  it('reads a polite opening and the setting as no topic the resolution must mention', async () => {
    const r = await ask(
      '您好，想请教一件事。我们县里网速很慢，懂技术的人也少。第95号决议提到为这些国家开展能力建设了吗？',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(95);
  });

  it.each([
    ['冒昧请教，第95号决议提到为发展中国家开展能力建设了吗？'],
    ['打扰了，想请教第95号决议提到能力建设了吗？'],
  ])('reads polite words (%s) as no topic', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(95);
  });

  it('reads a time in the asker’s own plan as no question about the present', async () => {
    const r = await ask(
      '我下周给学生上电磁场这一课，想先核实：第72号决议是不是说要派专家协助发展中国家？',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(72);
  });

  it('answers "which resolution, and its number?" with the resolution', async () => {
    const r = await ask('垃圾短信这事有专门的决议吗？它的编号是多少？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(52);
  });
});

describe('more ways of naming what is asked', () => {
  it.each([
    ['电脑应急小组那个决议改过没？', 'r58.table1'],
    ['Which resolution deals with electronic junk like old handsets?', 'r79.'],
    // Everyday names: roaming as charges abroad, 境外流量; service quality as 断线; e-health as 看病.
    ['my fees abroad were insane on my holiday in Peru; what resolution handles it?', 'r88.'],
    ['境外流量那个是哪项决议？', 'r88.'],
    ['打电话老断线，归哪个决议？', 'r95.'],
    ['看病这块，哪项决议跟它有关？', 'r78.'],
    // Radiation worries about masts; service quality as lousy service.
    [
      'neighbours fear the cell tower on our street, does ITU send anyone to help with a plan?',
      'r72.',
    ],
    ['lousy service in our villages: is anyone studying it region by region?', 'r95.'],
    // A phone stolen away (偷走, 偷来的): theft of mobile devices.
    ['说是国际上有个规定，偷来的手机别想再联网，是吗？', 'r97.'],
    // Deaf and mute people, in a place word's sentence (村里的): accessibility.
    ['镇上的聋哑人想用手机，哪个决议管？', 'r70.'],
    // Spam described: unwanted advertising.
    ['is anything done about unwanted advertising clogging our inboxes?', 'r52.'],
  ])('finds the resolution %s is about', async (q, id) => {
    const r = await ask(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]?.id).toContain(id);
  });

  it('reads a Chinese word typed by sound as the document’s, and says so', async () => {
    const r = await ask('非州统一报警号码的决议编号是多少');
    expect(r.citations[0]?.resolution).toBe(100);
    expect(r.answer).toContain('“非州”理解为“非洲”');
    const s = await ask('网络按全的那项决议修订过吗');
    expect(s.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r50.table1');
  });

  it('leaves a word of general Chinese as typed, though it sounds like one of the document’s', async () => {
    // 分红 (a dividend) is no slip for 分工, whatever the document renders.
    const r = await ask('风筝协会年底分红怎么算？');
    expect(r.answer).not.toContain('理解为');
  });

  it('reads "does it oblige X to …" as whether the resolution talked about asks it', async () => {
    const history = [
      { role: 'user' as const, content: 'what is resolution 50 about?' },
      { role: 'assistant' as const, content: 'Resolution 50 is about cybersecurity.' },
    ];
    const r = await ask('Does it oblige the TSB to run courses for regulators?', history);
    expect(r.found).toBe(true);
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r50.instructs2.9');
  });

  it('reads a word written in pinyin in a Chinese question as the document’s, and says so', async () => {
    const r = await ask('打击 la ji you jian 的决议有没有修订');
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r52.table1');
    expect(r.answer).toContain('“la ji you jian”理解为“垃圾邮件”');
    const s = await ask('讲 jinrong baorongxing 的是第几号决议');
    expect(s.citations[0]?.resolution).toBe(89);
  });

  it('reads everyday names for people with disabilities, a thief, and a handset’s code', async () => {
    const r = await ask('is there anything for handicapped folks who want to use the internet?');
    expect(r.citations[0]?.resolution).toBe(70);
    const s = await ask('小偷偷了手机再把身份码改了，决议里怎么应对？');
    expect(s.found).toBe(true);
    expect(s.citations[0]?.resolution).toBe(97);
  });

  it('reads wheelchair users and screen readers as the document’s disability and accessibility', async () => {
    expect((await ask('坐轮椅的人上网不方便，哪项决议讲这个？')).citations[0]?.resolution).toBe(70);
    expect(
      (await ask('I use a screen reader: any resolution for people like me?')).citations[0]
        ?.resolution,
    ).toBe(70);
  });

  it('reads "dial in" as making a call, not as joining a meeting remotely', async () => {
    const r = await ask('villagers here cannot dial in an emergency, which resolution helps?');
    expect(r.citations[0]?.resolution).toBe(100);
  });

  it('compares two bare numbers asked of each (各自, both)', async () => {
    expect(resolutionsCited(await ask('96和97各自让谁做什么'))).toEqual([96, 97]);
  });

  it('reads laggy connections, mobile wallets and nicked handsets by their everyday names', async () => {
    expect(
      (await ask('which resolution covers laggy connections in poor countries?')).citations[0]
        ?.resolution,
    ).toBe(95);
    expect((await ask('村里老人都用手机钱包了，哪项决议相关？')).citations[0]?.resolution).toBe(89);
    expect(
      (await ask('Handsets get nicked on every bus here. Which resolution?')).citations[0]
        ?.resolution,
    ).toBe(97);
  });

  it('takes the unbanked as the financial inclusion resolution alone', async () => {
    const r = await ask('which resolution is about helping folks with no bank account?');
    expect(resolutionsCited(r)).toEqual([89]);
  });

  it('reads translators as the interpretation the document provides', async () => {
    const r = await ask('translators for every study group meeting: always, or only when asked?');
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r44.resolves.6');
    expect(r.citations.length).toBeLessThanOrEqual(2);
  });

  it('reads where the asker is as the setting, and the town of the meeting as no part of a status subject', async () => {
    const r = await ask(
      'here in Ouagadou folks fear the 5G antennas. Could ITU lend an expert for a national plan?',
    );
    expect(r.found).toBe(true);
    expect(r.citations[0]?.id).toContain('r72.');
    const s = await ask(
      'For national CERT teams, the resolution: did they retouch it at Geneva, or leave it as at Hammamet?',
    );
    expect(s.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r58.table1');
  });

  it('reads a name told only before a question that does not point back at it as the setting', async () => {
    const setting = await ask(
      'The Kitetown dump burns old computers and phones every night. Is there a resolution on handling electronic waste?',
    );
    expect(setting.found).toBe(true);
    expect(resolutionsCited(setting)[0]).toBe(79);
    // Pointed back at, the name is what is asked about.
    const claim = await ask(
      'A minister said Kitetown runs the e-waste programme for ITU. Is that in the document?',
    );
    expect(claim.found).toBe(false);
    // "it" in a second question is the first question's topic, not the story told before both.
    const later = await ask(
      'The Kitetown dump burns old phones every night, smoke everywhere. ITU has something on electronic waste? What they ask ITU to organise for it, pls tell',
    );
    expect(later.found).toBe(true);
    expect(resolutionsCited(later)[0]).toBe(79);
    // "This" before a term of the document's names the topic itself; it does not point back at the name.
    const determined = await ask(
      'The Kitetown dump burns old phones every night. Which resolution covers this electronic waste?',
    );
    expect(determined.found).toBe(true);
    expect(resolutionsCited(determined)[0]).toBe(79);
  });

  it('reads instruments as the equipment a clause trains people to use', async () => {
    const r = await ask('72号决议里头，有没有讲培训大家怎么用仪器？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r72.instructs.3');
  });

  it('reads indicators as the key performance indicators a clause names', async () => {
    const history: AskInput['history'] = [
      {
        role: 'user',
        content: 'what does the smart towns resolution tell the TSB director to do?',
      },
      {
        role: 'assistant',
        content:
          'Resolution 98 instructs the TSB Director to: 1) write a report; 2) support member states with a set of indicators; 3) promote joint work.',
      },
    ];
    const r = await ask('so number 2 means wat kind of indicators?', history);
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r98.instructs.2');
  });

  it('reads robbery and mugging as the device theft the document speaks of', async () => {
    const r = await ask('does any text cover robbery in the street?');
    expect(resolutionsCited(r)[0]).toBe(97);
    const m = await ask('people keep getting mugged for their cells, anything on that?');
    expect(resolutionsCited(m)[0]).toBe(97);
  });

  it('declines a count asked of the assembly before, named by its year', async () => {
    const r = await ask('The assembly of 2016: how many texts did it revise?');
    expect(r.found).toBe(false);
    const own = await ask('2022年开的那届全会在哪里开的？');
    expect(own.found).toBe(true);
  });

  it('compares two resolutions named by their bare numbers', async () => {
    const r = await ask('96 and 97, what’s the difference?');
    expect(resolutionsCited(r)).toEqual([96, 97]);
  });

  it('gives the status of both when a second part asks which of the two was revised', async () => {
    const r = await ask(
      'Res 72 vs Res 73, both on environment? a friend says neither changed. which one got revised?',
    );
    expect(r.citations.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'wtsa20-itu-d-resolutions.r72.table1',
        'wtsa20-itu-d-resolutions.r73.table1',
      ]),
    );
  });
});

describe('claims to confirm and the next assembly', () => {
  it('declines where the next assembly meets, though the clause on this one names its city', async () => {
    const r = await ask('After Geneva in 2022, which town gets the next assembly?');
    expect(r.found).toBe(false);
    // What is to be reported to the next assembly is this one's decision: still answered.
    const s = await ask('下一届全会要听取关于哪些落实进展的报告？');
    expect(s.found).toBe(true);
  });

  it('declines a rumour naming a place the passages never mention', async () => {
    const r = await ask('我朋友说第52号决议是专门给越南定的，真的假的？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('越南');
  });

  it('reads "real or fake news" as asking whether the claim is so, not as its topic', async () => {
    const r = await ask(
      'someone claims ITU set up a forum where bank and telecom regulators share notes on mobile money — real or fake news?',
    );
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toEqual([89]);
  });

  it('knows an ambulance as one of the emergency services', async () => {
    const r = await ask('is there a rule on one number to reach an ambulance across the region?');
    expect(resolutionsCited(r)).toEqual([100]);
  });

  it('knows O&M as operation and maintenance', async () => {
    const r = await ask('Are the O&M handbooks free to read online?');
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r44.resolves.3');
  });

  it('reads a resolution pointed at by its number and what it is about as a status question', async () => {
    const r = await ask('72号那个管手机辐射的，这回动过没有');
    expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r72.table1');
    // "This year", said of whether it changed, is the assembly's year, not today.
    const s = await ask('第72号决议今年动过没有？');
    expect(s.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r72.table1');
  });
});

describe('"what else" after an answer', () => {
  const zh: AskInput['history'] = [
    { role: 'user', content: '非洲应急号码那项决议说了什么？' },
    {
      role: 'assistant',
      content:
        '第100号决议要求两局主任合作，帮非洲各国落地统一的急救号码（依据E.161.1），提供技术上的援助。',
    },
  ];
  const en: AskInput['history'] = [
    { role: 'user', content: 'what is the Africa emergency number resolution about?' },
    {
      role: 'assistant',
      content:
        'Resolution 100 has the two directors give African states technical help, per E.161.1, for a single continent-wide emergency line.',
    },
  ];

  it('quotes the next clause, not the one the last answer already gave', async () => {
    for (const [history, question] of [
      [zh, '那还要他们负责什么？'],
      [en, 'what else is asked of them?'],
    ] as const) {
      const r = await ask(question, history);
      expect(r.citations[0]?.id).toBe('wtsa20-itu-d-resolutions.r100.instructs.2');
    }
  });
});

describe('a resolution guessed by its topic after the question', () => {
  it('does not pull the answer to the one guessed', async () => {
    const r = await ask(
      'which resolution deals with e-waste from old phones? I thought it was the cybersecurity one, not sure',
    );
    expect(resolutionsCited(r)[0]).toBe(79);
    expect(resolutionsCited(r)).not.toContain(50);
  });
});

describe('what an English question sets aside', () => {
  it('is found in the Chinese clauses by its renderings, and the clause only on it is set aside', async () => {
    const r = await ask(
      'Other than voluntary donations, how does Resolution 44 plan to raise funds?',
    );
    expect(r.found).toBe(true);
    // resolves.5 is the budget line beside voluntary contributions; instructs.16 looks for new sources.
    expect(r.citations[0]?.id).toMatch(/r44\.instructs\.16$/);
    expect(r.citations.map((c) => c.id)).not.toContainEqual(
      expect.stringMatching(/r44\.resolves\.5$/),
    );
  });
});

describe('two set out one by one (一条是讲X的，一条是讲Y的)', () => {
  it('gives the status of each when which of them changed is asked', async () => {
    const r = await ask('有两条我老搞混：一条是讲漫游费的，一条是讲保护用户的。哪条这次修订了？');
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => c.id)).toEqual([
      expect.stringMatching(/r88\.table1$/),
      expect.stringMatching(/r84\.table1$/),
    ]);
  });
});

describe('the asker’s setting before an asking sentence that names the topic', () => {
  it('is not a topic the answer must cover', async () => {
    const r = await ask('司里打算把两位年轻女工程师送去进修。关于女性参与标准化，文件怎么讲？');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.resolution).toBe(44);
  });
});

describe('a message off the document’s field', () => {
  it.each([
    ['what glue holds a wooden chair leg best?'],
    ['周末想给仓鼠洗澡，用什么沐浴露好一点？'],
    // Words the dictionary renders only loosely (nervous → 系统, tips → 领导) are no words of the field.
    [
      'My cousin has a trial shift at the radio station on Saturday and she is nervous. Any tips on what shoes to wear?',
    ],
  ])('declines %s as outside what it covers, with no passage', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(/outside it|不在其范围内/);
    expect(r.answer).not.toMatch(/Closest passages|最接近的条款/);
  });

  // Everyday words the field's own everyday questions use too (good, 医生, 办法), and none of its subject.
  it.each([
    ['Good film like Lord of the Rings?'],
    ['我爸七十了，腰老是酸疼，医生说多走路，还有什么办法能缓解吗？'],
  ])('declines %s, sharing only everyday words with the field', async (q) => {
    const r = await ask(q);
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(/outside it|不在其范围内/);
  });

  it('weighs a word of the subject far above an everyday word, by its shares of the field and of general text', () => {
    const { retriever, planning } = temp.assistant.deps;
    const keyness = (t: string) =>
      Math.log10(retriever.fieldShare(t) / planning.dictionary.generalShare(t));
    for (const subject of ['漫游', '垃圾', '路由器', 'spam'])
      expect(keyness(subject), subject).toBeGreaterThan(EVERYDAY_KEYNESS);
    for (const everyday of ['推荐', '办法', 'good', 'people'])
      expect(keyness(everyday), everyday).toBeLessThan(EVERYDAY_KEYNESS);
    expect(retriever.fieldShare('仓鼠')).toBe(0);
  });

  it('takes a word for the field’s own when the document or the questions of several clauses use it', () => {
    const { retriever } = temp.assistant.deps;
    expect(retriever.usedByField('漫游')).toBe(true);
    expect(retriever.usedByField('thesis')).toBe(true);
    // In the field by one clause's everyday question only (a village as the asker's setting).
    expect(retriever.inField('village')).toBe(true);
    expect(retriever.usedByField('village')).toBe(false);
  });

  it('takes an English word the clauses’ everyday questions use, inflected or not, as asked of them', () => {
    const { retriever } = temp.assistant.deps;
    expect(askedOf('towers', retriever)).toBe(true);
    expect(askedOf('tower', retriever)).toBe(true);
    // Its stem (nation) is the questions' word, not it.
    expect(askedOf('nationality', retriever)).toBe(false);
    expect(askedOf('helicopters', retriever)).toBe(false);
  });

  it('still answers an everyday question of the field', async () => {
    const r = await ask('is there anything on radiation from phone masts?');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(72);
  });
});

describe('a name in what the answer is for, said after the question', () => {
  it('answers the question, the name being where the answer goes', async () => {
    const r = await ask('哪个决议是关于IPv6部署的？准备引用到KiteCo年报里');
    expect(r.found).toBe(true);
    expect(resolutionsCited(r)).toContain(64);
  });

  it('still finds the name asked about in the question itself', async () => {
    const r = await ask('哪个决议提到KiteCo？准备引用到年报里');
    expect(r.found).toBe(false);
  });
});

describe('what the answer is for, said after the question', () => {
  it('is not searched for: its words name no topic', async () => {
    const question = '哪号决议讲残疾人用电信服务？我要写年度工作报告';
    const { plan, result } = await temp.assistant.run({ question });
    expect(plan.rewritten).not.toContain('报告');
    expect(resolutionsCited(result)[0]).toBe(70);
  });
});

describe('two resolutions named by their topics', () => {
  it('compares them when one thing is asked of both with 都 after the two', async () => {
    const r = await ask('手机辐射该条同远程医疗该条，都有提世卫组织吗？');
    expect(resolutionsCited(r)).toEqual(expect.arrayContaining([72, 78]));
  });
});

describe('two resolutions compared on which study group', () => {
  it('quotes, past the summaries, clauses naming a study group by its number', async () => {
    const r = await ask('电磁场那个决议和气候变化那个决议，是交给同一个研究组吗？');
    expect(resolutionsCited(r)).toEqual(expect.arrayContaining([72, 73]));
    const store = temp.assistant.store;
    const quoted = r.citations.map((c) => store.get(c.id)!).filter((c) => c.part === 'annex');
    expect(quoted.length).toBeGreaterThan(0);
    for (const c of quoted) expect(c.text).toMatch(/第\s*\d+\s*研究组/);
  });
});

describe('two resolutions compared on whom they report to', () => {
  it('sets each apart by its clause reporting to a governing body', async () => {
    const r = await ask(
      'The EMF resolution and the IoT resolution: does each report back, and to which body?',
    );
    expect(resolutionsCited(r)).toEqual(expect.arrayContaining([72, 98]));
    const store = temp.assistant.store;
    // Each side's summary, then the clause that sets it apart.
    for (const n of [72, 98]) {
      const mine = r.citations.filter((c) => c.resolution === n).map((c) => store.get(c.id)!);
      expect(mine[0]!.part).toBe('table2');
      expect(mine[1]!.text).toMatch(
        /(?:理事会|全会)[^；;。]{0,30}报告|报告[^；;。]{0,30}(?:理事会|全会)/,
      );
    }
  });
});

describe('how one resolution names another', () => {
  it('quotes the clauses where one cites the other, not what each says on its own', async () => {
    for (const q of [
      '第44号决议是在哪里提到第54号决议的？',
      'Where does Resolution 44 cite Resolution 54?',
    ]) {
      const r = await ask(q);
      expect(r.found).toBe(true);
      expect(r.citations.length).toBeGreaterThan(0);
      expect(r.answer).toContain('第54号决议（2022年');
      expect(resolutionsCited(r)).toEqual([44]);
    }
  });
});
