/** What one named country has done so far is not in the document; what the resolutions ask of countries is. */
import { describe, expect, it } from 'vitest';
import {
  asksNationalBody,
  asksNationalDuty,
  asksNationalProgress,
} from '../../src/answer/national-progress.js';

describe('asksNationalProgress', () => {
  it.each([
    ['Has Ghana already adopted the African emergency number?'],
    ['Does Senegal have a national CIRT yet?'],
    ['How far along is Peru with IPv6?'],
    ['加纳已经建立国家CIRT了吗？'],
    ['秘鲁目前IPv6部署进展如何？'],
    ['Did Ghana actually launch the number after the assembly?'],
    ['亚洲哪些国家已经部署了IPv6？'],
    ['Which countries have already set up a CIRT?'],
    // Whether it is on a list: the document names no country's standing.
    ['马拉维有没有被列进需要援助的国家名单？'],
    ['Has Malawi been listed among the countries needing a CIRT?'],
    // A deed asked whether done: 建起来了没, 建了…没有, …了吗.
    ['秘鲁的风筝协会建起来了没？'],
    ['国际电联帮秘鲁建了风筝中心没有？'],
    ['秘鲁建好风筝中心了吗？'],
    // Among those the document only counts.
    ['Is Peru one of the 12 countries that hosted a kite fair?'],
    ['秘鲁是不是其中之一？'],
    // Whether it was ever done there, the country in lower case.
    ['has the kite group ever met in peru or chile?'],
  ])('recognises %s', (q) => {
    expect(asksNationalProgress(q)).toBe(true);
  });

  it.each([
    // No country: what the resolutions ask of countries in general, or of a region.
    ['Have developing countries already been asked to set up CIRTs?'],
    ['Which African countries does Resolution 100 help?'],
    ['非洲国家目前在应急号码方面得到什么支持？'],
    // A country, but no question of where it stands.
    ['Does Resolution 64 mention Peru?'],
    ['Did Switzerland host the assembly?'],
    // The asker's own setting.
    ['We in Ghana already run a CIRT: what more does ITU offer?'],
    // "Among others" names no standing.
    ['Which resolutions help countries like Peru, among others?'],
    // A country as an example of a kind: countries of that kind, which the resolutions speak of.
    ['What help will the kite union actually give countries like Peru for that?'],
    ['像秘鲁这样的小国家目前能得到什么风筝方面的帮助？'],
    // Where a meeting was held, or whether a text names a country: no deed of the country's.
    ['风筝大会是在秘鲁召开了吗？'],
    ['第100号决议提到了秘鲁吗？'],
    // Where a country stands, told as the setting beside the sentence that asks.
    ['Peru already has a kite club. Does the kite resolution also cover clubs working together?'],
    ['秘鲁已经有风筝协会了。风筝决议有没有讲各国协会之间合作？'],
  ])('leaves %s to the document', (q) => {
    expect(asksNationalProgress(q)).toBe(false);
  });
});

describe('asksNationalDuty', () => {
  it.each([
    ['肯尼亚作为成员国必须完成哪些任务？'],
    ['What does Peru have to do under these resolutions?'],
  ])('recognises %s', (q) => expect(asksNationalDuty(q)).toBe(true));

  it.each([
    ['What must member states do under Resolution 58?'],
    ['发展中国家必须做什么？'],
    ['We in Ghana must set up a CIRT: what does ITU offer?'],
  ])('leaves %s to the document', (q) => expect(asksNationalDuty(q)).toBe(false));
});

describe('asksNationalBody', () => {
  it.each([
    ['咱秘鲁的风筝中心叫啥名字？是哪个单位管的？'],
    ["What is Peru's kite office called?"],
    ['Who runs the kite centre of Kenya?'],
  ])('recognises %s', (q) => expect(asksNationalBody(q)).toBe(true));

  it.each([
    ['风筝中心叫什么名字？'],
    ['秘鲁提到的那项决议叫什么名字？'],
    ['What is the kite office in Resolution 12 called?'],
  ])('leaves %s to the document', (q) => expect(asksNationalBody(q)).toBe(false));
});
