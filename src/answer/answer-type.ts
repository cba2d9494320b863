/**
 * What kind of fact a question asks for, and whether a clause can supply it. A clause on the right topic
 * still does not answer "what is the price" without an amount, or "who chairs it" without a name.
 * Questions are recognised by question words with the noun they ask about, never by whole sentences.
 */
import { EXAMPLE_BEFORE } from '../retrieval/example-lead.js';
import { NUMBER_THEN_RESOLUTION } from '../retrieval/question-intent.js';
import { askingSentences, CHAT_CLAUSE_BREAK } from '../retrieval/sentences.js';
import type { Hit } from '../retrieval/retriever.js';
import { CLASSIFIER, statesCount } from './count-supply.js';
import { placeNames } from './place-names.js';

/** Sums of money: 多少钱, X费/价/预算是多少, 多少法郎; how much … cost/pay/fee, what is the price. */
const MONEY_Q = new RegExp(
  [
    '多少钱',
    // The same in dialect (四川话 好多钱, 粤语 几多钱), asked: "a lot of money" in Mandarin is no question.
    '几多钱|好多钱(?=[一每]?[\\u4e00-\\u9fff]{0,3}\\s*[？?]|\\s*$)',
    // Asked by its noun (请说明…划拨的具体金额).
    '(?:具体|确切)的?(?:金额|数额)',
    '(?:费|价|钱|资金|款|金额|成本|开支|开销|支出|预算|拨款|捐款)(?:用|格|钱|额)?(?:具体)?(?:是|为|要|有|约|大概|大约|共)?多少',
    // With a span of time or an intensifier between (经费每年究竟有多少, 预算一共是多少).
    '(?:钱|资金|款|金额|预算|拨款|经费)(?:一年|每年|每届|一共|总共)?(?:到底|究竟)?(?:是|为|有)多少',
    '(?:钱|资金|款|金额|预算|拨款|经费)(?:一年|每年|每届)?(?:一共|总共|总计|共计|加起来)(?:是|为|有)?多少',
    '多少[\\u4e00-\\u9fff]{0,2}(?:法郎|美元|美金|欧元|英镑|日元|人民币|元|块)',
    // A sum guessed at in round figures and asked (几百万美金？, 几千块吗): the sum is what is asked.
    '几(?:十|百|千|万|百万|千万|亿)(?:多)?(?:法郎|美元|美金|欧元|英镑|块|元)(?:吗|么|吧)?\\s*[？?]',
    '(?:花|花费|耗资|收费|收取|支付|付|交|缴|缴纳|投入|拨出|捐|捐款|捐赠|资助)了?多少',
    // A cap on a charge (资费上限, 收费上限): a price.
    '(?:资费|费用|价格|收费|费率)(?:的)?(?:上限|封顶|最高限额)',
    '多少[\\u4e00-\\u9fff]{0,3}(?:费|钱|资金|经费|预算|拨款)',
    // Money set aside for something, or written as a sign ("how much $$").
    '\\bhow much\\b(?! of\\b)[^?]{0,60}?(?:\\$|\\b(?:set|sets|put|puts) aside\\b|\\ballocat(?:e|es|ed|ing)\\b|\\bearmark(?:s|ed)?\\b)',
    '\\b(?:give|gives|state|states|say|says|mention|mentions|specify|specifies|name|names) (?:an?|the|any) (?:exact |precise |specific )?(?:amount|sum)\\b',
    '\\bhow much\\b[^?]{0,60}?\\b(?:cost|costs|costing|charge|charges|charged|pay|paid|spend|spent|price|priced|fees?|fines?|money|cash|funding|funds?|budget|worth)\\b',
    // The sum after the verb, as speech puts it ("refund me how much?", "they give back how much").
    '\\b(?:pay|pays|paid|refund|refunds|reimburse|reimburses|compensate|compensates|give|gives)\\b(?: \\w+){0,3} how much\\b',
    // "What is the (roaming) price": the noun right after, not "what is being done to reduce the cost"; a
    // currency sign may stand before it ("what's the exact $ amount").
    "\\bwhat(?:'s| is| was| are| were)(?: the| its| their| a)?(?: [a-z-]+| [$€£¥]+){0,2} (?:price|prices|fees?|cost|costs|charges?|tariffs?|amount|budget)\\b",
    // A cap on a price asked as "the most they can charge" (what's the maximum a club may charge a member);
    // its subject right after, so not "the most important thing …".
    "\\bwhat(?:'s| is| was)? the (?:most|maximum|max|highest|least|minimum|lowest) (?:that |which )?(?:they|the|a|an|any|each|one|you|we|operators?|companies|providers?)\\b[^?]{0,50}?\\b(?:can|could|may|might|is allowed to|are allowed to|should) (?:charge|bill)\\b",
    // The sum by its noun: the size of a grant, the level of fees.
    '\\b(?:value|size|amount|level) of (?:the|a|any|such) (?:[a-z-]+ )?(?:fines?|penalt(?:y|ies)|fees?|grants?|subsid(?:y|ies)|tariffs?|charges?)\\b',
    // A sum in any currency the asker counts in (how much taka, how many rupees, learners' "how much dollar").
    '\\b(?:how many|how much|in) (?:swiss |us |american )?(?:francs?|dollars?|euros?|pounds?|chf|usd|eur|rupees?|taka|naira|cedis?|shillings?|rand|pesos?|reais|yuan|rmb|yen|dirhams?|riyals?|birr|kwacha|baht|ringgit|rupiah|dong|kip|tenge|lari|dinars?|pula|leones?|francs cfa|cfa)\\b',
    '多少[\\u4e00-\\u9fff]{0,2}(?:卢比|塔卡|奈拉|先令|兰特|比索|雷亚尔|迪拉姆|里亚尔|比尔|克瓦查|泰铢|林吉特|印尼盾|越南盾|第纳尔)',
    // "What (reserve) prices do they set": the prices asked for themselves, before the verb.
    '\\b(?:what|which)(?: [a-z-]+){0,2} (?:prices|fees|tariffs|charges) (?:do|does|did|are|were|should|would|will|must)\\b',
    // Whether one pays at all (要交学费吗, 收费吗): an amount, or a clause saying it is free.
    // Not a charge to be lowered or regulated (推降漫游收费吗).
    '(?:交|付|缴)纳?[\\u4e00-\\u9fff]{0,2}费用?吗|(?<![降减低推管控调少][\\u4e00-\\u9fff]{0,4})收费吗|免费吗|要钱吗|花钱吗',
    '\\bhow (?:expensive|costly)\\b',
    // A cap on a price is a price: "does it set a ceiling on roaming charges", "a maximum tariff".
    '\\b(?:caps?|capped|capping|ceilings?|maximum|max|upper limits?)\\b[^?.]{0,40}?\\b(?:charges?|fees?|prices?|tariffs?|costs?|rates?)\\b|\\b(?:charges?|fees?|prices?|tariffs?|rates?)\\b[^?.]{0,30}?\\b(?:caps?|capped|ceilings?)\\b|\\bceiling on what\\b[^?.]{0,40}\\bcharge\\b',
    // "Sold at what price", "what fee does it set".
    '\\bat what (?:price|cost|fee|tariff)s?\\b|\\bwhat (?:price|fee|tariff)s? (?:do|does|did|is|are|was|were|will|would)\\b',
    '\\bwhat (?:exact |precise |specific |actual )?(?:amount|sum)s?\\b',
  ].join('|'),
  'i',
);
const MONEY_A =
  /法郎|瑞郎|美元|美金|欧元|英镑|免费|\bCHF\b|\bUSD\b|[$€£¥]\s?\d|\d\s?(?:元|万元|亿)/i;
/**
 * A price or a charge asked (what does it cost, 要钱吗): "free" answers it. A sum set aside or kept in a
 * budget is no price: free of charge says nothing of it.
 */
const PRICE_WORDS =
  /\b(?:costs?|costing|price[sd]?|fees?|charges?|charged|tariffs?|pay|pays|paid|paying|expensive|costly|free)\b|收费|费用|学费|报名费|(?:交|缴|付)纳?[\u4e00-\u9fff]{0,2}费|价格|价钱|要钱|花钱|免费|交钱|付钱|多少钱|几多钱|好多钱/i;

/** Someone's own name: name words, 谁/who with an office one person holds, 哪位. "Who is instructed" asks for a body. */
const HOLDER_ZH =
  '(?:头儿|主席|副主席|主任|局长|秘书长|总统|总理|部长|发言人|作者|负责人|报告人|召集人|联系人|冠军|组长|副组长|会长|团长|队长|行长|院长|董事长|总干事)';
const HOLDER_EN =
  '(?:chair(?:m[ae]n|wom[ae]n|person)?|vice-chair(?:m[ae]n|wom[ae]n|person)?|president|director(?:-general)?|secretary-general|minister|prime minister|winner|author|speaker|ceo|rapporteur|convenor|convener|(?:contact )?person|focal point|point of contact)';
/** An organisation named by acronym (BDT, ITU-D) or by kind (the bureau, the Union, Study Group 3). */
const ORG_ACRONYM = '(?:ITU(?:-[TDR])?|BDT|TSB|BR|TDAG|TSAG|RAG)';
const ORG_EN = `${ORG_ACRONYM}\\b|(?:(?!(?:of|on|for|in|to|at|with|and|work|working|efforts?|activities)\\b)[\\w-]+ ){0,4}?(?:bureau|union|sector|secretariat|organi[sz]ation|agency|council|committee|study group(?: \\d+)?)\\b`;
const ORG_ZH = `${ORG_ACRONYM}|[\\u4e00-\\u9fff]{0,8}(?:局|国际电联|部门|秘书处|组织|理事会|委员会|研究组)`;
const INSTRUCTED =
  '(?:asked|instructed|invited|encouraged|requested|required|expected|supposed|told|called|urged)';
