/**
 * A request for a task, not a question about the document: write me an e-mail, translate this, recommend a
 * restaurant. A clause that shares a word with such a request ("letter", 领导) is no answer to it; saying
 * what the assistant does is. A request that names the document, a resolution or ITU ("write a note on what
 * Resolution 44 asks of ITU-D") is about the document and answered from it.
 */

/** Letters and messages: what one writes to someone, and whose wording or ending one may ask about. */
const LETTER_KINDS = String.raw`letters?|e-?mails?|speech(?:es)?|messages?|cards?|notes?|invitations?`;
/**
 * Writing for the asker: a verb of writing with the kind of text wanted; a chat's hedge and a length may
 * come between ("write like a 3 min speech", "a 500-word essay").
 */
const WRITE_EN = new RegExp(
  String.raw`\b(?:write|draft|compose|prepare|rewrite|proofread|polish|generate|create|make)\b(?: (?:me|us|for me|for us))?(?: like)?(?: (?:a|an|my|our|the|this|some))?(?:,? [a-z0-9-]+){0,3}? (?:${LETTER_KINDS}|essays?|poems?|stor(?:y|ies)|cv|resumes?|résumés?|cover letters?|(?:leave )?applications?|summar(?:y|ies)|reports?|posts?|tweets?|sms|texts?|reminders?|memos?|notices?|circulars?|announcements?|flyers?|posters?|agendas?|captions?|toasts?|greeting cards?|code|scripts?|programs?|jokes?|songs?|slogans?)\b`,
  'i',
);
const WRITE_ZH =
  // Not the asker's own writing under way (我在写…稿子): that is their setting, not a request.
  /(?<!在)(?:写|起草|草拟|润色|改写|生成)(?:一下)?(?:一|个|一个|一封|一篇|一份|一段|一首|几句|封|篇|份|段|首)?[^，。？?]{0,12}?(?:邮件|信件|封信|书信|求职信|推荐信|感谢信|短信|文章|作文|诗|故事|演讲稿|讲稿|发言稿|致辞|开场白|结束语|主持词|提纲|简历|通知|请假条|朋友圈|文案|代码|笑话|歌词|口号|PPT)|(?:帮|替|给)(?:我|俺|咱)(?:起个草|打个草稿|拟个稿)|(?:帮|替|给)(?:我|俺|咱)(?:们)?(?:写|弄|整|搞|做|出|拟)(?:个|一个|份|一份|篇|一篇|套|一套)?[^，。？?]{0,8}?(?:方案|策划|计划书|活动安排|流程|稿子|总结|请柬|海报|标语)|(?:报告|申请书?|总结|方案|简历|论文|作文|信)(?:该|要|应该|得)?(?:咋|怎么|怎样|如何)(?:个)?写|(?:有没有|有无|给我|发我|求)(?:个|一个|份|一份)?(?:模板|范文|范本)/i;
/**
 * Ideas to brainstorm, translation, arithmetic or homework (or what homework to set a class), a recipe or a
 * joke for the asker. Not cooking
 * done to people, a figure of speech ("that mast will cook us all").
 */
