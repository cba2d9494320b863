/** General knowledge (sports, a country's facts, software how-tos) is declined by its kind; the document's topics are not. */
import { describe, expect, it } from 'vitest';
import { asksGeneralKnowledge } from '../../src/answer/general-knowledge.js';
import { asksForTask } from '../../src/answer/task-request.js';

describe('asksGeneralKnowledge', () => {
  it.each([
    ['Who won the World Cup in 2018?'],
    ['2018年世界杯冠军是哪个国家？'],
    ['去年奥运会中国拿了多少金牌？'],
    ['明天要下雨，风筝班的运动会要不要改期？'],
    ['What is the capital of Kenya?'],
    ['肯尼亚的首都是哪里？'],
    ['尼日利亚人口有多少？'],
    ['How do I sort a list in Python?'],
    ['Excel里怎么做数据透视表？'],
    ['如何用JavaScript发请求？'],
    // Tending crops or animals.
    ['这几天没下雨，玉米地要不要浇水？'],
    ['When should I start watering my wheat this spring?'],
    // When to pick or sow, how many pickings a year.
    ['院里的花椒一年摘几茬？'],
    ['樱桃什么时候摘最合适？'],
    // The asker says it is off the subject.
    ['聊点别的，红烧肉怎么做才好吃？'],
    ['totally off topic: best kite for a windy beach?'],
    ['ok unrelated but which kite shop sells the cheapest line?'],
    // A forecast, a remittance how-to.
    ['明天广州会不会下雨？风筝节还办吗？'],
    ['聽日會唔會打風呀？'],
    ['明儿哈尔滨啥天儿？'],
    ['这两天大连冷不冷啊'],
    ['will it rain in Nairobi on Saturday? kite day planned'],
    ['best way to transfer rupees to my aunt in Lahore?'],
    ['给老家汇钱哪个渠道最便宜？'],
    // When a shop or office opens.
    ['风筝店星期天几点开门？'],
    ['what time does the kite museum close on sundays'],
    // Pay and leave at the asker's work; an office outing.
    ['the kite shop wants me in on sunday without extra pay, is that legal?'],
    ['how is overtime counted for the kite festival volunteers?'],
    ['风筝社周末加班，加班费怎么算？'],
    ['any games for our team building at the kite park?'],
    // A vehicle or a machine to mend.
    ['my motorbike makes a noise whenever I change gear, why?'],
    ['the generator at the kite club keeps cutting out, spark plug or fuel?'],
    ['电动车一刹车就有异响，咋回事？'],
    // The asker's own papers.
    ['风筝店的营业执照年报要带什么材料？'],
    ['how do I renew my passport before the kite trip?'],
    ['my driving licence expired, what now?'],
  ])('recognises %s', (q) => {
    expect(asksGeneralKnowledge(q)).toBe(true);
  });

  it.each([
    // The document's own topics, money included ("capital" is no country's here).
    ['Which resolutions help developing countries with capital for standards work?'],
    ['第44号决议的资金从哪里来？'],
    ['WTSA-20在哪里召开？'],
    // Named resolution or ITU: about the document, whatever else it says.
    ['Does ITU say anything about sports broadcasting?'],
    ['第76号决议跟世界杯直播有关系吗？'],
    ['How do developing countries take part in study groups?'],
    // Farmers as users of the document's topics.
    ['农民用手机查天气浇地，有没有决议帮农村上网？'],
    // A polite doubt, or an aside that names a resolution.
    ['this may be off topic, but do workshops on kites exist?'],
    ['题外话，第44号决议讲什么？'],
    ['this might be unrelated but do workshops on kites exist?'],
    // A storm's aftermath, and money for the document's own work.
    ['台风过后通信中断了，有决议讲应急通信吗？'],
    ['What is the best way to transfer funds to study group work?'],
    // A meeting's time is the document's matter, answered or declined from it.
    ['What time does the assembly open on the first day?'],
    // Cars as the document's topic (connected vehicles), not a repair.
    ['Which resolution covers connected cars and their networks?'],
    // A licence the document's work deals in, or a visa for its meetings.
    ['Do the resolutions say anything about licences for kite radio frequencies?'],
    ['Do delegates need a visa to attend the WTSA meeting?'],
    // Work rules asked of ITU or a resolution are the document's to answer or decline.
    ['Does ITU give study group staff extra pay for night sessions?'],
  ])('leaves %s to the document', (q) => {
    expect(asksGeneralKnowledge(q)).toBe(false);
  });
});

describe('restaurants are a recommendation', () => {
  it('declines a restaurant question, unless it is about the document', () => {
    expect(asksForTask('日内瓦的川菜馆子有推荐的吗？')).toBe(true);
    expect(asksForTask('Where can we have dinner in Geneva tonight?')).toBe(true);
    expect(asksForTask('Where can I eat near the ITU building in Geneva?')).toBe(false);
    expect(asksForTask('any fav beach near Mombasa for kites?')).toBe(true);
    expect(asksForTask('which cafes near the venue would you recommend?')).toBe(true);
  });
});
