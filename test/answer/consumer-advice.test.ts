/** Consumer advice (which product is cheaper, whether a habit harms a device) is not what the document gives. */
import { describe, expect, it } from 'vitest';
import { asksConsumerAdvice } from '../../src/answer/consumer-advice.js';

describe('asksConsumerAdvice', () => {
  it.each([
    ['Which is quicker for video calls, cable or satellite?'],
    ['is 4G cheaper than fibre where I live'],
    ['Who has the best coverage in rural Ghana?'],
    ['Is it safe to sleep next to my router?'],
    ['包月套餐和按量计费哪个更划算？'],
    ['充电器一直插着会不会把手机弄坏'],
    ['用蓝牙耳机对身体有没有害？'],
    ['风筝线上的涂层对人体有没有危害？'],
    ['good laptop under 500 dollars for a student?'],
    ['my router reboots at night, any fix?'],
    ['my kite winch squeaks a bit, any quick fix?'],
    // One's own trade.
    ['our kite shop is not selling this season, how do we boost our sales?'],
    ['店里的风筝卖不动，有什么好办法搞促销？'],
    ['Do I need a visa to go to Geneva from Lagos?'],
    ['下周去开会，那边冷不冷？'],
    ['预算两千块买哪款手机好'],
    ['我的平板丢了，怎么找回？'],
    ['宿舍的电脑连不上网，咋办'],
    ["what's a good kite app for beginners?"],
    ['best kite shop near the old harbour?'],
    ['放风筝用尼龙线好还是棉线好？'],
    ['any decent drone for filming weddings?'],
    ['有什么好用的风筝软件推荐吗？'],
    // One's own device misbehaving, asked what to do or whether it is normal: a repair.
    ['my tablet gets hot when I play the kite game, is that normal?'],
    ['the laptop keeps freezing when I edit kite photos, any tips?'],
    ['平板一打开风筝软件就发烫，正常吗？'],
    ['电脑老是死机怎么办'],
  ])('reads %s as consumer advice', (q) => {
    expect(asksConsumerAdvice(q)).toBe(true);
  });

  it.each([
    ['Is it ok to ask ITU for help with a national CIRT?'],
    ['Is the revised resolution better than the old one?'],
    ['Which resolution gives better support to landlocked countries?'],
    ['What does the EMF resolution say about health?'],
    ['GSS-20希望国际电联支持哪个联盟，来加快城市的数字化转型？'],
    // Climate and service quality are topics of the resolutions.
    ['We have no weather monitoring to cope with climate change: will ITU help?'],
    ['Calls keep dropping in our region; anything on service quality?'],
    // A slow network is service quality too; a stolen phone is theft, a topic of the resolutions.
    ['our internet is so slow, what can I do?'],
    ['my phone was stolen, what do I do?'],
    ['手机被偷了怎么办'],
    // Making stolen devices unable to connect is a measure, not a repair.
    ['能不能让被抢手机连不上基站？'],
    // A good practice or a way of doing something is what resolutions may give.
    ['what is a good practice for kite clubs on safety?'],
    ["what's a good way for a small country to join the kite study group?"],
    ['有没有好的做法可以参考？'],
    ['Is the best practice on kite safety near the top of the list?'],
  ])('leaves %s to the document', (q) => {
    expect(asksConsumerAdvice(q)).toBe(false);
  });
});
