/** A topic the question names by the words that introduce one, and whether the document ever speaks of it. */
import { describe, expect, it } from 'vitest';
import {
  absentEnglishTopic,
  absentReason,
  absentTopic,
  namedTopic,
  withoutAskerNoun,
  withoutExamples,
  type EnglishWords,
} from '../../src/answer/absent-topic.js';
import type { TopicUnit } from '../../src/answer/relevance.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

const store = new CorpusStore([
  clause({ id: 'r1.a', resolution: 1, text: '开展通信标准的研究，并组织讲习班。', order: 1 }),
  clause({ id: 'r2.a', resolution: 2, text: '监测海洋和气候变化。', order: 2 }),
]);
const unit = (term: string, weight: number): TopicUnit => ({ alternatives: [[term, 1]], weight });

describe('namedTopic', () => {
  it('reads "speak" of the document, not of a person speaking a language, nor "on" inside "only"', () => {
    expect(namedTopic('Does it speak about kite safety?')).toBe('kite safety');
    expect(
      namedTopic('our kite team speak only french, will they get help at the meetings?'),
    ).toBeNull();
    expect(namedTopic('does it talk only of kites?')).not.toMatch(/^ly\b/);
  });

  it('takes no topic from the setting: whom something harms, a polite opening, "this kind of" told', () => {
    // 对X不好 across a chat space says whom something harms.
    expect(namedTopic('风筝线太细 家长们都怕对孩子不好 有没有说要弄个测线的地方')).toBeNull();
    // 问一下， opens politely: a clause after it is setting, the question after it is the question.
    expect(namedTopic('顺便问一下，现在孩子放学都去放风筝，哪个决议是讲风筝安全的？')).not.toBe(
      '现在孩子放学都去放风筝',
    );
    expect(namedTopic('顺便问一下，风筝协会在哪些城市开过会？')).toBe('风筝协会在哪些城市开过会');
    // 这种… after a story points back at it; at the start it describes the topic.
    expect(
      namedTopic('我小时候听人讲，把风筝挂在树上等风来。大会有没有决议讲这种等风的事？'),
    ).toBeNull();
    expect(namedTopic('那种会发光的风筝，是哪个决议管的？')).toBe('那种会发光的风筝');
    // The askers described (对我们小商户): whom it serves, not the topic.
    expect(namedTopic('风筝平台对我们小商户有什么好处？')).toBeNull();
    expect(namedTopic('对风筝比赛有什么要求？')).toBe('风筝比赛');
  });

  it('takes no topic from 这块 pointing back (把这块, 在这块)', () => {
    expect(
      namedTopic('大家都在抱怨无人机噪音，国际电联会不会派专家来帮我们把这块的思路理一理？'),
    ).toBeNull();
    expect(namedTopic('风筝太多了，国际电联是否会派专家来协助我们制定这方面的策略？')).toBeNull();
  });

  it('takes no topic from a sentence asked as A-not-A (要不要, 管不管用)', () => {
    expect(namedTopic('风筝比赛要不要交报名费？')).toBeNull();
    expect(namedTopic('这个办法管不管用？')).toBeNull();
    // Two characters doubled too (方便不方便, 好用不好用).
    expect(namedTopic('老人放风筝方便不方便那块，是哪条规定管的')).toBeNull();
    expect(namedTopic('风筝竞速？')).toBe('风筝竞速');
  });

  it('takes the topic from the last clause of a chat message set apart by spaces', () => {
    expect(namedTopic('我们镇上风大得很 放个风筝老断线 这个协会里头有什么说法管风筝线的')).toBe(
      '这个协会里头',
    );
    // Typed word by word: one clause.
    expect(namedTopic('风筝 比赛 场地 有什么说法')).toBe('风筝 比赛 场地');
  });

  it('stops a topic at a comma, as the normalised question writes it (,)', () => {
    expect(namedTopic('我们想让村里的孩子放风筝,协会的规定管这一块吗？')).not.toContain('村里');
    expect(namedTopic('文件有没有讲风筝竞速,像室内那种？')).toBe('风筝竞速');
    expect(namedTopic('问一下,风筝协会递交过哪些建议？')).toContain('风筝协会');
  });

  it('reads the topic of "do any of them promise X" and of 有没有专门讲X的决议', () => {
    expect(namedTopic('Will any of them promise free kites for schools?')).toBe(
      'free kites for schools',
    );
    expect(namedTopic('有没有专门讲风筝比赛的决议？')).toBe('风筝比赛');
    expect(namedTopic('有无哪项决议专门讲用热气球给山村送信')).toBe('用热气球给山村送信');
  });

  it('takes no topic from whom the asking is addressed to (对ITU-D有什么要求)', () => {
    expect(namedTopic('有没有讲风筝比赛的？对BDT有何安排？')).toBe('风筝比赛');
    expect(namedTopic('有没有讲热气球的？对我们国家有什么要求？')).toBe('热气球');
  });

  it('reads the topic a resolution is asked to touch, and a topic before asking which one governs it', () => {
    expect(namedTopic('does any of these touch hot-air balloon licences?')).toBe(
      'hot-air balloon licences',
    );
    expect(namedTopic('热气球送信，有没有决议专门管？')).toBe('热气球送信');
    // A topic, then which resolution speaks of it.
    expect(namedTopic('热气球送信是哪条决议管的')).toBe('热气球送信');
    expect(namedTopic('那个风筝比赛 这个文件里是哪个决议讲的')).toBe('风筝比赛');
    expect(namedTopic('孩子们放风筝老被电线缠住 哪个决议管这个')).toBeNull();
    // What a resolution is said to say.
    expect(namedTopic('which rule says every kite club gets free string?')).toBe(
      'every kite club gets free string',
    );
  });

  it('leaves out the instances listed before "etc."', () => {
    expect(withoutExamples('help with kites (string, K&B frames etc) for schools')).toBe(
      'help with kites ( ) for schools',
    );
    // "and all", "and stuff" closing a list say the same; not "and all" going on to more words.
    expect(withoutExamples('kites for clubs after storms, floods, hail and all?')).toBe(
      'kites for clubs  ?',
    );
    expect(withoutExamples('kite strings and stuff')).toBe(' ');
    expect(withoutExamples('kite clubs and all their members')).toBe(
      'kite clubs and all their members',
    );
  });

  it('reads a bare topic followed by whether there is anything on it (X 有项目吗)', () => {
    expect(namedTopic('热气球送药 有项目吗')).toBe('热气球送药');
    expect(namedTopic('风筝比赛有没有规定？')).toBe('风筝比赛');
  });

  it('reads the topic of 有说到X吗', () => {
    expect(namedTopic('风筝那项有说到热气球吗？')).toBe('热气球');
  });

  it('reads what a rule would make someone do as the topic ("any resolution that makes X")', () => {
    expect(namedTopic('Any rule that forces kite shops to sell cheaper string?')).toBe(
      'kite shops to sell cheaper string',
    );
    expect(namedTopic('is there a rule forcing drone makers to add lights?')).toBe(
      'drone makers to add lights',
    );
    expect(namedTopic('any text setting up kite beacons for lakes?')).toBe(
      'kite beacons for lakes',
    );
  });

  it.each([
    ['关于深海采矿有什么规定？', '深海采矿'],
    ['决议对自动驾驶汽车有什么要求？', '自动驾驶汽车'],
    ['有没有涉及气象雷达的内容？', '气象雷达'],
    ['太空垃圾方面有什么安排？', '太空垃圾'],
    ['我们在做调查。电动自行车是怎么规定的？', '电动自行车'],
    ['对出租车计价器有没有要求？', '出租车计价器'],
    ['我想了解深海采矿的内容，文件里有吗？', '深海采矿'],
    ['电动自行车充电桩，文件里有提到吗？', '电动自行车充电桩'],
    ['潮汐发电？', '潮汐发电'],
    ['这些决议有没有给出潮汐发电的补贴标准？', '潮汐发电'],
    ['全会关于太空垃圾做了什么决定？', '太空垃圾'],
    // A resolution on it asked for.
    ['全会有没有通过分配卫星轨道的决议？', '分配卫星轨道'],
    ['国际电联对风筝比赛是什么态度？', '风筝比赛'],
    ['会上提供了哪几种盲文材料？', '盲文材料'],
    ['Is there a resolution on tidal power for islands', 'tidal power for islands'],
    ['tidal power subsidies', 'tidal power subsidies'],
    ['Are there any resolutions about drone licences?', 'drone licences'],
    // The asker as the subject is who asks, not the topic.
    ['我们电信局想跟邻国交流无人机执照这块的做法', '跟邻国交流无人机执照'],
    ['我国打算在潮汐发电方面有什么可以借鉴的？', '在潮汐发电'],
    // …or as writing of it: where the asker writes is not what about.
    ['如果我在作业里写太空垃圾这一块，有什么规定？', '太空垃圾'],
    // What the asker seeks to get.
    ['how can I get a scholarship for tidal power studies', 'scholarship for tidal power studies'],
    // A resolution named by its topic, or made for someone.
    ['风筝比赛那个决议改了吗', '风筝比赛'],
    ['关于深海采矿的决议修订了吗', '深海采矿'],
    ['有没有专门给南极科考站的决议？', '南极科考站'],
    ['has the resolution on tidal power been revised?', 'tidal power'],
    ['was the tidal power resolution changed?', 'tidal power'],
    ['怎么才能申请到深海采矿许可证？', '深海采矿许可证'],
  ])('reads the topic of %s as %s', (q, topic) => {
    expect(namedTopic(q)).toBe(topic);
  });

  it('finds none where no frame names a topic', () => {
    expect(namedTopic('第44号决议做出决议第6项是什么？')).toBeNull();
    // 研究组 is a study group, not "to research".
    expect(namedTopic('第5研究组的全称叫什么？')).toBeNull();
    expect(namedTopic('What does Resolution 44 ask of the regional offices?')).toBeNull();
    // More than a few words with no frame is a sentence, not keywords.
    expect(namedTopic('I am a student and I would like to learn more')).toBeNull();
  });
});

