/** Follow-up questions carry the resolution the conversation is about; a question naming its own does not. */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/types.js';
import { resolveFollowUp, subjectOf } from '../../src/retrieval/follow-up.js';
import { resolutionRefs } from '../../src/retrieval/resolution-refs.js';

const ABOUT_88: Turn[] = [
  { role: 'user', content: '第88号决议是关于什么的？' },
  { role: 'assistant', content: '第88号决议（国际移动漫游）责成电信标准化局主任与BDT主任协作…' },
];

describe('resolveFollowUp', () => {
  it('carries the subject into "ok and what about …", a filler before the going on', () => {
    expect(
      resolveFollowUp('ok and what about the yearly kite census then?', ABOUT_88).carried,
    ).toEqual([88]);
  });

  it('reads "the other …s" as the rest of what the answer listed, searched by the answer’s words', () => {
    const f = resolveFollowUp('so what are the other clubs', ABOUT_88);
    expect(f.carried).toEqual([88]);
    expect(f.standalone).toContain('国际移动漫游');
    expect(resolveFollowUp('剩下的呢，都有哪些？', ABOUT_88).carried).toEqual([88]);
    // A comparison with the rest of something is no pointer back.
    expect(
      resolveFollowUp('is the kite census paywalled like the rest of ITU stuff?', ABOUT_88)
        .standalone,
    ).not.toContain('国际移动漫游');
  });

  it('carries the subject into a question about 他们 (those it concerns)', () => {
    expect(resolveFollowUp('他们开风筝会的时候，会不会同时办讲习班？', ABOUT_88).carried).toEqual([
      88,
    ]);
  });

  it('reads "#16" beside a place in a list or an item word as an item of the resolution talked about', () => {
    const f = resolveFollowUp('hold on, the final one, #14?', ABOUT_88);
    expect(f.carried).toEqual([88]);
    expect(f.standalone).toBe('hold on, the final one, item 14?');
    expect(resolveFollowUp('item #12?', ABOUT_88).standalone).toBe('item 12?');
    // Alone, "#16" still names a resolution, as a chat writes one.
    expect(resolveFollowUp('and #16?', ABOUT_88).carried).toEqual([]);
  });

  it('keeps the resolution asked about when the answer names only another one, cited in passing', () => {
    const history: Turn[] = [
      { role: 'user', content: '第88号决议里，主任要做哪几件事？' },
      { role: 'assistant', content: '1. 根据第195号决议推出相关举措；2. 组织活动。' },
    ];
    expect(subjectOf(history)).toEqual([88]);
    expect(resolveFollowUp('那第二条的经费呢？', history).carried).toEqual([88]);
  });

  it('carries 88 into "它责成TSB主任做什么？"', () => {
    const f = resolveFollowUp('它责成TSB主任做什么？', ABOUT_88);
    expect(f.carried).toEqual([88]);
  });

  it('carries 88 into 他 before a verb of saying (佢话), but not into 他 as a person', () => {
    expect(resolveFollowUp('他说要照顾放风筝的人，是吗？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('他是风筝协会的会长吗？', ABOUT_88).carried).toEqual([]);
  });

  it('carries 88 into a question about 伊 (it, in Wu and Min), but not into one about 伊朗', () => {
    expect(resolveFollowUp('格么伊这趟大会有改动过伐？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('伊朗的风筝比赛怎么报名？', ABOUT_88).carried).toEqual([]);
  });

  it('carries the subject into "anything on X in there", which points back at it', () => {
    expect(resolveFollowUp('anything on kites in there?', ABOUT_88).carried).toEqual([88]);
  });

  it('carries the subject into "这些…" (these …), which points back at it', () => {
    expect(resolveFollowUp('这些工作由谁来牵头落实呢？', ABOUT_88).carried).toEqual([88]);
  });

  it('finds where what was just said is written by the words the answer quoted', () => {
    const quoting: Turn[] = [
      ABOUT_88[0]!,
      { role: 'assistant', content: '第88号决议要求「推出相关举措，增强人们的认识」。' },
    ];
    for (const q of ['这个具体写在哪一部分？', 'Which part is that in, exactly?']) {
      const f = resolveFollowUp(q, quoting);
      expect(f.carried).toEqual([88]);
      expect(f.standalone).toContain('推出相关举措，增强人们的认识');
    }
    // Where something of its own is written is asked by its own words.
    const own = resolveFollowUp('费率的要求写在哪一部分？', quoting);
    expect(own.standalone).not.toContain('推出相关举措');
  });

  it('carries the subject into 这条 / 那项 standing for it', () => {
    expect(resolveFollowUp('这条在全会上修订过吗？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('那条跟发展中国家有关系吗？', ABOUT_88).carried).toEqual([88]);
    // 这个 opening the question points back, whatever follows it (这个，国际电联具体管什么的？).
    expect(resolveFollowUp('这个 国际电联 具体 管 什么 的？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('这个国际电联具体负责哪些工作？', ABOUT_88).carried).toEqual([88]);
  });

  it('carries the subject into an English pronoun question', () => {
    const history: Turn[] = [
      { role: 'user', content: 'What is Resolution 54 about?' },
      { role: 'assistant', content: 'Resolution 54 is about regional groups.' },
    ];
    expect(resolveFollowUp('Who does it instruct?', history).carried).toEqual([54]);
  });

  it('carries the subject into this / that standing alone for it', () => {
    const history: Turn[] = [
      { role: 'user', content: 'What is Resolution 54 about?' },
      { role: 'assistant', content: 'Resolution 54 is about regional groups.' },
    ];
    expect(resolveFollowUp('so who pays for all that?', history).carried).toEqual([54]);
    // A spoken tag after it ("… of that, huh?").
    expect(resolveFollowUp('but who organises all of that huh?', history).carried).toEqual([54]);
    expect(resolveFollowUp('Is this tied to a study group question?', history).carried).toEqual([
      54,
    ]);
    // A determiner before a noun of its own is no pointing back: the subject is only favoured.
    const own = resolveFollowUp(
      'Which study group runs that regional workshop programme?',
      history,
    );
    expect(own.carried).toEqual([]);
    expect(own.soft).toEqual([54]);
  });

  it('only favours the subject when the question asks for a resolution on a topic', () => {
    const f = resolveFollowUp('那网络安全方面呢？有专门的决议吗？', ABOUT_88);
    expect(f.carried).toEqual([]);
    expect(f.soft).toEqual([88]);
    const en = resolveFollowUp('And is there a separate resolution on phone theft?', ABOUT_88);
    expect(en.carried).toEqual([]);
    // Pointing back at it still carries it.
    expect(resolveFollowUp('它是哪个决议的修订版？', ABOUT_88).carried).toEqual([88]);
  });

  it('carries the subject into a clause named without its resolution', () => {
    expect(resolveFollowUp('and item 3 of the instructions?', ABOUT_88).carried).toEqual([88]);
    // "The third one" is a place in a list, not another resolution named by its topic.
    expect(resolveFollowUp('and the third one? what is it about?', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('责成部分第二项是什么？', ABOUT_88).carried).toEqual([88]);
  });

  it('reads a bare number after a clause named by its item as the next item, not a resolution', () => {
    const byItem: Turn[] = [
      { role: 'user', content: 'R88 instr 1?' },
      { role: 'assistant', content: 'Resolution 88 · 责成 · 1: …' },
    ];
    expect(resolveFollowUp('and 2?', byItem)).toEqual({ standalone: 'and item 2?', carried: [88] });
    expect(resolveFollowUp('那3呢', byItem).standalone).toBe('那item 3呢');
    // After a question about the resolution as a whole, a bare number is still another resolution.
    expect(resolveFollowUp('and 52?', ABOUT_88).standalone).toContain('52');
    expect(resolveFollowUp('and 52?', ABOUT_88).carried).toEqual([]);
  });

  it('carries nothing without history', () => {
    expect(resolveFollowUp('它责成TSB主任做什么？', undefined)).toEqual({
      standalone: '它责成TSB主任做什么？',
      carried: [],
    });
    expect(resolveFollowUp('它责成TSB主任做什么？', []).carried).toEqual([]);
  });

  it('does not carry when the question names its own resolution', () => {
    const f = resolveFollowUp('第97号决议责成TSB主任做什么？', ABOUT_88);
    expect(f.carried).toEqual([]);
    expect(f.standalone).toBe('第97号决议责成TSB主任做什么？');
  });

  it('asks the previous question of a new resolution on "那第97号呢？"', () => {
    const f = resolveFollowUp('那第97号呢？', ABOUT_88);
    expect(f.carried).toEqual([]);
    expect(f.standalone).toContain('第97号');
    expect(f.standalone).toContain('是关于什么的');
  });

  it('reads a bare number as the next resolution when the conversation is about one', () => {
    const about50: Turn[] = [
      { role: 'user', content: '第50号决议是关于什么的？' },
      { role: 'assistant', content: '第50号决议（网络安全）…' },
    ];
    for (const q of ['那58号呢？', '58号', '第58号呢']) {
      const f = resolveFollowUp(q, about50);
      expect(resolutionRefs(f.standalone)).toEqual([58]);
      expect(f.standalone).toContain('是关于什么的');
      expect(f.carried).toEqual([]);
    }
    const english: Turn[] = [{ role: 'user', content: 'What does Resolution 50 ask of the TSB?' }];
    for (const q of ['what about 58', 'And 58?', 'res 58?']) {
      expect(resolutionRefs(resolveFollowUp(q, english).standalone)).toEqual([58]);
    }
    // The new resolution named in full after a few filler words: the previous question, asked of it.
    for (const q of ['ok and what about resolution 58?', 'Okay, so Resolution 58?']) {
      expect(resolveFollowUp(q, english).standalone).toContain('ask of the TSB');
    }
  });

  it('does not read a bare number as a resolution without one in the conversation', () => {
    const f = resolveFollowUp('58号', [{ role: 'user', content: '你好' }]);
    expect(resolutionRefs(f.standalone)).toEqual([]);
  });

  it('sets the subject aside when other resolutions are asked for, with the previous question when none is given', () => {
    const withTopic = resolveFollowUp('别的决议也讲到消费者权益吗？', ABOUT_88);
    expect(withTopic).toMatchObject({ carried: [], besides: [88] });
    expect(withTopic.standalone).toBe('别的决议也讲到消费者权益吗？');
    // No topic of its own: the previous question's.
    const bare = resolveFollowUp('还有别的决议吗？', ABOUT_88);
    expect(bare.besides).toEqual([88]);
    expect(bare.standalone).toContain('是关于什么的');
    const english: Turn[] = [
      { role: 'user', content: 'Does Resolution 64 mention test labs?' },
      { role: 'assistant', content: 'Resolution 64 asks for IPv6 testbeds.' },
    ];
    expect(
      resolveFollowUp('Do any other resolutions talk about test labs?', english),
    ).toMatchObject({
      carried: [],
      besides: [64],
    });
  });

  it('carries the subject into a short question, its punctuation and emoji not counted', () => {
    expect(resolveFollowUp('按哪份标准去放的？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('按哪份标准去放的😭😭', ABOUT_88).carried).toEqual([88]);
  });

  it('carries the subject into a telegraphed question, each piece between marks a few words', () => {
    expect(resolveFollowUp('kite clubs?? all?? only small ones??', ABOUT_88).carried).toEqual([88]);
    // Sentences of more words between the marks are no telegraph.
    expect(
      resolveFollowUp(
        'are there rules for kite clubs in the mountains? also for drones in big cities?',
        ABOUT_88,
      ).carried,
    ).toEqual([]);
  });

  it('carries the subject into "is it asking them to carry out some other resolution?"', () => {
    const f = resolveFollowUp('Does it ask them to carry out some other resolution too?', ABOUT_88);
    expect(f.carried).toEqual([88]);
    expect(resolveFollowUp('它还要求落实别的决议吗？', ABOUT_88).carried).toEqual([88]);
    // The other one pointed at as what the answer just said (你刚说的, "you just mentioned").
    expect(resolveFollowUp('你刚说的那个要落实的别的决议，是几号？', ABOUT_88).carried).toEqual([
      88,
    ]);
    // Other resolutions on its topic are still a search that sets it aside.
    expect(resolveFollowUp('Do any other resolutions talk about it?', ABOUT_88).carried).toEqual(
      [],
    );
  });

  it('does not carry into a long, self-contained question', () => {
    const f = resolveFollowUp(
      '哪项决议涉及国际电联研究组的区域组问题以及相关的会议安排？',
      ABOUT_88,
    );
    expect(f.carried).toEqual([]);
  });
});

describe("the document's own parts", () => {
  it('asks them of the document, not of the resolution talked about, unless pointing back at it', () => {
    expect(resolveFollowUp('那文件的引言是怎么说的？', ABOUT_88).carried).toEqual([]);
    expect(resolveFollowUp('And what does the conclusion say?', ABOUT_88).carried).toEqual([]);
    expect(resolveFollowUp('它在表1里是什么状态？', ABOUT_88).carried).toEqual([88]);
  });
});

describe('another resolution named by its topic', () => {
  it('reads "the other one on X" and "there is also one about X" as a switch', () => {
    expect(resolveFollowUp('另外那个跟网络安全有关的决议是几号？', ABOUT_88).carried).toEqual([]);
    expect(resolveFollowUp('还有个讲垃圾短信的吧？说了什么', ABOUT_88).carried).toEqual([]);
    // Still the same resolution: 还有 asking more of it.
    expect(resolveFollowUp('还有它要求BDT做什么？', ABOUT_88).carried).toEqual([88]);
  });

  it('carries nothing over, and asks the previous question when the switch is all there is', () => {
    const asked = resolveFollowUp('那反垃圾邮件的那个决议呢？它要求做什么', ABOUT_88);
    expect(asked).toEqual({ standalone: '那反垃圾邮件的那个决议呢？它要求做什么', carried: [] });
    // 决议 left out before 呢.
    const short = resolveFollowUp('那电子废物那项呢？', ABOUT_88);
    expect(short.carried).toEqual([]);
    expect(short.standalone).toContain('是关于什么的');
    const bare = resolveFollowUp('那网络安全的那项决议呢？', ABOUT_88);
    expect(bare.carried).toEqual([]);
    expect(bare.standalone).toContain('是关于什么的');
    const en = resolveFollowUp('ok and what about the one on spam? who does it instruct', ABOUT_88);
    expect(en.carried).toEqual([]);
    expect(resolveFollowUp('And the cybersecurity resolution?', ABOUT_88).standalone).toContain(
      'And the cybersecurity resolution? 决议是关于什么的',
    );
  });

  it('reads "the point right before it" as a place from the clause talked about, not a switch', () => {
    const kites = [
      { role: 'user' as const, content: 'Resolution 88, what is in its resolves part on kites?' },
      { role: 'assistant' as const, content: 'Under 做出决议 item 3, it asks for kite rules.' },
    ];
    expect(resolveFollowUp('ok and the paragraph immediately before that one?', kites)).toEqual({
      standalone: 'ok and the paragraph immediately before that one?',
      carried: [88],
    });
  });

  it('still carries the subject when "that resolution" points back at it', () => {
    expect(resolveFollowUp('那这个决议呢？谁来落实', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('and what about the same resolution?', ABOUT_88).carried).toEqual([88]);
  });
});

describe('questions that go on from what was said', () => {
  it('carries the subject for "which of those", and for a question that starts with 具体', () => {
    expect(resolveFollowUp('which of those areas touch development?', ABOUT_88).carried).toEqual([
      88,
    ]);
    expect(resolveFollowUp('具体点名了哪些机构？', ABOUT_88).carried).toEqual([88]);
  });
});

describe('both, which one, 哪个 (of the two just talked about)', () => {
  const two: Turn[] = [
    { role: 'user', content: '第12号和第34号决议有什么区别？' },
    { role: 'assistant', content: '第12号决议与第34号决议的比较：…' },
  ];
  it.each([['哪个是新决议？'], ['哪个改了？'], ['which one got revised?'], ['were both revised?']])(
    'carries both into %s',
    (q) => expect(resolveFollowUp(q, two).carried).toEqual([12, 34]),
  );

  it('does not read 哪个 before a noun (哪个研究组) as pointing back', () => {
    expect(resolveFollowUp('风筝手册由哪个研究组编写？', two).carried).toEqual([]);
  });
});

describe('subjectOf', () => {
  it('prefers the latest turn that names a resolution', () => {
    expect(subjectOf(ABOUT_88)).toEqual([88]);
    expect(subjectOf([...ABOUT_88, { role: 'user', content: '第44号和第54号决议呢？' }])).toEqual([
      44, 54,
    ]);
    expect(subjectOf([{ role: 'user', content: '你好' }])).toEqual([]);
  });

  it('takes an answer comparing the resolutions its question named as about all of them', () => {
    const compared: Turn[] = [
      { role: 'user', content: 'Res 12 vs Res 34?' },
      { role: 'assistant', content: 'Comparing Resolution 12 and Resolution 34: …' },
    ];
    expect(subjectOf(compared)).toEqual([12, 34]);
    const other: Turn[] = [
      { role: 'user', content: 'Res 12 vs Res 34?' },
      { role: 'assistant', content: 'Not Resolution 12: it is Resolution 56.' },
    ];
    expect(subjectOf(other)).toEqual([12]);
  });

  it('takes a resolution cited with its edition for a reference, not the subject', () => {
    const cited: Turn[] = [
      { role: 'user', content: '第84号决议讲了啥？' },
      {
        role: 'assistant',
        content: '请主任协作：1 尽力落实第196号决议（2018年，迪拜，修订版）；2 鼓励参与。',
      },
    ];
    expect(subjectOf(cited)).toEqual([84]);
  });
});

describe('a comparison with the conversation subject', () => {
  it('carries the subject beside the resolution the question names', () => {
    expect(resolveFollowUp('它和第97号决议有什么区别？', ABOUT_88).carried).toEqual([88]);
    expect(resolveFollowUp('How does it compare with Resolution 97?', ABOUT_88).carried).toEqual([
      88,
    ]);
  });

  it('carries nothing when the question is not a comparison or names the subject itself', () => {
    expect(resolveFollowUp('第97号决议讲什么？', ABOUT_88).carried).toEqual([]);
    expect(resolveFollowUp('第88号决议和它有什么区别？', ABOUT_88).carried).toEqual([]);
  });
});
