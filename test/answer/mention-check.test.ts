/** Whether one resolution speaks of something: no, when what is asked about is nowhere in its text. */
import { describe, expect, it } from 'vitest';
import {
  actorAsked,
  asksMention,
  claimedOf,
  mentions,
  missingFrom,
  notMentioned,
  whereElse,
} from '../../src/answer/mention-check.js';
import type { TopicUnit } from '../../src/answer/relevance.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause } from '../helpers/clause.js';

const store = new CorpusStore([
  clause({ id: 'r1.a', resolution: 1, text: '与世界卫生组织（WHO）合作监测电磁场。', order: 1 }),
  clause({ id: 'r2.a', resolution: 2, text: '在所有区域开展一致性测试的磋商。', order: 2 }),
  clause({ id: 'r2.b', resolution: 2, text: '组织研讨会和讲习班。', order: 3 }),
]);
const unit = (alternatives: [string, number][], weight = 5): TopicUnit => ({
  alternatives,
  weight,
});
const who = unit([
  ['WHO', 1],
  ['世界卫生组织', 1],
]);

describe('asksMention', () => {
  it.each([
    ['Does Resolution 76 mention the WHO?'],
    ['Is gender mentioned in Resolution 70?'],
    ['第58号决议有没有说要办讲习班？'],
    ['第98号决议里提到5G了吗？'],
    ['第50号决议是否要求理事会每月开会？'],
    ['第76号决议是不是规定实验室必须收费？'],
    ['第64号决议有没有规定地址分配的期限？'],
    ['第12号决议有没有给风筝定一个高度上限？'],
    ['What does Resolution 12 say about kite festivals?'],
    ['Under Resolution 29, does the Council have to approve each case?'],
    ['Is the ILO one of the bodies it cites?'],
  ])('reads %s as asking whether a text speaks of something', (q) => {
    expect(asksMention(q)).toBe(true);
  });

  it.each([
    ['Under Resolution 52, which organisation is named as an example?'],
    ['What do the directors have to do under Resolution 69?'],
    ['How often does ITU have to report on Resolution 89?'],
    // What "it mentions" names is asked about, not whether it is mentioned.
    ['Are the workshops it mentions open to students?'],
    ['Is the group they named the one that meets in Geneva?'],
  ])('leaves %s to the clauses', (q) => expect(asksMention(q)).toBe(false));
});

describe('actorAsked', () => {
  it('reads whom a question asks a resolution’s demands of', () => {
    expect(actorAsked('第12号决议对运营商提了什么要求？')).toBe('运营商');
    expect(actorAsked('第12号决议给第3研究组安排了哪些工作？')).toBe('第3研究组');
    expect(actorAsked('第12号决议里，区域代表处要负责哪些工作？')).toBe('区域代表处');
    expect(actorAsked('第12号决议要求风筝协会承担哪些工作？')).toBe('风筝协会');
  });

  it('reads a circle as its members, however the text names them', () => {
    expect(actorAsked('第12号决议对产业界提了什么要求？')).toBe('产业');
  });

  it('finds none when the question asks who', () => {
    expect(actorAsked('第12号决议对谁提了要求？')).toBeNull();
    expect(actorAsked('第12号决议要求什么？')).toBeNull();
  });
});

describe('claimedOf', () => {
  it('reads the statement asked about in "does Resolution N say <statement>?"', () => {
    expect(claimedOf('Does Resolution 12 say kite clubs need a licence?')).toBe(
      'kite clubs need a licence',
    );
    expect(claimedOf('Did res 12 really say that pilots must be insured?')).toBe(
      'pilots must be insured',
    );
    // As the plan rewrites it.
    expect(claimedOf('does  决议  12 say clubs pay a fee?')).toBe('clubs pay a fee');
    expect(claimedOf('Does Resolution 12 say who pays for the kites?')).toBeNull();
    expect(claimedOf('Does Resolution 12 say anything about kites?')).toBeNull();
  });

  it('reads what a question states a numbered resolution says, as the ground of its question', () => {
    expect(claimedOf('第12号决议要求各国建立卫星监测站，我们该怎么准备？')).toBe(
      '各国建立卫星监测站',
    );
    expect(claimedOf('第7号决议规定了漫游费上限，具体是多少？')).toBe('漫游费上限');
    expect(
      claimedOf('Resolution 12 requires a national drone register, how do we set one up?'),
    ).toBe('a national drone register');
  });

  it('reads a claim about a resolution named by its topic, put to the reader to confirm', () => {
    expect(claimedOf('so the kite resolution basically bans plastic kites, correct?')).toBe(
      'plastic kites',
    );
    // As the glossary rewrites it: the topic and 决议 in the document's words.
    expect(claimedOf('the  风筝   决议  forces clubs to insure pilots, right?')).toBe(
      'clubs to insure pilots',
    );
  });

  it('finds none when the statement is the question itself', () => {
    expect(claimedOf('第12号决议要求研究组做什么？')).toBeNull();
    expect(claimedOf('第12号决议规定了哪些任务，谁来做？')).toBeNull();
    expect(claimedOf('Resolution 12 asks for what, exactly?')).toBeNull();
    expect(claimedOf('What does Resolution 12 require?')).toBeNull();
  });
});

