/**
 * Whether a question asks for a resolution's 表1 status, in any wording: a change verb with a question
 * particle (改了吗, 有没有修订, was it amended), "still the same / same as before", "is it new", or the
 * words status, title. Built from word classes rather than sentences, so new phrasings fall in.
 */

import { withoutMeetingCodes } from './meeting-codes.js';

/** Verbs of change, longest first so 修改 wins over 改; 改善, 变成 … are other verbs. */
const ZH_VERB =
  '(?:修订|修改|改动|改变|更改|变更|变动|调整|更新|修正|增删|删改|删减|改(?![善进革造编良写])|变(?![得成为革化迁换量])|(?<![行活推带启发移运劳互联主被自驱策感震激触])动(?=过|了|它)|修(?=过|了|咗))';
/** Nouns of change: only after 有 (有变化吗), as 变化 alone is also a topic (气候变化). */
const ZH_NOUN = '(?:变化|修改|改动|变动|更新|修订|调整|改变|更改)';
/** 吧 too: 改过的吧？ asks to confirm (a guess put as a question). */
// 喔 and 哦 end a question in Taiwan's chat (有改喔？). Dialects ask with 伐 (Wu), 冇 (Cantonese, Hubei),
// and a closing 无 or 未 (Min, Cantonese: 有改过无？, 改咗未？).
const ZH_ASK =
  '(?:吗|么|嘛|吧|伐|没有|没|冇|否|与否|喔(?=\\s*[？?])|哦(?=\\s*[？?])|[无未](?=\\s*[？?]|\\s*$))';
const ZH_PARTICLE = `(?:${ZH_ASK}|[?？]|$)`;
/** Then and now: 以前, 上一届, 2016年, WTSA-16. */
const ZH_BEFORE =
  '(?:以前|之前|从前|原来|原先|过去|上一?届|上次|旧版|原版|老版|(?:19|20)\\d\\d年?|WTSA-?16)';

/** This time, at this meeting: 这次, 这回, 本届, 今年 (what is asked is of the meeting the document reports). */
const ZH_THIS_TIME = '这次|这回|此次|本次|这届|本届|今年|今次|是次|今届|这趟|这摆|呢次';

/** A status said of one of a pair: new (新出来的, 新决议), changed, or kept (没动过, 老样子). */
const ZH_PAIR_STATUS = `(?:新(?:出来|出|通过|制定|增|加)?(?:的|个|滴)?(?=\\s*[，,、。？?]|\\s*$)|新决议|修订|修改|${ZH_VERB}(?:过|了)|(?:没|没有|未)(?:被)?(?:${ZH_VERB}|动)|老样子|原样|照旧|不变|无修改)`;