const PERSON_Q = new RegExp(
  [
    `姓名|哪一?位|(?:${HOLDER_ZH}|人|者|代表|专家)的?名字`,
    // The person named by what they do, then asked what they are called (派去的那个专家叫什么名儿).
    `(?:${HOLDER_ZH}|代表|专家)(?:都|分别)?叫(?:什么|啥)(?:名字|名儿)?`,
    // Or by a personal pronoun (她叫啥, 他们分别叫什么名字): persons, whatever the sentence before named.
    '(?:他们|她们|他|她)(?:的)?(?:名字|名儿)?(?:都|分别)?(?:叫|是)(?:什么|啥)(?:名字|名儿)?(?![\\u4e00-\\u9fff]*(?:意思|组织|机构))',
    // With the body before the office (谁当了风筝协会会长).
    `(?:谁|什么人)(?:来)?(?:担任|是|当选|出任|任|当)了?[\\u4e00-\\u9fffA-Za-z-]{0,6}?${HOLDER_ZH}`,
    // Who chaired a meeting: its chair, by name (the Chinese of "who chaired").
    '谁(?:来)?主持|主持人(?:是|为)?(?:谁|哪位)',
    // Who heads a group (带头的是谁, 领头人是谁): a person; 由谁牵头 may be a body, so not that.
    '(?:带头|领头)(?:的人|的|人)(?:是|为)?(?:谁|哪位)',
    `${HOLDER_ZH}(?:是|为)?(?:谁|什么人)`,
    // Several holders asked who they are (主席们都是哪些人, 副主席分别是哪几位).
    `${HOLDER_ZH}们?(?:都|分别|各自)(?:是|为)(?:谁|什么人|哪些人|哪几位|哪几个人)`,
    // …or which people they are (主席有哪些人, 新任组长是哪几位).
    `${HOLDER_ZH}们?(?:都|分别|各自)?(?:是|为|有)(?:哪些人|哪几位|哪几个人)`,
    // The holders counted, then asked who they are (会长的那三个人都是谁).
    `${HOLDER_ZH}[^？?。，,]{0,8}?(?:人|位)(?:都|分别)?是谁`,
    // An office named, then its holders' names asked after a comma, a question or chat's space (研究组的头儿…？
    // 叫什么名字, 会长是哪国的、叫啥名).
    `${HOLDER_ZH}[^？?。]{0,20}?[？?，,、\\s][^？?。]{0,12}?叫(?:什么|啥)名(?:字|儿)?`,
    `${HOLDER_ZH}[^？?。]{0,20}?[，,、](?:的)?名字(?:是|叫)?(?:谁|什么|啥)`,
    // Several holders at once (主席们都叫什么): each one's name.
    `${HOLDER_ZH}们?(?:都|分别|各自)?(?:的名字)?(?:叫|名叫|姓)(?:什么|啥)`,
    // "Who is the Director asked to work with?" asks for partners, not the Director's name.
    // The office may be named by its body first: "who is the kite bureau Director", "who are the study group chairs".
    // A relative clause after the office ("who is the Director that X should cooperate with") makes it the
    // one the verb is about, so the question still asks for that person.
    `\\bwho(?:'s| is| was| are| were| will be)? (?:the |its |their )?(?:current |new |former |incoming )?(?:[\\w-]+ ){0,4}?${HOLDER_EN}s?\\b(?:(?= (?:that|whom|who)\\b)|(?![^?]*\\b${INSTRUCTED}))`,
    '\\bwho(?:ever)? (?:(?:actually|really|exactly|in fact) )?(?:chaired|chairs|presided|presides|won|wins|signed|wrote)\\b',
    // Who spoke: the keynote, the opening address (谁做的主旨演讲, 开幕致辞是谁讲的).
    '\\bwho (?:(?:actually|really|exactly) )?(?:gave|gives|delivered|delivers|made|makes|opened with) (?:the |a |an |that )?(?:[\\w-]+ )?(?:keynote|speech|address|talk|lecture)\\b',
    '谁(?:来)?(?:做|作|发表|致)了?(?:的)?(?:主旨|开幕|闭幕)?(?:演讲|讲话|致辞|发言)|(?:主旨|开幕|闭幕)(?:演讲|讲话|致辞)(?:是|由)?谁',
    // A person asked for by name ("who, by name, served as chair").
    '\\bwho\\b[^?]{0,20}\\bby name\\b|\\bby name\\b[^?]{0,20}\\bwho\\b',
    // Who holds the chair now ("who's chairing SG17", "who is heading the group now").
    "\\bwho(?:'s| is| was| will be) (?:chairing|presiding over|co-chairing|vice-chairing)\\b",
    // …named by a title first ("who was the top man running the kite club").
    "\\bwho(?:'s| is| was| were) the (?:[\\w-]+ ){0,2}(?:boss|chief|head|leader|person|man|woman|guy) (?:chairing|presiding|running|heading)\\b",
    // Who was elected or appointed (to any office): a person by name.
    '\\bwho (?:got|was|were|has been|have been|is|will be) (?:elected|appointed|chosen|named|voted in|picked|selected|nominated)\\b',
    // "Who'd they appoint as chair", "who did the assembly pick", "who exactly did they name".
    "\\bwho(?: (?:exactly|actually|really))?(?:['’]d| did| do| will| would)? (?:they|we|you|the assembly|wtsa(?:-?20)?) (?:actually |really |finally |eventually |in the end )?(?:appoint|elect|choose|pick|name|nominate|select)\\b",
    '谁当选|当选(?:的|了)?(?:是|为)?谁|选(?:出|了)谁',
    // Who runs an organisation (who heads BDT, who leads the bureau) asks for its head by name; "who leads the
    // work on X" asks for a body, so only an organisation's name or kind may follow.
    `\\bwho(?:'s| is| are| was| were| will be)? (?:runs?|ran|running|heads?|headed|heading|leads?|led|leading|manages?|managed|managing|in charge of|the (?:(?:new|current|present|former|incoming) )?(?:head|boss|leader|chief) of)\\s+(?:the\\s+)?(?:${ORG_EN})`,
    `谁(?:在)?(?:领导|掌管|主管|执掌|管理)(?:着)?(?:${ORG_ZH})|(?:${ORG_ZH})(?:的)?(?:领导|头儿|老大|一把手|掌门人?)(?:是|为)?(?:谁|哪位)`,
    // Who holds an office: "who was elected / appointed chair …", 谁当选/被任命为.
    `\\bwho\\b[^?]{0,30}\\b(?:elected|appointed|named|chosen|nominated)\\b[^?]{0,20}\\b${HOLDER_EN}\\b`,
    `谁(?:被)?(?:当选|选为|任命为|出任|担任)|(?:当选|任命|选出)(?:的|了)?(?:${HOLDER_ZH})(?:是谁|叫什么)`,
    // Names asked for after the question ("who are the kite judges, names pls"): persons by name; a reason
    // may follow ("…, names please, I need them for the poster").
    '(?:[,，;；:：]|\\s[-–—])\\s*(?:their |the )?names?\\s*(?:pls|plz|please|too|as well)?\\s*(?:[?？.!]*\\s*$|[,，;；]\\s*(?:(?:i|we)\\s+)?(?:need|want|for)\\b)',
    // Who the delegates or representatives were: persons by name.
    "\\bwho(?:['’]s| is| was| are| were) (?:the |its |their |our )?(?:[\\w-]+ ){0,3}?(?:delegates?|representatives?|envoys?)\\b",
    // The office, then its holder's name asked in a learner's order ("the new chair, name what?", "chairman of
    // the kite club, what his name").
    `\\b${HOLDER_EN}s?\\b[^?.]{0,40}?\\b(?:names? (?:is |are )?what|what (?:is |are )?(?:his |her |their |the )?names?)\\b`,
    // Which official was appointed (which Kenyan delegate got elected): one person, by name.
    `\\bwhich (?:[\\w-]+ ){0,3}?(?:${HOLDER_EN}|officials?|officers?|persons?|people|individuals?|experts?|delegates?|representatives?)s? (?:was|were|got|has been|have been|is|are|will be) (?:elected|appointed|chosen|named|nominated|selected|picked)\\b`,
    `哪(?:个|些|一个|一些)[\\u4e00-\\u9fffA-Za-z]{0,6}?(?:官员|专家|代表|人士|人|${HOLDER_ZH})(?:被)?(?:任命|当选|选为|选上|出任|担任)`,
    `\\bwhose names?\\b|\\b(?:his|her|their|${HOLDER_EN}'s|person's|(?:guy|man|woman|lady|fellow|chap|bloke|gentleman)['’]s) names?\\b|\\bnames?(?: and(?: [\\w-]+){1,2}?)? of (?:the |these |those |its |their )?(?:current |new |present |former )?(?:[\\w-]+ ){0,5}?(?:${HOLDER_EN}|person|people|individuals?|delegates?|experts?|officials?|officers?|representatives?|contacts?|head|boss|leader|chief)s?\\b|\\b(?:${HOLDER_EN}|head|boss|leader|chief)(?:['’]s)? names?\\b`,
  ].join('|'),
  'i',
);
/**
 * Names asked for in a sentence of their own after a who-question ("who went from Fiji? Names kindly
 * clarify."): a request, not a question, so it is read in the whole message.
 */
const NAMES_AFTER_WHO =
  /\bwho\b[^?？]*[?？]\s*(?:their |the )?names?\b(?!\s+of\b)[^?？.!]{0,30}[?？.!]*\s*$/i;
const PERSON_A =
  /先生|女士|博士|教授|阁下|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z]|[A-Z][a-z]+ [A-Z][a-z]+/;

/**
 * Who pays, or whether someone pays (谁出钱, 钱从哪来, 拨钱, does BDT pay for it, who foots the bill): a clause
 * must say how the work is funded (a budget, contributions, existing resources, free of charge).
 */
const FUNDING_Q =
  /(?:专门|另外|额外|追加)?拨(?:钱|款|经费|资金)|谁(?:来)?(?:出钱|掏钱|付钱|出资|买单|埋单|付费|承担(?:费用|经费|成本))|(?:出钱|掏钱|出资|买单|埋单)|(?:钱|资金|经费|费用)(?:是|都|又|到底)?(?:从哪|由谁|来源|哪里来|哪儿来)|(?:钱|资金|经费|费用)(?:是|都|又|到底)?谁(?:来)?(?:出|掏|付|给)|\bwho (?:pays|will pay|would pay|is paying|funds|will fund|finances|covers the costs?|bears the costs?)\b|(?<!\b(?:people|ppl|persons?|those|users?|customers?|consumers?|subscribers?|folks|anyone|everyone|someone|households?|families|travell?ers|tourists|visitors|callers)\s+(?:like (?:me|us|you|them)\s+)?(?:(?:who|that)\s+)?(?:(?:like|just|actually|really|usually|normally|also|already|all)\s+)?)\bpays? for\b|\bpaid for\b|\b(?:foot|foots|footed|footing) the bill\b|\bchip(?:s|ped|ping)? in\b|(?:\$\$+|\bmoney|\bcash)[- ]?wise\b|\b(?:pick|picks|picked|picking) up the (?:tab|bill)\b|\b(?:funded|financed|funding for)\b|\bfund (?:it|this|that|them|the)\b|\b(?:will|would|shall|should|must|can|could|to|fully|partly|partially|directly) (?:fully |partly |partially )?fund\b|\b(?:its|their|our) own money\b|\bwhere (?:does |will |would |is |do )?(?:the |this |that )?money (?:comes?|coming) from\b|\b(?:the )?money\b[^?.]{0,40}\bwhere (?:does |do |will |would )?(?:it|that|this|they) (?:comes?|coming) from\b/i;
const FUNDING_A =
  /预算|资金|经费|捐(?:赠|助|款)|会费|免费|出资|筹措|创收|支出|(?:现有|财务|可用|所分配的或捐助的现有)资源|\b(?:budget|fund(?:s|ed|ing)?|contributions?|free of charge)\b/i;

/**
 * A grant to a person (奖学金, fellowships, travel grants), or devices handed out (免费电脑, free tablets): a
 * clause must name one; a budget for ITU's own work is not one.
 */
const GRANT_Q =
  /(?:免费|白送|白给)(?:的)?(?:电脑|计算机|手机|平板|设备|网络设备|终端)|(?:给|帮)?(?:我们|大家|村民|学校|老百姓)?(?<![批开研收散出])(?:发|送|分发)(?:些|点)?[\u4e00-\u9fff]{0,3}?的?(?:手机|电脑|平板)(?![\u4e00-\u9fff]*(?:决议|标准|网络))|\bfree (?:[\w-]+ ){0,2}(?:tablets?|phones?|computers?|laptops?|devices?|equipment|handsets?|smartphones?)\b|\bgives? (?:away |out )?(?:free )?(?:tablets?|phones?|computers?|laptops?|handsets?|smartphones?)\b|奖学金|助学金|差旅补助|补贴|补助金?|\bsubsid(?:y|ies|ise|ize|ised|ized)\b|资助名额|免(?:交|缴|除|收)(?:会费|费用)|(?:会费|费用)[^，。？?]{0,4}(?:减免|豁免|全免|免除)|\b(?:fellowships?|scholarships?|bursar(?:y|ies)|travel grants?|stipends?|fee (?:waivers?|exemptions?)|free (?:\S+ ){0,4}(?:membership )?fees)\b|\bwaive[sd]? (?:\S+ ){0,3}fees?\b|\bexempt(?:ed|ion)? from (?:\S+ ){0,3}fees?\b/i;
const GRANT_A = GRANT_Q;

/**
 * Whether a text binds or punishes (强制, 必须遵守, mandatory, 罚款, penalties): the resolutions ask and
 * invite; only a clause that says a rule binds, or sets a penalty, answers.
 */
const BINDING_Q =
  /强制(?:性|要求|执行|遵守)?|必须遵守|有(?:法律)?约束力|罚款|处罚|罚金|制裁|法律责任|赔偿|配额|\b(?:legal(?:ly)? liab(?:le|ility)|compensation|quotas?)\b|\b(?:mandatory|compulsory|obligatory|legally binding|binding on|penalt(?:y|ies)|sanctions?|fined|fines)\b|\b(?:will|would|can|could|to|may|might|must|shall)\s+(?:now\s+|also\s+|soon\s+)?fine\b|\bfine (?:the |an? |any )?(?:operators?|companies|providers?|countries|carriers?|them)\b|\b(?:the|a|any|what) fines? (?:for|on)\b|\blegally\b|法律上|依法(?:必须|要求)/i;
/** A binding word set against another way of being (强制…，还是…; "mandatory or voluntary"). */
const BINDING_OR =
  /(?:强制|必须遵守|约束力)[^。？?]{0,30}还是|还是[^。？?]{0,30}(?:强制|必须遵守|约束力)|\b(?:mandatory|compulsory|obligatory|binding)\b[^.?]{0,30}\bor\b|\bor\b[^.?]{0,30}\b(?:mandatory|compulsory|obligatory|binding)\b/i;
// 须 alone is the formal "shall" (须按照…提供口译), as binding as 必须.
const BINDING_A =
  /强制|必须|须(?!臾|知)|义务|约束力|罚|制裁|法律责任|赔偿|配额|\b(?:liab(?:le|ility)|compensat|quota)|\b(?:mandatory|compulsory|obligator|binding|penalt|sanction|fine[sd]?)\b/i;

/** Harm to the body in Chinese (对身体不好, 伤身体, 危害健康), shared by the health question and the worry. */
const HARM_TO = '对(?:人体|身体|健康|孩子|小孩)';
const HARM = '(?:害|危害|伤害|不好|坏处)';
const HARMS = '伤身体|有害(?:健康|人体)|危害(?:健康|人体)';
/**
 * Whether something harms health (致癌, 对人体有害, "does 5G cause cancer"): a scientific finding a record of
 * decisions does not make; only a clause stating a health effect or risk answers.
 */
const HEALTH_Q = new RegExp(
  `致(?:不致)?癌|得癌|癌症|白血病|${HARM_TO}(?:有没有|有)?${HARM}|${HARMS}|` +
    String.raw`\b(?:cause|causes|causing|caused|give|gives|giving)\s+(?:you\s+|people\s+|us\s+)?(?:cancer|tumou?rs?|leuka?emia)\b|\bcarcinogen(?:ic)?\b|\b(?:bad|harmful|dangerous|unsafe)\s+(?:for|to)\s+(?:your\s+|our\s+|the\s+)?(?:health|body|brain|kids|children|people|humans)\b|\bhealth (?:effects?|risks?|hazards?|damage)\b`,
  'i',
);
/**
 * A worry told in a clause of its own before what is asked (怕电磁波伤身体，有没有…; "I'm afraid it harms my
 * health, does …"): the asker's reason for asking, not a question whether it harms.
 */
const WORRY_CLAUSE =
  /(?:怕|担心|害怕|担忧|惊|\b(?:i['’]?m |we['’]re |i am |we are )?(?:worried|afraid|scared|concerned)\b)[^，,。？?!！]*[，,]/gi;
/** …or, with no comma (dictated), the feared harm itself: 都怕噪音对身体不好协会来不来测… */
const WORRY_OF_HARM = new RegExp(
  `(?:怕|担心|害怕|担忧)[^，,。？?!！]{0,16}?(?:${HARM_TO}(?:有)?${HARM}|${HARMS}|致癌)`,
  'g',
);
/**
 * A resolution sought by its subject, harm included (kites, and whether they harm you: which one covers
 * that?, 哪个决议是讲…对身体有害的): the words after "about" describe the resolution, so the health they
 * name is its topic, not a fact asked of the document.
 */
const WHICH_ABOUT =
  /\bwhich\s+(?:[\w-]+\s+){0,2}?(?:resolutions?|one)\b[^?]{0,30}?\b(?:about|covers?|covering|deals? with|concern(?:s|ing)|regarding)\b|哪(?:个|项|一项|条|份)决议[^？?。，,]{0,4}?(?:讲|关于|涉及|针对)/i;

