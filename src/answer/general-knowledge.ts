/**
 * General knowledge a chat assistant is often asked and the document never holds: sports results, a
 * country's capital or population, how to use a piece of software, when to water the crops. A clause
 * sharing a word with such a question (2022年, 资金 for "capital") is no answer to it; saying what the
 * assistant covers is. A question that names the document, a resolution or ITU is about the document and
 * answered from it.
 */
import { aboutDocument } from './task-request.js';

/** Sports: competitions, teams, results. */
const SPORTS =
  /世界杯|奥运会?|运动会|亚运会|欧洲杯|锦标赛|(?:足|篮|排|网|羽毛|乒乓)球(?:赛|队|比赛)?|球队|冠军|\bworld cup\b|\bolympics?\b|\b(?:football|soccer|basketball|cricket|rugby|tennis) (?:match|game|team|league|final|score)s?\b|\bwho won the (?:cup|match|game|league|final|title|championship)\b/i;
/** Facts about a country as such: its capital, population, currency, language. */
const COUNTRY_FACTS =
  /\bcapital (?:city )?of\b|\bpopulation of\b|\bcurrency of\b|\bofficial languages? of\b|首都(?:是|在)|(?:的|个)首都|人口(?:有|是)?多少|多少人口|用(?:的)?什么货币|官方语言是/i;
/** How to do something in a piece of software or a programming language. */
const SOFTWARE =
  '(?:python|excel|javascript|java|sql|powerpoint|photoshop|word文档|电子表格|编程|写代码)';
const SOFTWARE_HOWTO = new RegExp(
  `(?:怎么|怎样|如何|\\bhow (?:do|can|to|would)\\b)[^?？]{0,30}${SOFTWARE}|${SOFTWARE}[^?？]{0,20}(?:怎么|怎样|如何)|\\b(?:in|with|using) (?:python|excel|javascript|sql)\\b`,
  'i',
);

/** Tending crops or animals: when to water, what to feed. */
const FARMING =
  /(?:一年|每年)(?:能|可以)?(?:摘|采|收|种)几(?:茬|季|次|回)|(?:啥|什么|哪个)(?:时候|季节|月份?)(?:摘|采摘|采|收割|收|播种|下种|栽)(?:最好|合适|最合适)|(?:麦子|小麦|玉米|水稻|稻子|庄稼|果树|棉花|土豆|红薯|蔬菜|菜地|猪|牛|羊|鸡)[^，。？?]{0,8}(?:浇水|浇|施肥|追肥|打药|播种|收割|喂)|\b(?:water|fertili[sz]e|plant|harvest|feed)(?:ing)? (?:my|our|the) (?:wheat|maize|corn|rice|crops?|fields?|garden|cattle|goats|pigs|chickens)\b/i;

/** Tomorrow's weather, a storm's path: a forecast, never a clause (a disaster's aftermath is the document's). */
const WEATHER =
  /天气(?:怎么样|如何|预报|好不好|冷不冷|热不热)|(?:啥|什么)天儿|天儿(?:咋样|怎么样|冷不冷|热不热)|(?:今天|今儿|明天|明儿|后天|这两天)[^，。？?]{0,8}(?:冷不冷|热不热)|[会會](?:不会|唔會|唔会|不會)(?:下雨|下雪|落雨|打[风風]|刮台[风風])|下不下雨|打唔打[风風]|\bweather (?:forecast|like (?:today|tomorrow|this week))\b|\bwill it (?:rain|snow)\b|\bis it going to (?:rain|snow)\b/i;

/** How to send one's own money somewhere, cheapest or fastest: a remittance how-to, not a resolution. */
const MONEY_TRANSFER =
  /\b(?:cheapest|cheaper|best|fastest|quickest|safest|easiest) way to (?:send|transfer|wire|remit) (?:some )?(?:money|cash|funds|taka|rupees?|pesos?|dollars|naira|shillings?|cedis?|euros?|francs|yuan|rmb)\b[^.?!]{0,40}\b(?:to (?:my|our|family|relatives)|home|abroad|overseas)\b|(?:汇钱|寄钱|汇款|转钱)[^，。？?]{0,10}(?:最便宜|最划算|最省钱|最快)/i;