const OTHER_TASK =
  /\b(?:give|suggest|share|send) (?:me|us) (?:some |a few |any |good |more )?ideas?\b|(?:帮|给)(?:我|俺|咱)(?:们)?(?:出|想想?)(?:个|些|几个|点|一些|一句|几句)?(?:[^，,。？?！!]{1,8}?的)?(?:主意|点子|开场白|结束语|标题|名字|口号|广告语)|\btell (?:me|us) (?:a |some |another )?(?:[a-z]+ ){0,2}jokes?\b|(?:讲|说)(?:个|一个|几个)笑话|\brecipes? for\b|\b(?:cook|cooking|bake|baking)\b(?!\s+(?:us|them|you|people|everyone|everybody)\b)|\b(?:make|making)\b[^?]{0,20}\b(?:dumplings?|noodles?|bread|cakes?|cookies|pizza|pasta|soup|curry|stew)\b|菜谱|食谱|(?:做|煮|炒|炖)[^，。？?]{0,4}(?:饭|菜|汤)|火锅底料|(?:咋个|咋|怎么|怎样|如何)(?:才能?)?(?:炒|煮|炖|熬|烤|煎|蒸)[^，。？?]{0,4}?(?:才)?(?:香|好吃|入味)|(?:包|煮|蒸|做)(?:饺子|包子|馒头|面条|蛋糕|面包)|(?:烧|煎|炸|烤|蒸|焖|卤|炖|炒)[^，。？?]{0,3}(?:肉|鱼|鸡|鸭|排骨|菜|饭|面|蛋)|(?:糖|盐|酱油|醋|料酒|味精|花椒|辣椒)(?:要|该)?放(?:多少|几|好多)|帮(?:我|俺|咱)?(?:做|整|弄|列|画|制)(?:个|一个|张|一张|份|一份)?(?:表格|excel|表(?![示达明现态决述彰演格\d一二]))|\btranslate (?:this|that|these|it|the following|my|a|an)\b|\btranslate\s*['"“‘]|\btranslate\b[^?]{0,80}\b(?:into|to) (?:english|chinese|french|spanish|arabic|russian|portuguese|german|swahili|hindi)\b|(?:帮我|请)?翻译(?:一下)?(?:这|下面|以下)|翻译成(?:英|中|法|西班牙|阿拉伯|俄|葡萄牙|德)(?:文|语)|\b(?:calculate|compute) (?:my|the|how)\b|帮我算|(?:数学|算术|几何|代数|物理|化学)(?:题|作业)|方程|(?<![a-z])[a-z]\s*(?:等于|=)\s*(?:几|多少|\?)|\d*[a-z]\s*[-+*/×÷]\s*\d+\s*=\s*\d+|\bsolve (?:this|the|for)\b|\b(?:math|maths|algebra|geometry|physics|chemistry) (?:homework|problems?|questions?|exercises?)\b|(?:布置|留|出)(?:些|点|一些|几道)?[^，。？?]{0,8}(?:作业|练习题)|\b(?:give|set|assign)\b[^?.]{0,30}\b(?:homework|assignments?)\b|\bhomework\b[^?.]{0,30}\b(?:give|set|assign)\b/i;
/** Recommendations for the asker's own plans and purchases. */
const RECOMMEND =
  /\b(?:recommend|suggest)(?: [a-z-]+){0,4}? (?:restaurants?|hotels?|beach(?:es)?|resorts?|cafes?|places? to (?:eat|stay|visit)|phones?|laptops?|books?|films?|movies?|apps?|games?)\b|\b(?:good|best|fav(?:ou?rite)?) (?:restaurants?|hotels?|beach(?:es)?|resorts?|cafes?|places to (?:eat|stay|visit))\b|\b(?:restaurants?|hotels?|beach(?:es)?|resorts?|cafes?|spots)\b[^.?!]{0,30}\b(?:you'?d|u'?d|you would|would you|can you|could you) (?:recommend|suggest)\b|(?:好吃|好玩)的|推荐[^，。？?]{0,10}(?:餐馆|餐厅|饭店|馆子|酒店|宾馆|景点|手机|电脑|书|电影|游戏)|(?:餐馆|餐厅|饭馆|馆子)[^，。？?]{0,6}推荐|\bwhere (?:can|should|do) (?:i|we) (?:eat|have (?:lunch|dinner))\b|(?:哪里|哪儿|哪家)[^，。？?]{0,6}(?:好吃|好喝|吃饭)|\b(?:good|best|fav(?:ou?rite)?|nice) (?:[a-z]+ )?(?:bars?|pubs?|coffee shops?|tea shops?)\b|\bwhich (?:[a-z]+ )?(?:phones?|handsets?|laptops?|tablets?|computers?|brands?|routers?|modems?|power ?banks?|solar panels?|generators?|tvs?|cars?|motorbikes?)\b(?: (?:is|are|would be|will be|do you think))? (?:better|best|cheaper|more reliable)\b|哪(?:个|款|种|一款)(?:牌子的?|品牌的?)?(?:手机|电脑|路由器|充电宝|发电机)(?:比较|更)?(?:好|划算|耐用|实惠)|买(?:哪个|哪款|什么)(?:牌子的?)?(?:手机|电脑|路由器)/i;
/**
 * What makes it about the document: a resolution, the document, ITU and its bodies, the assemblies. Not a
 * report of one's own (述职报告, 申请报告, my project report) or one pointed back at (这报告): the asker's writing.
 */
const ABOUT_DOCUMENT =
  /决议|resolutions?\b|\bdocument\b|(?<!\b(?:my|our|his|her|their|project|progress|school|homework|annual|monthly|weekly|quarterly|field|lab|book|trip|expense|sales|internship)\s+)\breport\b(?!\s+(?:it|them|my|our|the results|results|findings)\b)|文件|(?<!述职|总结|实习|调研|开题|体检|检测|年终|个人|申请|这|那)报告|\bITU(?:-[TDR])?\b|国际电联|\b(?:BDT|TSB|TSAG|TDAG|WTSA|WTDC|GSS)\b|电信发展局|电信标准化局|全会|\bassembly\b/i;

/** About the assistant itself: are you a bot, who made you, 你是机器人吗. */
const ABOUT_ASSISTANT =
  /\bare you (?:a |an )?(?:real )?(?:person|human|bot|robot|ai|chatbot|machine)\b|\bwho (?:made|built|created|programmed) you\b|\bwho are you\b|\bwhat(?:'s| is) your name\b|\bwhat (?:ai |language |llm )?model (?:are|do) you\b|你是(?:不是)?(?:真人|机器人|人工智能|AI|人类)|你是谁|你叫什么(?:名字)?|谁(?:开发|制作|创造)了你|你(?:用的|是)(?:什么|哪个)模型/i;

export function asksAboutAssistant(question: string): boolean {
  return ABOUT_ASSISTANT.test(question);
}

/** Whether a message names the document, a resolution, ITU or its bodies: then it is about the document. */
export function aboutDocument(question: string): boolean {
  return ABOUT_DOCUMENT.test(question);
}

/** How to word, open or close one's own letter or message ("how do I close the letter", 感谢信怎么结尾). */
const WORDING = new RegExp(
  String.raw`\bhow (?:do|can|should|would) (?:i|we) (?:say|phrase|word|put|close|end|sign off|start|open|begin)\b[^?]{0,80}\b(?:${LETTER_KINDS})\b|\b(?:correct|right|proper|polite|best) way to (?:close|end|start|open|begin|sign off|address) (?:a |an |the |my |our |this |that |the said )?(?:${LETTER_KINDS})\b|(?:信|邮件|致辞|贺卡|发言稿)(?:的)?(?:结尾|开头|落款|称呼)(?:该|要|应该)?(?:咋|怎么|怎样|如何)`,
  'i',
);

/** Statistics or citation-style help for the asker's own study (chi-square or Fisher's, APA style). */
const STUDY_METHODS =
  /\b(?:chi-?squared?|t-tests?|anova|p-values?|fisher['’]?s exact|logistic regression|linear regression|standard deviation|sample size calculation|(?:apa|mla|harvard|chicago) (?:style|format|referencing|citation))\b|卡方检验|方差分析|回归分析|显著性检验|(?:APA|MLA)格式/i;

/** What to eat or drink for one's health (吃什么能降血压, "what should I eat to lower …"): diet advice. */
const DIET =
  /(?:吃|食|喝)(?:点|些)?(?:什么|啥|咩嘢|咩|哪些)(?:东西|嘢|食物)?[^，。？?]{0,8}?(?:降|治|补|减肥|瘦)|\bwhat (?:should|can|could|must) (?:i|we|he|she|they) (?:eat|drink)\b|\b(?:foods?|diet|drinks?) (?:to|for|that) (?:lower|reduce|cure|treat|fight)\b/i;

/** Sites, apps or courses to learn or teach something with, for the asker's own use. */
const LEARNING_SITES =
  /\b(?:any|good|best|free|some|nice)\s+(?:[a-z]+\s+)?(?:sites|websites|apps|courses|channels|youtube channels|books|games)\s+(?:to|for)\s+(?:teach|learn|study|practi[sc]e)\b|(?:有没有|推荐|有啥|有什么)[^，。？?]{0,6}(?:网站|app|APP|软件|课程|视频)[^，。？?]{0,4}(?:教|学)/i;
/**
 * A broken device to mend: its symptoms and how to fix it (黑屏咋救, "phone won't turn on, how do I fix"),
 * or a battery that drains; or whether a remedy for it works (遥控器进水了，晒太阳管不管用); or how to mend
 * one's own thing oneself ("how do I tighten it myself", 自己咋修).
 */
const REPAIR =
  /(?:黑屏|死机|开不了机|开不开机|变砖|刷成砖|进水|掉(?:进)?水里|泡水|屏幕碎|碎屏|充不进电|充不上电|掉电快|耗电快|电池不耐用)[^？?]{0,16}?(?:(?:咋|怎么|如何)(?:才能)?(?:救|修|办|弄|整|处理)|有(?:没|冇|没有)?用|管(?:不)?管用|管用吗)|\b(?:won'?t|doesn'?t|does not|will not)\s+(?:turn|switch|power)\s+on\b[^?]{0,60}\b(?:fix|repair|revive|save)\b|\b(?:bricked|cracked screen|water damage|batter(?:y|ies))\b[^?]{0,60}\b(?:fix|repair|revive|save)\b|\b(?:fix|repair|mend|tighten|adjust|replace|patch)\s+(?:it|this|that|them|mine|(?:my|the|our)\s+[a-z]+)\s+(?:by\s+)?(?:myself|ourselves)\b|(?:我|咱)?自己(?:咋|怎么|怎样|如何)(?:修|修理|修好|拧紧|换)/i;

/**
 * A text of the asker's own to edit or check (tighten this headline: '…', 这段话通不通顺): proofreading is
 * writing for them, whatever the quoted text speaks of.
 */
const EDIT_TEXT =
  /\b(?:tighten|shorten|edit|proofread|polish|rephrase|reword|paraphrase|improve|fix|correct|check)\s+(?:up\s+)?(?:this|these|the following|my|our)\s+(?:[a-z]+\s+)?(?:sentences?|paragraphs?|ledes?|leads?|intros?|headlines?|titles?|lines?|wording|grammar|spelling|text|copy|draft|quote)\b|(?:润色|修改|改一下|纠正)(?:一下)?(?:我的)?这(?:一)?(?:句|段|篇)|这(?:一)?(?:句|段)(?:话|英语|英文|中文)?(?:的)?(?:语法)?(?:对不对|有没有(?:语法)?错|通不通顺|通顺吗)/i;

/** Every kind of task above; a new kind is one more pattern here. */
const TASKS = [
  WRITE_EN,
  WRITE_ZH,
  WORDING,
  OTHER_TASK,
  LEARNING_SITES,
  DIET,
  STUDY_METHODS,
  REPAIR,
  EDIT_TEXT,
  RECOMMEND,
];

export function asksForTask(question: string): boolean {
  if (aboutDocument(question)) return false;
  return TASKS.some((re) => re.test(question));
}

/** What the answer says to a question about the assistant itself. */
export const ASSISTANT_REASON = {
  en: 'This is an automated assistant: it answers questions about the WTSA-20 resolutions that concern ITU-D from the document, quoting its clauses.',
  zh: '这是一个自动问答助手：根据文件回答有关影响ITU-D的WTSA-20决议的问题，并引用条款原文。',
};

/** What the answer says instead of quoting a clause. */
export const TASK_REASON = {
  en: 'It answers questions about the WTSA-20 resolutions that concern ITU-D, quoting their clauses; writing, translating or recommending things is outside it.',
  zh: '本助手只回答有关影响ITU-D的WTSA-20决议的问题，并引用条款原文；写作、翻译或推荐等请求不在其范围内。',
};