function healthAsked(question: string): string {
  const about = WHICH_ABOUT.exec(question);
  return about ? question.slice(0, about.index) : question;
}

const HEALTH_A =
  /致癌|癌|有害|危害(?:健康|人体)|健康(?:风险|影响|危害)|\b(?:cancer|carcinogen|harmful|health (?:risk|effect|hazard))/i;

/**
 * A brand, make or model (哪个牌子的手机, which brand is safest): a record of decisions names none, so only a
 * clause naming brands or models answers.
 */
const BRAND_Q =
  /(?:哪|什么|啥)(?:个|家|款|种|些)?(?:牌子|品牌|型号|厂家|厂商)|(?:牌子|品牌|型号)(?:是|有|选)?(?:哪|什么|啥)|\b(?:which|what) (?:brands?|make of|(?:phone|handset|smartphone) models?|models? of (?:phone|handset|smartphone))\b|\bbrand names?\b/i;
const BRAND_A = /牌子|品牌|型号|厂家|厂商|\bbrands?\b/i;

/**
 * Which country or region did the most or the least (哪个国家的人最多, "which country sent the most
 * delegates"): a ranking, which only a clause saying who did most (最多, the largest) answers; a clause
 * that names a place for something else does not.
 */
const RANKING_Q =
  /(?:哪|什么)(?:个|些|几个)?(?:国家|地区|城市|区域|省份|大洲|洲)[^，,。？?]{0,12}?最(?:多|少|大|高|低|积极|活跃)|\b(?:which|what) (?:countr(?:y|ies)|regions?|cit(?:y|ies)|nations?|states?|continents?)\b[^?.!]{0,40}?\b(?:the )?(?:most|fewest|least|largest|biggest|highest|lowest)\b/i;
// Not 最不发达 (least developed), which names a group of countries.
const RANKING_A =
  /最(?:多|少|大|高|低)(?!发达)|\b(?:most|fewest|largest|biggest|highest|lowest)\b/i;

/** Dates and times; "when" only as a question word ("what to consider when planning" asks no date). */
const ASKING = '(?:did|does|do|is|was|will|were|are|should|would|can|could|has|had|must)';
/**
 * A meeting's time asked by its noun, as a search box puts it (研讨会举办时间, 开会日期和地点, "meeting
 * dates"): the day it is held, not 期间 or 每年.
 */
const MEETING_TIME =
  /(?:开会|会议|召开|举办|举行|开幕|闭幕)的?(?:时间|日期)|\b(?:meeting|event|assembly|conference|workshop)s? (?:dates?|times?)\b|\bdates? and (?:venue|place|location)\b/i;

/** A noun telegraphed alone after a mark (kite fair... date?? venue??), before its question marks. */
const BETWEEN_MARKS = '(?:^|[.…,;?!]\\s*)';
const DATE_Q = new RegExp(
  [
    '什么时候|何时|哪一?年|哪一?天|哪一?日|哪几天|哪些天|几月|几日|(?<!第)几号(?!决议)|什么时间|什么日期|日期是',
    // Asked by its noun, as an official drafts it (请说明…的截止日期).
    '截止(?:日期|时间)|最后期限',
    MEETING_TIME.source,
    // Not the idiom "when it comes to …", which names a topic, nor "when a crisis hits, is …": a clause of
    // condition before the question (a question word asks directly: "when was it signed, and where?"), nor
    // "when my son travelled …": a possessive after it starts a clause that tells, not one that asks.
    `(?:^|[.!?;]\\s*|\\band\\s+)when\\b(?! it comes to\\b)(?! (?:my|our|his|her|their)\\b)(?![^,;?]+[,;])|\\bwhen ${ASKING}\\b|\\bwhen['’]s\\b`,
    // Asked in place ("the meeting is when?").
    '\\b(?:is|are|was|were|be|held|hosted|due)\\s+when\\b(?=\\s*(?:[?,.]|and\\b|or\\b|$))',
    '\\b(?:what|which) (?:dates?|years?|days?|months?|time)\\b|\\bhow long ago\\b|\\bdeadline\\b',
    // When something falls due: "the due date", "due by when".
    '\\bdue dates?\\b',
    // A time set for something: "a year by which …", "by when".
    '\\b(?:date|year|day|month|time(?:line|frame)?) by which\\b|\\bby when\\b',
    // Asked by its noun: "what are the dates of …", "the exact date".
    "\\bwhat(?:'s| is| are| was| were) (?:the |its |their )?(?:exact |precise |actual )?dates?\\b",
    // …or asked to be told ("send us the dates of the fair").
    '\\b(?:tell|give|send|share with|let) (?:me|us)(?: know)? (?:the |its |their )?(?:exact |precise |actual )?dates?\\b',
    // …or telegraphed, the noun alone between marks ("kite fair... date?? venue??").
    `${BETWEEN_MARKS}dates?\\s*\\?+`,
  ].join('|'),
  'i',
);
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
/** A calendar date or year (2023年6月, 5日, March, 2019). */
const CALENDAR = `\\d{4}\\s*年|\\d{1,2}\\s*月|\\d{1,2}\\s*日|[一二三四五六七八九十]{1,3}月|(?<![-‑\\w])(?:19|20)\\d{2}(?!\\d)|\\b(?:${MONTHS})\\b`;
/**
 * A date, or a time the text fixes otherwise (每年, 下届全会之前, annually). A year inside a name (IMT-2020,
 * JCA-IMT-2000) and "and beyond" (2020年及之后) date nothing.
 */
const DATE_A = new RegExp(
  `${CALENDAR}|每年|年度|每届|下届|下一届|两届|本届|届时|期间|之前|以前|(?<!及)之后|(?<!及)以后|截至|截止|以来|定期|尽快|\\b(?:annual(?:ly)?|yearly|each year|every year)\\b`,
  'i',
);

/**
 * A date asked for exactly (the actual due date, 具体哪一天, 确切日期, 几号开): a calendar date, not 尽快 or 每年, which
 * say there is none.
 */
const EXACT_DATE_Q =
  /\b(?:exact|actual|precise|specific|firm)\s+(?:due\s+)?(?:dates?|days?|deadlines?)\b|(?:具体|确切|准确)(?:的)?(?:日期|哪一?天|截止日期|期限)|几月几(?:号|日)|(?:几号|哪一?天)(?:开|举行|召开|举办|开始|开幕|截止)/i;
const CALENDAR_A = new RegExp(CALENDAR, 'i');

/** A deadline asked for (截止日期, 最后期限, "deadline", "by when"). */
const DEADLINE_Q = /截止(?:日期|时间)|最后期限|\bdeadlines?\b|\bby when\b/i;
const DEADLINE_A = new RegExp(
  `${CALENDAR}|截至|截止|之前|以前|届时|尽快|最迟|不迟于|每年|每届|年度|定期|\\b(?:by|before|no later than|annual(?:ly)?|yearly|each year|every year)\\b`,
  'i',
);

/** A year asked for itself: which year, by what year, a year by which, 截止年份. */
const YEAR_Q =
  /哪一?年(?!级)|几几年|(?:截止|截至|目标)年份?|\b(?:what|which) year\b|\bby what year\b|\b(?:a|any|the) (?:target )?year by which\b/i;
const YEAR_A = /\d{4}\s*年|(?<![-‑\w])(?:19|20)\d{2}(?!\d)/;

/**
 * A cited resolution's edition (第195号决议（2014年，釜山）): the year dates that text, not the event a
 * question asks the date of, unless the question names that resolution.
 */
const CITED_EDITION = /第\s*(\d+)\s*号决议[（(]\s*\d{4}\s*年[^）)]{0,20}[）)]/g;

/** Another resolution asked for by a question naming one (第86号决议根据哪项决议 …, Res 64 refers to which resolution). */
const CITED_Q =
  /哪(?:一)?(?:项|个|份|条|号)[^，。？?]{0,10}决议|\b(?:which|what)(?: [\w-]+){0,3} resolutions?\b|\bresolution\b[^?]{0,30}\b(?:which|what) number\b|\b(?:which|what) number (?:is |was |be |'s )?(?:it|that|this)(?: one)?\b/i;
/** Speaking of the resolution another one cites: refers to, builds on, 引用, 根据. */
const REFERS_TO =
  /(?:根据|依据|按照|依照|照着|遵照|基于)[^，。？?]{0,12}?决议|\b(?:refers?|referring|points?) to (?:a|an|another|the|one) (?:[\w-]+ ){0,2}resolution\b|\b(?:cites?|mentions?|builds? on|implements?|implementing|applies|apply|follows?|carr(?:y|ies|ying) out|execut(?:e|es|ing)|enforc(?:e|es|ing)) (?:a|an|another|some|one) (?:[\w-]+ ){0,2}resolution\b|(?:引用|援引|提到|根据|依据|参照|落实|执行|实施)(?:了)?(?:一项|另一项|哪项)?[^，。？?]{0,6}决议|(?:引用|援引)的?(?:是)?[^，。？?]{0,24}决议/i;
const NAMES_RESOLUTION = /第\s*\d+\s*号|\b(?:res(?:olution)?\.?|r)\s*\d+/i;
/** The resolution talked about, pointed back at: 它, 其, 该决议, it, this one. */
const POINTED_BACK =
  /它|其(?=是|根据|依据|引用)|该决议|\b(?:it|this one|that one|(?:this|that) text)\b/i;
/** An earlier resolution spoken of (以前哪一号决议, "an older resolution"): one the named one cites. */
const EARLIER_RESOLUTION =
  /(?:以前|之前|早先|早前|老早|原先|先前|过去)的?(?:哪|那)?(?:一)?(?:号|项|个|份)?决议|\b(?:earlier|older|previous|prior|former)\s+(?:[\w-]+\s+)?resolution/i;

/** Whether the question asks which resolution one it names cites: that reference, with its edition, answers. */
function asksCited(question: string): boolean {
  // A resolution named by number, or two resolutions spoken of (the roaming resolution cites a WTDC
  // resolution: which one?).
  // Or one pointed back at in a follow-up (它是根据哪年的决议, what resolution is it based on).
  const named =
    NAMES_RESOLUTION.test(question) ||
    /\bresolution\b.*\bresolution\b|决议.*决议/i.test(question) ||
    POINTED_BACK.test(question) ||
    EARLIER_RESOLUTION.test(question);
  return named && (CITED_Q.test(question) || REFERS_TO.test(question));
}

function withoutCitedEditions(question: string, clauseText: string): string {
  if (asksCited(question)) return clauseText;
  return clauseText.replace(CITED_EDITION, (m: string, n: string) =>
    new RegExp(`(?<!\\d)${n}(?!\\d)`).test(question) ? m : ' ',
  );
}

/** A year the question already holds (IMT-2020, in 2022) is no date it asks for. */
function withoutAskedYears(question: string, clauseText: string): string {
  const asked = new Set(question.match(/(?:19|20)\d{2}/g) ?? []);
  if (!asked.size) return clauseText;
  return clauseText.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)\s*年?/g, (m) =>
    asked.has(m.slice(0, 4)) ? ' ' : m,
  );
}

/**
 * Where a line the asker read comes from (where is that from, 这是哪里说的, 出自哪里): its place in the
 * text, which the clause quoted gives, not a place on the map.
 */