describe('withoutAskerNoun', () => {
  it('drops who the askers are, said beside 我们, and keeps a noun that is what they do or ask about', () => {
    expect(withoutAskerNoun('我们老年人在公园放风筝，哪条规定管？')).toBe(
      '我们在公园放风筝，哪条规定管？',
    );
    expect(withoutAskerNoun('咱们农民经常放风筝吗')).toBe('咱们经常放风筝吗');
    expect(withoutAskerNoun('我们想了解风筝比赛')).toBe('我们想了解风筝比赛');
  });
});

describe('absentTopic', () => {
  it('names the heaviest part of the topic when the document never speaks of it', () => {
    const mining = unit('采矿', 6);
    const units = [unit('深海', 5), mining, unit('标准', 2)];
    expect(absentTopic('关于深海采矿标准有什么规定？', () => units, store)).toBe(mining);
    expect(absentReason(mining.alternatives[0]![0]).zh).toBe('文件没有提到“采矿”。');
  });

  it('among parts that weigh the most alike, fires when at least half of them are missing', () => {
    const units = [unit('标准', 6), unit('深海', 6), unit('采矿', 6)];
    expect(absentTopic('关于标准深海采矿有什么规定？', () => units, store)).toBe(units[1]);
    // One missing of three that weigh as much is a detail of a topic the document covers.
    const detail = [unit('海洋', 6), unit('气候', 6), unit('采矿', 6)];
    expect(absentTopic('关于海洋气候采矿有什么规定？', () => detail, store)).toBeNull();
  });

  it('takes what a thing is put on (风筝身上, 屋顶上面) for where the topic is, not the topic', () => {
    const units = [unit('风筝', 6), unit('海洋', 4)];
    expect(absentTopic('关于风筝身上装海洋监测有什么规定？', () => units, store)).toBeNull();
    // Named on its own, it is the topic.
    expect(absentTopic('关于风筝有什么规定？', () => [unit('风筝', 6)], store)?.weight).toBe(6);
  });

  it('takes a missing word before a phrase the document writes as it stands for a detail of that thing', () => {
    // 气候变化 stands in the text: 远洋 qualifies it, the topic itself is spoken of.
    const units = [unit('远洋', 6), unit('气候', 6), unit('变化', 2)];
    expect(absentTopic('有没有专门讲远洋气候变化的决议？', () => units, store)).toBeNull();
    // A lone general word left over (通信 of 深海通信) is no thing of its own: the topic is missing.
    const deep = [unit('深海', 6), unit('通信', 2)];
    expect(absentTopic('有没有专门讲深海通信的决议？', () => deep, store)).toBe(deep[0]);
    // Nor when the missing word comes after what the text writes (气候变化 then 远洋).
    const after = [unit('气候', 6), unit('变化', 2), unit('远洋', 6)];
    expect(absentTopic('有没有专门讲气候变化远洋的决议？', () => after, store)).toBe(after[2]);
  });

  it('takes a place word (镇上, 家中) for where the asker is, not the topic', () => {
    const units = [unit('镇上', 6), unit('海洋', 4)];
    expect(absentTopic('关于镇上的海洋监测有什么规定？', () => units, store)).toBeNull();
  });

  it('says nothing when the document speaks of the heaviest part', () => {
    const units = [unit('海洋', 6), unit('风暴', 5), unit('气候', 4)];
    expect(absentTopic('关于海洋风暴气候有什么规定？', () => units, store)).toBeNull();
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
    expect(absentTopic('关于色彩通信标准研究讲习班有什么要求？', () => units, store)).toBeNull();
  });

  it('does not take a word of quantity or pointing for the topic', () => {
    const units = [unit('两位', 6), unit('通信', 1)];
    expect(absentTopic('对两位通信有什么要求？', () => units, store)).toBeNull();
  });

  it('looks only at the topic named, not the asker’s setting', () => {
    const units = [unit('采矿', 6), unit('气候', 3)];
    expect(absentTopic('我们在采矿。关于气候有什么规定？', () => units, store)).toBeNull();
  });
});

