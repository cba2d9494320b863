import { describe, expect, it } from 'vitest';
import { detectLang, unknownEntities } from '../../src/retrieval/query-plan.js';

const corpus = 'wtsa-20于2022年3月1日召开 wtdc-22 wtdc-17 imt-2020 2016年哈马马特 第四届研讨会';

describe('unknownEntities', () => {
  it('names meetings and years the document never mentions', () => {
    expect(unknownEntities('WTDC-25在哪里举行？', corpus)).toEqual(['WTDC-25']);
    expect(unknownEntities('When is WTSA 2024?', corpus)).toEqual(['WTSA-24']);
    expect(unknownEntities('What happened in 2031?', corpus)).toEqual(['2031']);
    expect(unknownEntities('第三届研讨会在哪里开的？', corpus)).toEqual(['第三届']);
    expect(unknownEntities('第四届研讨会在哪里开的？', corpus)).toEqual([]);
  });

  it('names a title in 《》 the document never writes', () => {
    const titled = corpus + '《智慧非洲宣言》';
    expect(unknownEntities('《巴黎协定》的目标是什么？', titled)).toEqual(['《巴黎协定》']);
    expect(unknownEntities('《智慧非洲宣言》是什么？', titled)).toEqual([]);
  });

  it('names a number of three digits or more the document never writes, not a resolution number', () => {
    const numbered = corpus + ' 120多位副主席 e.161.1';
    expect(unknownEntities('听说决议定了用911当急救电话，是吧？', numbered)).toEqual(['911']);
    expect(unknownEntities('Were 120 vice-chairs appointed?', numbered)).toEqual([]);
    expect(unknownEntities('What does Resolution 195 say?', numbered)).toEqual([]);
    expect(unknownEntities('第195号决议讲了什么？', numbered)).toEqual([]);
    expect(unknownEntities('Is E.161.1 the standard?', numbered)).toEqual([]);
  });

  it('leaves a number given as an example of what the question names otherwise', () => {
    const numbered = corpus + ' 应急号码';
    expect(
      unknownEntities('Which one is about a hotline for kites (like 999) in towns?', numbered),
    ).toEqual([]);
    expect(unknownEntities('有没有讲风筝热线的，比如999这种？', numbered)).toEqual([]);
    // The asker's own as the example: "like how we dial 999 here", 像我们这边打999.
    expect(
      unknownEntities(
        'Is there one kite hotline for all towns, like how we call 999 at home?',
        numbered,
      ),
    ).toEqual([]);
    expect(unknownEntities('风筝热线是不是全国统一，像我们这边打999？', numbered)).toEqual([]);
    expect(unknownEntities('Does it make 999 the kite hotline?', numbered)).toEqual(['999']);
  });

  it('takes a time relative to now where it is asked about, not in a plan of the asker’s beside it', () => {
    expect(unknownEntities('下周讲风筝那块，想确认一下：风筝节是不是每年都办？', corpus)).toEqual(
      [],
    );
    expect(unknownEntities('明天有会，请问在哪里开？', corpus)).toEqual(['明天']);
    expect(unknownEntities('听说今年风筝要涨价，是真的吗？', corpus)).toEqual(['今年']);
    expect(unknownEntities('风筝协会下届会议日期定了没有？', corpus)).toHaveLength(1);
  });

  it('accepts what the document mentions', () => {
    expect(unknownEntities('WTDC-22会讨论什么？', corpus)).toEqual([]);
    expect(unknownEntities('What did IMT-2020 need in 2022?', corpus)).toEqual([]);
  });

  it("counts times, years and figures in the question, not in the asker's setting before it", () => {
    expect(
      unknownEntities('我们明年要组建CIRT，预算约500万元。请问第58号决议要求什么？', corpus),
    ).toEqual([]);
    expect(unknownEntities('We set ours up in 2019. What does Resolution 58 ask?', corpus)).toEqual(
      [],
    );
    expect(unknownEntities('We are a small team. What will happen in 2031?', corpus)).toEqual([
      '2031',
    ]);
    expect(unknownEntities('明天日内瓦的天气怎么样？', corpus)).toEqual(['明天']);
  });

  it('treats progress reported so far, or adoption later by another meeting, as outside the record', () => {
    expect(unknownEntities('what progress have they reported so far?', corpus)).toHaveLength(1);
    expect(unknownEntities('Was it then adopted by the Plenipotentiary?', corpus)).toHaveLength(1);
    expect(unknownEntities('What progress does the resolution ask for?', corpus)).toEqual([]);
  });

  it('treats times relative to now as outside a 2022 record', () => {
    expect(unknownEntities('明天日内瓦的天气怎么样？', corpus)).toEqual(['明天']);
    expect(unknownEntities('日内瓦这周会下雨吗？', corpus)).toEqual(['这周']);
    expect(unknownEntities('What is the weather in Geneva tomorrow?', corpus)).toEqual([
      'tomorrow',
    ]);
  });

  it('treats whether it worked, and what came of it, as outside it; not what ITU is to show', () => {
    expect(unknownEntities('Did the test labs really help? Any numbers?', corpus)).toHaveLength(1);
    expect(unknownEntities('What were the results of the workshops?', corpus)).toHaveLength(1);
    expect(unknownEntities('Will ITU report whether the labs actually helped?', corpus)).toEqual(
      [],
    );
  });

  it('treats how things turned out after the assembly as outside it, not what was decided', () => {
    expect(unknownEntities('Has the plan on roaming worked since then?', corpus)).toHaveLength(1);
    expect(unknownEntities('Have they finished the new centres yet?', corpus)).toHaveLength(1);
    expect(unknownEntities('到目前为止，这项工作取得了什么成效？', corpus)).toHaveLength(1);
    expect(unknownEntities('What did the assembly decide on roaming?', corpus)).toEqual([]);
    expect(
      unknownEntities('Who is asked to report progress to the next assembly?', corpus),
    ).toEqual([]);
  });

  it('treats the date of the next meeting as outside it, but not what happens until then', () => {
    expect(unknownEntities('When will the next TSAG meeting be?', corpus)).toHaveLength(1);
    expect(unknownEntities('下届WTDC大概什么时候举行？', corpus)).toHaveLength(1);
    expect(unknownEntities('什么时候召开下一次全会？', corpus)).toHaveLength(1);
    expect(unknownEntities('下一届全会在哪个城市开？', corpus)).toHaveLength(1);
    expect(unknownEntities('Where is the next TSAG meeting?', corpus)).toHaveLength(1);
    // 下一回 as northern speakers say it; the next assembly asked after by a bare question word.
    expect(unknownEntities('下一回全会什么时候开？', corpus)).toHaveLength(1);
    expect(unknownEntities('next assembly after this one, when? where?', corpus)).toHaveLength(1);
    expect(unknownEntities('where would the next meeting be held?', corpus)).toHaveLength(1);
    // Not a clause about the next assembly that merely goes on with "when".
    expect(
      unknownEntities('is progress reported to the next meeting when the kites are built?', corpus),
    ).toEqual([]);
    expect(unknownEntities('What may TSAG decide before the next assembly?', corpus)).toEqual([]);
    expect(unknownEntities('下届全会之前TSAG可以做什么？', corpus)).toEqual([]);
  });

  it('treats what was done since the assembly, or what a later meeting made of it, as outside it', () => {
    expect(
      unknownEntities('Has Kenya switched to the new number since the assembly?', corpus),
    ).toHaveLength(1);
    expect(unknownEntities('Did the draft end up being adopted later?', corpus)).toHaveLength(1);
    expect(unknownEntities('后来的全权代表大会通过了吗？', corpus)).toHaveLength(1);
    expect(unknownEntities('Could the council end up approving it?', corpus)).toHaveLength(1);
    // Since an earlier meeting is what the record reports.
    expect(unknownEntities('What has changed since 2016?', corpus)).toEqual([]);
    expect(unknownEntities('全会最后通过了哪些决议？', corpus)).toEqual([]);
    // What the reported assembly itself ended up adopting is in the record.
    expect(unknownEntities('So did WTSA-20 end up adopting the draft?', corpus)).toEqual([]);
    expect(unknownEntities('Did the assembly ended up approving it?', corpus)).toEqual([]);
  });

  it('treats what a later meeting will decide as a prediction, not a report the document asks for', () => {
    expect(unknownEntities('下一届全会会不会把这项决议废掉？', corpus)).toHaveLength(1);
    expect(unknownEntities('Will the next assembly scrap this resolution?', corpus)).toHaveLength(
      1,
    );
    expect(
      unknownEntities('Is the next WTSA going to adopt a resolution on AI?', corpus),
    ).toHaveLength(1);
    expect(unknownEntities('Does the Director report to the next assembly?', corpus)).toEqual([]);
    expect(unknownEntities('下届全会要收到关于本决议的报告吗？', corpus)).toEqual([]);
  });
});

describe('detectLang', () => {
  it('tells Chinese from English, Chinese winning mixed questions', () => {
    expect(detectLang('第44号决议规定了什么？')).toBe('zh');
    expect(detectLang('What does Resolution 44 say?')).toBe('en');
    expect(detectLang('ITU-T研究组的区域组是哪项决议？')).toBe('zh');
  });
});