const SOURCE_Q =
  /\bwhere(?:['’]s| is| was| does| did)? (?:that|this|it|the (?:line|quote|sentence|phrase|wording)) (?:from|come from|came from|comes from|taken from|quoted from)\b|\bwhere (?:did|do|can) (?:i|we|you) (?:read|see|find|saw) (?:that|this|it)\b|哪里说的|哪儿说的|哪里讲的|哪里写的|出自哪|出处|(?:从|在)哪(?:里|儿)?(?:看到|读到|来)的?(?:这|那)(?:句|段|话)/i;

/** Nouns that make a place word the first half of a compound (城市指标, 国家标准, 国家战略). */
const PLACE_COMPOUND_HEAD =
  '指标|规划|建设|化|网络|标准|战略|政策|计划|层面|级|发展|管理|治理|数据|平台|服务|项目|方案|预算|法规|法律|机构|部门';

/** Places. 在哪些方面 asks about areas, not a place. */
/** Where the money for something comes from: who pays ("where would the funds for it come from", 从哪弄钱). */
const MONEY_SOURCE_Q =
  /\bwhere\b[^?.]{0,40}\b(?:money|funds?|funding|financing|budget|cash)\b[^?.]{0,40}\bcome from\b|从(?:别的|其他|其它|哪|什么|啥)[\u4e00-\u9fff]{0,3}?(?:地方|渠道|途径|来源|里|儿)?(?:弄|筹|搞|找|拿|出|要)钱|钱(?:从|打)哪(?:里|儿)?来/i;

const PLACE_Q = new RegExp(
  [
    // Not where money comes from (钱从哪里出): that asks who pays; nor to where something goes (向何处报告,
    // 向哪里报告): that asks to whom; nor a thing set up as "a place of some kind" (搭个什么地方交流): what it is.
    '在哪(?:里|儿)|(?<!在|[向对给]|(?:钱|资金|经费|费用)(?:是|都|又|到底)?从)哪里|何地|(?<![向对给])何处|哪一?(?:个|座)城市|哪[一几些]?国(?![际内外])|(?<!个)什么地方|什么地点|地点(?:是|在)',
    '在哪(?=[?？。,，\\s]|$|举行|召开|举办|开|办)',
    `(?:^|[.!?;]\\s*|\\band\\s+)where\\b|\\bwhere ${ASKING}\\b`,
    // Telegraphed, the noun alone between marks ("kite fair... date?? city??").
    `${BETWEEN_MARKS}(?:city|venue|location|place)\\s*\\?+`,
    // Asked in place, as many Englishes do ("the next one is where?", "is held where and when?").
    '\\b(?:is|are|was|were|be|held|hosted)\\s+where\\b(?=\\s*(?:[?,.]|and\\b|or\\b|$))',
    // A word may describe it (which Indian city, what host town).
    '\\b(?:which|what)(?: (?!of\\b|kind\\b|sort\\b|type\\b)[a-z-]+)? (?:city|cities|town|towns|venue|place|location)\\b',
    // The place named by its role: the host city, the venue of a meeting.
    '\\bhost (?:city|country|town)\\b',
    // Countries asked to be named: "name the 12 island states", "list the countries".
    // Also the noun left singular as learners write it ("name all 12 island nation").
    '\\b(?:name|list)\\s+(?:all\\s+)?(?:the|those|these|all the|all those)?\\s*(?:\\d+\\s+)?(?:[a-z-]+\\s+)?(?:countries|states|nations|(?<=\\d+\\s+(?:[a-z-]+\\s+)?)(?:country|nation))\\b',
    // 列出那12个岛国, 国家的名单: the countries by name.
    '(?:列出|列举|说出|写出)(?:所有|全部|那|这)?[\\d一二三四五六七八九十两几]*个?[\\u4e00-\\u9fff]{0,4}?(?:国家|地区)|(?:国家|地区)的?(?:名字|名单|国名)',
    // Questions about countries or regions: a clause must place it (a country or region named).
    // With a number or a describing word between ("which 27 developing countries"), not a pointing word
    // ("ask what the countries lack") nor a verb ("what should poor countries do") asks a place, nor "which
    // resolution urges countries": the resolution is asked. Nor "which" relating to a text before it ("a
    // kite text which tells countries to fly …").
    `(?<!\\b(?:by|in|of|for|to|from|with|on|at|under|through|after|before|during) )(?<!\\b(?:resolutions?|res|reso|ones?|texts?|clauses?|documents?|decisions?|articles?|paragraphs?|sections?),? )\\b(?:which|what)(?: (?:\\d+|(?!(?:of|number|resolutions?|ones?|texts?|clauses?|decisions?|those|these|the|its|their|our|your|such|other|all|most|many|some|do|does|did|should|would|could|can|will|must|might|may|are|is|were|was|have|has|had)\\b)[a-z]+)){0,2} (?:countr(?:y|ies)|regions?|part of the world)\\b(?! (?:need|needs|needed|want|wants|lack|lacks|require|requires|face|faces|expect|expects)\\b)(?! (?:is|are|was|were|get|gets) ${INSTRUCTED} to do\\b)`,
    // "Which are the twelve island nations?": the countries by name.
    '\\bwhich (?:are|were) (?:the|these|those) (?:\\d+ )?(?:[a-z-]+ )?(?:countries|nations|states)\\b',
    // Countries named first, then asked to be told apart ("the 12 kite nations that joined, which ones?",
    // "how many nations fly kites? and which ones").
    '\\b(?:countries|states|nations)\\b[^?]{0,80}?(?:[,;:—–-]|[?]?\\s+and)\\s*(?:so\\s+)?which ones\\b',
    // With a describing word or a number between (哪几个非洲国家, 哪12个国家).
    '哪(?:些|个|几个|\\d+个|[一二三四五六七八九十两]+个)[\\u4e00-\\u9fff]{0,4}?(?:国家|地区|(?<!智慧)城市|省份|海域|水域|海洋|大洲|洲|区域(?![组性]))',
    // The countries asked which they are, at the end (那27个岛国是哪些？): by name.
    '(?:国家|地区|岛国)(?:都|分别|究竟|到底)?(?:是|有|包括)哪(?:些|几个)(?:国家|地区)?(?=\\s*[?？。!！]|$)',
    // 是什么国家: the country by name. Not the first half of a compound (什么城市指标, 什么国家的标准): that
    // asks for the indicator or the standard.
    `(?:是|系)?什么(?:国家|城市|省份)(?!的?(?:${PLACE_COMPOUND_HEAD}))`,
  ].join('|'),
  'i',
);
/**
 * A place a question about countries or regions is answered by: a named group of countries (发展中国家,
 * 非洲国家) or a place held or set somewhere; a bare 国家 or 各区域 says that countries are concerned, not
 * which. Countries and regions by name are checked apart (see PlaceNames).
 */
const COUNTRY_GROUP =
  '(?:发展中|发达|最不发达|小岛屿发展中|内陆发展中|经济转型|沿海|岛屿)(?:国家|地区)';
/**
 * A site: where something is held or set, or a named town or province; not the bounds work is done within
 * (在现有资源范围内进行, 在…框架内进行).
 */
const SITE =
  '在(?![^，。；?]{0,13}(?:范围|框架|基础|前提|过程|情况|期间|条件))[^，。；?]{1,15}(?:召开|举行|举办|开会|进行|设立)|位于|[\\u4e00-\\u9fff]{1,6}(?:(?<!城)市|省|州|城(?!市)|岛|县)|\\b(?:in|at) [A-Z][a-z]+';
const PLACE_GROUP = new RegExp(`${COUNTRY_GROUP}|${SITE}`, 'g');
/**
 * Where a thing is to come from (哪里的经验, 哪些地区的做法): places described as its source (来自盗窃率下降区域
 * 的信息) answer it by kind, not a count of them (来自27个国家).
 */
const SOURCE_ASKED = /哪(?:里|儿|些地区|些国家|个地区|些区域)的(?:经验|做法|信息|数据|案例|资料)/;
const SOURCE_PLACES = /来自[^，。；\d]{2,20}?(?:区域|地区|国家)/;
const SITE_ONLY = new RegExp(SITE, 'g');
const COUNTRY_GROUP_RE = new RegExp(COUNTRY_GROUP);
/** A group of countries offered as the limit of whom something serves: only developing countries, 只有发展中国家. */
const GROUP_OFFERED = new RegExp(
  `(?:\\bonly|\\bjust|只有|只是|只|仅仅?|就)\\s*(?:the\\s+)?${COUNTRY_GROUP}`,
  'i',
);
/** A count just before a group of countries: 27个, 几十个, 多个. */
const COUNTED = /(?:\d+|[一二两三四五六七八九十百几多数]+)个$/;
/** "Which cities", 设在哪些城市: a group of countries does not answer it. */
const CITY_Q = /城市|\b(?:cit(?:y|ies)|towns?|venues?)\b/i;
/**
 * One country asked for (在哪个国家建, which country hosts it), or the countries where something is put
 * (风筝场设在哪些国家, which countries will host them, which specific countries): a group of countries names
 * none of them.
 */
const ONE_COUNTRY_Q =
  /哪一?个国家|哪国|什么国家|哪几个国家|(?:建|盖|设|落户|放|开)在哪(?:些|几个)国家|分别[^，。？?]{0,6}哪些国家|\b(?:which|what) country\b|\bwhich (?:specific |particular |individual |exact )?countries (?:will |would |are |were |have |has |had )?(?:been |be )?(?:host|hosts|hosted|get|got|chosen|picked|selected|named)\b|\b(?:which|what|name the|list the) (?:specific|particular|individual|exact) countries\b|\bin which countries\b[^?]{0,30}\b(?:built|located|set up|hosted|based)\b/i;
/** A gathering: what is held somewhere on some day. */
const GATHERING =
  /\b(?:meetings?|assembl(?:y|ies)|conferences?|summits?|sessions?|workshops?|forums?|events?|congress|gathering)\b|会议|大会|全会|峰会|论坛|研讨会|讲习班|活动|开会|召开|举行|举办/i;

/** When and where a meeting is held: both asked, of a gathering. */
function asksEvent(question: string): boolean {
  return DATE_Q.test(question) && PLACE_Q.test(question) && GATHERING.test(question);
}

/** The last question's places: its candidate clauses are checked one after another. */
let lastAsked: { question: string; places: Set<string> } | undefined;

/**
 * The clause names a place, a country or a region the question does not already name (a question about
 * "which 27 developing countries" is not answered by 发展中国家). `asked` is the question with its terms in
 * the document's words, where the caller has it.
 */
/** Where a body is based (总部在哪, "where is it headquartered"): its seat, not where it holds events. */
const SEAT_Q =
  /总部|总部设在|驻地|\bhead ?quarter(?:s|ed)?\b|\bhq\b|\bwhere (?:is|are) (?:it|they|[\w-]+(?: [\w-]+){0,3}) based\b/i;
const SEAT =
  /位于[^，。；,;]{1,15}|总部(?:设)?在[^，。；,;]{1,15}|\b(?:headquartered|based) in [A-Z][a-z]+/g;

const NUMBERED_COUNTRIES =
  /(?:\d+|[两二三四五六七八九十]+)\s*个[\u4e00-\u9fff]{0,4}?(?:国家|地区|岛国)|\b\d+\s+(?:[a-z-]+\s+)?(?:countries|nations|states)\b/i;
/**
 * Or asked for specifically (具体在哪些国家, "which specific countries"): by name too; not which kind count as
 * such (具体哪个地区属于…: a description of a group answers).
 */
const SPECIFIC_COUNTRIES =
  /具体(?:是|在|到|落在)?(?:哪些|哪几个|哪个)(?:国家|地区|城市)(?!算|属于|是)|\bwhich (?:specific|exact|particular|actual) (?:countries|nations|cities|places)\b/i;

/** Where something was decided, adopted or revised (在哪里定的, "where was it adopted"). */
const DECIDED_WHERE =
  /(?:哪里|哪儿|什么地方|何地|在哪)[^，。？?]{0,4}(?:定|通过|制定|批准|修订|签)|\bwhere\b[^?]{0,40}\b(?:adopt|decide|agree|pass|approve|revise|sign)(?:e?d|e?s)?\b/i;
/** A resolution's edition as cited: year, then city (（2018年，城市名，修订版）). */
const EDITION_PLACE = /[（(](?:19|20)\d\d年[，,]\s*[\u4e00-\u9fff]{2,8}[，,）)]/;

function namesNewPlace(question: string, clauseText: string, asked = question): boolean {
  const cities = CITY_Q.test(question);
  // A group offered as the limit (only developing countries, or others too?) asks which groups, however
  // the question counts them.
  const one = ONE_COUNTRY_Q.test(question) && !GROUP_OFFERED.test(asked);
  // Asked when and where of a meeting, it is an event: the place it is held at, not the countries it
  // concerns.
  const event = asksEvent(question);
  const seat = SEAT_Q.test(question);
  const sites = seat ? SEAT : cities || one || event ? SITE_ONLY : PLACE_GROUP;
  const groups = [...clauseText.matchAll(sites)]
    // A group counted (来自27个发展中国家) says how many, not which.
    .filter((m) => !COUNTED.test(clauseText.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => m[0])
    // 在发展中国家举办 holds a site phrase, but names no city, nor one country.
    .filter((g) => !(cities || one) || !COUNTRY_GROUP_RE.test(g))
    // Nor a group the question names already (the developing countries that …, listed).
    .map((g) => COUNTRY_GROUP_RE.exec(g)?.[0] ?? g);
  // Countries asked by their number (the 27 countries, 那12个岛国), or specifically, are asked by name: a
  // group names none.
  if (
    !NUMBERED_COUNTRIES.test(question) &&
    !SPECIFIC_COUNTRIES.test(question) &&
    groups.some((g) => !question.includes(g) && !asked.includes(g))
  )
    return true;
  if (SOURCE_ASKED.test(question) && SOURCE_PLACES.test(clauseText)) return true;
  // Where a resolution was decided: a cited edition gives its year and city ((2018年，城市名，修订版)), a city
  // no list of countries holds.
  if (DECIDED_WHERE.test(question) && EDITION_PLACE.test(clauseText)) return true;
  const places = placeNames();
  if (lastAsked?.question !== question) lastAsked = { question, places: places.named(question) };
  const named = lastAsked.places;
  return [...places.named(clauseText)].some((c) => !named.has(c));
}

/** A study group named without its number (the group, SG, 研究组): a number asked is likely its. */
const GROUP_NAMED = /\bstudy groups?\b(?!\s*\d)|\bSGs?\b(?!\s*\d)|研究组/i;

/**
 * Bare figures: 哪个号码, 几位数字, 号码是多少, what number / which digits (not "what number of", a count;
 * "the digits of" the number are still its digits).
 */
const DIGITS_Q =
  /(?:哪|什么|几)(?:几|个|些)?位?(?:数字|号码)|(?:号码|电话|数字|编号)(?:具体)?(?:到底|究竟)?(?:是|为)(?:多少|什么|哪|几号)|\b(?:what|which)(?:'s| is| are| was)?(?: the| its)?(?: exact| actual| specific)?(?: phone| telephone| emergency)? (?:number\b(?! of)|digits?\b)|\b(?:what|which)(?:'s| is| are| was| will be)?(?: the| its)?(?: exact| actual| specific)?(?: [a-z-]+){1,2}? (?:phone|telephone|emergency|hotline|helpline) (?:number\b(?! of)|digits?\b)|\b(?:hotline|helpline)s? (?:numbers?|no\.?)(?![a-z])|热线(?:电话|号码)|(?:举报|投诉)(?:电话|热线)(?:是|为)?(?:多少|几号|什么)/i;

/**
 * Numbers offered to choose from (是110还是119, 110 or 119?): a clause answers by holding one of them. Two
 * digits at least, so "resolution 2 or 3" is a choice of resolutions, left to the references.
 */
const NUMBER_CHOICE =
  /(?<![\d.])(\d{2,}(?:\.\d+)*)\s*(?:还是|或者|或是|或|\bor\b|vs\.?)\s*(\d{2,}(?:\.\d+)*)(?![\d.])/i;

function offeredNumbers(question: string): string[] {
  const text = question.replace(/第\s*\d+\s*号|\bresolutions?\s*\d+/gi, ' ');
  const m = NUMBER_CHOICE.exec(text);
  // Numbers given as examples (a code like 110 or 119) are not the choice asked.
  if (!m || EXAMPLE_BEFORE.test(text.slice(0, m.index))) return [];
  return [m[1]!, m[2]!];
}

/** Particles that may end a question asking for a number (几号来着, 几号嘛): the question still asks it. */
const PARTICLE_WORDS = '来着|啊|呀|呢|吗|嘛|哈|啦';
const PARTICLE = `(?:${PARTICLE_WORDS})`;

/**
 * The number asked is a resolution's ("what number is the e-waste resolution", 哪条决议管风筝几号): its
 * citation gives it.
 */
const RESOLUTION_NUMBER_Q = new RegExp(
  String.raw`哪一?(?:条|项|个|份)决议[^？?。]{0,40}?(?:是)?(?:第)?几号${PARTICLE}?[？?。！!\s]*$|决议[^？?。，,]{0,6}?[\s，,]*(?:是)?(?:第)?几号(?!通过|开|发布|举行|召开|批准|生效|成立)|决议[^？?。]{0,60}[，,]\s*(?:它|那个|这个|那项|这项)?(?:是)?(?:第)?几号${PARTICLE}?[？?。！!\s]*$|决议[^？?。，,]{0,6}?[？?\s，,]+(?:是)?(?:第)?几号[？?。！!\s]*$|决议[^？?。]{0,40}\s+(?:它|那个|这个)?(?:是)?第?几号${PARTICLE}?[？?。！!\s]*$|决议[^？?。]{0,60}[？?]\s*(?:那|它)?(?:是)?(?:第)?几号(?:${PARTICLE_WORDS}|的)?[？?。！!\s]*$|第几号决议|\bresolution(?:['’]s)? number\b|\bnumber of (?:the|that|this) [^?]{0,40}\bresolution\b|\b(?:what|which) number is (?:the|that|this|it)\b[^?]{0,40}\bresolution\b|\bresolution\b[^?]{0,120}[?.!]+\s*(?:and |so )?(?:what|which)(?:['’]s| is)? (?:its |the |that )?number\b|\bresolution\b[^?.]{0,120}\b(?:is|it['’]?s|has)\s+(?:which|what)\s+number\b|\bresolution\b[^?.]{0,120}[,:;]\s*(?:and |so )?(?:what|which)(?:['’]s| is)? (?:its |the |that )?number\s*[?？.!]*\s*$|\bresolutions?\b[^?]{0,160}\b(?:what|which) number (?:is|was) (?:it|that|this|the resolution)\b|\bresolutions?\b[^?]{0,160}\b(?:what|which) number (?:it|that|this) (?:is|was)\b|\bresolution (?:no|num|number|#)\.?\s*\?|\bresolutions?\b[^?.]{0,160}\s(?:and\s+)?(?:which|what)(?:['’]s| is)? (?:its |the )?number\s*[?？!]*\s*$|\b(?:is there|are there|there['’]?s|there is|any) (?:one|ones)\b[^?]{0,120}\?\s*(?:and |so )?(?:what|which)(?:['’]s| is| are)? (?:its |the |their )?numbers?\b|决议[^。]{0,60}?(?:编号|序号)(?:是|为)?(?:多少|几|什么)`,
  'i',
);
const NUMBER_THEN_RESOLUTION_Q = new RegExp(NUMBER_THEN_RESOLUTION, 'i');

/**
 * A bare topic then 几号 (风筝协会 几号？, 无人机那个是几号): which resolution, by its number, covers it;
 * unless the topic is a meeting or a time (全会几号, 截止几号 ask a day), or a telephone (热线是几号 asks digits).
 */
const TOPIC_NUMBER_Q = new RegExp(
  String.raw`^(?![^？?]*(?:会|WTSA|WTDC|GSS|月|日|天|截止|期限|生效|举行|召开|开幕|闭幕|报名|提交|出发|到达|电话|号码|热线))[^，,。？?！!]{2,16}?\s*(?:是)?(?:第)?几号${PARTICLE}?[？?。！!\s]*$`,
  'i',
);

/** Words of telephoning: with them, "the number" may be one to call, not a resolution's. */
const CALLING =
  /\b(?:(?:tele)?phone|contact|emergency|toll[- ]free) (?:numbers?|no\.?)(?![a-z])|\b(?:hotlines?|helplines?|call|dial|ring)\b|热线|号码|拨打|电话号|报警/i;

/**
 * A resolution's number asked with a sentence between ("the kite resolution? my son flies kites,
 * what's the number (please)", "… a resolution on kites? which number is it"), or of "the X one" ("which number
 * is the kite one"), or of 哪条 asked before (有没有哪条是管风筝的？几号？): not a figure nor a day, unless
 * the question speaks of calling.
 */
const LATER_NUMBER_Q = new RegExp(
  String.raw`\bresolutions?\b[^]{0,240}(?:^|[\s,.;:!?])(?:so |and |then )?(?:what|which)(?:['’]s| is| was)? (?:its |the |that )?(?:number|no\.?)(?:\s+(?:is|was|be)\s+(?:it|that|this)(?: one)?)?(?:\s+and\s+(?:its\s+|the\s+)?(?:title|name|topic))?(?:\s*,?\s*(?:please|pls|plz))?\s*[?？!.]*\s*$|\b(?:what|which)(?:['’]s| is| was)? (?:the )?number (?:is|was|of) (?:the|that|this) (?:[a-z][\w-]*\s+){1,4}one\b|哪一?(?:条|项|份)(?!线|路|街|河|船|鱼)[^]{0,80}[？?。，,！!\s]\s*(?:那|它)?(?:是)?(?:第)?几号${PARTICLE}?[？?。！!\s]*$`,
  'i',
);

/**
 * "Which number does that one have?" (Pidgin: "what number be it"), "What is its number?": the number of what
 * was just told of.
 */
const NUMBER_OF_IT =
  /^\s*(?:(?:so|and|ok)[,\s]+)?(?:(?:what|which) number (?:(?:is|was|be|'s) )?(?:it|that|this)(?: one)?\b|(?:what|which)(?:['’]s| is| was| be)? (?:its|it['’]s) (?:number|no\.?)(?![a-z]))/i;
/**
 * "What is the number (please)?" as a sentence of its own after a resolution told of: its number, unless
 * calling is spoken of (the emergency number's digits).
 */
const THE_NUMBER_ALONE =
  /^\s*(?:(?:so|and|ok)[,\s]+)?(?:what|which)(?:['’]s| is| was| be)? the (?:number|no\.?)\s*(?:,?\s*(?:please|pls|plz))?\s*[?？!.]*\s*$/i;

const NUMBERED_RESOLUTION = /第\s*\d+\s*号|\d+\s*号决议|\bresolution\s*\d+|\bR\d+\b/i;

/** Verbs that act on a number ("reduce how many", "lower the number of"): it is changed, not asked. */
const BRINGING_DOWN =
  'reduce|reducing|bring down|bringing down|lower|lowering|cut|cutting|limit|limiting';
/** Verbs whose particle may close the phrase ("bring the number of kite crashes down"): changed, not asked. */
const SPLIT_PHRASAL =
  'bring|brings|bringing|brought|get|gets|getting|push|pushing|drive|driving|keep|keeping|knock|knocking';

const COUNT_Q = new RegExp(
  // 哪几个 asks which ones, not how many; 多少残疾人代表 counts people by what they are, 多少非洲国家 countries
  // by where they are; 非洲几个国家想…
  // says a few want something (有几个国家想… still counts), and so does 想在几个城市建… (a few, where the asker
  // means to act); 举几个, 列几个, 点几个 ask for a few, by name; 新建的几个, 这几个, 好几个 are a few, not how
  // many, nor is 十几条 (ten-odd, an estimate told). 参会的人有多少: people counted, named first. After a
  // verb of making (装好几根…了？, 建好几个了？) 好 says done and 几 asks, in a question with no other particle.
  // Asked what of them (几个局长要做什么), or whether they do something (几个部门会不会…), 几个 says which few,
  // not how many; so it does before 哪几个 or 哪些 later in the sentence (跟几个协会…，是哪几个？).
  `多少(?:${CLASSIFIER}|人)|(?<=[的])(?:人|人员|代表|专家)(?:数|数量)?(?:一共|总共|大概|大约|到底)?(?:有|是|共)多少(?=[？?，,。！!\\s]|$|个|位|名|人)|多少[\\u4e00-\\u9fff]{0,6}?(?:代表|人员|人|专家|官员|嘉宾|学员|用户)(?=[是在有参来去到被，,、？?呢啊呀吗啦哈]|$)|总人数|(?:人数|总数)(?:一共|总共|大概|大约|到底)?(?:是|有|为)?多少|多少[\\u4e00-\\u9fff]{0,6}?(?:国家|岛国|成员国|地区)(?=[是在有参来去到被拿获得当，,、？?]|$)|(?<=有|共|是)几${CLASSIFIER}|(?<=[装建修做办开设搞弄铺]好)几${CLASSIFIER}(?=[^，。！!？?吗呢么]*[？?]\\s*$)|(?<![哪举列点挑选提的这那前好十])(?<!(?:想|打算|准备|希望|计划)[\\u4e00-\\u9fff]{0,2})几${CLASSIFIER}(?![\\u4e00-\\u9fff]{1,4}(?:想|打算|准备|希望|计划))(?![^，,。？?]*(?:什么|啥|哪些|怎么|如何))(?![^。？?]*哪(?:几|些))(?![^，,。？?\\s]*(?:会不会|能不能|是不是|是否|有没有|可不可以|要不要))|(?<!\\b(?:${BRINGING_DOWN}|track|tracking|measure|measuring) )\\bhow many\\b|(?<!\\b(?:${BRINGING_DOWN}|decrease|decreasing|increase|increasing|raise|raising) the )(?<!\\ba (?:(?:large|small|great|good|certain|fair) )?)\\bnumber of\\b(?!(?<=\\b(?:${SPLIT_PHRASAL}) the number of)(?:\\s+[\\w'’-]+){1,5}\\s+(?:down|up)\\b)`,
  'i',
);

/** A clause ends at a comma or semicolon; in chat, at a space between Chinese (我们村有几个X 哪个决议…). */
const CLAUSE_BREAK = new RegExp(`[，,;；]|${CHAT_CLAUSE_BREAK.source}`);

/**
 * 村里有几个X，…，哪条决议管这事: the count is the asker's setting (有几个, a few), and the clause after it asks which
 * resolution. True when a clause after the first one that counts asks for a part of the document, or when
 * that one counts the asker's own people and a later clause asks whether something is done.
 */
function settingBeforeWhichPart(question: string): boolean {
  const clauses = question.split(CLAUSE_BREAK);
  const at = clauses.findIndex((c) => COUNT_Q.test(c));
  if (at < 0) return false;
  const after = clauses.slice(at + 1);
  // Or the asker's own people or place counted (我们村有几个…): a few of them, then a question of its own.
  const own = FIRST_PERSON_SETTING.test(clauses[at]!) && after.some((c) => ASKS_WHETHER_ZH.test(c));
  return own || after.some((c) => WHICH_PART.test(c));
}

/** The asker's own unit, then 有几个 (我们村有几个老人, 咱们公司有几位): there are a few, not how many. */
const FIRST_PERSON_SETTING =
  /^(?:我们|咱们|我|俺们|俺|我家)[\u4e00-\u9fff]{0,4}?(?:里|这里|这儿)?有几(?:个|位|名|户|家)/;
/** A question of its own, whether something is done (有没有, 能不能, …吗, 有这事没). */
const ASKS_WHETHER_ZH =
  /有没有|有无|是否|是不是|能不能|会不会|可不可以|吗[？?]?$|有[^，,。？?]{0,8}没有?[？?]?$/;

/** A count asked with the list (and which, 分别是哪些, name them): the list itself answers. */
const ALSO_WHICH =
  /\band which\b|\bwhich (?:ones|are they|were they)\b|\bname them\b|\blist them\b|分别(?:是|有)|都是哪|是哪(?:些|几)/i;

/** Votes: the document records decisions, never how anyone voted. */
/** Votes, and the stands taken in the debate (who opposed it, 持何种立场): the record gives neither. */
const VOTE_Q =
  /投票|表决|投了?(?:反对|赞成|弃权)?票|(?:反对|赞成|弃权)票|反对(?:过|了)?(?:这|那|该|第)|持异议|(?:持|什么|何种|哪种)立场|\bvot(?:e|ed|es|ing)\b|\babstain(?:ed|s|ing)?\b|\b(?:oppos(?:e|ed|es|ing)|opposition to|objected to|objections? to)\s+(?:the |this |that |a |an |its )?(?:[\w-]+\s+){0,3}?(?:res(?:olution)?s?\b|it\b|draft|proposals?|text|revision|amendments?)/i;
const VOTE_A = /投票|表决|反对|异议|立场|\bvot(?:e|ed|es|ing)\b|\boppos|\bobject(?:ed|ion)/i;

/** Units of measure. A question naming one asks for a measured value (W/kg, V/m, dB, MHz, %, tonnes …). */
const SYMBOL_UNIT = '(?:w\\/kg|v\\/m|mw\\/cm2|dbm?|[kmg]?hz|[kmgt]?bps|mbit\\/s|kwh|%)';
/** Unit words are also idioms ("tons of messages"): they count after how many / how much / in / what. */
const WORD_UNIT =
  '(?:tonnes?|tons?|kilograms?|kg|km|percent(?:age)?|megabytes?|gigabytes?|(?:milli|micro|kilo)?watts?|volts?|decibels?|(?:kilo|centi)?met(?:er|re)s?|(?:mega|giga)?hertz)';
const ZH_UNIT =
  '(?:百分比|百分之|吨|公斤|千克|千瓦时|兆赫|兆比特|兆字节|兆|千兆|分贝|瓦|海里|公里|千米|英里)';
const MEASURE_Q = new RegExp(
  [
    `(?<![a-z])${SYMBOL_UNIT}(?![a-z])`,
    `\\b(?:how (?:many|much)|in|what|which)\\b(?:\\s+\\w+){0,2}\\s+${WORD_UNIT}\\b`,
    `(?:多少|几)${ZH_UNIT}`,
    // A limit's own value: 限值是多少, 上限为多少, limit values.
    // And as set (限值定为多少, 上限规定的是多少).
    '(?:限值|限额|上限|下限|阈值|标准值|安全值|安全标准|数值|安全线|警戒线|红线)\\s*(?:具体|到底|究竟)?(?:定|设|规定|设定)?(?:的|成|在)?(?:是|为|有)?(?:多少|几)',
    // Whether a limit was fixed as a number (限值定死了吗, 有没有硬指标, 量化指标): only a figure says so.
    '量化(?:的)?(?:指标|目标|标准)',
    '(?:限值|阈值|硬指标)[\\u4e00-\\u9fff]{0,2}(?:定死|写死|固定|定下来)',
    // The most allowed (最大不得超出多少, 最高可以到多少): a limit's value.
    '(?:最多|最高|最大)(?:不能|不得|不可以|可以|能)?(?:超过|超出|到|达到)?多少|(?:不能|不得|不可以|不要)(?:超过|超出)多少',
    '\\b(?:limit|threshold|exposure) values?\\b',
    // A standard's value (标准是多少), not what it is (标准是什么); a distance (离X多远, how far from X).
    '标准(?:值)?(?:是|为|定为|定在|定的是)多少',
    '离[^，,。？?]{1,12}?(?:多远|多近|几米|多少米)',
    '\\bhow (?:far|close)\\b[^?]{0,30}\\b(?:from|to|away)\\b',
    // Where the line is drawn (多少算安全, how much counts as safe): a value.
    // Or a bound on it (多少以下算安全, 多少以上就超标).
    '多少(?:(?:以下|以上|之内|以内|之下|之上)(?:就|才)?(?:算|是)?|(?:就|才)?算(?:是)?)(?:安全|正常|合格|达标|超标|危险|过量|有害)',
    '\\bhow (?:much|many|high|low)\\b[^?]{0,40}\\b(?:is|are|counts? as|is considered) (?:safe|ok|okay|acceptable|normal|too (?:much|high|many))\\b',
    // A figure asked in numbers, or a level set exactly ("the exact safe level").
    '\\bin (?:numbers|figures|digits)\\b',
    '\\b(?:exact|precise|specific|actual)\\b(?:\\s+[a-z-]+){0,3}\\s+(?:levels?|values?|limits?|thresholds?)\\b',
    // A bound on a network measure (the minimum upload speed, max jitter, 最低带宽): a value in its unit.
    '\\b(?:min|minimum|max|maximum)\\.?\\s+(?:[\\w/-]+\\s+){0,3}?(?:throughput|latency|speeds?|bandwidth|data rates?|bit ?rates?|jitter|packet loss)\\b',
    '(?:最低|最高|最小|最大)(?:下载|上传|下行|上行)?(?:网速|速率|速度|带宽|时延|延迟|丢包率)',
    // An age: 几岁, what age, how old.
    '几岁|多少岁|多大(?:年纪|年龄)|年龄(?:是|为|要|在)?多少|\\b(?:what|which) age\\b|\\bhow old\\b(?=[^?]{0,30}\\b(?:kids?|children|child|minors?|users?|people|students?|boys?|girls?|teens?|teenagers?)\\b)|\\b(?:minimum|legal) age\\b|\\bage (?:limits?|restrictions?|requirements?|thresholds?|caps?)\\b|年龄(?:限制|门槛|下限|上限)',
    // The limits themselves: "what exact limits …".
    "\\bwhat(?:'s| is| are| was| were)? (?:the |its |their )?(?:exact|specific|precise|actual)\\b[^?]{0,30}\\b(?:limits?|thresholds?)\\b",
    // A rate or a share (普及率是多少, what percentage): a figure.
    // A word may come between (普及率目标是多少), and a bound may be asked (合格率低于多少算差).
    '(?:率|比例|比率|占比|份额)[\\u4e00-\\u9fff]{0,2}?(?:到底|究竟)?(?:大概|大约|约)?(?:是|为|有|要|达到|超过|低于|高于|不低于|不超过|在)?(?:多少|几)',
    // …or the share asked first (达到多少比例, 百分之多少, 多大比例).
    '(?:多少|多大|多高)的?(?:比例|比率|百分比|占比|份额)|百分之(?:多少|几)',
    '\\b(?:what|which|how many) (?:percentage|proportion|share|rate|per ?cent)\\b|\\bhow (?:high|low) is the (?:rate|share)\\b',
    // How much of a thing is made, used or thrown away ("how much … do they generate"): a quantity.
    // Not inside a task set for someone ("support for measuring how much is made"): the support is asked.
    '(?<!\\b(?:figure|find|work) out |\\b(?:measure|assess|estimate|know|track|determine|calculate|understand|monitor|gauge|quantify|record|count) )\\bhow much\\b[^?]{0,60}\\b(?:produc(?:e|es|ed)|generat(?:e|es|ed)|emit(?:s|ted)?|consum(?:e|es|ed)|recycl(?:e|es|ed)|discard(?:s|ed)?|dump(?:s|ed)?|throw(?:s|n)? away|threw away)\\b',
    // How far something moved (缩短了多少, by how much did it fall): a figure, in a unit or a percentage.
    '(?:缩短|减少|下降|降低|提高|增加|增长|上升|提升|改善|节省|节约)了?(?:大约|大概|约)?多少',
    // The same said with one character (少了多少, 降了多少, 涨了多少).
    '(?:少|多|降|涨|跌|减|增|升)了(?:大约|大概|约)?多少',
    // In tenths (下调几成, 降了几成, 能省几成？): a share.
    '(?:调|降|涨|跌|减|增|升|低|高|省|少|多)[了到]?几成|几成(?=[？?]|吗|呢)',
    '\\bby how much\\b|\\bhow much (?:has|have|had|did)\\b[^?]{0,50}\\b(?:drop|dropped|fall|fallen|fell|rise|risen|rose|increase|increased|decrease|decreased|grow|grown|grew|improve|improved|reduce|reduced|shrink|shrunk|shorten|shortened|cut|save|saved)\\b',
  ].join('|'),
  'i',
);
/** A number with a unit of measure, or a percentage. */
const MEASURE_A = new RegExp(
  `\\d+(?:[.,]\\d+)?\\s*(?:${SYMBOL_UNIT}|${WORD_UNIT}|${ZH_UNIT})|百分之[一二三四五六七八九十百]+|\\d+\\s*(?:岁|周岁)|\\b\\d+ years? old\\b`,
  'i',
);

/** Which study group: ITU names its study groups by number (第5研究组, SG17, Study Group 20). */
const GROUP_Q =
  /(?:哪|什么|哪一)(?:个|些|几个)?(?:ITU-[TD])?研究组(?!的区域组)|\b(?:which|what)(?: itu-[td])? study groups?\b/i;
const GROUP_A = /第\s*\d+\s*研究组|\bSG\s?\d+|\bstudy group \d+/i;

/** Languages: "which languages", 哪几种语言 asks for languages by name, which a clause must give. */
const LANGUAGE_Q =
  /\b(?:which|what) languages?\b|哪(?:几|一)?种语[言文]|什么语[言文]|哪些语[言文]/i;
const LANGUAGE_A =
  /(?:英|法|西班牙|俄|阿拉伯|中)(?:语|文)|汉语|正式语[言文]|\b(?:English|French|Spanish|Russian|Arabic|Chinese)\b/;
/**
 * A Recommendation's own number ("which exact Recommendation numbers", 建议书编号, 哪一项具体的建议书): a clause
 * must name one (E.161.1, X.1205). "Which Recommendations does it mention" in general is left to the clauses;
 * "which three Recommendations" asks for the ones a count stands for, by name.
 */
const CODE_Q =
  /\b(?:document|official) (?:symbol|reference number)s?\b|文件编号|文号|\b(?:exact |official )?designations?\b|\bwhich of the (?:[\w-]+ ){0,2}recommendations\b|哪(?:几份|几项|几个)[^，。？?]{0,6}建议书|\b(?:which|what) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,2}recommendations\b|哪[两三四五六七八九十\d]+(?:项|个|份|条)[^，。？?]{0,10}建议书|建议书[^。？?]{0,15}?哪[两三四五六七八九十\d]+(?:项|个|份|条)|\b(?:recommendation|rec|standard)s?(?:'s)? (?:numbers?|codes?)\b|\b(?:which|what) (?:exact|specific|precise) (?:itu-t )?(?:recommendations?|standards?)\b|(?:建议书|标准)(?:的)?(?:编号|号码)|哪(?:一|几)?(?:项|个|份)(?:具体的?)?(?:ITU-T)?(?:建议书|标准(?![组机化制]))|第几号(?:研究)?课题|课题(?:的)?(?:编号|号码)|\bquestion (?:number|no\.?)\b/i;
/** A Recommendation's code (E.164), or a study Question's number (第3/2号课题, Question 3/2). */
const CODE_A = /\b[A-Z]\.\d+(?:\.\d+)*\b|第\s*[\d-]+\/\d+\s*号课题|\bQuestion \d+(?:-\d+)?\/\d+/;

/** An address to reach something at: a web address, a link, an e-mail address (网址, 链接, 邮箱, URL). */
const ADDRESS_Q =
  /网址|网站地址|网页地址|链接|(?:电子)?邮(?:箱|件地址)|哪(?:一?个|一?家)(?:网站|网页)|\b(?:url|urls|web ?address(?:es)?|web ?links?|hyperlinks?|e-?mail address(?:es)?|website address(?:es)?|(?:which|what) (?:web ?site|web ?page|site)s?\b(?! (?:is|are|was|were)\b))\b/i;
const ADDRESS_A = /https?:\/\/|\bwww\.|[\w.-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:int|org|com|net)\b/i;

/**
 * Applying for something, signing up or joining; not applying a thing (apply the rules): putting it to use.
 */
const JOINING =
  '(?:apply(?!\\s+(?:the|these|those|its|their|our|it|them|this|that|such|all)\\b)|sign up|register|enrol|enroll|join|become (?:an? )?(?:[a-z-]+ ){0,2}members?)\\b';

/**
 * How one applies, registers or joins (怎么申请, 要走什么流程, how do I sign up, the steps for a company to
 * join): a clause must describe a procedure. "What steps is ITU taking" asks for actions, not this; nor does
 * applying a thing (how to apply the kite rules), which is putting it to use.
 */
const PROCEDURE_Q = new RegExp(
  [
    '(?:怎么|如何|怎样)(?:才能|才可以|可以|能)?(?:去)?(?:申请|申报|报名|注册|加入|入会)',
    '(?:申请|申报|报名|注册|加入)[^，。？?]{0,12}(?:流程|手续|步骤|程序|条件|材料)',
    '(?:走|办)(?:什么|哪些)(?:流程|程序|手续)|(?:提交|准备)(?:什么|哪些)(?:材料|文件)|(?:要|需要|得)(?:去)?申请(?:什么|哪些)',
    // How to report or complain (向哪个部门举报, 投诉的流程, "how do I report a scam").
    '(?:向|找|去)哪(?:个|些|家)?(?:部门|机构|单位)(?:举报|投诉|反映|申诉)|(?:举报|投诉|申诉)[^，。？?]{0,12}(?:流程|手续|步骤|程序|表格)|(?:写|规定|提到|说)(?:了)?(?:这个|这种|具体的?|相关的?)?(?:流程|手续)',
    '\\b(?:how|where) (?:do|can|should|could) (?:i|we|they|you|one|people) (?:report|complain about|file a complaint)\\b',
    // The paperwork and the office to write to (填什么表, "what forms must they send in").
    '\\bwhat (?:forms?|paperwork) (?:do|does|should|must|would) (?:i|we|they|you|one)\\b|\\bwhich office (?:do|should|can|would) (?:i|we|they|you|one) (?:contact|write to|call)\\b|填(?:什么|哪些|哪个)(?:表|表格)',
    '\\bhow (?:do|can|would|should|could|does|did) (?:i|we|you|one|(?:a|an|my|our|their|the) [a-z-]+(?: [a-z-]+)?)\\b[^?]{0,60}?\\b' +
      JOINING,
    '\\bhow to ' + JOINING,
    '\\bsteps? (?:for|to) (?:a|an|my|our|me|us|someone|anyone|one)\\b[^?]{0,60}?\\b' + JOINING,
    '\\b(?:application|registration|sign-?up|filing) (?:process|procedures?|forms?|steps?)\\b',
  ].join('|'),
  'i',
);
/** Where one applies ("where can we register", 在哪报名): how, not a place. */
const WHERE_TO_APPLY =
  /\bwhere (?:do|can|should|could|would|does) (?:i|we|you|one|they|people|users|citizens|consumers|(?:a|an|my|our) [a-z-]+)\b[^?]{0,20}?\b(?:apply|sign up|register|enrol|enroll|report|complain)\b|在哪(?:里|儿)?(?:可以|能)?(?:申请|报名|注册|举报|投诉)/i;
/** Not a registry (注册机构), nor steps taken (采取适当步骤): those are no way to apply. */
const PROCEDURE_A =
  /程序|流程|(?<!采取(?:适当)?)步骤|手续|申请|报名|注册(?!机构|管理)|\b(?:procedures?|apply|application)\b/i;

/**
 * Advice to the asker on their own affairs (how do I …, should I …, 怎么办, 我应该去哪; how to tell him …, how
 * I should remind my teacher politely: what to say to someone, the auxiliary left out or put after): the
 * resolutions instruct ITU's bodies and tell no one what to do with their own phone, router or purchase;
 * only a text that gives steps answers.
 */
/**
 * 怎么办 is the asker's own trouble when a person or a predicament comes before it (手机被偷了怎么办, 我们该怎么办,
 * 收到骗子短信怎么办);
 * after a bare topic (培训怎么办, 宣言那块咋办) it asks how that is dealt with, which the clauses say.
 */
const ADVICE_Q =
  /\bhow (?:do|can|should|could) i\b|\bhow (?:to|(?:i|we|em|me|u|you)(?: should| can| could| must)?) (?:tell|remind|ask|explain (?:it |this )?to|convince|persuade|apologi[sz]e to|say no to) (?:him|her|them|my|our|(?:\S+ ){0,2}(?:politely|nicely|gently|kindly))\b|\bshould i\b|(?:[我你他她咱俺人家]|[了被不没坏丢太老]|总是|一直|万一|如果|要是|收到|遇到|碰到|接到|发现|遭遇|买到|中了)[^。？?]{0,20}?怎么办|^\s*怎么办|(?:我|我们)(?:自己)?(?:该|应该|要|可以)?怎么(?!样)|(?:我|我们)[^。？?]{0,12}应该(?:去)?(?:哪|找谁|怎)/i;
/** Should I, as a question of its own after one of advice (要不要去…？, "should I also …?"). */
const SHOULD_I =
  /^(?:那|还|or|and)?\s*(?:要不要|需不需要|用不用|该不该|\bshould (?:i|we)\b|\bdo (?:i|we) (?:need|have) to\b)/i;
/** 钱怎么办, 经费这块怎么解决: what about the money asks who pays, not what the asker should do. */
const MONEY_HOW =
  /(?:钱|资金|经费|费用|预算)(?:的事|的问题|这块|这一块|方面|问题)?(?:怎么办|咋办|怎么解决|如何解决|咋解决|怎么弄|怎么搞)/;
/**
 * A yes/no clause (协会提供教练吗, 给不给配, 给配不？ as northern Chinese asks it, "is there a fund for it?").
 */
const YES_NO_CLAUSE =
  /(?:吗|么)[？?。!！\s]*$|[\u4e00-\u9fff][不没](?:有)?[？?]\s*$|([\u4e00-\u9fff])[不没]\1|是否|^\s*(?:is|are|does|do|will|would|can|could|has|have)\b/i;

/**
 * "路太远怎么办，会给报销路费吗": the asker's worry, then a yes/no about what is provided, after a comma.
 * The last clause is what is asked.
 */
function yesNoAfterAdvice(asked: string): boolean {
  // A space between Chinese words separates clauses as a comma does (typed on a phone: 咋办 有…吗).
  const tail = asked.split(/[，,;；]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/).pop() ?? '';
  return !ADVICE_Q.test(tail) && !RECOMMENDATION.test(tail) && YES_NO_CLAUSE.test(tail);
}

/**
 * 协会能帮着办不？怎么办？: a bare "how" after a yes/no about what someone does asks how that is done, not
 * what the asker should do.
 */
const HOW = '(?:怎么办|怎么弄|怎么搞)(?:嘛|呢|啊|呀|咧|哩)?\\s*[？?]*\\s*$';
const BARE_HOW = new RegExp(`^\\s*${HOW}`);
/** 咧, 哩: the northwestern and northern particles of a yes/no question (管不管咧？). */
const YES_NO_BEFORE = new RegExp(`(?:吗|么|嘛|咧|哩|[不没])\\s*[？?]\\s*${HOW}`);

/**
 * 它要是和别的部门重复了怎么办: the resolution (or the Union) the subject of what may happen, so the question
 * asks what the text provides for that case, not what the asker should do.
 */
const OF_THE_TEXT =
  /^\s*(?:那么?|那)?\s*(?:它|它们|这个决议|这项决议|该决议|这份决议|本决议|国际电联|电联|ITU)(?![^。？?]{0,20}?(?:我|我们|咱))[^。？?]{0,30}?(?:要是|如果|万一|假如)/i;

/** A yes/no asking for a recommendation (有没有推荐的…, "any you'd recommend?") still asks advice. */
const RECOMMENDATION = /推荐|\brecommend/i;

/** "Which resolution should I cite", 我该引用哪项决议: which part of the document, not advice. */
export const WHICH_PART =
  /\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:resolutions?|clauses?|parts?|sections?|paragraphs?|decisions?)\b|哪(?:个|项|一项|条|一条|份|部分)[^。？?]{0,4}(?:决议|条款|段落?|部分)/i;
const ADVICE_A = /步骤|第一步|首先[^。]{0,40}然后|\bsteps?\s*\d|\bfirst\b[^.]{0,60}\bthen\b/i;

/** How long or how often (多长时间, 多久审一次, how long does it take): a length of time or a frequency. */
// 几年 before a verb of deciding (风筝规则是几年定的) asks which year, as dialects say it.
const DURATION_Q =
  /多长时间|多久|多少年|(?<![那这前近去后最哪])几(?:年(?!级|(?:在[^，。？?]{0,6})?(?:定|通过|制定|发布|修订|举行|召开|开|出台|批准))|天|个月)|多少天|多少个月|\bhow long\b(?! ago)|\bhow (?:often|frequently)\b|\bhow many (?:years|months|weeks|days)\b/i;
const DURATION_WORDS =
  /(?<!\d)\d{1,3}\s*(?:个(?:月|星期)|年|周|天|小时)|[一二三四五六七八九十两半]+\s*(?:个(?:月|星期)|年(?!级)|周|天)|每(?:年|届|季|月|两年|四年)|定期|年度|\b(?:annual(?:ly)?|yearly|every (?:year|month|week)|each year|\d+ (?:years?|months?|weeks?|days?))\b/i;
/** A span of days (3月1日至9日) says how long what it dates lasted. */
const DATE_SPAN = String.raw`\d{1,2}日\s*(?:至|到|[-–—~])\s*(?:\d{1,2}月)?\d{1,2}日`;
const DURATION_A = new RegExp(`${DATE_SPAN}|${DURATION_WORDS.source}`, 'i');

export type AnswerType =
  | 'money'
  | 'person'
  | 'date'
  | 'place'
  | 'digits'
  | 'choice'
  | 'measure'
  | 'count'
  | 'vote'
  | 'group'
  | 'language'
  | 'code'
  | 'address'
  | 'procedure'
  | 'duration'
  | 'advice'
  | 'funding'
  | 'grant'
  | 'binding'
  | 'health'
  | 'brand'
  | 'ranking'
  | null;

/**
 * A yes/no question about an activity that finds a fact ("does ITU count how many experts attend?", 有没有
 * 数据库可以查原产地是哪里？) or about a rule that bounds one ("are there rules on how much roaming can cost?",
 * 有没有规定风筝票价的上限是多少？) asks whether the activity or the rule exists, not for the fact: the question
 * word sits in a clause after a verb of seeking or recording, or a word of ruling. "Does it say how many …"
 * still asks for the number; so does a request put as a question ("can you please say how many …").
 */
const YES_NO =
  /^(?!(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|possibly\s+|just\s+)?(?:tell|let|give|say|show|explain|find|check|list)\b)(?:does|do|did|is|are|was|were|will|would|can|could|has|have|should|may)\b|^(?:有没有|是否|能否|能不能|会不会|可不可以|可以|有无)|吗[?？]?$/i;
/** A last sentence that asks nothing (…？我们的货要出口，客户常问): the asker's situation, said after the question. */
const TOLD =
  /^(?![\s\S]*(?:[?？]|哪|什么|多少|几|谁|怎|吗|呢|么|是否|是不是|有没有|\b(?:what|which|who|how|when|where|why|whether)\b))/i;
const SEEKING_THEN_ASKING =
  /\b(?:show|shows|showing|tell|tells|indicate|indicates|count|counts|counting|track|tracks|tracking|record|records|recording|measure|measures|measuring|collect|collects|collecting|monitor|monitors|monitoring|check|checks|checking|find out|look up|keep track of|work out|rules?|regulat(?:e|es|ed|ing|ion|ions)|limits?|limiting|caps?|capping|controls?|controlling|decides?|deciding)\b[^?]{0,60}\b(?:how many|how much|when|where|which|who)\b|(?:查|查询|查到|统计|记录|收集|跟踪|追踪|监测|核实|规定|规则|限制|限定|上限|管制|监管)[^？?]{0,20}(?:哪里|多少|什么时候|何时|哪些|谁)/i;

/**
 * Whether someone will look into where, how many or who (他们会不会统计一下哪里风筝最多): a yes or no about
 * that work, its question word inside what is to be found out. Not a request to the assistant (你能不能看看…).
 */
const WHETHER_SEEKING_ZH =
  /(?<![你您])(?:会不会|能不能|有没有|是否|能否|会否|可不可以)(?:(?![你您帮告])[^？?。，,]){0,20}[，,]?(?:(?![你您帮告])[^？?。]){0,12}?(?:看看|看下|看一下|看一看|了解|弄清楚?|搞清楚?|查(?:一?查|清|询|到|出|看)?|统计|整理|汇总|记录|收集|追踪|跟踪|监测)[^？?]{0,10}(?:哪里|哪儿|哪些(?:地方|地区|国家)|哪个(?:地方|地区|国家)|多少|什么时候|何时|谁)/;

function lastSentence(question: string): string {
  const sentences = question.trim().split(/(?<=[.!?。！？])\s*(?=\S)/);
  return sentences[sentences.length - 1]!.trim();
}

/**
 * Where the document says something, or which clause does ("where does it say …", 哪里提到, 原文在哪, 哪项决议
 * 第几项): the clause itself, cited, answers; no place or number is asked.
 */
const WHERE_IT_SAYS = new RegExp(
  [
    '\\bwhere (?:does|did|do|is|was) (?:it|this|that|the (?:document|report|text|resolution|annex)|they)\\b[^?]{0,12}?\\b(?:say|said|says|mention|mentioned|state|stated|talk about|ask|asked|call|called|write|written|put|cover|list|listed)\\b',
    '\\bwhere (?:can|could|do|would) (?:i|we|you) (?:find|see|read|quote|cite)\\b[^?]{0,40}\\b(?:clause|line|passage|wording|text|words|part)\\b',
    '\\b(?:which|what) (?:exact )?(?:clause|paragraph|item|line|passage|section)\\b',
    // A passage asked for, then where it is ("is there a passage saying X, and where is it?").
    '\\b(?:passage|clause|paragraph|line|wording|statement)\\b[^?]{0,120}\\bwhere (?:is|are) (?:it|they|that|this)\\b',
    // Whether the text says something, then "where (exactly)?": where in the text.
    '\\b(?:say|says|said|mention|mentions|mentioned|state|states)\\b[^?]{0,80}\\?\\s*where(?: exactly| precisely)?\\s*[?？]?\\s*$',
    '(?:哪里|哪儿|在哪|什么地方)(?:有)?(?:提到|说到|讲到|写到|写着|规定|要求|说过|提及|说了|讲了)',
    '原文(?:在哪|是什么|怎么说)|出处|(?:是|在)?哪(?:个|项|一项)?决议(?:的)?(?:第几|哪一?)(?:项|条|段|款|点)|第几(?:项|条|段|款)',
  ].join('|'),
  'i',
);

export function answerType(typed: string): AnswerType {
  const question = wordByWord(typed);
  // The kind of fact asked for is in the sentences that ask: a setting before them (几家运营商想……。) asks
  // nothing.
  const type = typeAsked(withoutOwnChecks(askingSentences(question, true)), question);
  // "Where does it say", 第几项: a place or a number in the wording, not in what is asked.
  const located = type === 'place' || type === 'count' || type === 'digits';
  return located && WHERE_IT_SAYS.test(question) ? null : type;
}

/**
 * What the asker must check themselves (我们进口时要检查是不是达标、是哪个国家产的): a question inside what they
 * do, not one put to the document; the question is what follows (有没有可查的数据库).
 */
const OWN_CHECK =
  /(?:我们|我|咱们?|俺们?)[^，,。？?！!]{0,12}?(?:要|得|需要|都会|会|必须)(?:先)?(?:检查|核实|核对|查验|查明|判断|确认)[^，,。？?！!]*[，,]/g;

function withoutOwnChecks(asked: string): string {
  const rest = asked.replace(OWN_CHECK, '');
  // Only beside a question of its own (not 你知道吗): a check alone is what is asked.
  return (rest.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 8 ? rest : asked;
}

/**
 * Chinese typed word by word, as a search box or voice input gives it (新 研究组 主席 名字 是 谁), read as one
 * run: most of its pieces are a word or two long. A space between longer runs (…咋办 有人帮忙吗) ends a
 * sentence, and stays.
 */
function wordByWord(question: string): string {
  const runs = question.split(/\s+/).filter((r) => /^[\u4e00-\u9fff，,、]+$/.test(r));
  if (runs.length < 3) return question;
  const short = runs.filter((r) => r.replace(/[，,、]/g, '').length <= 4).length;
  if (short * 4 < runs.length * 3) return question;
  return question.replace(/(?<=[\u4e00-\u9fff，,、])[ \t]+(?=[\u4e00-\u9fff])/g, '');
}

/**
 * The figure itself asked for (请核实确切的金额, "please state the exact amount"): a yes/no about a
 * rule that bounds it still asks for it, and the question's words of money say whether it is a sum.
 */
const FIGURE_Q =
  /(?:具体|确切|准确|精确)的?[\u4e00-\u9fff]{0,2}(?:数字|数目|数额|金额|数值|限值|阈值)|(?:限值|阈值|上限|下限)[^，,。？?]{0,8}?(?:是|为|定在|定为|定的是)多少|(?:数据|数字)(?:是|有)?多少|(?:降|减|降低|减少|下调|削减|提高|上调|涨|劈)(?:下来|下去|上去|上来)?(?:了|到|至)?多少|多少(?:数值|数字)|降幅|减幅|涨幅|\bby how much\b|\bhow much\b[^?]{0,60}\b(?:went|go|gone|come|came) (?:down|up)\b|\bhow much\b[^?]{0,60}\b(?:dropped|fell|fallen|decreased|declined|rose|risen|increased)\b|\b(?:reduction|cut) targets?\b|\b(?:what|which)(?:['’]s| is| was| are| were) the (?:[a-z-]+ ){0,2}(?:cap|ceiling|limit|maximum|minimum)\b|\b(?:the|an?) (?:exact|precise|specific|actual) (?:(?:dollar|cash|money|budget|franc) )?(?:amount|sum|figure|number|value)s?\b(?! of\b)|\b(?:the|an?) (?:exact|precise|specific|actual)(?: (?!(?:of|emergency|phone|telephone|hotline|helpline|contact|call)\b)[a-z-]+){1,2} (?:figure|number|value|level|limit)s?\b(?! of\b)|\bany (?:(?:dollar|cash|money|budget|franc|euro) )?(?:amount|sum|figure)s?\b|\b(?:the|a|what(?:['’]s| is| was)?) (?:dollar|cash|money|budget|franc|euro) (?:amount|sum|figure|value)s?\b|\bthe (?:total )?(?:amount|sum) of (?:money|budget|funding|funds|francs|dollars)\b/i;
const MONEY_WORDS =
  /钱|费|价格|价钱|票价|法郎|瑞郎|美元|美金|欧元|预算|资金|经费|拨款|\b(?:francs?|chf|dollars?|usd|euros?|budget|funding|funds?|money|sums?|prices?|costs?|fees?|charges?|tariffs?)\b/i;

/** @param whole the message, setting included: its words of money say whether a figure asked is a sum. */
function typeAsked(question: string, whole = question): AnswerType {
  // The question itself is its last sentence: what comes before may be the asker's setting (I import …).
  const asked = lastSentence(question);
  // The figure named in a sentence before, then asked for ("… the exact amount set aside. How much is it?").
  // Or asked in an earlier question of the same message (降到多少？有没有上限？): each asks the figure.
  const figure =
    FIGURE_Q.test(asked) ||
    FIGURE_Q.test(question) ||
    (FIGURE_Q.test(whole) && /\bhow much\b|多少/i.test(asked));
  // Or asked in an earlier question, the last one a yes/no of its own (…会不会统计哪里…？有没有数据？).
  if (
    ((YES_NO.test(asked) && SEEKING_THEN_ASKING.test(asked)) ||
      WHETHER_SEEKING_ZH.test(asked) ||
      (WHETHER_SEEKING_ZH.test(question) && (YES_NO.test(asked) || TOLD.test(asked)))) &&
    !figure
  )
    return null;
  // Advice for the asker comes first (unless it is how to apply or join): "where should I go to complain"
  // asks what to do, not a place.
  // Of the question asked, not of what the asker says before it ("should I expect …? what does it commit to?").
  if (MONEY_HOW.test(asked)) return 'funding';
  // A should-I closing a question of advice (我该怎么跟家长讲？要不要去家访？) asks the same advice.
  const trimmed = question.trim();
  const before = trimmed.slice(0, trimmed.length - asked.length).trim();
  const adviceGoesOn = SHOULD_I.test(asked) && before !== '' && ADVICE_Q.test(lastSentence(before));
  if (
    ((ADVICE_Q.test(asked) &&
      !WHICH_PART.test(asked) &&
      !yesNoAfterAdvice(asked) &&
      !(BARE_HOW.test(asked) && YES_NO_BEFORE.test(question))) ||
      adviceGoesOn) &&
    !PROCEDURE_Q.test(question) &&
    !OF_THE_TEXT.test(asked)
  )
    return 'advice';
  if (VOTE_Q.test(question)) return 'vote';
  if (GROUP_Q.test(question)) return 'group';
  if (LANGUAGE_Q.test(question)) return 'language';
  if (CODE_Q.test(question)) return 'code';
  if (ADDRESS_Q.test(question)) return 'address';
  if (PERSON_Q.test(question) || NAMES_AFTER_WHO.test(whole)) return 'person';
  if (BRAND_Q.test(question)) return 'brand';
  if (MONEY_Q.test(question)) return 'money';
  if (figure) return MONEY_WORDS.test(whole) ? 'money' : 'measure';
  if (HEALTH_Q.test(healthAsked(question.replace(WORRY_CLAUSE, '').replace(WORRY_OF_HARM, ''))))
    return 'health';
  // "Mandatory, or only on request?": the clause answers whichever it is, binding or not.
  if (BINDING_Q.test(question) && !BINDING_OR.test(question)) return 'binding';
  if (GRANT_Q.test(question)) return 'grant';
  // Asked of a resolution the question does not number already (第97号决议是几号通过的 asks a day).
  // Or the number of "that one", a resolution told of in a sentence before (…has a resolution on kites.
  // Which number does that one have?).
  const resolutionNumber =
    (RESOLUTION_NUMBER_Q.test(question) ||
      NUMBER_THEN_RESOLUTION_Q.test(question) ||
      TOPIC_NUMBER_Q.test(question.trim()) ||
      (LATER_NUMBER_Q.test(question) && !CALLING.test(question)) ||
      (NUMBER_OF_IT.test(question) && /\bresolutions?\b|决议/i.test(whole)) ||
      (THE_NUMBER_ALONE.test(question) &&
        /\bresolutions?\b|决议/i.test(whole) &&
        !CALLING.test(whole))) &&
    !NUMBERED_RESOLUTION.test(question);
  if (offeredNumbers(question).length) return 'choice';
  // Asked of a study group ("sent to which study group, which number?"), the number is the group's.
  if (
    DIGITS_Q.test(question) &&
    !resolutionNumber &&
    !(GROUP_NAMED.test(question) && !CALLING.test(question))
  )
    return 'digits';
  if (MEASURE_Q.test(question)) return 'measure';
  // 几号 after 决议 is its number, not a day of the month.
  if (DATE_Q.test(question) && !resolutionNumber) return 'date';
  if (DURATION_Q.test(question)) return 'duration';
  // "Where can we register" asks how, not a place.
  if (WHERE_TO_APPLY.test(question)) return 'procedure';
  // Where money comes from asks who pays, not a place.
  if (MONEY_SOURCE_Q.test(question)) return 'funding';
  if (RANKING_Q.test(question)) return 'ranking';
  if (PLACE_Q.test(question) && !SOURCE_Q.test(question)) return 'place';
  // How many and which (多少个，分别是哪些; how many …, and which?): the list answers, and its length.
  if (
    COUNT_Q.test(question) &&
    !resolutionNumber &&
    !ALSO_WHICH.test(question) &&
    !settingBeforeWhichPart(question)
  )
    return 'count';
  if (PROCEDURE_Q.test(question)) return 'procedure';
  // Last: "how can we apply for a grant that pays for travel" asks how to apply; "when … who pays" a date.
  if (FUNDING_Q.test(question)) return 'funding';
  return null;
}

/**
 * Numbers in a text, so "digits" answers must bring one the question did not already hold; references
 * (第N号决议, X.123.4) are names, not answers.
 */
function numbers(text: string): string[] {
  // Names and counts too: 第2研究组 names a group, 27个 counts; neither is a number to dial or key in.
  const plain = text.replace(
    /第\s*\d+\s*(?:号|研究组|届|次|条|项|段|款)?|[A-Z]\.\d+(?:\.\d+)*|\d{4}年|\d+\s*多?\s*(?:个|位|名|项|次|届|家|份|国|场|页|座|种|篇|人|岁|年)/g,
    ' ',
  );
  return plain.match(/\d+(?:[.]\d+)*/g) ?? [];
}

/** The answer types a clause supplies by holding one pattern's match. */
const SUPPLIED_BY = {
  money: MONEY_A,
  vote: VOTE_A,
  person: PERSON_A,
  date: DATE_A,
  measure: MEASURE_A,
  group: GROUP_A,
  language: LANGUAGE_A,
  code: CODE_A,
  address: ADDRESS_A,
  procedure: PROCEDURE_A,
  duration: DURATION_A,
  advice: ADVICE_A,
  funding: FUNDING_A,
  grant: GRANT_A,
  binding: BINDING_A,
  health: HEALTH_A,
  brand: BRAND_A,
  ranking: RANKING_A,
} as const;

/**
 * @param counted the question with the thing counted in the document's words, when the caller has it (the
 *   plan's rewritten question: an English "how many study groups" names 研究组 there).
 */
export function canSupply(
  type: AnswerType,
  question: string,
  clauseText: string,
  counted = question,
): boolean {
  switch (type) {
    case null:
      return true;
    case 'date': {
      const text = withoutAskedYears(question, withoutCitedEditions(question, clauseText));
      // A year asked for (哪一年, "a year by which") is a year written, not 每年 or 之前.
      if (YEAR_Q.test(question)) return YEAR_A.test(text);
      // Asked when and where of a meeting, it is an event: its day, not 每年 or 定期.
      const day = EXACT_DATE_Q.test(question) || asksEvent(question) || MEETING_TIME.test(question);
      if (day) return CALENDAR_A.test(text);
      // A deadline is a day, a "by" or a recurring due time (每年): not 期间 (during) or 以来 (since).
      return (DEADLINE_Q.test(question) ? DEADLINE_A : DATE_A).test(text);
    }
    case 'money':
      return MONEY_A.test(
        PRICE_WORDS.test(question) ? clauseText : clauseText.replace(/免费/g, ''),
      );
    case 'vote':
    case 'person':
    case 'measure':
    case 'group':
    case 'language':
    case 'code':
    case 'address':
    case 'procedure':
    case 'duration':
    case 'advice':
    case 'funding':
    case 'grant':
    case 'binding':
    case 'health':
    case 'brand':
    case 'ranking':
      return SUPPLIED_BY[type].test(clauseText);
    case 'place':
      return namesNewPlace(question, clauseText, counted);
    case 'count':
      return statesCount(question, clauseText, counted);
    case 'choice':
      return offeredNumbers(question).some((n) =>
        new RegExp(`(?<![\\d.])${n.replace(/\./g, '\\.')}(?![\\d.])`).test(clauseText),
      );
    case 'digits': {
      const asked = new Set(numbers(question));
      // The number of a resolution the named one cites is the answer when that is what is asked.
      const cited = asksCited(question)
        ? [...clauseText.matchAll(/第\s*(\d+)\s*号决议/g)].map((m) => m[1]!)
        : [];
      return [...numbers(clauseText), ...cited].some((n) => !asked.has(n));
    }
  }
}

/**
 * The words, in the document's language, that ask for a kind of fact rather than name a topic: "which
 * Recommendation number" asks for a code, and a clause holding 建议书 and 号码 about something else does not
 * cover the topic by them.
 */
const FRAME: Partial<Record<Exclude<AnswerType, null>, RegExp>> = {
  code: /^(?:建议书|标准|编号|号码|数字|代码|ITU-T|国际电联电信标准化部门)$/i,
  money: /^(?:费用|成本|价格|价钱|预算|资金|经费|金额|钱|收费)$/,
  funding:
    /^(?:费用|成本|预算|资金|经费|钱|资源|捐赠|捐助|捐款|自愿|支付|付|出资|支出|拨款|款项|筹资|资助|承担|负担|新的资金来源)$/,
  date: /^(?:日期|时间|年份|哪年|何时|地点|开会)$/,
  place: /^(?:地点|地方|城市|国家|哪里|时间|日期)$/,
};

export function frameWords(type: AnswerType): RegExp | undefined {
  return type ? FRAME[type] : undefined;
}

/** A clause scoring at least this share of the best one that holds the kind of fact asked for is preferred. */
const TYPED_RATIO = 0.6;
/**
 * Or this share, when it names what the question names (a meeting, a glossary term) at least as fully as the
 * best: "when did WTSA-20 take place" scores a clause on when incidents happen above the one dating WTSA-20.
 */
const ANCHORED_RATIO = 0.3;

/**
 * "When…", "how much…", "who…": the clause that states a date, an amount or a name answers, even when a
 * clause on the same topic that lacks it scores a little higher (a title or a summary repeats the topic).
 */
/** What a clause states, its addressee included (责成 · 第13研究组 · …: the group is the heading's). */
export function statedText(c: { text: string; addressee: string | null }): string {
  return c.addressee ? `${c.addressee}：${c.text}` : c.text;
}

export function preferSupplying(
  hits: Hit[],
  question: string,
  type: AnswerType = answerType(question),
  anchors: readonly string[] = [],
  counted = question,
): Hit[] {
  const top = hits[0];
  // "When and where": a clause stating both, before one that only dates something (another meeting).
  const both =
    (type === 'date' || type === 'place') && DATE_Q.test(question) && PLACE_Q.test(question);
  const supplies = (h: Hit) =>
    both
      ? canSupply('date', question, statedText(h.clause), counted) &&
        canSupply('place', question, statedText(h.clause), counted)
      : canSupply(type, question, statedText(h.clause), counted);
  if (!type || !top || supplies(top)) return hits;
  const names = (h: Hit) => {
    const text = h.clause.text.toLowerCase();
    return anchors.filter((a) => text.includes(a.toLowerCase())).length;
  };
  const topNames = names(top);
  // The most specific of them: the one the fewest candidates name (垃圾信息, not 建议书 or 实施).
  const nameIn = (h: Hit, a: string) => h.clause.text.toLowerCase().includes(a.toLowerCase());
  const topic = anchors
    .filter((a) => nameIn(top, a))
    .map((a) => ({ a, n: hits.filter((h) => nameIn(h, a)).length }))
    .sort((x, y) => x.n - y.n)[0]?.a;
  // Only when and where: an event's date and place are stated where the event is (a count or an amount
  // near the same name is often of something else).
  const anchored = type === 'date' || type === 'place';
  const typed = hits.find(
    (h) =>
      // A clause without the most specific thing the best one names is on another topic: its fact
      // (E.161.1 for a question on spam) is not the one asked for.
      (!topic || nameIn(h, topic)) &&
      (h.score >= top.score * TYPED_RATIO ||
        (anchored &&
          h.score >= top.score * ANCHORED_RATIO &&
          names(h) > 0 &&
          names(h) >= topNames)) &&
      h.clause.part !== 'table1' &&
      !h.clause.id.endsWith('.title') &&
      supplies(h),
  );
  return typed ? [typed, ...hits.filter((h) => h !== typed)] : hits;
}