const ZH_FORMS: RegExp[] = [
  // 是否修订、有没有被修改过、有无任何改动; 是否已经修订, 是否业已修订 (formal: already)
  new RegExp(
    `(?:是否|有没有得?|有冇得?|有无|有否|是不是|曾否|可曾)(?:都|也|全|全都|均)?(?:已经?|业已|曾经?)?(?:对(?:其|它|该决议)?[^，。？?]{0,6}?)?有?(?:被|经过?了?|经历(?:过|了)|做过|作过|进行过|进行了|作了|做了|作出|做出)?(?:任何|什么)?${ZH_VERB}`,
  ),
  // A new version put out (有没有出新版本, 出了新版吗): changed this time; not a new version of some other
  // text (出新版本的手册).
  new RegExp(
    `(?:有没有|有无|有冇|是否|是不是)(?:出|推出|发布|弄|搞)(?:了|过)?(?:个|一个)?新的?(?:版本|版(?!本))(?!的|[\\u4e00-\\u9fff]{0,3}(?:手册|指南|报告|标准|建议书))|(?:出|推出|发布)(?:了|过)(?:个|一个)?新的?版(?:本)?${ZH_PARTICLE}`,
  ),
  // 有动到内容吗, 有改到条文吗: 到, then a few words of what was touched, then the particle.
  new RegExp(`有(?:${ZH_VERB}|动)到[^，。？?]{0,4}?${ZH_ASK}`),
  // 改了吗、修改过没有、变了没、修订的吗、动过它没有; a bare "调整？" may ask what the adjustment is, "改了？" may not.
  // 有改到吗, 修改到没有: 到 after the verb, as Taiwan and Southeast Asian Mandarin say it.
  // Or of its text (改过内容吗, 修改了条文没有).
  new RegExp(
    `${ZH_VERB}(?:过了|过|了|咗|到)?(?:它|其)?的?(?:内容|条文|文字|文本|措辞|写法)?${ZH_ASK}`,
  ),
  // The verb, then 有没有 at the end, as a signer orders it (这次改有没有).
  new RegExp(`${ZH_VERB}(?:过|了)?\\s*(?:有没有|有无)\\s*[？?]?\\s*$`),
  // An English verb inside Chinese (这次有 update 吗; 是不是 revised 了, 有没有 changed).
  /有\s*(?:any\s+)?(?:updates?|changes?|revisions?|amendments?)\s*(?:吗|么|嘛|没有?)/i,
  /(?:是否|是不是|有没有)\s*(?:被)?\s*(?:revised|changed|updated|amended|modified)(?![a-z])/i,
  // 改了还是保持原样, 改过的还是新的: the choice between changed and not.
  new RegExp(`${ZH_VERB}(?:过了|过|了)的?还是`),
  new RegExp(`${ZH_VERB}(?:过了|过|了)(?:[?？]|$)`),
  // A resolution said to be changed a lot (风筝那项被修改了一番，靠谱吗): a claim about its status.
  new RegExp(
    `(?:决议|那个|那项|那份|这个|这项)[^，。？?]{0,8}?${ZH_VERB}(?:了|过)(?:一通|一番|不少|很多|好多|一大通|个遍|个底朝天|一遍)`,
  ),
  // 改了什么、修改了哪些、变了些什么: what changed (表1 says whether; the document lists no changes)
  new RegExp(`${ZH_VERB}(?:了|过)(?:些)?(?:什么|哪些)`),
  // 没改？、没有修订吗、哪个没动过、还是没动: asked by its negation (after which 动 is the verb of change).
  new RegExp(
    `(?:没|没有|未)(?:被)?(?:做|作|进行)?(?:过|了)?(?:任何)?(?:${ZH_VERB}|动)(?:过)?${ZH_PARTICLE}`,
  ),
  // 一个是新的，一个没动过(，对吗): a status told of each of two, to confirm; 一只 in Wu and Cantonese.
  new RegExp(
    `一(?:个|只|项|条|份)(?:是)?[^，,。？?]{0,6}?${ZH_PAIR_STATUS}[^，,。？?]{0,4}[，,、]\\s*(?:另)?一(?:个|只|项|条|份)(?:是)?[^，,。？?]{0,6}?${ZH_PAIR_STATUS}`,
  ),
  // 是修订版还是…、算新决议吗: a 表1 status named and asked about.
  new RegExp(`(?:修订版|修改版|新决议|无修改|原版)(?:${ZH_PARTICLE}|[，,]?\\s*还是)`),
  // 改没改、变不变、修改没修改; 动没动 (动 alone a verb of change only so doubled).
  new RegExp(`(${ZH_VERB})(?:了|过)?[没不](?:有)?\\1|动(?:了|过)?没(?:有)?动`),
  // 有变化吗、有什么更新？
  new RegExp(`有(?:任何|什么|哪些|没有)?${ZH_NOUN}${ZH_PARTICLE}`),
  // 还是原来的吗、仍是以前的版本
  new RegExp(
    `(?:还是|仍是|仍然是|依然是|仍旧是|照旧是?)${ZH_BEFORE}|(?:还是|仍然|仍|依然|是否)?(?:保持|维持)(?:原样|原状|不变)|还是不变|原样保留|保留原样|原封不动|(?:还是|仍是|照旧|依旧)(?:那个|那副|老)?(?:老样子|原样)`,
  ),
  // 在老版本上改的、在原来的基础上修订: changed from the earlier text.
  new RegExp(`(?:在|从)${ZH_BEFORE}[^，。?？]{0,6}?(?:上|基础上|基础之上)${ZH_VERB}`),
  // 跟以前一样吗、与上一届相比有何不同
  new RegExp(`(?:跟|和|与|同|比)${ZH_BEFORE}[^，。?？]{0,8}(?:一样|相同|不同|区别|差别|相比|变)`),
  // 新通过的决议吗、是新决议吗、是不是新的、新的还是旧的 (not 创新?: 新 needs a verb, 决议 or 是 … 的)
  // 新制定的还是改过的, 新搞出来的吗: the choice between new and revised (搞, 弄, 整, 定: everyday "make", "set").
  new RegExp(
    `新(?:通过|增|制定|出台|加|搞|弄|整|订立|设立|立|定|订|出)(?:出来|起来|下来|下)?(?:的|者)?(?:决议)?(?:${ZH_PARTICLE}|[，,]?\\s*还是)|新的?决议(?:${ZH_PARTICLE}|[，,]?\\s*还是)`,
  ),
  new RegExp(
    `(?:是|算|属于)(?:不是)?(?:${ZH_THIS_TIME})?(?:一项|一个|一份)?(?:全|崭)?新的(?:${ZH_PARTICLE}|还是)|新的还是(?:旧|老|原)`,
  ),
  // A topic, then 新的吗 on its own (风筝那项 新的吗, 风筝决议新的？): a search box's status question.
  new RegExp(`(?:^|[\\s，,、]|决议|那(?:个|项|份|条))新的(?:${ZH_ASK}|[?？])`),
  // 哪个改了、哪个没动: which of them changed, which did not; 哪个是新的: which of them is new.
  new RegExp(
    `哪(?:个|项|条|些|一个|一项)[^，。？?]{0,4}(?:${ZH_VERB}(?:过了|过|了)|(?:没|没有|未)(?:改|动|变))|哪(?:个|项|条|一个|一项)(?:才|又)?(?:是|算)(?:全|崭)?新(?:的|决议|通过|制定|出台)`,
  ),
  // 改了改、动了动: changed a little; 老决议、以前就有的: not new. Said of it, each a claim about its status;
  // not which old one it builds on (依据哪个老决议: one it cites), nor another old one it points to
  // (执行别的老决议).
  /(改|动|调|修)了\1|(?<!哪(?:一?(?:个|项|条|份))?|什么|啥|另(?:外)?(?:一)?(?:个|项|条|份)?|别的|其他|其它)(?:老|旧)决议|(?:以前|之前|原来|早)就有/,
  // 这次才有的吗、以前没有这项: only now there, not before (new).
  /才(?:有|出来|出台|通过|制定|定)的?(?:吗|么|嘛|呢|[?？]|还是)|(?:以前|之前|原来|过去)(?:是)?没有(?:的|这|这个|这项|这条|吗)/,
  // 一个字都没改, 只字未动: not a word changed (a claim that it is unchanged).
  /(?:一个字|一字|只字)(?:都|也)?(?:没|没有|未|不)(?:改|动|变)/,
  // 第一次出来的吗、首次通过: there for the first time (new).
  // Not when it was (首次通过是哪一年, 第一次出台在什么时候): the document gives no such date.
  /^(?![^。？?]*(?:哪一?年|哪一?届|哪次|什么时候|何时|几几年))[^。？?]*(?:第一次|首次|头一次|头一回|第一回)(?:出来|出现|出台|通过|提出|推出|制定|亮相)/,
  // 是这次全会上刚通过的: said to be newly adopted (a claim to check against 表1).
  // …or newly made in everyday words (是这次刚搞出来的, 刚弄出来的新东西吗).
  /(?:是|属于)[^，。？?]{0,12}(?:刚刚?|新)(?:通过|出台|制定|推出|(?:搞|弄|整|做|定|订|立)(?:出来|起来)?)的/,
  // Idioms of new and of repackaged: 新鲜出炉 (fresh from the oven), 旧酒新瓶 / 新瓶装旧酒 (old wine, new
  // bottle): each a claim about its status.
  /新鲜出炉|(?:旧|老)酒新瓶|新瓶装?(?:旧|老)酒/,
  // 新东西吗, 是个新玩意儿: a new thing, of the resolution asked about.
  new RegExp(`新(?:东西|玩意儿?|东东)(?:${ZH_PARTICLE}|[，,]?\\s*还是)`),
  // Its title asked, not a word said to be in titles (标题里带风筝的那两项).
  /状态|现状|标题(?!里|中|上|内|当中|都|有|带|含|包)/,
  // Its name: 叫什么, 名称 with the resolution (or a word standing for it) as subject; "这个平台叫什么名字" asks
  // for the platform's name, which 表1 does not give.
  /(?:决议|它|其)的?(?:名称|名字|叫什么)|(?:这|那|该)(?:项|个|份)?的?(?:名称|名字|叫什么)|^(?:名称|叫什么)/,
  // 还有效吗、是否仍然有效、失效了吗、被废止了吗: whether it still stands is what 表1 says. Not whether a
  // method works (方法真是有效吗, 措施是否有效): that is said of the method, not of the resolution.
  new RegExp(
    `(?<!(?:方法|做法|办法|措施|手段|方案|技术|工具|经验)(?:真的?|确实|是不是|是否|真是|是|都|还)?)(?:(?:还|仍然?|依然|是否|还是)(?:有效|生效|适用)|有效${ZH_PARTICLE})|失效|作废|(?:被|已|已经)(?:废止|废除|撤销)|(?:废止|废除|撤销)(?:了)?${ZH_ASK}`,
  ),
];

