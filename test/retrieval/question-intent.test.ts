/** The answer a question wants: status, list, count, comparison, "which resolutions", overview or clauses. */
import { describe, expect, it } from 'vitest';
import {
  asksOverviewOfOne,
  detectIntent,
  statusesIn,
  withoutDocumentPlace,
  withoutDocumentRefs,
} from '../../src/retrieval/question-intent.js';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';
import { resolutionRefs, withoutResolutionRefs } from '../../src/retrieval/resolution-refs.js';

/** As planning calls it: the references taken out of `rest`, the count of resolutions named. */
function intentOf(q: string) {
  const n = resolutionRefs(q).length;
  return detectIntent(q, withoutResolutionRefs(q), n > 0, n);
}

describe('detectIntent', () => {
  it.each([
    ['第50号和第58号决议有什么区别？'],
    ['第50号决议与第58号决议有何不同？'],
    ['50号和58号决议的异同'],
    ['Compare Resolution 50 and 58'],
    ['What is the difference between Res 50 and Res 58?'],
    ['Resolution 50 vs Resolution 58'],
    ['第12号和第34号到底有啥不一样？'],
    ['第12号跟第34号归同一个小组负责吗？'],
    // Whether the two are the same.
    ['第12号和第34号找的合作方一样吗？'],
    ['Res 12 and Res 34: who do they work with, the same office?'],
    ['Are Res 12 and Res 34 run by the same kite club?'],
  ])('compares the resolutions named in %s', (q) => {
    expect(intentOf(q).kind).toBe('compare');
  });

  it.each([
    ['72号决议的摘要'],
    ['第72号决议概要'],
    ['Resolution 72 summary'],
    ['reso 64'],
    ["what's res 97 about"],
    ['explain resolution 54 in simple words'],
    ['can you give me the gist of resolution 89'],
    ['简单说说第54号决议'],
    ['Res 98 — topic?'],
  ])('gives the overview for %s', (q) => {
    expect(intentOf(q).kind).toBe('overview');
  });

  it('does not compare a single resolution, and keeps status questions about two as status', () => {
    expect(intentOf('第50号决议与以前有什么不同？').kind).toBe('status');
    expect(intentOf('Were Resolutions 50 and 58 revised?').kind).toBe('status');
    expect(intentOf('第50号决议的区域合作要求是什么？').kind).toBe('clauses');
    // The compare word inside the reference to both (96和97有什么区别).
    expect(detectIntent('12和34有什么区别？', '？', true, 2).kind).toBe('compare');
    // Chat's "diff" compares.
    expect(intentOf('whats the diff between res 50 and res 58').kind).toBe('compare');
    // "The number of that resolution" is which one, not a count.
    expect(
      intentOf('I heard of a new resolution on kites. What is the number of that resolution?').kind,
    ).not.toBe('count');
  });

  it('reads filler words (please, in simple words, 简单说说) as an overview, a topic word as clauses', () => {
    expect(intentOf('Resolution 44 in Africa').kind).toBe('clauses');
    expect(intentOf('please explain resolution 44 briefly').kind).toBe('overview');
  });

  it('reads a resolution’s number asked (多少号, 几号 编号) as no count', () => {
    expect(intentOf('那个风筝的新决议，是多少号啊？').kind).not.toBe('count');
    expect(intentOf('风筝 新 决议 几号 编号 有没有').kind).not.toBe('count');
    // A count by status is still one.
    expect(intentOf('有没有新决议？').kind).toBe('count');
  });

  it('reads a kind of number (a serial number) as no count', () => {
    // A kind of number (the serial number of a kite) is an identifier, not a count, though a change
    // word stands near it and the conversation is about a resolution.
    const serial = 'and that text, anything on folk who change the serial number of a kite?';
    expect(detectIntent(serial, serial, true, 1).kind).toBe('clauses');
    // One number for a service (a common number of help): its status asked, not how many.
    expect(
      intentOf(
        'The resolution on a single common number of help for kite flyers, is it new or revised?',
      ),
    ).toMatchObject({ kind: 'status' });
  });

  it.each([
    ['哪些决议涉及网络安全？'],
    ['涉及讲习班的决议有哪些？'],
    ['Which resolutions mention workshops?'],
    ['List the resolutions about e-health'],
    ['What resolutions deal with spam?'],
    // Which ones among the resolutions, 决议 said first.
    ['上面这些决议里，哪几项跟海洋有关？'],
    // Other resolutions asked for.
    ['别的决议也提到风筝吗？'],
  ])('lists every resolution on a topic for %s', (q) => {
    expect(intentOf(q).kind).toBe('which');
  });

  it('reads a resolution described before its status is asked as one, whatever the description lists', () => {
    expect(
      intentOf('The one where clubs audit all the kite resolutions - was it revised?').kind,
    ).toBe('status');
    expect(intentOf('the resolution which covers all the kite fairs: was it revised?').kind).toBe(
      'status',
    );
    // …or a comma before "was it", "has it", or before "it" put first, as learners write.
    expect(
      intentOf('the resolution where they audit all the kite clubs, it got changed or stay same?')
        .kind,
    ).toBe('status');
    expect(intentOf('The resolution on auditing all the kite clubs, was it revised?').kind).toBe(
      'status',
    );
    expect(
      intentOf('the one about auditing all the kite clubs, did they revise it this time?').kind,
    ).toBe('status');
    // Listed after the description: the list is asked for.
    expect(intentOf('Which of all the kite resolutions were revised?').kind).toBe('list');
  });

  it('reads 哪条 after two named as a pair as one of them, not a list of all', () => {
    expect(intentOf('风筝那条和无人机那条，哪条是新的？').kind).toBe('status');
    expect(intentOf('有两条讲风筝的决议，哪一条改过？').kind).toBe('status');
    // No pair named: the new ones are listed.
    expect(intentOf('这次的决议哪条是新的？').kind).toBe('list');
  });

  it('reads other resolutions after one asked for as its topic', () => {
    expect(intentOf('有没有一个决议专门管其他决议的风筝条款？').kind).toBe('clauses');
    expect(intentOf('is there a resolution that audits the other resolutions?').kind).toBe(
      'clauses',
    );
  });

  it('leaves "which resolution" in the singular to the clauses, and statuses to 表1', () => {
    expect(intentOf('哪一项决议涉及电子卫生？').kind).toBe('clauses');
    expect(intentOf('Which resolution is about spam?').kind).toBe('clauses');
    expect(intentOf('Which resolutions kept their text unchanged?')).toEqual({
      kind: 'list',
      status: '无修改',
    });
    // Its status asked in a clause joined on after the one asking which: of the one found.
    expect(
      intentOf('Which resolution backs the kite charter, and was it changed or not?').kind,
    ).toBe('clauses');
    expect(intentOf('哪一项决议讲风筝，它改了没有？').kind).toBe('clauses');
    expect(intentOf('Which resolutions were changed, and which were kept?').kind).toBe('list');
  });

  it('reads the newest resolution as the new ones of 表1', () => {
    expect(intentOf("What's the newest resolution?")).toEqual({ kind: 'list', status: '新决议' });
    expect(intentOf('最新的决议是哪一项？')).toEqual({ kind: 'list', status: '新决议' });
    // 哪条 / 哪项 without a number: which ones of a status, as listed in 表1.
    expect(intentOf('表1中哪项决议是修订版？')).toEqual({ kind: 'list', status: '修订版' });
    expect(intentOf('What is the latest news on spam?').kind).toBe('clauses');
    // "What are the X of …": a thing of the new one asked, not the new ones listed.
    expect(intentOf('the new kite resolution: what are the digits of its hotline?').kind).toBe(
      'clauses',
    );
    expect(intentOf('what are the new resolutions?')).toEqual({ kind: 'list', status: '新决议' });
  });

  it('reads "the ones" with a status as resolutions listed by it', () => {
    expect(intentOf('pls list the ones that came out brand new this time')).toEqual({
      kind: 'list',
      status: '新决议',
    });
    expect(intentOf('which ones stayed unchanged?')).toEqual({ kind: 'list', status: '无修改' });
  });

  it('reads "new" of another thing (a new office, new kites) as no status of a resolution', () => {
    expect(intentOf('Which resolutions set up the new kite office in Asia?').kind).toBe('which');
    expect(intentOf("I got a 'brand new' kite. Which resolution covers kite safety?").kind).toBe(
      'clauses',
    );
    expect(intentOf('Which resolutions are new?')).toEqual({ kind: 'list', status: '新决议' });
    expect(intentOf('Which resolutions were new at WTSA-20?')).toEqual({
      kind: 'list',
      status: '新决议',
    });
  });

  it('counts by status, and counts abrogated resolutions from the introduction', () => {
    expect(intentOf('How many resolutions were revised?')).toMatchObject({
      kind: 'count',
      statuses: ['修订版'],
      abrogated: false,
    });
    expect(intentOf('全会废止了几项决议？')).toMatchObject({ kind: 'count', abrogated: true });
    expect(intentOf('Which resolutions were abrogated?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    // Which ones, with their number named (哪四个): the document lists them no more.
    expect(intentOf('全会废除的是哪三项决议？')).toMatchObject({ kind: 'count', unlisted: true });
    // Everyday words for it.
    expect(intentOf('How many resolutions were scrapped?')).toMatchObject({ abrogated: true });
    // Thrown away, when resolutions are what is counted; not the things a resolution covers.
    expect(
      intentOf('How many old resolutions did they throw out at the kite assembly?'),
    ).toMatchObject({ abrogated: true });
    expect(intentOf('How many resolutions cover the kites people throw away?')).not.toMatchObject({
      abrogated: true,
    });
    // The second of two counts, its noun left out (…, and how many did they throw out?).
    expect(
      intentOf(
        'How many resolutions were new at the kite assembly, and how many did they throw out?',
      ),
    ).toMatchObject({ abrogated: true });
    // Everyday verbs of throwing away after "did they" (bin, dump, junk, retire).
    expect(intentOf('How many old resolutions did they bin at the kite assembly?')).toMatchObject({
      abrogated: true,
    });
    // "Did they update" as "did they change".
    expect(intentOf('How many resolutions did they update at the kite assembly?')).toMatchObject({
      kind: 'count',
      statuses: ['修订版'],
    });
    // Wu 废脱 and Cantonese 废咗 (废掉); 取消掉 as 取消了.
    expect(intentOf('风筝节那天把几个决议取消掉了？')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    expect(intentOf('废脱的决议有几个？')).toMatchObject({ kind: 'count', abrogated: true });
    // The bare verb after the assembly, "did" left out, and the resolutions called old.
    expect(intentOf('how many old resolutions the assembly cancel at last?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    expect(intentOf('so they killed 3 resolutions - which?')).toMatchObject({ abrogated: true });
    expect(intentOf('Which resolutions were deleted at the assembly?')).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
    expect(intentOf('哪几项决议被删除了？')).toMatchObject({ kind: 'count', unlisted: true });
    // The verb after "did they", an adverb after the participle, the word typed in pinyin.
    expect(intentOf('which 3 resolutions did they just delete?')).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
    expect(intentOf('3 resolutions got cancelled already, which ones?')).toMatchObject({
      abrogated: true,
    });
    expect(intentOf('fei zhi le 3个决议，是哪3个？')).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
    // A count said or asked beside "which ones": the list is what is missing, and the count is given with it.
    expect(intentOf('据说撤销了几项老决议，都是哪些？')).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
    // Asked by their numbers (第几号): which ones, all the same.
    expect(intentOf('被撤销的决议是第几号？')).toMatchObject({ kind: 'count', unlisted: true });
    // Asked by their numbers and titles: which ones.
    expect(
      intentOf('They repealed some resolutions; send me the numbers and titles of those, thanks.'),
    ).toMatchObject({ kind: 'count', unlisted: true });
    expect(intentOf('which are the resolutions they eliminated at WTSA-20?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    expect(intentOf('which resolutions were cancelled at WTSA-20?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    expect(intentOf('全会总共改了几项决议？')).toMatchObject({
      kind: 'count',
      statuses: ['修订版'],
    });
    expect(intentOf('How many resolutions does the report say they change?')).toMatchObject({
      kind: 'count',
      statuses: ['修订版'],
    });
    expect(intentOf('有多少项决议没动？')).toMatchObject({ kind: 'count', statuses: ['无修改'] });
    expect(intentOf('这回保留下来的决议有几项？')).toMatchObject({ statuses: ['无修改'] });
    expect(intentOf('新出的决议有几项？')).toMatchObject({ kind: 'count', statuses: ['新决议'] });
    expect(intentOf('How many resolutions got tweaked?')).toMatchObject({ statuses: ['修订版'] });
    expect(intentOf('全会删掉了几项决议？')).toMatchObject({ kind: 'count', abrogated: true });
    expect(intentOf('How many resolutions were done away with?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    // Climate change is a topic, not a revision.
    expect(intentOf('How many resolutions did they pass on climate change?').kind).not.toBe(
      'count',
    );
  });

  it('reads a term a named resolution mentions, asked after by "that" (那是什么组织), as its meaning asked', () => {
    expect(intentOf('第12号决议里面有提到KFA，那是什么组织啊？')).toEqual({
      kind: 'define',
      term: 'KFA',
    });
    expect(intentOf('Resolution 12 mentions KFA. What is that?')).toEqual({
      kind: 'define',
      term: 'KFA',
    });
    expect(intentOf('第12号决议提到了讲习班，那是什么时候办？').kind).not.toBe('define');
  });

  it('reads "what is <acronym>?" as asking what it stands for, and nothing longer', () => {
    expect(intentOf('What does ISOC stand for?')).toEqual({ kind: 'define', term: 'ISOC' });
    expect(intentOf("what's the RIR?")).toEqual({ kind: 'define', term: 'RIR' });
    // A few words of lead-in before a colon.
    expect(intentOf('Short question: what does RIR mean?')).toEqual({
      kind: 'define',
      term: 'RIR',
    });
    expect(intentOf('请教一下：TDAG是什么意思？')).toEqual({ kind: 'define', term: 'TDAG' });
    expect(intentOf('JCA-AHF是什么意思？')).toEqual({ kind: 'define', term: 'JCA-AHF' });
    // A polite word after it (求科普, 谢谢).
    expect(intentOf('KTA什么意思 求科普')).toEqual({ kind: 'define', term: 'KTA' });
    expect(intentOf('KTA是什么意思？谢谢！')).toEqual({ kind: 'define', term: 'KTA' });
    // Its name in Chinese asked, in either language.
    expect(intentOf('RAG 中文怎么说？')).toEqual({ kind: 'define', term: 'RAG' });
    expect(intentOf('TDAG的中文名称是什么')).toEqual({ kind: 'define', term: 'TDAG' });
    expect(intentOf('What is ISOC in Chinese?')).toEqual({ kind: 'define', term: 'ISOC' });
    expect(intentOf('the Chinese name for RIR?')).toEqual({ kind: 'define', term: 'RIR' });
    expect(intentOf('什么是SC&C？')).toEqual({ kind: 'define', term: 'SC&C' });
    // Digits inside (U4SSC), 是什么机构的缩写, and a name given before "what is that?".
    expect(intentOf('U4SSC是个什么组织？')).toEqual({ kind: 'define', term: 'U4SSC' });
    expect(intentOf('BDT是什么机构的缩写啊？')).toEqual({ kind: 'define', term: 'BDT' });
    expect(intentOf('It mentions something called JCA-AHF. What is that?')).toEqual({
      kind: 'define',
      term: 'JCA-AHF',
    });
    // Asked twice over, casually: what it is, and its full name.
    expect(intentOf('RAG是个啥 全称叫什么')).toEqual({ kind: 'define', term: 'RAG' });
    // The acronym alone, asked.
    expect(intentOf('KTN?')).toEqual({ kind: 'define', term: 'KTN' });
    expect(intentOf('KTN = ?')).toEqual({ kind: 'define', term: 'KTN' });
    expect(intentOf('KTN rules?').kind).not.toBe('define');
    expect(intentOf('TDAG是个什么机构？全称是什么？')).toEqual({ kind: 'define', term: 'TDAG' });
    expect(intentOf('TDAG是什么时候成立的？').kind).not.toBe('define');
    // Not an acronym, or more than the term.
    expect(intentOf('What is roaming?').kind).toBe('clauses');
    expect(intentOf('What is ITU doing about spam?').kind).toBe('clauses');
    // Asked inside a request, or after a sentence about the asker.
    expect(intentOf('Could you tell me in plain words what TSAG means?')).toEqual({
      kind: 'define',
      term: 'TSAG',
    });
    expect(intentOf('New to this. What does BDT stand for?')).toEqual({
      kind: 'define',
      term: 'BDT',
    });
    expect(intentOf('我刚入职。TSB是什么意思？')).toEqual({ kind: 'define', term: 'TSB' });
    // A question before it is a question of its own.
    expect(intentOf('What is TSAG? What does it do for ITU-D?').kind).not.toBe('define');
  });

  it('reads an acronym typed with a keyword for its meaning as a definition question', () => {
    expect(intentOf('ISCG 全称')).toEqual({ kind: 'define', term: 'ISCG' });
    expect(intentOf('RIR的含义？')).toEqual({ kind: 'define', term: 'RIR' });
    expect(intentOf('CIRT full name')).toEqual({ kind: 'define', term: 'CIRT' });
    expect(intentOf('SDG meaning?')).toEqual({ kind: 'define', term: 'SDG' });
    // More than the term and its keyword is a question about the term.
    expect(intentOf('ISCG 全称 和 职责').kind).not.toBe('define');
    expect(intentOf('CIRT meaning for developing countries').kind).not.toBe('define');
  });

  it('reads "more than one resolution" and "several resolutions" as which', () => {
    expect(intentOf('有不止一个决议提到讲习班吗？').kind).toBe('which');
    expect(intentOf('Do several resolutions mention workshops?').kind).toBe('which');
    expect(intentOf('Is there more than one resolution on spam?').kind).toBe('which');
    // The resolutions as subject, asked which they are.
    expect(intentOf('讲漫游资费的决议有哪几项？').kind).toBe('which');
    expect(intentOf('涉及研究组的决议都是哪些').kind).toBe('which');
    // One of them with a verb in the singular: the one asked for, not all that do.
    expect(intentOf('which of the resolutions covers kite junk?').kind).toBe('clauses');
    // "Which of these resolutions", by its verb: plural lists them, singular asks for one.
    expect(intentOf('Which of these resolutions give Study Group 3 work?').kind).toBe('which');
    expect(intentOf('Which of these resolutions deals with drones?').kind).not.toBe('which');
    // Where they stand said after them, with or without a participle ("in your list").
    expect(intentOf('Which of the resolutions in your list deals with drones?').kind).not.toBe(
      'which',
    );
    expect(intentOf('Which of the resolutions in your list give drones work?').kind).toBe('which');
    // One picked out of the resolutions that affect ITU-D by what it does, the table asked only as the
    // source: which one, not 表1's list.
    expect(intentOf('影响ITU-D的决议中，管风筝比赛的是哪一项？请注明表中的出处').kind).not.toBe(
      'list',
    );
    expect(intentOf('影响ITU-D的决议有哪些？').kind).toBe('list');
    // Said where they stand first: still one by its verb in the singular, all by the plural.
    expect(intentOf('Which of the resolutions named in this paper covers kites?').kind).not.toBe(
      'which',
    );
    expect(intentOf('Which of the resolutions named in this paper cover kites?').kind).toBe(
      'which',
    );
  });

  it('reads a number asked (编号是多少) as no count', () => {
    expect(intentOf('风筝那项新决议编号是多少？').kind).not.toBe('count');
    expect(intentOf('新决议一共有多少项？').kind).toBe('count');
  });

  it('reads chat shorthand after normalisation: a bare status word, a summary of the whole document, a greeting', () => {
    const read = (q: string) => intentOf(normalizeInput(q));
    expect(read('r100 new?').kind).toBe('status');
    expect(read('roaming res - new or revised??').kind).toBe('status');
    expect(read('tl;dr of the whole doc pls').kind).toBe('document');
    expect(read('hey whats res 52 about').kind).toBe('overview');
    expect(read('52号决议是干啥的').kind).toBe('overview');
    expect(read('全会废了哪几项决议')).toMatchObject({ kind: 'count', abrogated: true });
  });

  it('reads whether there are any resolutions of a status, with no topic, as their count', () => {
    expect(intentOf('Did the assembly scrap any resolutions?')).toMatchObject({
      kind: 'count',
      abrogated: true,
    });
    expect(intentOf('有没有新的决议？')).toMatchObject({ kind: 'count', statuses: ['新决议'] });
    expect(intentOf('Are there any revised resolutions?')).toMatchObject({ kind: 'count' });
    expect(intentOf("What's new at the assembly?")).toEqual({ kind: 'list', status: '新决议' });
    // With a topic, the status of the resolution on it.
    expect(intentOf('Was any resolution on spam revised?').kind).toBe('status');
    expect(intentOf('有没有关于漫游的新决议？').kind).toBe('status');
    // "count" inside a word (countries, counterfeit) asks no count.
    expect(intentOf('Was the resolution on help for poorer countries revised?').kind).toBe(
      'status',
    );
    expect(intentOf('Is the counterfeit-gear resolution a revised one?').kind).toBe('status');
    // "That X one", pointed at with its topic, then changed or left as it was.
    expect(
      intentOf('that kite safety charter one, did they alter it or keep it as it was?').kind,
    ).toBe('status');
    expect(intentOf('this drone noise one: did the assembly amend it in 2022, or not?').kind).toBe(
      'status',
    );
    // The table named in a remark beside the question, not in what it asks.
    expect(intentOf('Which resolution is about kites? Table 1 seems to skip it.').kind).not.toBe(
      'list',
    );
    expect(intentOf('Which ones does table 1 list?').kind).toBe('list');
    // A topic put first, then asked of as "it".
    expect(intentOf('kite licence fees, was it revised at the congress?').kind).toBe('status');
    // "The text about …", 那一项 and 那条 name a resolution by its topic too.
    expect(intentOf('Is the text about drone licences an updated version?').kind).toBe('status');
    expect(intentOf('Did the rules about drone licences get changed?').kind).toBe('status');
    expect(intentOf('无人机那一项，这次有没有改过？').kind).toBe('status');
    expect(intentOf('讲无人机的那条，是这次才有的吗？').kind).toBe('status');
    // A resolution carried from the conversation, and resolutions counted by status: the count.
    expect(detectIntent('and how many did they leave untouched?', '', true, 1)).toMatchObject({
      kind: 'count',
      statuses: ['无修改'],
    });
    // …nor "list" inside one (specialists): this asks for the help, not a list of revised resolutions.
    expect(intentOf('Does the revised resolution on EMF send specialists?').kind).toBe('clauses');
  });

  it('reads "why this report was put together" as the document\'s purpose', () => {
    expect(intentOf('So why the report was prepared at all?').kind).toBe('document');
  });

  it('counts resolutions asked "how many they …" in a second clause, and reads "actualised" as revised', () => {
    expect(
      intentOf('Tell me how many resolutions they revised and how many they scrapped.'),
    ).toEqual({
      kind: 'count',
      statuses: ['修订版'],
      abrogated: true,
    });
    expect(intentOf('Is Resolution 54 actualized, or the same as before?').kind).toBe('status');
  });

  it('counts resolutions when a second "how many" is followed by a status word', () => {
    expect(intentOf('How many of its resolutions were amended, and how many repealed?')).toEqual({
      kind: 'count',
      statuses: ['修订版'],
      abrogated: true,
    });
    // …or the status word comes after a word that stresses it.
    expect(
      intentOf('so how many totally new resolutions, and how many got dropped?'),
    ).toMatchObject({
      kind: 'count',
      statuses: ['新决议'],
    });
  });

  it('reads "this summary" or "this briefing" as the document, and asks its purpose', () => {
    expect(intentOf("What's this briefing really for?").kind).toBe('document');
    expect(intentOf('What is the point of this overview?').kind).toBe('document');
    expect(intentOf('这份简报是为了什么？').kind).toBe('document');
    expect(intentOf('So what is this document really supposed to be used for?').kind).toBe(
      'document',
    );
    // A resolution's summary is that resolution's.
    expect(intentOf('What is the summary of Resolution 12 for?').kind).not.toBe('document');
  });

  it('reads words quoted beside "title" as what the listed titles must contain', () => {
    expect(intentOf('哪些决议的题目里有“标准化”三个字？')).toEqual({
      kind: 'list',
      status: null,
      titled: '标准化',
    });
    expect(intentOf("Which revised resolutions have 'study' in their titles?")).toEqual({
      kind: 'list',
      status: '修订版',
      titled: 'study',
    });
    // Quoted, but not a title: the clauses say.
    expect(intentOf('Which resolutions mention "test labs"?').kind).toBe('which');
  });

  it('does not count resolutions when the question counts something else about one', () => {
    expect(intentOf('How many delegates voted for the new resolution?').kind).toBe('clauses');
    expect(intentOf('修订后的决议有多少个国家支持？').kind).toBe('clauses');
    expect(intentOf('How many new resolutions are there?').kind).toBe('count');
    // Whether any were, or which ones: "any" in a which-question does not make it a count.
    expect(intentOf('Did they scrap any resolutions?').kind).toBe('count');
    expect(intentOf('Which resolutions were left without any changes?').kind).toBe('list');
    // 没修改, 原封不动: unchanged, in everyday words.
    expect(intentOf('哪几项决议原封不动？')).toEqual({ kind: 'list', status: '无修改' });
    expect(intentOf('没修订的决议有哪些')).toEqual({ kind: 'list', status: '无修改' });
    // "Abolished" is the everyday word for abrogated.
    expect(intentOf('Which resolutions did the assembly abolish?')).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
  });

  it('reads "decision" as an everyday word for a resolution', () => {
    expect(intentOf("Was ITU's decision on roaming charges changed in 2022?").kind).toBe('status');
    expect(intentOf('Which decisions were left unchanged?')).toEqual({
      kind: 'list',
      status: '无修改',
    });
  });

  it('reads new-or-changed as a status question about a resolution, even when it is not called one', () => {
    expect(intentOf('漫游那个是新的还是修订过的').kind).toBe('status');
    expect(intentOf('电子卫生那个改了还是原样？').kind).toBe('status');
    expect(intentOf('roaming one - revised at the assembly or same as before?').kind).toBe(
      'status',
    );
    expect(intentOf('这个平台是新的吗？').kind).not.toBe('status');
    // "The X one": a resolution named by its topic.
    expect(intentOf('电子废物那个是新的吗？').kind).toBe('status');
    // "There is one on X" (Cantonese 有条讲…嘅): one of the resolutions, by its topic.
    expect(intentOf('有条讲放风筝嘅，我想知佢有冇被修改过').kind).toBe('status');
    expect(intentOf('有一项是关于无人机的，改过没有？').kind).toBe('status');
  });

  it('reads a question about the document itself, and only that, as the document', () => {
    expect(intentOf('Summarize this document in two sentences').kind).toBe('document');
    expect(intentOf('本文件的用途是什么？').kind).toBe('document');
    expect(intentOf('What does the document say about e-waste?').kind).toBe('clauses');
    expect(intentOf('这份文件里有哪些决议涉及漫游？').kind).toBe('which');
  });

  it('reads what the document is for as the document, even with more words after it', () => {
    expect(intentOf("What's the report really for? Who reads it?").kind).toBe('document');
    expect(intentOf('Why was this paper written?').kind).toBe('document');
    expect(intentOf('What is the point of the document for members?').kind).toBe('document');
    expect(intentOf('这个材料是给谁看的？').kind).toBe('document');
    expect(intentOf('这份报告究竟拿来干嘛？').kind).toBe('document');
    expect(intentOf('本文件主要是写给谁的？').kind).toBe('document');
    expect(intentOf('这份报告说到底给谁看？').kind).toBe('document');
    // The purpose of what it lists is asked of those.
    expect(intentOf('Which resolutions in this report are meant for small islands?').kind).toBe(
      'which',
    );
    expect(intentOf('这份报告里哪些决议是为了帮助发展中国家？').kind).not.toBe('document');
  });

  it("reads what the document's parts hold, or where in it something is, as the document with those parts", () => {
    expect(intentOf('表1和表2各是做什么的？')).toEqual({
      kind: 'document',
      parts: ['table1', 'table2'],
    });
    expect(intentOf('What is in the annex?')).toEqual({ kind: 'document', parts: ['annex'] });
    // The conclusion is a part too: what it says.
    expect(intentOf('What does the conclusion say?')).toEqual({
      kind: 'document',
      parts: ['conclusion'],
    });
    expect(intentOf('结论部分讲了什么？')).toEqual({ kind: 'document', parts: ['conclusion'] });
    expect(intentOf('What do the two tables show?')).toEqual({
      kind: 'document',
      parts: ['table1', 'table2'],
    });
    expect(intentOf('Where in this report do I find the full texts?')).toMatchObject({
      kind: 'document',
    });
    expect(intentOf('Where could we see the complete wording?')).toMatchObject({
      kind: 'document',
    });
    expect(intentOf('完整的条文去哪儿找？')).toMatchObject({ kind: 'document' });
    // What a table marks, or says of a topic, is more than the part itself.
    expect(intentOf('Which resolutions in table 1 were revised?').kind).toBe('list');
    expect(intentOf('表2里关于漫游的决议讲了什么？').kind).not.toBe('document');
  });

  it('reads "the resolutions relevant to ITU-D" and the like as 表1, which lists exactly those', () => {
    expect(intentOf('How many resolutions impact ITU-D?')).toMatchObject({ kind: 'count' });
    expect(intentOf('与电信发展部门工作有关的决议一共几项？')).toMatchObject({ kind: 'count' });
    expect(intentOf("What resolutions matter for ITU-D's work?")).toEqual({
      kind: 'list',
      status: null,
    });
    expect(intentOf('影响到ITU-D的决议里哪些是新的？')).toEqual({ kind: 'list', status: '新决议' });
    // A topic inside ITU-D is not the table.
    expect(intentOf('Which resolutions relate to ITU-D study group 2?').kind).toBe('which');
    expect(intentOf('哪些决议涉及ITU-D第2研究组？').kind).toBe('which');
  });

  it('reads "which" of another thing, asked of a new resolution, as no list of the new ones', () => {
    expect(
      intentOf('The new one about kite festivals, the training follows which ITU-T recommendation?')
        .kind,
    ).not.toBe('list');
    expect(intentOf('放风筝那个新决议是按哪个标准来做的？').kind).not.toBe('list');
    expect(intentOf('Which new resolutions are about kite festivals?')).toMatchObject({
      kind: 'list',
      status: '新决议',
    });
  });

  it('reads a status asked of "it" after "which one covers X?" as no list of that status', () => {
    expect(
      intentOf('which resolution covers kite festivals? and did it get revised this time?').kind,
    ).not.toBe('list');
    expect(intentOf('哪个决议管风筝节？它是新的吗？').kind).not.toBe('list');
    expect(intentOf('Which resolutions were revised? Was it many?')).toMatchObject({
      kind: 'list',
    });
  });

  it('reads abrogated in the French or Spanish words mixed into English (supprimées)', () => {
    // As planning reads it, the accents off (normalizeInput).
    expect(
      intentOf('which resolutions were supprimees at the assembly? the list please'),
    ).toMatchObject({
      kind: 'count',
      unlisted: true,
    });
  });

  it('reads a status question whose "which" stands in the setting, not in the question', () => {
    expect(
      intentOf(
        'At the club nobody agrees which kite to fly. Was the kite festival resolution an old one they kept, or brand new?',
      ),
    ).toEqual({ kind: 'status' });
  });
  it('reads the number of one resolution named by topic as no list, though 表1 is named beside it', () => {
    expect(intentOf('风筝那项算第几号呀，表1里没看到').kind).not.toBe('list');
    expect(intentOf('表1里的决议都是第几号？').kind).toBe('list');
  });

  it('reads one of the resolutions that deals with a topic as one asked for, not all of them', () => {
    expect(intentOf('Is there one of these resolutions that deals with kite theft?').kind).not.toBe(
      'which',
    );
    expect(intentOf('Are there resolutions that deal with kite theft?').kind).toBe('which');
  });

  it('reads a count word in the setting as no count asked ("we have a few kite clubs")', () => {
    expect(
      intentOf('我们有几个风筝协会在外地办比赛，很热闹。请问讲风筝节的那个决议，这回有没有改动？'),
    ).toEqual({ kind: 'status' });
    expect(detectIntent('我们有几个风筝协会。讲风筝节的那个决议有没有改动？', '', true)).toEqual({
      kind: 'status',
    });
    expect(intentOf('修订过的决议有几个？').kind).toBe('count');
  });
});

describe('two resolutions asked of each', () => {
  it('compares them when the question asks of each, of both, or of one or the other', () => {
    const two = (q: string) => detectIntent(q, q, true, 2);
    expect(two('第96号和第97号决议分别要拉上哪些机构？')).toEqual({ kind: 'compare' });
    expect(two('风筝和无人机这两项决议各管什么？')).toEqual({ kind: 'compare' });
    expect(two('Which asks more of BDT, Resolution 84 or Resolution 88?')).toEqual({
      kind: 'compare',
    });
    expect(two('What do Resolutions 84 and 88 ask?')).toEqual({ kind: 'clauses' });
  });
});

describe('resolutions counted by their topic', () => {
  it('reads how many resolutions are about a topic as the list of them', () => {
    expect(intentOf('有几项决议是关于电子废物的？')).toEqual({ kind: 'which' });
    expect(intentOf('How many resolutions deal with spam?')).toEqual({ kind: 'which' });
  });

  it('not a count of what was done, nor of other things, nor by status', () => {
    expect(intentOf('WTSA-20一共通过了多少项决议？')).toEqual({ kind: 'clauses' });
    expect(intentOf('一共收到了多少份文稿？其中多少份是关于决议的？')).toEqual({ kind: 'clauses' });
    expect(intentOf('How many resolutions were revised?')).toMatchObject({ kind: 'count' });
  });
});

describe('statusesIn', () => {
  it('names every status once, not reading 没有修改 as 修改', () => {
    expect(statusesIn('有几项新决议，几项修订过的决议？')).toEqual(['新决议', '修订版']);
    expect(statusesIn('哪些决议没有修改？')).toEqual(['无修改']);
    // Changing something else (改了号码) names no status; what was changed in it still does.
    expect(statusesIn('有人改了号码还能用，哪条决议管？')).toEqual([]);
    expect(statusesIn('哪些决议改了？')).toEqual(['修订版']);
    expect(statusesIn('哪些决议改过什么')).toEqual(['修订版']);
    expect(statusesIn('how many did they leave untouched?')).toEqual(['无修改']);
  });

  it('does not read new people or newly appointed ones as new resolutions', () => {
    expect(statusesIn('How many newly appointed vice-chairs are women?')).toEqual([]);
    expect(statusesIn('Which of the new chairs come from Africa?')).toEqual([]);
    expect(statusesIn('Which resolutions are new?')).toEqual(['新决议']);
  });
});

describe('asksOverviewOfOne', () => {
  it.each([
    ['Tell me about the roaming resolution'],
    ["what's the e-waste resolution about?"],
    ['What is the resolution on spam about'],
    ['关于漫游的那项决议讲什么'],
    ['电子废物的决议是关于什么的'],
  ])('asks what one resolution, named by its topic, is about: %s', (q) => {
    expect(asksOverviewOfOne(q)).toBe(true);
  });

  it.each([
    ['Which resolutions mention roaming?'],
    ['What does the roaming resolution ask BDT to do?'],
    ['漫游决议要求电信发展局做什么'],
    ['tell me about roaming'],
    // Something of the resolution asked for, not what it is about.
    ["what's the fine for clubs that break the rules under the kite resolution?"],
    // What a resolution says, stated: a claim, not a question about it.
    ['我记得有决议说小组会议也要配口译'],
    // Which one says something: the clause that says it.
    ['哪个决议说了要给讲习班拨款？'],
    ['哪项决议讲到了电子废物的回收？'],
  ])('not a list, an operative question or a topic alone: %s', (q) => {
    expect(asksOverviewOfOne(q)).toBe(false);
  });
});

describe('withoutDocumentPlace', () => {
  it('takes out the document as where to look, and leaves it as what is talked about', () => {
    expect(withoutDocumentPlace('这份文件里有没有提到风筝？')).not.toContain('文件');
    expect(withoutDocumentPlace('Kites — does the document cover them?')).not.toContain('document');
    expect(withoutDocumentPlace('这份文件是写给谁看的？')).toContain('这份文件');
    expect(withoutDocumentPlace('指导文件里的内容可以免费下载吗？')).toContain('指导文件');
  });
});

describe('withoutDocumentRefs', () => {
  it('takes out words that point at the document, bare 文件里 before what it says too', () => {
    expect(withoutDocumentRefs('这份文件里关于IPv6说了什么？')).not.toContain('文件');
    expect(withoutDocumentRefs('What does this report say about IPv6?')).not.toContain('report');
    expect(withoutDocumentRefs('路由器坏了，文件里有什么规定？')).not.toContain('文件');
    // A document that is a topic stays.
    expect(withoutDocumentRefs('指导文件里的内容可以免费下载吗？')).toContain('指导文件');
    expect(withoutDocumentRefs('Which outcome document did the symposium adopt?')).toContain(
      'outcome document',
    );
  });

  it('takes out the assembly’s name where it only says whose resolution, not what about', () => {
    expect(withoutDocumentRefs('Which WTSA-20 resolution is about kites?')).not.toContain('WTSA');
    expect(withoutDocumentRefs('WTSA-20哪项决议讲风筝？')).not.toContain('WTSA');
    // …one of them picked out, or all of them ranged over.
    expect(withoutDocumentRefs('which one of them WTSA resolutions is on kites?')).not.toContain(
      'WTSA',
    );
    expect(withoutDocumentRefs('do all WTSA resolutions mention kites?')).not.toContain('WTSA');
    // The assembly's resolutions as the topic (their evaluation) stay; so does the group the document is
    // about (what was decided after these WTSA-20 resolutions).
    expect(
      withoutDocumentRefs('what came of these WTSA-20 resolutions at the kite meeting?'),
    ).toContain('WTSA');
    expect(withoutDocumentRefs('Who evaluates how WTSA resolutions are implemented?')).toContain(
      'WTSA',
    );
  });

  it('takes out a resolution number asked for, which is no topic; a number that is one stays', () => {
    expect(withoutDocumentRefs('kite reso number pls')).not.toMatch(/number/);
    expect(withoutDocumentRefs('drone rules, res no.?')).not.toMatch(/no\./);
    expect(withoutDocumentRefs('Kites: number of that resolution?')).not.toMatch(/number/);
    expect(withoutDocumentRefs('风筝决议编号是多少')).not.toContain('编号');
    expect(withoutDocumentRefs('Which resolution sets a common kite hotline number?')).toContain(
      'number',
    );
  });
});

describe('a participle describing a thing', () => {
  it('is no resolution done away with (scrapped phones, cancelled flights)', () => {
    expect(intentOf('Which resolution deals with scrapped kites?')).not.toMatchObject({
      kind: 'count',
    });
    expect(intentOf('How many resolutions were scrapped altogether?')).toMatchObject({
      abrogated: true,
    });
  });

  it('nor is scrap as a trade (scrap business, scrap metal)', () => {
    expect(
      intentOf('My uncle is in the scrap business. Which resolution number covers old kites?'),
    ).toMatchObject({ kind: 'clauses' });
    expect(intentOf('Which resolutions did they scrap?')).toMatchObject({ abrogated: true });
  });
});
