/**
 * Advice for the asker as a consumer or traveller: which product or operator is faster, cheaper or better,
 * which to buy, how to fix one's own device or sell one's goods, whether a habit harms a device or a person, what to pack and
 * how to fly for a trip. The resolutions record what ITU is asked to do and judge no product; a
 * clause that shares a word with the question (5G, 基站, 电池) would read as a verdict it never gives.
 */

const EN = [
  // Which is faster / cheaper / better, X or Y.
  /\bwhich (?:one )?(?:is|are|gives?|has|have|offers?)\b[^?]{0,40}\b(?:faster|cheaper|better|best|quicker|quickest|more reliable)\b/i,
  /\b(?:faster|cheaper|more reliable) than\b/i,
  /\bbest (?:call quality|coverage|deal|plan|price|network|operator|provider|phone|handset|router)\b/i,
  // Whether a habit is bad for a device or for people.
  /\bis it (?:bad|safe|harmful|dangerous) to\b/i,
  // Shopping: a device for a price, which one to buy.
  /\b(?:under|below|less than) [$€£]?\d+ ?(?:dollars|bucks|euros|usd|pounds)?\b[^?]{0,20}\b(?:phones?|laptops?|routers?|handsets?|tablets?)\b|\b(?:phones?|laptops?|routers?|handsets?|tablets?) (?:under|below|for less than) [$€£]?\d+|\b(?:which|what) (?:phone|laptop|router|tablet|handset|sim|plan)s? (?:should|to) (?:i|we) (?:buy|get|choose)\b|\bdecent (?:phone|laptop|router|handset|tablet)s?\b/i,
  // A product asked to be recommended ("what's a good app for X?", "any decent VPN?"); not a good practice,
  // an example or a way of doing something, which the resolutions may well give.
  /\b(?:what(?:['’]?s| is| are| would be)|any|recommend(?: me)?|suggest(?: me)?)\s+(?:a\s+|an\s+|some\s+)?(?:good|decent|reliable|cheap|solid)\s+(?!(?:practices?|examples?|ways?|approach(?:es)?|starting points?|ideas?|sources?|reasons?|models?|resources?|references?|standards?|policy|policies|frameworks?|steps?|first steps?|questions?)\b)[a-z0-9-]+/i,
  // The best of something near a place ("best pizza near the station", "good hotel around Geneva").
  /\b(?:best|good|nice|cheap|decent)\s+(?:[a-z-]+\s+){0,2}?(?:near|around|close to|nearby)\b/i,
  // Repairs: fixing one's own device or connection.
  // Not what goes wrong (calls keep dropping): service quality is a topic of the resolutions.
  /\b(?:any|a)(?: quick| easy| simple| fast| cheap)? fix(?:es)?\b|\bhow (?:do|can) i fix\b/i,
  // One's own trade: selling more, promoting a shop.
  /\b(?:boost|increase|improve|grow) (?:my|our) (?:sales|business|customers|shop|store)\b|\bpromot(?:e|ing) (?:my|our) (?:shop|store|business|products?|goods)\b|\b(?:isn['’]t|aren['’]t|are not|is not|not) selling\b/i,
  // Travel: flights, visas, hotels. Not the weather, which climate questions speak of (weather monitoring).
  /\b(?:flights?|layovers?|visas?|hotels?|airport)\b/i,
];
const ZH = [
  /(?:哪个|哪种|哪家|哪款|还是)[^？?]{0,20}(?:更(?:划算|便宜|快|好用|省钱|实惠|好|稳定)|划算|实惠|省钱)/,
  /会不会(?:把|让)?[^？?]{0,10}(?:搞坏|弄坏|损坏|伤)/,
  /对[^？?]{0,10}(?:身体|健康|人体)[^？?]{0,6}(?:有没有害|有害吗|有没有影响|有影响吗|有危害吗|有没有危害)/,
  // Which of two is better (绿茶好还是红茶好).
  /[\u4e00-\u9fff]{1,8}好还是[\u4e00-\u9fff]{1,8}好/,
  // A product asked to be recommended (推荐个好用的…, 有什么靠谱的…).
  /(?:推荐|有什么|有没有|哪个|哪款|哪家)(?:一?(?:个|款|家|下))?(?:好用|靠谱|便宜|实惠|划算)的?(?!做法|经验|办法|方法)/,
  // A device that will not connect is a repair; one made not to (让被抢手机连不上基站) is a measure asked of.
  /买(?:哪|什么)(?:款|个|种|部)?(?:手机|电脑|路由器|平板)|(?:手机|电脑|路由器)[^？?]{0,8}(?:怎么修|修好|坏了怎么办)|(?<!(?:让|使|令|叫)[^？?]{0,8})(?:手机|电脑|路由器)[^？?]{0,8}连不上/,
  // What to do about one's own device: 我手机丢了，怎么查…
  /我的?(?:手机|电脑|路由器|平板)[^？?]{0,20}(?:怎么|如何)(?:查|办|弄|处理|找回)/,
  /冷不冷|热不热|(?:带|穿)[^？?]{0,4}(?:外套|衣服)|航班|机票|转机|签证|酒店|住宿/,
  // One's own trade: goods that do not sell, a promotion to run (卖不动, 搞促销, 揽客).
  /卖不动|卖不出去|卖不掉|滞销|(?:生意|销量)(?:不好|很差|太差|差|淡)|(?:搞|做|办)(?:个|场|次)?促销|揽客|拉客|招揽(?:顾客|客人|生意)/,
];

/**
 * One's own device misbehaving (slow, freezing, hot, not charging, 发烫, 死机, 没反应), asked what to do or
 * whether it is normal: a repair. Devices only: a slow network or dropped calls are service quality, which
 * the resolutions speak of. Not devices the document never names (printers): saying so is more telling.
 */
const DEVICE_TROUBLE_EN =
  /\b(?:(?:my|our|the|this)\s+(?:[a-z]+\s+){0,2}?(?:laptop|phone|pc|computer|tv|telly|router|modem|battery|screen|charger|remote|console|tablet|handset|smartphone|mobile)s?\b[^?.!]{0,40}\b(?:slow|lagging|lags|laggy|freez(?:es|ing)|frozen|crash(?:es|ing)|won['’]?t (?:turn on|charge|connect|start)|not (?:working|charging|turning on)|keeps? (?:restarting|freezing|crashing|dying)|dead|drains?|overheat(?:s|ing)?|(?:gets|getting|is|it['’]s) (?:hot|warm)|cracked|broken|hangs?)|(?:laptop|phone|pc|computer|router|battery|screen|charger|tablet)s?\s+(?:(?:is|very|so|too|really)\s+)*(?:slow|lagging|laggy|freezing|frozen|crashing|dead|hot|overheating|cracked|broken))\b/i;
const TROUBLE_ASK_EN =
  /\b(?:what (?:to|should i|can i|do i) do|how (?:do|can|should) i|how to|any (?:tips|ideas|advice|fix)|is (?:it|that|this) normal|what (?:fit|can) cause|why (?:is|does)|what['’]?s wrong)\b/i;
const DEVICE_TROUBLE_ZH =
  /(?:手机|电脑|电视|路由器|遥控器|笔记本|平板|充电器|电池|屏幕)[^？?。！!，,]{0,10}?(?:慢|卡顿|很卡|老卡|发烫|发热|没反应|不好使|掉电|耗电|黑屏|死机|坏了|开不了机|充不进电|转圈)/;
const TROUBLE_ASK_ZH =
  /咋整|怎么办|咋办|怎么弄|怎么搞|正常吗|正常不|是不是|要不要|有啥办法|有什么办法|怎么解决|咋回事|怎么回事|什么原因|啥原因/;

export function asksConsumerAdvice(question: string): boolean {
  return (
    EN.some((re) => re.test(question)) ||
    ZH.some((re) => re.test(question)) ||
    (DEVICE_TROUBLE_EN.test(question) && TROUBLE_ASK_EN.test(question)) ||
    (DEVICE_TROUBLE_ZH.test(question) && TROUBLE_ASK_ZH.test(question))
  );
}

/** What the answer says instead; the passages on the topic follow as related. */
export const CONSUMER_REASON = {
  en: 'It gives no practical advice on products, operators, devices, trade or travel; it records what the resolutions ask ITU to do. The passages below are the closest it has.',
  zh: '文件不就产品、运营商、设备、生意或出行提供实用建议，只记录各决议交给国际电联的工作。下列条款是其中最接近的内容。',
};