describe('mentions', () => {
  it('finds a four-character set phrase by its two words apart', () => {
    const text = '研讨会的分工以及加强协调及合作。';
    expect(mentions(unit([['分工合作', 1]]), text)).toBe(true);
    expect(mentions(unit([['齐心协力', 1]]), text)).toBe(false);
  });

  it('finds an everyday word by the word the text uses for the same thing (上网: 网络)', () => {
    expect(mentions(unit([['上网', 1]]), '推动农村地区的网络覆盖。')).toBe(true);
    expect(mentions(unit([['上网', 1]]), '推动农村地区的电话覆盖。')).toBe(false);
    // Helping is what a resolution writes as 协助.
    expect(mentions(unit([['帮助', 1]]), '协助风筝协会编写手册。')).toBe(true);
    // Working along with someone (配合) is what it writes as 合作.
    expect(mentions(unit([['配合', 1]]), '与风筝协会开展合作和协调。')).toBe(true);
    // An association is an organisation.
    expect(mentions(unit([['协会', 1]]), '与风筝爱好者组织开展合作。')).toBe(true);
    expect(mentions(unit([['协会', 1]]), '与风筝爱好者开展合作。')).toBe(false);
    // An observation point is an observatory.
    expect(mentions(unit([['观测点', 1]]), '研究建立风筝观察站的可能性。')).toBe(true);
    expect(mentions(unit([['观测点', 1]]), '研究建立风筝数据库的可能性。')).toBe(false);
  });
});