const EN_CHANGED =
  '(?:revised|changed|amended|modified|updated|actuali[sz]ed|altered|edited|unchanged|untouched|rewritten|reworked|redrafted|overhauled|revamped|retouched|tweaked)';
/**
 * New, said of the resolution (is it new, a new resolution, new at WTSA-20, new or revised), not of
 * something else it may bring (is there new money, new centres), even with a quote closing between ('brand
 * new' phone).
 */
const EN_NEW =
  '\\bnew\\b(?![\'’"]?\\s+(?!(?:resolutions?|ones?|or|and|at|in|to|this|that|text|version|since|compared|from|then)\\b)[a-z]{2,})';
const EN_VERB =
  '(?:change|revise|amend|modify|update|alter|edit|touch|rewrite|rework|redo|redraft|overhaul|revamp|retouch|tweak|tinker with|fiddle with)';

const EN_FORMS: RegExp[] = [
  // Two told apart by change, the verbs bare as chat writes them ("which changed and which not touched?").
  /\bwhich\b[^?]{0,40}\b(?:changed|revised|amended|updated|modified|touched|new)\b[^?]{0,40}\band which\b[^?]{0,20}\b(?:not (?:changed|revised|amended|updated|modified|touched)|unchanged|untouched|same|kept|old)\b/i,
  // Was it revised? Has Resolution 72 been updated? Is it new?
  // Up to a long description of two resolutions between (were the kite resolution (12) and the drone text together …).
  // Within one sentence: "we have no kite day here. The new resolution on it…" asks nothing of its status.
  new RegExp(
    `\\b(?:was|were|is|are|has|have|had)\\b(?:(?![.!?]\\s+[a-z]|[。？！])[^]){0,90}(?:\\b${EN_CHANGED}\\b|${EN_NEW})`,
    'i',
  ),
  // Did it change? Did WTSA-20 amend it?
  new RegExp(
    `\\bdid (?:it|they|this|that|the (?:text|wording|resolution|assembly)|wtsa(?:-?20)?)\\b.{0,30}\\b${EN_VERB}\\b`,
    'i',
  ),
  // Did the roaming resolution change? Itself, not what it changed for someone (change anything for …).
  new RegExp(
    `\\bdid the (?:[a-z-]+ ){1,3}resolution (?:get |be )?${EN_VERB}d?\\b(?!\\s+(?:anything|something|much|how|what|the|a|an|its|their|for|people|users)\\b)`,
    'i',
  ),
  // Someone changed the resolution ("the assembly rewrote the kite resolution"): a claim of its status.
  /\b(?:rewrote|revised|amended|changed|updated|modified|overhauled|revamped|reworked|redrafted|redid)\s+the\s+(?:[\w-]+\s+){0,4}(?:resolution|one)\b/i,
  // A status supposed ("they must've updated it", "it should have been revised, no?").
  new RegExp(
    `\\b(?:must|should|would|might)(?:['’]ve| have) (?:been ${EN_CHANGED}\\b|${EN_CHANGED} (?:it|this|that)\\b)`,
    'i',
  ),
  // Changes made to the resolution ("so the assembly made edits to this?", "any revisions made to it?").
  /\b(?:make|made|making)\s+(?:any\s+|some\s+|a few\s+)?(?:changes?|amendments?|revisions?|edits?|modifications?)\s+(?:to|in|on)\s+(?:it|this|that|the (?:text|wording|resolution|one))\b|\b(?:changes?|amendments?|revisions?|edits?|modifications?)\s+(?:were\s+)?made\s+(?:to|in|on)\s+(?:it|this|that|the (?:text|wording|resolution|one))\b/i,
  // Copied, carried over or kept without changes.
  /\b(?:copied|carried over|kept|re-?adopted|rolled over|renewed|taken over)\b[^?.]{0,30}\bwithout (?:any )?(?:changes?|modifications?|amendments?|revisions?|edits?)\b/i,
  // Which of two they changed and which they left (Caribbean and West African English, the verb bare).
  /\bwhich (?:one|of (?:them|the two))\s+(?:did\s+)?(?:they|wtsa(?:-?20)?|the assembly)\s+(?:revise|change|update|amend|modify|touch)d?\b[^?]{0,40}\bwhich (?:one\s+)?(?:did\s+)?(?:they|wtsa(?:-?20)?|the assembly)\s+(?:leave|left|keep|kept)\b/i,
  // …or only which of two they changed ("kites or drones: which of them they updated?"); not what was
  // changed in it (the wording of which one they altered).
  /\bwhich (?:one|of (?:them|the two|both))\s+(?:did\s+)?(?:they|wtsa(?:-?20)?|the assembly)\s+(?:revised?|changed?|updated?|amend(?:ed)?|modif(?:y|ied)|actuali[sz]ed?)\b(?!\s+(?:the|a|an|its|their|any|some|of)\b)/i,
  // Learners' English, the verb left bare: "it was update?", "was it change or no?".
  /\b(?:(?:it|they|this|that)\s+(?:was|were)|(?:was|were)\s+(?:it|they))\s+(?:update|change|revise|modify|amend|edit)\b(?!\s+(?:of|to|for)\b)/i,
  // The tense left out, asked "or not" or "or keep it": "they modify it at the assembly or not?", "… or
  // nah"; or asked of this time alone ("they tweak it this time?").
  new RegExp(
    `\\b(?:they|wtsa(?:-?20)?|the assembly)\\s+${EN_VERB}[sd]?\\s+(?:it|them)\\b(?:[^?.]{0,40}\\bor (?:not|no|nah|nope|keep|kept|leave|left)\\b|\\s+(?:this time|at (?:this|the) (?:assembly|meeting))\\s*\\?)`,
    'i',
  ),
  // Old (revised) or new, asked as a choice ("na old one dem change or na fresh one?"); fresh is
  // new in West African English.
  /\b(?:old|existing|previous|earlier)\s+(?:resolution|one|text)\b[^?]{0,40}\bor\b[^?]{0,15}\b(?:fresh|new|brand[\s-]new)\s+(?:one|resolution|text)\b|\b(?:fresh|new|brand[\s-]new)\s+(?:one|resolution|text)\b[^?]{0,15}\bor\b[^?]{0,40}\b(?:old|existing|previous|earlier)\s+(?:resolution|one|text)\b/i,
  // Did it get updated? It got revised.
  /\b(?:get|gets|got|gotten|getting) (?:revised?|changed?|amended?|modif(?:y|ied)|updated?|altered?|edit(?:ed)?|rewritten|redrafted|reworked|overhauled|revamped)\b/i,
  // It got an overhaul, had a major rewrite, saw a facelift.
  /\b(?:get|gets|got|gotten|getting|had|has|have|saw|sees|received|underwent|went through) (?:a |an |any )?(?:\w+ )?(?:overhaul|rewrite|revamp|makeover|facelift|revision|redraft|update|amendment|refresh)\b/i,
  // Got changes, received some amendments: made to the resolution, not to something else it names.
  /\b(?:get|gets|got|gotten|getting|had|received|saw|underwent) (?:any |some |a few )?(?:changes|revisions|amendments|modifications|edits)\b(?!\s+(?:to|for|of|from|in|on)\s+(?!(?:it|them|this|that|the (?:text|wording|resolution))\b))/i,
  /\bany (?:changes?|revisions?|amendments?|modifications?|updates?|edits?)\b/i,
  // A choice closing on the unchanged side ("… this time or unchanged?", "… or still the same?").
  /\bor (?:was it |is it |it |still |just |simply )?(?:unchanged|untouched|(?:the )?same(?: as before)?|not changed|no changes?)\s*[?？]\s*$/i,
  /\bwhat(?:'s| is| was| has)? (?:changed|new)\b|\bwhat changed\b/i,
  /\bwhat (?:are|were) the (?:changes|amendments|revisions)\b/i,
  // Still the same? Left as it was? Same as before?
  /\b(?:still|remain(?:s|ed)?|stay(?:s|ed)?|kept|left|leave|leaves)\b.{0,20}\b(?:(?:the )?same|unchanged|untouched|as (?:it was|before|is)|intact)\b/i,
  /\bsame as (?:before|previously|earlier|last time|in 20\d\d|the (?:previous|old|earlier|last)\b)/i,
  // Still the old text ("the old version still?", "still the previous one").
  /\b(?:still|remains?)\s+the\s+(?:old|same|previous|earlier)\s+(?:one|version|text)\b|\bthe\s+(?:old|same|previous|earlier)\s+(?:one|version|text)\s+still\b/i,
  // Changed it or left it alone: the choice between revised and unchanged.
  /\b(?:change[ds]?|revise[ds]?|amend(?:s|ed)?|update[ds]?|(?:re)?touch(?:es|ed)?|tweak(?:s|ed)?|rewr(?:ite|ote)|rework(?:s|ed)?|redo|redid|redraft(?:s|ed)?|overhaul(?:s|ed)?|modif(?:y|ies|ied)|alter(?:s|ed)?|edit(?:s|ed)?)\s+(?:it|them)\b[^?.]{0,40}\bor\s+(?:did\s+)?(?:they\s+|we\s+|you\s+)?(?:just\s+|simply\s+|only\s+)?(?:leave|left|keep|kept|let)\s+(?:it|them)\b/i,
  // There before, or new at this assembly: whether it is new.
  /\b(?:existed|was there|was around) (?:already |before|earlier)|\bdid (?:it|this|that|they|the (?:[a-z-]+ ){1,2}(?:one|resolution)) (?:already )?exist (?:already|before|earlier)|\b(?:adopted|approved|passed|created|introduced)\b[^?.]{0,40}\bfor the first time\b/i,
  // Did they (even bother to) update it: the gerund as well.
  /\bdid (?:they|you|the assembly|wtsa(?:-?20)?) (?:even |actually |really |ever )?(?:bother (?:to )?)?(?:updat(?:e|ing)|revis(?:e|ing)|chang(?:e|ing)|amend(?:ing)?|modif(?:y|ying)|touch(?:ing)?)\s+(?:it|them|this|that)\b/i,
  // Already there from earlier assemblies, or come up fresh this time.
  /(?<!\b(?:that|which|who)\s+)\b(?:was|were|is|are)\s+already\s+(?:existing|existed|there|in existence|around)\b|\bexist(?:ed|ing|s)?\s+(?:already\s+)?(?:from|since|in|at)\s+(?:earlier|previous|past|prior|older|the (?:last|previous|earlier|past))\s+(?:assembl(?:y|ies)|meetings?|wtsas?|sessions?|editions?|conferences?|times?)\b|\b(?:come|came|comes|coming)\s+(?:up\s+)?fresh(?:ly)?\b/i,
  // Chat's fragment after what it is about ("Res 12 - changed this time?", "roaming one: revised?").
  /(?:^|[-–—:,;]\s*)(?:revised|changed|amended|updated|modified|unchanged|rewritten)\b[^?.!]{0,40}\?\s*$/i,
  // …or right after the word for it, no verb of being ("kite res revised?", "the drone one changed at WTSA?").
  // Not one that changed something ("which one changed the rules?").
  /\b(?:resolution|reso|res|one)\s+(?:revised|changed|amended|updated|modified|unchanged|rewritten|touched)\b(?!\s+(?:the|a|an|its|their|my|our|your|his|her|any|some|how|what)\b)[^?.!]{0,40}\?\s*$/i,
  /\bstatus\b|\btitle\b/i,
  // "Both changed?", and a bare verb closing a fragment about the resolution ("that resolution 2022 change?").
  /\bboth(?: of them)? (?:got |are |were )?(?:changed|revised|updated|amended|modified|new|unchanged)\b/i,
  // …or the verb before them ("the meeting amended both, or just one?"); not both of some other things.
  /\b(?:revise|change|update|amend|modify)d?\s+(?:both|only one|just one)(?:\s+of\s+(?:them|these|those|the two))?\b(?!\s+(?:the|a|an|its|their)\b)/i,
  // …or with its choice spelled out, the tense left bare ("resolution revise or no?").
  /\bresolution\b(?:(?!\b(?:about|on|for|of|regarding|with)\b)[^?.!]){0,30}\b(?:change|revise|update|modify|amend)(?:\s+or\s+(?:no|not|same))?\s*\?\s*$/i,
  // The verb said twice, yes or no (as Vietnamese and Chinese ask, 改不改): "revise or no revise?".
  /\b(change|revise|update|modify|amend|touch)d?\s+or\s+(?:no|not)\s+\1d?\b/i,
  // Which of two, the copula left out as learners and chat do ("which one brand new, which one only fix?").
  new RegExp(
    `\\bwhich (?:one|of (?:them|the two))\\s+(?:(?:is|was|got|get)\\s+)?(?:(?:brand[\\s-])?${EN_NEW}|(?:only |just )?(?:fix(?:ed)?|changed?|revised?|updated?|amend(?:ed)?|modif(?:y|ied)|tweak(?:ed)?|unchanged|untouched)\\b)`,
    'i',
  ),
  // Still in force? No longer valid? Was it abrogated? Whether it still stands is what 表1 says.
  /\b(?:still|no longer)\b.{0,20}\b(?:in force|valid|in effect|in place|applies|apply|active|current)\b/i,
  /\b(?:was|were|is|are|has|have|had)\b.{0,60}\b(?:abrogated|repealed|rescinded|withdrawn|suppressed|scrapped|cancell?ed)\b/i,
];

/** A resolution's number and a status word, nothing else: "R100 new?", "res 44 revised?". */
const BARE_STATUS =
  /^\s*(?:r|resolution)\s*\d+\s*[:,-]?\s*(?:new|revised|changed|unchanged|amended|updated|the same)\s*\?*\s*$/i;

/**
 * New or revised said of the texts a resolution is about (new or revised Recommendations, revised
 * Questions), not of the resolution: no status is asked.
 */
const OF_OTHER_TEXTS =
  /\b(?:new|revised|updated|amended|modified)(?: (?:or|and|and\/or) (?:new|revised|updated|amended|modified))? (?:itu-[tdr] )?(?:recs?|recommendations?|questions?|standards?|guidelines?|handbooks?|reports?|drafts?)\b/gi;

/** True when the question asks whether a resolution changed, is new, or what its 表1 entry says. */
export function isStatusQuestion(question: string): boolean {
  const english = question.replace(OF_OTHER_TEXTS, ' ');
  const chinese = question.replace(TAMPERED, ' ');
  return (
    ZH_FORMS.some((re) => re.test(chinese)) ||
    EN_FORMS.some((re) => re.test(english)) ||
    BARE_STATUS.test(question) ||
    asksStatusChoice(english)
  );
}

/**
 * A thing changed by someone, or behind one's back (串号被人乱改, 被黑客改了, 被私自改动): tampering with what the question is about, not a
 * change made to a resolution (决议被修改了吗 still asks its status).
 */
const TAMPERED = new RegExp(
  `被(?:(?:人|别人|坏人|贼|小偷|黑客|骗子)(?:乱|私自|偷偷|随便|随意|恶意|非法)?|乱|私自|偷偷|恶意|非法)地?${ZH_VERB}(?:掉|了|过)?`,
  'g',
);

/**
 * The choice between new, changed and kept (新制定的还是修订的, 改了还是照旧, revised or the same): said of a
 * resolution even where the question never writes the word (漫游那个算新的还是改过).
 */
const CHOICE = [
  new RegExp(
    `新(?:通过|增|制定|出台|加)?的?还是(?:老的|旧的|原来的)?${ZH_VERB}|${ZH_VERB}(?:过了|过|了)还是(?:原样|老样子|照旧|没${ZH_VERB}|不变|保持|保留|新)|(?:原样|原封不动|老样子|照旧|不变|没${ZH_VERB}|保持|保留)(?:留着|保留|不动|不变|着)?的?还是(?:被)?${ZH_VERB}`,
  ),
  // A revision in everyday words too: a refresh, a tweak, a rework, a facelift. New money or staff ("fresh
  // funding or the existing budget?") is no new resolution.
  /\b(?:revised?|revision|changed?|amended?|amendment|updated?|actuali[sz]ed|touched|modified|refreshed|tweaked|reworked|rewritten|overhauled)\b.{0,40}\bor\b.{0,25}\b(?:same|unchanged|new|before|not|no (?:change|changes|revision|edits?)|carried over|kept|untouched|left alone|as (?:is|it was)|(?:stay(?:ed|s)?|remain(?:ed|s)?|is|was|kept) equal)\b|\bold (?:one|resolution|text|decision)\b.{0,25}\bor\b.{0,25}\b(?:brand[- ])?new\b|\b(?:new|newly|fresh)\b(?!\s+(?:funding|funds?|money|budget|resources|financing|cash|staff|posts)\b).{0,25}\bor\b.{0,25}\b(?:revised?|revision|changed?|updated?|amended?|amendment|refresh(?:ed)?|tweak(?:ed)?|rework(?:ed)?|rewrite|rewritten|overhaul(?:ed)?|makeover|facelift|touch-?up|old|untouched|unchanged|same|exist(?:ed|ing)?)\b/i,
];

/** True when the question asks whether something is new, changed or left the same. */
export function asksStatusChoice(question: string): boolean {
  return CHOICE.some((re) => re.test(question));
}

/** "What changed": the content of the change, which 表1 does not give (it gives only whether). */
const WHAT_CHANGED = [
  new RegExp(
    `${ZH_VERB}(?:了|过)(?:些)?(?:什么|哪些)|(?:哪些|什么)(?:地方|内容)?(?:被)?${ZH_VERB}了`,
  ),
  /\bwhat (?:was |has been |have been |got )?(?:changed|amended|revised|modified|updated)\b|\bwhat (?:are|were) the (?:changes|amendments|revisions)\b/i,
];

/** True when the question asks what a change was, not only whether there was one. */
export function asksWhatChanged(question: string): boolean {
  return WHAT_CHANGED.some((re) => re.test(question));
}

/** Asking, beside its status, what the resolution asks or does ("… and its requests?", 以及…开展的工作). */
const CONTENT_TOO =
  /\band what (?:does|do|did|will) (?:it|they|the resolution|the text) (?:ask|say|require|call|do|cover|propose)\b|\band what (?:is|was) it about\b|(?:以及|并且?|和|还有)[^，。？?]{0,16}(?:要求|责成|规定|开展|做)[^，。？?]{0,10}(?:什么|哪些|工作|内容)|(?:以及|并|和)(?:其|它的?)?(?:主要)?内容/i;

/** True when a status question also asks what the resolution asks or does. */
export function asksContentToo(question: string): boolean {
  return CONTENT_TOO.test(question);
}

/** The words of a status question that ask about change, not about the subject (English). */
const EN_STATUS_WORDS =
  /\b(?:revised|changed|amended|modified|updated|altered|edited|unchanged|new|changes?|revisions?|amendments?|modifications?|updates?|edits?|revise|amend|modify|update|alter|edit|(?:re)?touch(?:ed)?|tweak(?:ed|s)?|tinker|fiddle|rewr(?:ite|ote|itten)|rework(?:ed)?|overhaul(?:ed)?|still|remain(?:s|ed)?|stay(?:s|ed)?|kept|left|leaves?|alone|intact|same|before|previously|status|title|version)\b/gi;

/**
 * The meeting spoken of as the one that made the change ("at this assembly", 在这届大会上): its words
 * (assembly, 大会) would find the resolution on the assembly's own work, not the subject.
 */
const THE_MEETING =
  /\b(?:in|at|during|by)\s+(?:this|the|that|last|latest|recent)\s+(?:assembly|meeting|conference|session)\b|(?:在)?(?:这次|这回|本次|本届|这届|此次)的?(?:全会|大会|会议)(?:上|中|里)?/gi;

/**
 * The question without its words of change (修改了吗, was it updated, left alone) and the meeting that made
 * the change (at WTSA-20): what is left names the resolution asked about. Those words would otherwise find
 * clauses about change itself (气候变化, 更新) or about the meeting.
 */
export function statusSubject(question: string): string {
  return (
    withoutMeetingCodes(question)
      .replace(THE_MEETING, ' ')
      // When it changed (in 2022, 2016年以来) is no part of what changed.
      .replace(/(?<!\d)(?:19|20)\d{2}(?!\d)\s*年?/g, ' ')
      .replace(new RegExp(ZH_VERB, 'g'), ' ')
      .replace(new RegExp(ZH_NOUN, 'g'), ' ')
      .replace(EN_STATUS_WORDS, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