describe('absentEnglishTopic', () => {
  // Stand-ins for the table: which nouns it lists as absent, and how common each word is.
  const words = (
    absent: string[],
    counts: Record<string, number> = {},
    asked: string[] = [],
  ): EnglishWords => ({
    absentNoun: (w) => absent.includes(w.replace(/s$/, '')),
    frequency: (w) => counts[w] ?? 3,
    glossaryNames: [['mobile', 'device', 'theft']],
    askedOf: (w) => asked.includes(w),
  });

  it.each([
    ['Anything on helicopters for remote clinics?', 'helicopters for remote clinics'],
    ['Does the report talk about volcano monitoring?', 'volcano monitoring'],
    ['Volcano alerts — covered?', 'Volcano alerts'],
    ['Volcano alerts — does the report cover them?', 'Volcano alerts'],
    ['Is there a section on volcano alerts?', 'volcano alerts'],
    ["I'm researching volcano alerts — is that in there?", 'volcano alerts'],
    ['Volcano alerts for islands?', 'Volcano alerts for islands'],
    ['What do these resolutions offer on volcano alerts?', 'volcano alerts'],
  ])('reads the topic of %s as %s', (q, topic) => expect(namedTopic(q)).toBe(topic));

  it('names a rare noun the document never speaks of, when it is a good share of the topic', () => {
    const w = words(['helicopter']);
    expect(absentEnglishTopic('Anything on helicopters for remote clinics?', w)).toBe(
      'helicopters',
    );
  });

  it('takes no word a clause’s everyday questions use for one the document never speaks of', () => {
    const w = words(['helicopter'], {}, ['helicopters']);
    expect(absentEnglishTopic('Anything on helicopters for remote clinics?', w)).toBeNull();
  });

  it('leaves out the examples listed before "etc": they stand for something the document may name', () => {
    const w = words(['helicopter', 'ambulance']);
    expect(
      absentEnglishTopic('anything about remote clinics, helicopters, ambulances etc?', w),
    ).toBeNull();
    expect(absentEnglishTopic('anything about helicopters for remote clinics?', w)).toBe(
      'helicopters',
    );
  });

  it('leaves out words joined by slashes: they are examples, as before "etc"', () => {
    const w = words(['helicopter', 'ambulance']);
    expect(
      absentEnglishTopic('anything about one number to call for helicopters/ambulances?', w),
    ).toBeNull();
    expect(absentEnglishTopic('anything about helicopters and ambulances?', w)).toBe('helicopters');
  });

  it('leaves a place beside other words to the place checks: it is where the asker is', () => {
    const w = words(['iceland', 'kite']);
    expect(absentEnglishTopic('anything about kite fees when we fly in Iceland?', w)).toBe('kite');
    expect(
      absentEnglishTopic('anything about costs when we fly to Iceland?', words(['iceland'])),
    ).toBeNull();
    // A place alone is the topic.
    expect(absentEnglishTopic('anything on Iceland?', words(['iceland']))).toBe('iceland');
  });

  it('leaves a topic whose absent noun is a small part of it, or common in general English', () => {
    const w = words(['helicopter', 'text'], { texts: 53 });
    expect(
      absentEnglishTopic(
        'Anything on helicopters for clinics, schools, farms and remote roads?',
        w,
      ),
    ).toBeNull();
    expect(absentEnglishTopic('Anything on junk texts?', w)).toBeNull();
  });

  it('takes a word of a glossary name the question uses as the document’s', () => {
    const w = words(['device']);
    expect(absentEnglishTopic('Anything on mobile device theft?', w)).toBeNull();
    expect(absentEnglishTopic('Anything on devices?', w)).toBe('devices');
  });

  it('finds nothing where no frame names a topic', () => {
    expect(
      absentEnglishTopic('Who chairs the helicopter group?', words(['helicopter'])),
    ).toBeNull();
  });
});