/** When a shop, office or library opens or closes: its hours, not a meeting's dates (those are the document's). */
const OPENING_HOURS =
  /几点(?:钟)?(?:开门|关门|营业|打烊|关)|(?:营业|开门|开馆|闭馆)时间|\bopening (?:hours|times)\b|\bwhat time (?:does|do|is|are) (?!(?:the )?(?:meeting|session|assembly|conference|workshop|forum)s?\b)[\w' -]{1,30}?\b(?:open|close|opened|closed)\b/i;

/**
 * The asker's own working conditions: overtime and holiday pay, leave, salary, an office outing. Labour rules
 * are no resolution's subject (a question naming ITU or a resolution is still the document's, see above).
 */
const WORK_RULES =
  /\bovertime\b|\b(?:extra|double|holiday|overtime|sick) pay\b|\btime and a half\b|\bdouble time\b|\b(?:annual|sick|maternity|paternity|casual) leave\b|\bdays? off\b|\bpay ?slips?\b|\b(?:my|our|his|her) (?:salary|salaries|wages?|paycheque|paycheck)\b|\bteam[- ]building\b|加班|年假|病假|产假|调休|工资条|(?:我|俺|咱|我们|他|她)的?工资|团建/i;

/** The asker's own papers: a business or driving licence, a passport, a visa, to get, renew or file. */
const OWN_PAPERS =
  /\b(?:business|trade|shop|driving|driver['’]?s) licen[cs]es?\b|\b(?:passports?|visas?)\b[^.?!]{0,40}\b(?:renew(?:al)?|apply|application|extend|extension|expire[sd]?|documents?|papers|office|fees?)\b|\b(?:renew|apply for|extend|get) (?:my|our|a) (?:passport|visa)\b|营业执照|驾照|驾驶证|(?:护照|签证|身份证|户口)[^，。？?]{0,8}(?:办理|怎么办|去哪办|续签|换证|补办|过期|到期)/i;

/** A vehicle or a machine at home that acts up: a repair question (a noise, a stall, the spark plug). */
const MACHINE_REPAIR =
  /\b(?:motorbikes?|motorcycles?|scooters?|cars?|trucks?|generators?|engines?|bicycles?|bikes?)\b[^.?!]{0,60}\b(?:noise|noisy|cutting out|cuts? out|won'?t start|stall(?:s|ed|ing)?|spark ?plugs?|gears?|brakes?|carburett?or|clutch|oil change|overheat(?:s|ed|ing)?)\b|\bspark ?plugs?\b|(?:摩托车?|汽车|电动车|发电机|发动机)[^，。？?]{0,12}(?:异响|怪响|打不着|熄火|漏油|刹车|换挡|火花塞)/i;

/**
 * The asker says the question is off the subject (唠点别的, 题外话, "off topic", "changing the subject"); not
 * a polite doubt ("this may be off topic, but").
 */
const SAID_OFF_TOPIC =
  /(?:唠|聊|说|问|扯)点别的|换个话题|题外话|跑个题|(?<!\b(?:if|whether|maybe|might be|may be|perhaps)\b[^.?!]{0,20})\boff[- ]topic\b|\bunrelated (?:question|one)\b|(?<!\b(?:slightly|somewhat|bit|maybe|perhaps|if|be)\s)\bunrelated,? but\b|\bchanging the subject\b|\bon (?:a|an) (?:different|unrelated|lighter) (?:note|subject|topic)\b/i;

export function asksGeneralKnowledge(question: string): boolean {
  if (aboutDocument(question)) return false;
  return (
    SPORTS.test(question) ||
    COUNTRY_FACTS.test(question) ||
    SOFTWARE_HOWTO.test(question) ||
    FARMING.test(question) ||
    WEATHER.test(question) ||
    MONEY_TRANSFER.test(question) ||
    OPENING_HOURS.test(question) ||
    WORK_RULES.test(question) ||
    MACHINE_REPAIR.test(question) ||
    OWN_PAPERS.test(question) ||
    SAID_OFF_TOPIC.test(question)
  );
}

/** What the answer says instead of quoting a clause. */
export const GENERAL_KNOWLEDGE_REASON = {
  en: 'It answers questions about the WTSA-20 resolutions that concern ITU-D, quoting their clauses; general knowledge (sports, countries, software, farming, weather, opening hours, pay and leave at work, repairs, personal licences and visas) and other subjects are outside it.',
  zh: '本助手只回答有关影响ITU-D的WTSA-20决议的问题，并引用条款原文；体育、各国概况、软件使用、农事、天气、营业时间、工资假期、修车修机器、证照办理等常识问题及其他话题不在其范围内。',
};
