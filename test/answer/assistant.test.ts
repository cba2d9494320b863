/** The real offline assistant end to end: the right clause first, quoted, with table rows and honest not-found. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LocalAssistant } from '../../src/answer/assistant.js';
import { DEFAULT_PIPELINE } from '../../src/answer/pipeline.js';
import type { AskInput, AskResult } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';

let dataDir: string;
let assistant: LocalAssistant;
const seen: AskResult[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'assistant-test-'));
  assistant = await createAssistant(loadConfig({ DATA_DIR: dataDir }));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function ask(question: string, history?: AskInput['history']): Promise<AskResult> {
  const r = await assistant.ask({ question, history });
  seen.push(r);
  return r;
}

describe('createAssistant (offline, extractive)', () => {
  it('says what 第100号决议 is about, citing resolution 100', async () => {
    const r = await ask('第100号决议是关于什么的？');
    expect(r.found).toBe(true);
    expect(r.mode).toBe('extractive');
    expect(r.citations[0]!.resolution).toBe(100);
    expect(r.answer).toContain('非洲通用应急号码');
  });

  it('answers the budget question from 做出决议 5 of 第44号决议 and quotes it', async () => {
    const r = await ask('第44号决议要求在国际电联年度预算中保留什么？');
    expect(r.found).toBe(true);
    const first = r.citations[0]!;
    expect(first).toMatchObject({ resolution: 44, part: 'annex', section: '做出决议', item: '5' });
    expect(first.text).toContain('单项支出');
    expect(r.answer).toContain(first.text);
    expect(r.answer).toContain('[1]');
  });

  it('quotes 请 · 电信标准化局主任 · 4 for where study-group meetings should be held', async () => {
    const r = await ask('第44号决议请电信标准化局主任考虑在哪里举办ITU-T研究组会议？');
    const inv = r.citations.find(
      (c) =>
        c.resolution === 44 &&
        c.section === '请' &&
        c.addressee === '电信标准化局主任' &&
        c.item === '4',
    );
    expect(inv).toBeDefined();
    expect(inv!.text).toContain('发展中国家');
    expect(r.answer).toContain(inv!.text);
  });

  it('finds 第54号决议 first for an English question about regional groups', async () => {
    const r = await ask('Which resolution is about regional groups of ITU-T study groups?');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(54);
  });

  it('reads the status of 第97号决议 from its 表1 row', async () => {
    const r = await ask('第97号决议的状态是什么？');
    const row = r.citations.find((c) => c.part === 'table1');
    expect(row).toMatchObject({ resolution: 97, status: '修订版' });
    expect(r.answer).toContain('修订版');
  });

  it('lists the new resolutions of 表1 from the 第100号决议 row', async () => {
    const r = await ask('表1里有哪些新决议？');
    expect(r.found).toBe(true);
    const row = r.citations.find((c) => c.part === 'table1' && c.resolution === 100);
    expect(row).toMatchObject({ status: '新决议' });
    expect(r.answer).toContain('第100号决议');
    // Only 100 is new in 表1: no other table row is presented as new.
    expect(r.citations.filter((c) => c.part === 'table1' && c.status === '新决议')).toHaveLength(1);
  });

  it('names each listed resolution in English with its 表1 title, not just its number', async () => {
    const r = await ask('Which resolutions were left unchanged at WTSA-20?');
    const rows = r.citations.filter((c) => c.part === 'table1');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.status).toBe('无修改');
      // "Resolution 88 / 第88号决议 (International mobile roaming; 表1: 国际移动漫游（IMR）)"
      const n = row.resolution;
      expect(r.answer).toMatch(new RegExp(`Resolution ${n} / 第${n}号决议 \\([A-Z][^;]+; 表1: `));
      expect(r.answer).toContain(row.title!);
    }
  });

  it('says how many of the assembly’s total for a status 表1 does not name', async () => {
    const r = await ask('Which resolutions were left unchanged at WTSA-20?');
    const rows = r.citations.filter((c) => c.part === 'table1').length;
    // The introduction's total for the status, against the rows 表1 lists.
    const total = Number(/保持(\d+)项决议不变/.exec(r.answer)?.[1]);
    expect(total).toBeGreaterThan(rows);
    expect(r.answer).toContain(`does not name the other ${total - rows} of the ${total}`);
  });

  it.each(['第7号决议规定了什么？', 'WTDC-25在哪里举行？'])(
    'says the document does not answer %s, with no citation',
    async (q) => {
      const r = await ask(q);
      expect(r.found).toBe(false);
      expect(r.citations).toEqual([]);
      expect(r.answer).toContain('文件没有回答这个问题');
    },
  );

  it('reads a focus adverb as no topic a resolution must mention (especially, mainly)', async () => {
    for (const adverb of ['specially', 'mainly']) {
      const r = await ask(
        `Does Resolution 50 say anything about workshops, ${adverb} for the poorer countries?`,
      );
      expect(r.found).toBe(true);
      expect(r.citations[0]?.resolution).toBe(50);
    }
  });

  it('says the document never mentions a company it never names, and answers when a resolution is named', async () => {
    const r = await ask('Which countries have banned Huawei?');
    expect(r.found).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain('It never mentions Huawei.');
    const zh = await ask('Huawei在哪些国家被禁？');
    expect(zh.found).toBe(false);
    expect(zh.answer).toContain('文件没有提到 Huawei');
    // The same company beside a resolution the document holds: that resolution answers.
    const named = await ask('Is Huawei equipment covered by Resolution 96?');
    expect(named.found).toBe(true);
    expect(named.citations[0]!.resolution).toBe(96);
    expect(named.answer.split('\n')[0]).toBe('(The document never mentions Huawei.)');
    // A country it does not name is a place, not an unknown name.
    const place = await ask('Does ITU help Eswatini set up a computer incident response team?');
    expect(place.found).toBe(true);
    expect(place.citations[0]!.resolution).toBe(58);
  });

  it('says the document never uses a term written in lower case, or a mobile generation it never names', async () => {
    const r = await ask('Is blockchain covered by any resolution?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('It never mentions blockchain.');
    expect((await ask('Will ITU set standards for 6G in Africa?')).answer).toContain(
      'It never mentions 6G.',
    );
    // 5G is the glossary's name for IMT-2020; a word two slips off the document's is a misspelling.
    expect((await ask('Does ITU help 5G rollout in Africa?')).found).toBe(true);
    // 4G (IMT-Advanced) and 3G (IMT-2000) are IMT too: the resolution on IMT answers.
    const lte = await ask('Does anything cover 4G networks?');
    expect(lte.found).toBe(true);
    expect(lte.citations[0]!.resolution).toBe(92);
    expect((await ask('How does ITU help with cybrsecurity training?')).answer).not.toContain(
      'never mentions',
    );
  });

  it('says the document does not list the abrogated resolutions, giving the number it has', async () => {
    const r = await ask('Which resolutions did the assembly abrogate?');
    expect(r.found).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain('the introduction gives only their number, 4.');
    expect(r.related.map((c) => c.id)).toEqual(['wtsa20-itu-d-resolutions.intro.4']);
  });

  it('says the document only counts a set of many it is asked to name, quoting the count', async () => {
    const r = await ask('Name the eleven study groups it approved.');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('十一个ITU-T研究组');
    expect(r.related.map((c) => c.id)).toEqual(['wtsa20-itu-d-resolutions.intro.3']);
  });

  it('says 表1 lists only those that concern ITU-D when all of a count of resolutions is asked for', async () => {
    const r = await ask('Give me the names of all thirty-six resolutions they revised.');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('36项决议');
    expect(r.answer).toContain('lists only the resolutions that concern ITU-D');
  });

  it('says the document gives no percentages when one is claimed or asked for', async () => {
    const r = await ask('那项关于电子废物的决议是不是要求回收率达到百分之六十？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('文件没有给出任何百分比数字或比例');
  });

  it('looks for a fact asked of a resolution named by its topic in its clauses, not in its overview', async () => {
    const r = await ask(
      "what's the yearly fee the roaming resolution sets? like per kite or per day",
    );
    expect(r.found).toBe(false);
    expect(r.related.some((c) => c.resolution === 88)).toBe(true);
  });

  it('corrects a new resolution claimed on a topic no new one covers, citing the new ones first', async () => {
    const r = await ask('What number is the new resolution on tidal power plants?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('lists as new only Resolution 100');
    expect(r.related[0]?.id).toBe('wtsa20-itu-d-resolutions.r100.table1');
    // The new one asked by its own topic is answered.
    const own = await ask('这次新通过的应急号码新决议要求做什么？');
    expect(own.found).toBe(true);
    expect(own.citations[0]?.resolution).toBe(100);
  });

  it('reads misspelt words as the words meant, and says so first', async () => {
    const r = await ask('Is there anything about cybersecurty for developing contries?');
    expect(r.found).toBe(true);
    expect(r.answer.split('\n')[0]).toBe(
      '(Read “cybersecurty” as “cybersecurity”, “contries” as “countries”.)',
    );
    expect(r.citations[0]!.resolution).toBe(50);
  });

  it('reads a question mostly in another language by its English terms, its own words no slips or names', async () => {
    const r = await ask('Kuna resolution gani kuhusu spam kwenye simu zetu za mkononi kila siku?');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(52);
    expect(r.answer).not.toMatch(/^\(Read/);
  });

  it('carries 第88号决议 from history into "它责成TSB主任做什么？"', async () => {
    const r = await ask('它责成TSB主任做什么？', [
      { role: 'user', content: '第88号决议是关于什么的？' },
      { role: 'assistant', content: '第88号决议（国际移动漫游）…' },
    ]);
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(88);
  });

  it('reads "the second one" after a list of resolutions as the second listed, not an item', async () => {
    const listed = [
      { role: 'user' as const, content: 'which resolutions are about mobile phones?' },
      {
        role: 'assistant' as const,
        content: [
          '2 resolution(s) have a clause on this, most relevant first:',
          '1. Resolution 88 / 第88号决议 (International mobile roaming) · 责成 (instructs) · 电信标准化局主任 · 1: 「…」 [1]',
          '2. Resolution 97 / 第97号决议 (Combating mobile telecommunication device theft) · 责成 (instructs) · 2: 「…」 [2]',
        ].join('\n'),
      },
    ];
    const r = await ask('what does the second one ask the bureau to do?', listed);
    expect(r.found).toBe(true);
    expect(r.citations[0]!.resolution).toBe(97);
    const status = await ask('第二个是新的吗？', listed);
    expect(status.citations[0]!.id).toBe('wtsa20-itu-d-resolutions.r97.table1');
  });

  it("reads a bare number said with its resolution's topic, in history too, as that resolution", async () => {
    const r = await ask('and the bit where it teams up with other bodies?', [
      { role: 'user', content: '72 emf basics, quick' },
      { role: 'assistant', content: '- reports on exposure\n- workshops\n- experts' },
    ]);
    expect(r.citations[0]!.resolution).toBe(72);
    const status = await ask('58 - revised at the assembly, or left alone?');
    expect(status.citations[0]!.id).toBe('wtsa20-itu-d-resolutions.r58.table1');
  });

  it('declines what a country the passages never name did at the assembly', async () => {
    const r = await ask('What did Iceland put forward at the assembly?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('Iceland');
  });

  it('takes no resolution title for its topic by a common word alone (persons)', async () => {
    const r = await ask(
      'Can the ITU name qualified persons for us, to plan around mast radiation, as we need them?',
    );
    expect(r.citations[0]!.resolution).toBe(72);
  });

  it('reads money and funding as the budget the document speaks of', async () => {
    for (const q of [
      'Does resolution 86 come with any money?',
      '第58号决议有经费吗？',
      'Who pays for the help resolution 86 gives?',
    ]) {
      const r = await ask(q);
      expect(r.found, q).toBe(true);
      expect(r.citations.map((c) => c.text).join(' '), q).toContain('预算');
    }
  });

  it('switches to the resolution a follow-up names by its topic', async () => {
    const r = await ask('那关于漫游的那个决议呢？', [
      { role: 'user', content: '第58号决议是关于什么的？' },
      { role: 'assistant', content: '第58号决议鼓励建立国家计算机事件响应团队…' },
    ]);
    expect(r.citations[0]!.resolution).toBe(88);
  });

  it('says what it does to a request for a task, with no passages that only share a word', async () => {
    for (const q of [
      'Write me a letter to my bank asking for a loan',
      '帮我写一篇关于春天的作文',
    ]) {
      const r = await ask(q);
      expect(r.found, q).toBe(false);
      expect(r.related, q).toEqual([]);
      expect(r.answer, q).toMatch(/outside it|不在其范围内/);
    }
  });

  it('lists the resolutions whose 表1 title holds the quoted words, and says when none does', async () => {
    const r = await ask('哪几项决议的标题里有“打击”？');
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => c.resolution)).toEqual([52, 96, 97]);
    const en = await ask('Which resolutions have "spam" in the title?');
    expect(en.citations.map((c) => c.resolution)).toEqual([52]);
    const none = await ask('哪些决议的标题里有“卫星”？');
    expect(none.found).toBe(false);
    expect(none.answer).toContain('没有标题含有“卫星”');
  });

  it('reads 世卫组织 as WHO, which some clauses write only as the acronym', async () => {
    const r = await ask('提到世卫组织的决议有哪些？');
    expect(r.citations.map((c) => c.resolution)).toEqual(expect.arrayContaining([72, 78, 96]));
  });

  it('reads 假冒手机 as counterfeit devices (resolution 96), not as phones in general (97, on theft)', async () => {
    const r = await ask('市面上假冒手机很多，国际电联有措施吗？');
    expect(r.citations[0]!.resolution).toBe(96);
  });

  it('says the document ranks no resolution, with the passages on the topic as related', async () => {
    const r = await ask('Which resolution is the most important for small island states?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('does not rank the resolutions');
    expect(r.related.length).toBeGreaterThan(0);
  });

  it('gives no consumer advice, but shows the closest passages; two resolutions weighed are compared', async () => {
    const r = await ask('Which is cheaper for a small shop, fixed broadband or mobile data?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('no practical advice');
    const both = await ask('Which is better for poorer countries, resolution 44 or resolution 54?');
    expect(both.answer).not.toContain('no practical advice');
  });

  it('reads 手机 as the phone it is, not as the 移动设备 of resolution 97 on theft', async () => {
    const roaming = await ask('在国外用手机上网太贵了，有决议管吗？');
    expect(roaming.citations.map((c) => c.resolution)).toContain(88);
    expect(roaming.citations[0]!.resolution).not.toBe(97);
    const stolen = await ask('手机被偷了，国际电联能做什么？');
    expect(stolen.citations[0]!.resolution).toBe(97);
  });

  it('answers "in the table" from 表1 first, the introduction after', async () => {
    const r = await ask('表里面哪些决议是新的？');
    expect(r.citations[0]!.part).toBe('table1');
  });

  it('says it only names a Recommendation whose content is asked for, with the clauses naming it', async () => {
    const r = await ask('What does E.161.1 specify exactly?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('only names Recommendation E.161.1');
    expect(r.related.map((c) => c.resolution)).toContain(100);
  });

  it('answers a fact asked of one study group only from a clause naming that group', async () => {
    const r = await ask('How many vice-chairs does Study Group 13 have?');
    expect(r.found).toBe(false);
  });

  it('says the document never speaks of a concept of the field it does not cover', async () => {
    // Net neutrality: from the general list of ICT concepts (corpus/ict-concepts.json), named nowhere in the
    // document, its glossary or its clause questions; its words alone (network, neutral) would reach clauses.
    const r = await ask('Does the document take a position on net neutrality?');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('It never mentions “net neutrality”.');
    // A concept the document does cover is answered.
    expect((await ask('What does it say about mobile money?')).found).toBe(true);
  });

  it('declines computer hardware, a part of ICT the document never speaks of', async () => {
    // A question on a part the inventory lists (a printer) reaches clauses through its other words.
    const r = await ask('学校那批打印机老卡纸，咋弄才不容易坏？');
    expect(r.found).toBe(false);
    expect(r.answer).toContain('文件没有提到“打印机”。');
  });

  it('says what it is when asked about itself, with no passages', async () => {
    const r = await ask('are you a real human?');
    expect(r.found).toBe(false);
    expect(r.related).toEqual([]);
    expect(r.answer).toContain('automated assistant');
  });

  it('gives only citations that open in the store, with the full clause text', () => {
    expect(seen.length).toBeGreaterThanOrEqual(9);
    for (const r of seen) {
      for (const c of [...r.citations, ...r.related]) {
        const clause = assistant.store.get(c.id);
        expect(clause, c.id).toBeDefined();
        expect(c.text).toBe(clause!.text);
        expect(c.label).toBe(clause!.label);
      }
    }
  });
});

describe('the everyday questions written for each clause', () => {
  const without = {
    ...DEFAULT_PIPELINE,
    retrieve: { ...DEFAULT_PIPELINE.retrieve, questionWeight: 0 },
  };

  it('carry their own everyday wording to its clause; without them another clause comes first', async () => {
    const q = { question: 'assistance on request for pinched mobiles?' };
    const on = await assistant.run(q);
    expect(on.result.found).toBe(true);
    expect(on.result.citations[0]).toMatchObject({ resolution: 97, section: '责成' });
    expect(on.hits[0]!.question).toBeGreaterThan(0.7);
    const off = await assistant.run(q, without);
    expect(off.result.citations[0]?.resolution).not.toBe(97);
    expect(off.hits.every((h) => h.question === 0)).toBe(true);
  });

  it('are not needed where the general words reach the clause (undersea cables, warnings → 预警)', async () => {
    // The clause speaks of 水下电信电缆 and 灾害预警; "tsunami" reaches nothing in the document.
    const off = await assistant.run(
      { question: 'can undersea cables help with tsunami warnings' },
      without,
    );
    expect(off.result.found).toBe(true);
    expect(off.result.citations[0]).toMatchObject({ resolution: 73, section: '责成' });
  });
});

describe('a resolution named by its topic', () => {
  it("gets that resolution's overview: the 表2 summary first, then its operative text", async () => {
    const r = await ask('Tell me about the roaming resolution');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ resolution: 88, part: 'table2' });
    expect(r.citations.every((c) => c.resolution === 88)).toBe(true);
    const off = await assistant.run(
      { question: 'Tell me about the roaming resolution' },
      { ...DEFAULT_PIPELINE, topicOverview: false },
    );
    expect(off.result.citations[0]!.part).not.toBe('table2');
  });
});

describe('a study group named by its number', () => {
  it('reaches the clauses addressed to it, not resolution 2 on study groups in general', async () => {
    const r = await ask('What does study group 17 have to do?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('第17研究组');
    expect(r.citations[0]!.resolution).not.toBe(2);
  });
});

describe('follow-ups and resolutions named side by side', () => {
  it('reads an item named without its section in the section the last answer was about', async () => {
    const r = await ask('what about the fourth bullet?', [
      { role: 'user', content: 'Resolution 44: what is the TSB Director invited to do?' },
      {
        role: 'assistant',
        content: 'Resolution 44 · 请 (invites) · TSB · 1: 「…」 [1]',
      },
    ]);
    expect(r.citations.map((c) => [c.resolution, c.section, c.item])).toEqual([[44, '请', '4']]);
  });

  it('keeps the resolution talked about beside one named by topic as the other side of an "or"', async () => {
    const r = await ask(
      'does that one also bring up the circular economy, or is that the climate resolution only?',
      [
        { role: 'user', content: 'What does Resolution 79 ask the TSB Director to do?' },
        {
          role: 'assistant',
          content: 'Resolution 79 / 第79号决议 · 责成 (instructs) · 1: 「…」 [1]',
        },
      ],
    );
    expect(new Set(r.citations.map((c) => c.resolution))).toEqual(new Set([79, 73]));
    expect(r.citations.some((c) => c.resolution === 79 && c.text.includes('循环经济'))).toBe(true);
  });

  it('renders "checking whether" as assessing, and "put into practice" as carrying out too', async () => {
    const { plan } = await assistant.run({
      question: 'Who is checking whether the kite rules are put into practice?',
    });
    expect(plan.expansions).toEqual(expect.arrayContaining(['评估', '落实', '实施']));
  });

  it('renders using a phone abroad, in everyday words of either language, as roaming', async () => {
    for (const question of [
      'is a kite app costly on my cellphone in other country?',
      '到国外用手机放风筝贵吗？',
    ]) {
      const { plan } = await assistant.run({ question });
      expect(plan.expansions).toContain('国际移动漫游');
    }
  });

  it('names a resolution by the English name of the glossary term its everyday name renders as', async () => {
    // 保护消费者 is in no title; its term's English name, consumer protection, is one of 84's names.
    const { plan, result } = await assistant.run({ question: '管保护消费者的那项决议改过吗？' });
    expect(plan.resolutions).toEqual([84]);
    expect(result.citations[0]).toMatchObject({ resolution: 84, part: 'table1' });
  });

  it('compares the resolutions whose titles hold the word the asker names', async () => {
    for (const question of [
      'How do the ones having "Africa" in their titles differ?',
      '标题里都带“非洲”的决议，差别在哪？',
    ]) {
      const { plan, result } = await assistant.run({ question });
      expect(plan.resolutions).toEqual([86, 100]);
      expect(plan.intent.kind).toBe('compare');
      expect(new Set(result.citations.map((c) => c.resolution))).toEqual(new Set([86, 100]));
    }
  });

  it('ranks the clauses of two named by topic by what is asked of them, not by their namings', async () => {
    // The first naming's words (服务质量) are in the other's clauses too; the fees asked about are in 88's.
    const { result, hits } = await assistant.run({
      question: '服务质量那项决议同漫游那项决议，哪一个谈到了费率？',
    });
    // Both are shown, the one that speaks of fees first, with its clause that does.
    const ids = result.citations.map((c) => c.id.replace('wtsa20-itu-d-resolutions.', ''));
    expect(ids.slice(0, 2)).toEqual(['r88.table2', 'r88.instructs.1']);
    expect(ids.some((id) => id.startsWith('r95.'))).toBe(true);
    // Neither the search nor the everyday questions written for 95's clauses are led by its naming.
    const top = hits[0]!.score;
    expect(hits.filter((h) => h.clause.resolution === 95).every((h) => h.score < top / 4)).toBe(
      true,
    );
  });
});