describe('missingFrom', () => {
  it('names what the resolution never speaks of, and nothing when it does', () => {
    expect(missingFrom([who], 2, store)).toBe(who);
    expect(missingFrom([who], 1, store)).toBeNull();
  });

  it('takes the text’s near synonym of the word for it (地区 where the text says 区域)', () => {
    const area = unit([['地区', 1]]);
    expect(missingFrom([area], 2, store)).toBe(area);
    expect(missingFrom([area], 2, store, undefined, () => ['区域'])).toBeNull();
    expect(missingFrom([area], 1, store, undefined, () => ['区域'])).toBe(area);
  });

  it('takes an English noun the text writes as the head of a compound on another asked word', () => {
    const kites = new CorpusStore([
      clause({ id: 'r3.a', resolution: 3, text: '为风筝爱好者组织提供培训。', order: 1 }),
    ]);
    const fans = unit([['风筝爱好者', 1]], 3);
    // "kite fan groups": 小组 is not in the text, but 风筝爱好者组织 is such a group.
    const groups: TopicUnit = { ...unit([['小组', 1]], 6), word: 'groups' };
    expect(missingFrom([fans, groups], 3, kites)).toBeNull();
    // A head the text does not write after it (运动 for "sports") is still missing.
    const sports: TopicUnit = { ...unit([['运动', 1]], 6), word: 'sports' };
    expect(missingFrom([fans, sports], 3, kites)).toBe(sports);
    // A Chinese word the asker wrote is looked for as written.
    const team = unit([['小组', 1]], 6);
    expect(missingFrom([fans, team], 3, kites)).toBe(team);
  });

  it('takes a word of a phrase the question also asks, which the text speaks of, as mentioned', () => {
    const clubs = new CorpusStore([
      clause({ id: 'r4.a', resolution: 4, text: '支持各风筝俱乐部之间的合作。', order: 1 }),
    ]);
    // "kite" read in a sense the text never uses (主题), beside "kite clubs" (风筝俱乐部), which it does.
    const kite: TopicUnit = { ...unit([['主题', 1]], 6), word: 'kite' };
    const kiteClubs: TopicUnit = { ...unit([['风筝俱乐部', 1]], 2), word: 'kite clubs' };
    expect(missingFrom([kite, kiteClubs], 4, clubs)).toBeNull();
    // Without the phrase, or with one the text does not speak of, the word is missing.
    expect(missingFrom([kite, unit([['合作', 1]], 2)], 4, clubs)).toBe(kite);
    const kiteShops: TopicUnit = { ...unit([['风筝商店', 1]], 2), word: 'kite shops' };
    expect(missingFrom([kite, kiteShops], 4, clubs)).toBe(kite);
  });

  it('takes the last word of a rendering for it (举办讲习班 where the text says 组织…讲习班)', () => {
    expect(missingFrom([unit([['举办讲习班', 1]])], 2, store)).toBeNull();
  });

  it('does not take a single character (a verb of the asking) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['搞', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take a character said twice (算算, 查查: a verb tried out) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['数数', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take a word saying where to look (里面, 其中) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['里面', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take making a living (靠X过日子) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['过日子', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take a time word of the asker’s story (上个月, 去年) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['上个月', 1]], 6)], 2, store)).toBeNull();
    expect(missingFrom([unit([['测试', 1]], 4), unit([['去年', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take a word of quantity (一套, 两位) for what is asked about', () => {
    expect(missingFrom([unit([['测试', 1]], 4), unit([['一套', 1]], 6)], 2, store)).toBeNull();
  });

  it('does not take a word only of the asker’s setting for what the question asks to be mentioned', () => {
    const setting = {
      whole: '我们在山区放风筝。第2号决议有没有提到为这些地方开展测试？',
      asked: '第2号决议有没有提到为这些地方开展测试？',
    };
    const units = [unit([['测试', 1]], 4), unit([['山区', 1]], 6)];
    expect(missingFrom(units, 2, store, setting)).toBeNull();
    expect(missingFrom(units, 2, store)?.alternatives[0]?.[0]).toBe('山区');
  });

  it('looks for an English word of the setting as the asker wrote it, not as its rendering', () => {
    const setting = {
      whole: 'Our kite club meets in the hall. Does Resolution 2 speak of testing?',
      asked: 'Does Resolution 2 speak of testing?',
    };
    const units = [unit([['测试', 1]], 4), { ...unit([['礼堂', 1]], 6), word: 'hall' }];
    expect(missingFrom(units, 2, store, setting)).toBeNull();
    // A word nothing translates has no rendering to show: the asker's word is all there is.
    const unknown = [unit([['测试', 1]], 4), { ...unit([], 6), word: 'kiteclub' }];
    const told = { ...setting, whole: setting.whole.replace('kite club', 'kiteclub') };
    expect(missingFrom(unknown, 2, store, told)).toBeNull();
  });

  it('takes a word offered in a list with one the resolution speaks of as spoken of', () => {
    const units = [unit([['线上', 1]], 6), unit([['测试', 1]], 4)];
    const listed = '第2号决议有没有讲用线上、测试的办法？';
    expect(missingFrom(units, 2, store, { whole: listed, asked: listed })).toBeNull();
    const or = 'does Resolution 2 speak of 线上 or 测试 work?';
    expect(missingFrom(units, 2, store, { whole: or, asked: or })).toBeNull();
    const apart = '第2号决议有没有讲线上的测试？';
    expect(missingFrom(units, 2, store, { whole: apart, asked: apart })?.alternatives[0]?.[0]).toBe(
      '线上',
    );
  });

  it('finds where else the document speaks of it', () => {
    expect(whereElse(who, 2, store).map((c) => c.id)).toEqual(['r1.a']);
  });
});

describe('notMentioned', () => {
  it('names the missing word when it is the asker’s own, and says "it" for a rendering of theirs', () => {
    const kites = unit([['风筝', 1]]);
    expect(notMentioned(kites, 1, store, '第1号决议有没有提到风筝？').reason.zh).toContain(
      '没有提到“风筝”',
    );
    expect(notMentioned(kites, 1, store, 'Does Resolution 1 mention kites?').reason.en).toContain(
      'does not mention it',
    );
  });
});
