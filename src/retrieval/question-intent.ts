/**
 * What kind of answer a question wants: a 表1 status, a list or count by status, a comparison of resolutions,
 * the resolutions that deal with a topic, a resolution overview, or clauses.
 */
import { asksStatusChoice, isStatusQuestion, statusSubject } from './status-question.js';
import { resolutionRefs } from './resolution-refs.js';
import { askingSentences, sentencesOf } from './sentences.js';

export type StatusValue = '修订版' | '无修改' | '新决议';

/** The parts a document names itself by: its two tables and its annex. */
export type DocumentPart = 'table1' | 'table2' | 'annex' | 'conclusion';

export type Intent =
  | { kind: 'status' }
  | {
      kind: 'list';
      status: StatusValue | null;
      /** Words the titles must contain, quoted in the question (标题里带“打击”的, titles with "study"). */
      titled?: string;
    }
  | {
      kind: 'count';
      /** Every status the question asks about, in 表1's words ("how many new and how many revised"). */
      statuses: StatusValue[];
      /** It asks about resolutions the assembly abrogated: only the introduction counts those. */
      abrogated: boolean;
      /** It asked which ones, and the document has only their number (the abrogated resolutions). */
      unlisted?: boolean;
    }
  | { kind: 'compare' }
  | { kind: 'which' }
  | { kind: 'overview' }
  /**
   * What the document itself is about ("what is this document about?", 这份文件讲什么), or what its parts
   * hold and where ("what are 表1 and 表2 for?", "where in the report are the texts?"): `parts` names them.
   */
  | { kind: 'document'; parts?: DocumentPart[] }
  /** What an acronym stands for ("what is TSAG?", 什么是ITU-D). */
  | { kind: 'define'; term: string }
  | { kind: 'clauses' };

/**
 * After 改了/改过, what shows the resolution is what changed: an ending, a particle, 还是, 什么 … Not a noun
 * (改了号码, 改过名字): then something else was changed, and no status is named.
 */
const UNLESS_OBJECT =
  '(?=$|[吗么嘛没呢啊吧？?，,。！!;；\\s的了]|还是|什么|啥|哪|些|改|不少|很多|多少|几|一下|一点|很大|挺)';

/** "new" of a resolution (new ones, new at WTSA-20), not of another thing (a new office, new chairs). */
const STATUS_WORDS: [StatusValue, RegExp][] = [
  [
    '新决议',
    /新决议|新的决议|新通过|刚(?:刚)?(?:通过|出台|制定|推出)|新增|是新的|新出(?:台)?的|新制定|\bnew\b(?!['’"]?\s+(?!(?:resolutions?|ones?|or|and|at|in|to|this|that|text|texts|version|since|compared|from|then|adopted|approved|passed|added|introduced|created|additions?)\b)[a-z]{2,})|newly(?!\s+(?:appointed|elected|named|chosen|nominated|hired))/i,
  ],
  [
    '无修改',
    /无修改|未修改|没有修改|没修改|没(?:有)?修订|不变|未作修改|未变|保持不变|原封不动|(?:保持|保留)原样|原样保留|没动|没改|没变|保留(?:下来|了)|unchanged|not (?:been )?(?:changed|revised|modified|amended)|without (?:any )?(?:changes?|modifications?|amendments?)|no changes?|(?:kept|left|stayed|remained) (?:as (?:it was|they were|is|before)|the same|intact)|untouched|left alone/i,
  ],
  [
    '修订版',
    new RegExp(
      `修订|(?:修改|(?<!修)改)(?:过|了)${UNLESS_OBJECT}|改动|更改|变更|revised?|amended|amend|modified|updated|actuali[sz]ed|tweaked|revision|\\bchanged\\b|\\b(?:did|does|do)\\b[^?]{0,40}\\b(?:(?<!climate )change|update|modify)\\b`,
      'i',
    ),
  ],
];
/**
 * A participle before a noun of its own describes that thing (scrapped phones, cancelled flights), not a
 * resolution done away with.
 */
const NOT_BEFORE_THING =
  '(?!\\s+(?!(?:resolutions?|res|ones?|at|by|in|from|during|and|or|was|were|is|are|altogether|entirely|completely|outright|too|as well|already|just|officially|formally|quietly|recently|then|there|now|the|a|an|some|several|few|many|all|any|those|these|its|their|one|two|three|four|five|six|seven|eight|nine|ten)\\b)[a-z])';
/**
 * Abrogated (废止) is no 表1 status: the introduction alone gives the number. In English, Chinese and the
 * French or Spanish words people mix in (supprimées, derogadas); with the verb in its bare form after the
 * assembly, as learners leave out "did" (how many kites they fly?).
 */
const ABROGATED = new RegExp(
  `废止|废除|废了|废掉|废(?:脱|忒|咗)|撤销|撤回|取消(?:了|掉)|删掉|\\bscrap\\b(?!\\s+(?:business|metal|iron|dealers?|yards?|heaps?|paper|collectors?|merchants?|trade|value|prices?|shops?|cars?|parts?|materials?))|删除了|去掉了|\\b(?:get|got|gotten) rid of\\b|\\b(?:did|done) away with\\b|\\baxed\\b|suppression|(?:suppressed|abrogated|abolished|repealed|rescinded|withdrawn|scrapped|cancell?ed|discontinued|deleted|killed|ditched|binned)${NOT_BEFORE_THING}|砍掉|suppress\\b|abrogate\\b|abrogation|abolish(?:ing)?\\b|repeal\\b|rescind\\b|no longer in force|\\bdeletion\\b|\\b(?:were|was|been|got|get) (?:removed|dropped|eliminated|taken out)\\b|\\bresolutions? (?:that |which )?(?:they |were |was |got )?eliminat(?:e|ed)\\b|被删(?:除|掉)?|\\bdid (?:they|it|the assembly|wtsa(?:-?20)?)\\b[^?.]{0,20}\\b(?:delete|cancel|abolish|remove|scrap|kill|axe|ditch|bin|dump|junk|retire|repeal|abrogate|rescind|suppress)\\b|\\b(?:they|the assembly|wtsa(?:-?20)?) (?:delete|cancel|abolish|scrap|axe|ditch|repeal|abrogate|rescind|suppress)\\b|\\bfei ?(?:chu|zhi)\\b|\\bhow many\\b[^?.]{0,20}\\b(?:resolutions?\\b[^?.]{0,15}\\b|(?:did|do|have|had) (?:they|the assembly|wtsa(?:-?20)?) )(?:throw|threw|thrown|toss|tossed) (?:away|out)\\b|\\b(?:supprimee?s?|abrogee?s?|suprimid[ao]s?|derogad[ao]s?)\\b`,
  'i',
);
/** A yes/no question: was it …, has it been …, 吗, 有没有, 是否. */
const ASKS_WHETHER =
  /^\s*(?:(?:so|and|but|ok|okay)[,\s]+)?(?:was|were|has|have|had|did|is|are)\b|吗[？?]?\s*$|有没有|是否|是不是/i;

/** Comparison words: with two resolutions named, the question asks how they differ. */
export const COMPARE_WORDS =
  /区别|不同|异同|比较|对比|差异|差别|相比|不一样|一样(?:的)?(?:吗|么|嘛|不)|一不一样|有何两样|差在哪|同一(?:个|家|批)|相同|\b(?:the )?same(?: [a-z]+){0,2}\s*\?|compar(?:e|ed|ing|ison)|differ(?:ence|ences|ent|s)?|\bdiffs?\b|distinguish|versus|\bvs\.?(?=\s|$)/i;
/** 各 before a verb of what each does (各管什么, 各讲什么): asked of each. */
export const EACH_DOES = '各(?=管|讲|说|负责|规定|涉及|做|干)';
/** Asked of each of two: 分别, 各自, 各管什么, each, both, respectively, or A or B. */
const EACH_OF_TWO = new RegExp(
  `分别|各自|${EACH_DOES}|都|还是|\\b(?:each|both|respectively|or|versus)\\b`,
  'i',
);
/** A verb in the singular after "which of these resolutions": one of them is asked for, not a list. */
export const ONE_OF_MANY_VERB = String.raw`(?:is|was|deals|covers|talks|handles|says|asks|addresses|concerns|relates|sets|lays|gives|requires|tells|mentions|speaks|focuses|creates|establishes|defines|describes|promotes|supports|protects|helps|encourages|urges|invites|instructs|calls|resolves|recommends|aims|seeks|provides|(?:would|should|could|can|do|does|must) (?:i|we|one|you|they) (?:invoke|cite|quote|use|refer to|rely on|point to))\b`;
/**
 * A resolution's number asked before its topic ("what number is the kite safety resolution", "what is the
 * number of the kite club resolution"); not a count of things (the number of countries in it) nor a part.
 */
export const NUMBER_THEN_RESOLUTION = String.raw`\b(?:what|which)(?:['’]s| is)?\s+(?:the\s+)?number\s+(?!of\s+(?!the\b|this\b|its\b)[a-z]+s\b)(?:(?!clause|item|para|section|annex|table|article)[\w'’&-]+\s+){0,6}?(?:resolution|reso|res)\b(?!s)`;
/** Where the resolutions stand, said after them ("the ones named in the paper", "in this list"). */
const PLACED = String.raw`(?: (?:(?:listed|named|mentioned|described|included|covered|discussed|summari[sz]ed) )?(?:in|by|on) (?:this|the|that|your) [\w-]+)`;
export const RESOLUTIONS_PLACED = String.raw`resolutions${PLACED}?`;
/** "Which of these resolutions", not followed by a verb in the singular: all of them that do. */
const ONE_OF_MANY_PLURAL = String.raw`\bwhich of (?:these|those|the|all the) resolutions\b(?!${PLACED}?\s+${ONE_OF_MANY_VERB})`;
/** "Which resolutions …" in the plural: every resolution on a topic, not the one that is about it. */
const WHICH_PLURAL = new RegExp(
  String.raw`哪些(?:项|个|份)?决议|不止一(?:个|项|份)决议|好几(?:个|项|份)决议|\bmore than one resolution\b|\b(?:several|multiple) resolutions\b|哪几(?:项|个|份)决议|决议(?:都)?(?:有|是)(?:哪些|哪几(?:项|个|份)?)|决议(?:里|中|当中|里面)[，,]?\s*(?:有)?(?:哪些|哪几(?:项|个|份)?)|(?:列出|列举|所有|全部)[^，。?]{0,20}决议|\b(?:which|what) resolutions\b|${ONE_OF_MANY_PLURAL}|\b(?:list|name|show)(?: me)? (?:all |every |the )*resolutions\b|\ball (?:the )?resolutions (?:that|which|about|on|dealing|mentioning|covering)\b|(?<!\bone of (?:these |those |the |all the )?)\bresolutions (?:that|which) (?:deal|mention|cover|address|concern|talk|refer|relate)\b`,
  'i',
);
/** The newest resolution: in a record of one assembly, the new ones (表1's 新决议). */
const NEWEST =
  /\bwhat(?:['’]s| is| was| were)? new (?:at|in|from) (?:wtsa(?:-?20)?|the assembly|this assembly)\b|(?:全会|WTSA-20)(?:上)?有(?:什么|哪些)新(?:的)?(?:东西|内容|决议)?|\b(?:newest|latest|most recent(?:ly adopted)?)\s+(?:wtsa(?:-?20)?\s+)?resolutions?\b|最新(?:通过)?的?(?:一项|一个|一份)?决议/i;
/** Other resolutions than the conversation's ("别的决议也提到…吗", "do any other resolutions …"). */
export const OTHER_RESOLUTIONS =
  /(?:别的|其他|其它|另外的?|另一(?:项|个|份)?)决议|还有(?:哪些|哪个|哪项|什么)决议|\b(?:any |the |which )?other resolutions?\b|\banother resolution\b|\bany more resolutions\b|\bresolutions? besides\b/i;
const LIST_WORDS =
  /哪些|哪几|哪一些|哪[一两二三四五六七八九十\d]+(?:个|项|份|条)|哪(?:条|项)|第几号|列出|列举|清单|所有|全部|\bwhich\b|\blist(?:s|ed|ing)?\b|\bwhat are the\b|\bname the\b|\ball the\b|\b(?:numbers?|titles?|names?) and (?:the )?(?:numbers?|titles?|names?)\b/i;
/**
 * "Which" of another thing than a resolution (which Recommendation, which study group, 哪些国家): what is
 * asked of the one named, not a list of resolutions ("the new one on kites follows which standard?", "what are
 * the digits of the hotline the new one sets?").
 */
const WHICH_OTHER_THING =
  /\bwhich\s+(?:itu-t\s+|itu\s+)?(?:recommendations?|standards?|study groups?|groups?|countr(?:y|ies)|organi[sz]ations?|bod(?:y|ies)|bureaus?|sectors?|clauses?|sections?|paragraphs?|meetings?|years?|cit(?:y|ies)|regions?|documents?|partners?)\b|\bwhat are the (?:actual |exact |real |precise )?(?!(?:new|revised|unchanged|other|resolutions?|ones?|numbers?|titles?|names?|\d+)\b)[a-z]+ of\b|哪(?:些|几|一|个|份|项)?(?:建议书|标准|研究组|国家|组织|机构|部门|城市|地区|区域|会议|年)/gi;
/**
 * The number of one resolution named by its topic (风筝那项算第几号): which one, not a list of 表1's rows,
 * though the table is named beside it (表1里没找到).
 */
const ONE_NUMBER_ASKED = /(?:那|这)一?(?:个|项|份|条)(?:决议)?(?:是|算|叫)?第几号/g;
/** One picked out of them by what it does (…决议中，管风筝的是哪一项): which one, not the list. */
const ONE_PICKED = /的(?:是|就是)哪一(?:个|项|份|条)(?!决议)/g;
/** "It" or "this one" as what a sentence asks about (was it revised, 它改了吗, 这个是新的吗). */
const IT_ASKED = /\b(?:it|this one|that one|this|that)\b|它|这个|那个|这项|那项|这份|那份/i;

/**
 * "Which one covers kites? And was it revised?": the status asked of the one found, in a sentence of its
 * own that points back to it, not a list of the revised ones.
 */
function statusAskedOfIt(question: string): boolean {
  // Or in a clause of its own after the one asking which ("which one is it, and has it been changed since?").
  const parts = sentencesOf(question).flatMap((s) => s.split(ASKED_AFTER));
  if (parts.some((s) => statusIn(s) && LIST_WORDS.test(s))) return false;
  return parts.some((s) => statusIn(s) && IT_ASKED.test(s));
}

/** A further question joined on ("…, and was it …", "…，那它…"). */
const ASKED_AFTER =
  /[,，;；]\s*(?=(?:and|also|plus|so)\s+(?:was|were|is|has|did)\s+(?:it|this|that)\b|(?:那|而且|还有|另外)?(?:它|这个|那个|这项|那项)(?:是|有|被|算)?)/i;

/**
 * Not "count" inside a word (countries, counterfeit), nor 几项 inside 哪几项 (which ones), nor 编号是多少
 * or 多少号 (which number it has), nor a kind of number ("the serial number of a kite", "one common number of
 * help"): an identifier, no count.
 */
const COUNT_WORDS =
  /(?<!(?:编号|号码|代号)(?:是|为)?)多少(?!号)|(?<!哪)几(?:项|个|条)|数量|总数|how many|(?<!\b(?:serial|phone|telephone|emergency|identification|id|model|reference|registration|account|tracking|contact|mobile|imei|version|part|case|document|resolution|house|street|flight|passport|common|single|unique|shared|toll-free|short|hotline)\s)number of(?! (?:that|this|the|its) (?:[a-z-]+ ){0,3}resolution\b)|\bcount(?:s|ed|ing)?\b/i;
/** A count of resolutions themselves: 有几项决议, 多少个决议, how many (of the) resolutions. */
const RESOLUTIONS_COUNTED =
  /(?:多少|几)(?:项|个|份|条)?(?:相关的?)?决议|\bhow many (?:of (?:the|these|those) )?(?:[a-z-]+ )?resolutions\b/i;
/** Resolutions counted by what they are about (关于网络安全的, dealing with spam), not by what was done. */
const ABOUT_A_TOPIC =
  /关于(?!决议)|涉及|有关|相关|提到|讲|针对|\b(?:about|on|deal(?:s|ing)? with|cover(?:s|ing)?|mention(?:s|ing)?|concern(?:s|ing)?|address(?:es|ing)?|relat(?:e|es|ing) to|involve|involves)\b/i;
/**
 * A count of something else than resolutions: how many countries voted, 多少个国家, 几位专家. Not a status
 * word ("how many revised, and how many suppressed", "how many brand-new"): those count resolutions, and so
 * do "how many old / existing ones".
 */
const COUNTS_OTHER =
  /\bhow many\s+(?!(?:(?:completely|entirely|totally|truly|wholly|really|brand)[\s-]+)?(?:of|the|old|older|existing|previous|earlier|current|new|revised|amended|changed|unchanged|modified|updated|adopted|approved|added|kept|retained|maintained|abrogated|scrapped|cancell?ed|suppressed|repealed|rescinded|withdrawn|abolished|deleted|removed|dropped|resolutions?|ones?|were|was|are|is|did|do|does|have|has|had|got|get|in|at|from|such|wtsa|it|they|we|there)\b)[a-z]+|(?:多少|几)(?:个|位|名|家)?(?:国家|人|代表|成员|专家|票|城市|地区)/i;
/** A resolution's number asked (几号, 多少号, 编号): which one, not how many. */
const ITS_NUMBER = /几号|多少号|编号|序号/;
/** A topic at the head of the question, then a question about "it" after a comma. */
const TOPIC_THEN_IT = /^[^,，?？.]{3,80}[,，]\s*(?:was|is|has|did|got|had)\s+(?:it|that|this)\b/i;

/** Words left once a status question's status words are out that name no topic. */
const NO_TOPIC_WORDS =
  /决议|resolutions?|有没有|有无|是否|哪些|什么|吗|呢|的|了|有|是|\b(?:any|some|were|was|are|is|there|the|at|in|by|of|did|does|do|it|they)\b|[\s\p{P}\d-]/giu;

function hasTopic(subject: string): boolean {
  return takeStatusWords(subject).rest.replace(NO_TOPIC_WORDS, '').length > 0;
}

/** Whether there are any at all: a yes or no the number answers. */
const ANY_AT_ALL = /\b(?:any|some)\b|\b(?:are|were) there\b|有没有|有无|是否/i;
const TABLE_WORDS = /表\s*1|表一|table\s*1|status table/i;
/**
 * 表1 by what it lists: the resolutions relevant to ITU-D's work (the document's own subject). ITU-D must end
 * the phrase ("affect ITU-D's work"), so a topic within it ("ITU-D study group 2") is not the table.
 */
const TABLE_SUBJECT =
  /\b(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|relevant (?:to|for)|relat(?:e|es|ed|ing) to|concern(?:s|ed|ing)?|matter(?:s)? (?:to|for))\s+(?:the\s+)?(?:work of\s+)?(?:the\s+)?itu-d(?:['’]s)?(?:\s+work)?\s*(?:[?.!]|$)|(?:影响(?:到)?|涉及|关系到)(?:ITU-D|电信发展部门)(?:的)?(?:工作)?(?:的)?(?:决议|[？?。]|$)|与(?:ITU-D|电信发展部门)(?:的)?(?:工作)?(?:有关|相关)(?:的)?(?:决议|[？?。]|$)/i;
const namesTable = (question: string) => TABLE_WORDS.test(question) || TABLE_SUBJECT.test(question);
/** Words that only ask "what is it about": nothing else to look for in the clauses. */
const OVERVIEW_ONLY =
  /^(?:hey|hi|hello|ok|okay|so|well|讲|说|是|有|涉及|关于|内容|规定|主要|概述|摘要|概要|简介|介绍|总结|什么|哪些|了|的|是关于|讲的是|主题|目的|要点|about|what|say|says|cover|covers|summary|summari[sz]e|overview|main|point|points|purpose|topic|explain|describe|deal|deals|with|is|it|the|of|tell|me|does|do|ask|asks|require|requires|want|wants|for|mean|means|resolution|决议|号|第|吗|呢|到底|干嘛|干啥|干什么|做什么|啥|说啥|讲啥|作用|用途|用的|意义|要求|简单|简要|通俗|大概|一下|说说|讲讲|请|给我|['’]s|simple|simply|plain|words|terms|brief|briefly|short|quick|quickly|please|pls|can|could|you|give|gist|basically|a|an|in|this|one|two|three|few|sentences?|lines?|paragraph|\s|[?？。.!！，,:：\-–—])*$/i;

/** An acronym: two capitals at least (TSAG, ITU-D, IoT, WTSA-20, SC&C). */
const ACRONYM = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9&]*(?:[-‑][A-Za-z0-9]+)*$/;
const TERM = String.raw`([A-Za-z][A-Za-z0-9&]*(?:[-‑][A-Za-z0-9]+)*)`;
const DEFINE_EN = new RegExp(
  String.raw`^\s*(?:what(?:['’]s| is| are| does)|who is)\s+(?:the\s+|an?\s+)?${TERM}\s*(?:stands? for|means?)?\s*[?？]?\s*$`,
  'i',
);
/** What a question asks of a term: its meaning or its full name, once or twice (是个啥组 全称叫什么). */
const ZH_ASKS_MEANING = String.raw`(?:是(?:个|一个)?(?:什么|啥)(?:意思|组织|机构|组|东西)?|是指什么|指什么|什么意思|代表什么|(?:的)?全称(?:(?:是|叫)?(?:什么|啥))?|(?:的)?含义|是(?:什么|哪个|啥)(?:机构|组织|词|东西)?的(?:缩写|简称)|(?:用|的)?中文(?:(?:名称|名字|全称|叫法)(?:是|叫)?(?:什么|啥)?|(?:怎么|如何)(?:说|讲|叫|写|翻译)|(?:叫|是)(?:什么|啥)))[啊呀呢啦]?`;
/** A polite word after the question (求科普, 谢谢): no part of what is asked. */
const POLITE_TAIL = String.raw`(?:[\s，,]*(?:求科普|求解释|求解答|谢谢|多谢|谢啦|麻烦了|在线等)[啊呀！!。.~]*)?`;
const DEFINE_ZH = new RegExp(
  String.raw`^\s*(?:什么是|何为|啥是)\s*${TERM}\s*[？?]?${POLITE_TAIL}\s*$|^\s*${TERM}\s*${ZH_ASKS_MEANING}(?:[\s，,？?]*${ZH_ASKS_MEANING})?\s*[？?]?${POLITE_TAIL}\s*$`,
  'i',
);

/** Typed as keywords: "JCA-AHF full name", "BDT meaning", "TSAG in Chinese". */
const DEFINE_EN_KEYWORDS = new RegExp(
  String.raw`^\s*${TERM}\s*(?:full (?:name|form)|meaning|definition|stands? for|in chinese|chinese name)\s*[?？]?\s*$`,
  'i',
);
/** Its name in the document's language asked: "what is TSAG in Chinese?", "the Chinese name for BDT?". */
const DEFINE_EN_CHINESE = new RegExp(
  String.raw`^\s*(?:(?:what(?:['’]s| is)|how do (?:you|they|i) say|how is)\s+)?(?:the\s+)?(?:chinese (?:name|term|word) (?:for|of)\s+${TERM}|${TERM}\s+(?:(?:called|said|written) )?in chinese)\s*[?？]?\s*$`,
  'i',
);

/** The same asked inside a request: "can you explain (in plain words) what WTSA is", "tell me what BDT means". */
const DEFINE_EN_ASKED = new RegExp(
  String.raw`^\s*(?:(?:can|could|would) you |please )?(?:explain|tell me|say|remind me)(?: to me)?(?: in (?:simple|plain|easy|short) (?:words|terms|english))?,?\s+(?:what|who)\s+(?:the\s+|an?\s+)?${TERM}\s+(?:is|means|stands for)\s*(?:,? please)?\s*[?？.]?\s*$`,
  'i',
);

/** An acronym alone, asked: "KTN?", "KTN = ?" — what it is. */
const DEFINE_BARE = new RegExp(String.raw`^\s*${TERM}\s*(?:[=＝]\s*[?？]*|[?？]+)\s*$`, 'i');

/** The sentences before the last, when all of them only say something ("I'm a student."): no question of their own. */
const STATEMENTS_FIRST = /^(?:[^?？.。!！]+[.。!！]\s*)+(?=\S)/;

/** A few words of lead-in before a colon ("Quick one:", 请问：): how the asker starts, not the question. */
const SHORT_LEAD = /^[^?？:：.。]{1,20}[:：]\s*/;

/** "… something called JCA-AHF. What is that?": the term named before, asked about by "that". */
const CALLED =
  /\b(?:called|named|known as|mentions?|mentioned)\s+([A-Za-z][A-Za-z0-9&]*(?:[-‑][A-Za-z0-9]+)*)|(?:叫(?:做)?|提到(?:了)?|提及|写着|说到(?:了)?)\s*([A-Za-z][A-Za-z0-9&]*(?:[-‑][A-Za-z0-9]+)*)/gi;
/** "What is that?", 那是什么组织啊: asked of what the sentence before named. */
const WHAT_IS_THAT =
  /(?:^|[.!?。！？,，]\s*)(?:what(?:['’]s| is| does)\s+(?:that|it|this)(?:\s+(?:mean|stand for))?|(?:那|这|它)(?:个)?是(?:个|一个)?(?:什么|啥)(?:组织|机构|单位|意思|东西)?[啊呀呢啦]?)\s*[?？]?\s*$/i;

/** The acronym a question asks the meaning of ("What does BDT stand for?", WTSA是什么意思), or null. */
export function definedTerm(question: string): string | null {
  const called = WHAT_IS_THAT.test(question) ? [...question.matchAll(CALLED)] : [];
  const named = called.map((m) => m[1] ?? m[2]).find((t) => t && ACRONYM.test(t));
  if (named) return named;
  const asked = question.replace(STATEMENTS_FIRST, '').replace(SHORT_LEAD, '');
  for (const q of asked === question ? [question] : [question, asked]) {
    const m =
      DEFINE_EN.exec(q) ??
      DEFINE_EN_ASKED.exec(q) ??
      DEFINE_EN_KEYWORDS.exec(q) ??
      DEFINE_EN_CHINESE.exec(q) ??
      DEFINE_ZH.exec(q) ??
      DEFINE_BARE.exec(q);
    const term = m ? (m[1] ?? m[2]) : undefined;
    if (term && ACRONYM.test(term)) return term;
  }
  return null;
}

/** The document itself, named as such (this document, 这份文件, 本文件). */
const DOCUMENT_REF =
  /\b(?:this|the)(?: whole| entire| full)? (?:document|report|paper|text)\b|(?:这份|这个|这篇|本|该|此)(?:文件|文档|报告|材料)/gi;

/**
 * The question without the words that point at the document itself ("what does this report say about IPv6",
 * 这份文件里, 文件里有没有): where to look, not what about. Only unmistakable ones: "the report" may be one a
 * resolution asks for, an "outcome document" is a topic, and so is 指导文件里的内容.
 */
const SELF_REF =
  /(?:\b(?:in|of|from) )?\b(?:this (?:document|report|paper|text)|the document)\b|(?:这份|这个|这篇|本|此)(?:文件|文档|报告|材料)(?:里面|里|中)?|(?<![\u4e00-\u9fff])文件(?:里面|里|中)(?=有|提|说|讲|写|对|关于|是否|怎么)/gi;

/**
 * The assembly's name as an attribute of "resolution" ("a WTSA-20 resolution on kites", WTSA-20那项决议):
 * every resolution here is the assembly's, so it names none; left in, it draws the one about the assembly's
 * resolutions (their evaluation).
 */
const OWN_RESOLUTIONS =
  /(?<=\b(?:which|what|the|a|an|any|one|that|this|them|other|all)\s+)(?:WTSA(?:-?(?:20|2020))?|ITU-T|assembly)(?=\s+res(?:olutions?|o|\.)?\b)|(?:WTSA-?20|WTSA|世界电信标准化全会)(?=(?:的|通过的|上的)?(?:哪|那|这)(?:一)?(?:项|个|份|条)?决议)/gi;

/**
 * A resolution's number asked for ("kite reso number pls", 风筝决议编号): what is
 * asked, not the topic; left in, "number" draws the clauses on telephone numbers.
 */
const NUMBER_ASKED =
  /\b(?:resolution|reso|res)\.?(?:['’]s)?\s*(?:number|no\.?|#)(?=[\s?？.!,;:]|$)|\bnumber of (?:the|that|this) (?:resolution|reso|res)\b|决议(?:的)?(?:编号|号码|序号)/gi;

/** The document as where to look (这份文件里, in this report), not as what is talked about (这份文件是…). */
const DOCUMENT_PLACE =
  /\b(?:in|within|inside) (?:this|the) (?:document|report|paper|text)\b|\b(?:does|do|did) (?:this|the) (?:document|report|doc|paper|text)\b|(?:(?:这份|这个|这篇|本|此)|(?<![\u4e00-\u9fff]))(?:文件|文档|报告|材料)(?:里面|里|中)/gi;

/** The question without where it tells to look in the document (see DOCUMENT_PLACE). */
export function withoutDocumentPlace(question: string): string {
  return question.replace(DOCUMENT_PLACE, ' ');
}

export function withoutDocumentRefs(question: string): string {
  return question.replace(SELF_REF, ' ').replace(OWN_RESOLUTIONS, ' ').replace(NUMBER_ASKED, ' ');
}

/**
 * What the document itself is for: "what is this report for", "why was the document written", "the purpose
 * of this paper", 这份文件是干什么用的 / 本报告的目的. The purpose must be asked of the document, not of what
 * it lists ("which resolutions in this report are meant for …" asks about resolutions).
 */
const DOCUMENT_PURPOSE = new RegExp(
  [
    String.raw`\bwhat(?:['’]s| is| was)\s+(?:(?:this|the) (?:document|report|paper)|this (?:summary|briefing|brief|note|overview))\b[^?.,]{0,30}\bfor\b`,
    String.raw`\b(?:purpose|point|aim|goal) of this (?:summary|briefing|brief|note|overview)\b`,
    String.raw`\bwhy (?:is|was|did (?:they|someone|itu) (?:write|prepare|make))\s+(?:this|the) (?:document|report|paper)\b`,
    String.raw`\b(?:purpose|point|aim|goal) of (?:this|the) (?:document|report|paper)\b`,
    String.raw`\bwhy (?:this|the) (?:document|report|paper) (?:was|is|got|has been) (?:written|prepared|made|put together|produced|compiled|drafted)\b`,
    String.raw`\b(?:this|the) (?:document|report|paper) (?:is |was )?(?:meant|intended|written|prepared) (?:for|to)\b`,
    '(?:这份|这个|这篇|本|该|此)(?:文件|文档|报告|材料|摘要|概述|简报)(?:说到底|到底|究竟|主要|其实|本身)?(?:是|的)?(?:干什么|做什么|干嘛|用来|拿来|为了|为什么|目的|用途|写给谁|给谁)',
  ].join('|'),
  'i',
);

/** "What is this document about?", "summarize the document", 这份文件讲什么: the document named, nothing else. */
function asksAboutDocument(question: string): boolean {
  if (DOCUMENT_PURPOSE.test(question)) return true;
  const rest = question.replace(DOCUMENT_REF, ' ');
  return rest !== question && OVERVIEW_ONLY.test(rest);
}

/** A part of the document named as such (表1, table 2, the annex), to what it refers. */
const PART_REFS: [DocumentPart, RegExp][] = [
  ['table1', /表\s*(?:1|一)(?![0-9])|\btable\s*(?:1|one)\b/gi],
  ['table2', /表\s*(?:2|二)(?![0-9])|\btable\s*(?:2|two)\b/gi],
  ['annex', /附件|附录|\bannex(?:es)?\b|\bappendix\b/gi],
  ['conclusion', /结论(?:部分)?|\b(?:the )?conclusions?(?: (?:part|section))?\b/gi],
];
const BOTH_TABLES = /\b(?:the|both|two) tables\b|两个表|两张表/gi;
/** Where in the document something is to be read: "where in the report …", 在这份文件的哪里. */
const WHERE_IN_DOCUMENT =
  /\bwhere in (?:this|the) (?:document|report|paper)\b|(?:这份|本|该|此)(?:文件|文档|报告)(?:里|中|的)?(?:哪里|哪儿|哪个部分|哪部分|什么地方)|\bwhere (?:can|do|could|should|would) (?:i|we|you|one|people) (?:read|find|see|get) (?:the )?(?:full|complete|whole|entire|detailed|actual) (?:texts?|wording|versions?)\b|(?:完整|详细|全部|具体)的?(?:案文|文本|条文|原文)(?:在|去|到|从)?(?:哪里|哪儿|哪|什么地方)/i;
/** Words that join several parts, or say where a part is or what it shows, beside the overview's words. */
const PART_QUESTION = new RegExp(
  OVERVIEW_ONLY.source.replace(
    '^(?:',
    '^(?:分别|各自|各|和|与|跟|及|以及|里|中|里面|中的|都|有|列|列出|列了|显示|展示|放|放了|写|写了|\\band\\b|both|each|respectively|show|shows|list|lists|contain|contains|hold|holds|there|are|in|the|what|for|',
  ),
  'i',
);

/**
 * "What are 表1 and 表2 for?", "what is in the annex?", "where in the report are the texts?": the document's
 * parts as such, which its introduction presents. A question about what a table lists of a resolution, or
 * which resolutions it marks, asks more than that (its other words are not these).
 */
function documentPartsAsked(question: string): DocumentPart[] | null {
  if (WHERE_IN_DOCUMENT.test(question)) return ['table1', 'table2', 'annex'];
  let rest = question.replace(DOCUMENT_REF, ' ');
  const parts: DocumentPart[] = [];
  // Each reference is taken out as it is found (replace, which leaves no state in a global pattern).
  const take = (re: RegExp, named: DocumentPart[]) => {
    const after = rest.replace(re, ' ');
    if (after === rest) return;
    rest = after;
    for (const p of named) if (!parts.includes(p)) parts.push(p);
  };
  take(BOTH_TABLES, ['table1', 'table2']);
  for (const [part, re] of PART_REFS) take(re, [part]);
  if (parts.length >= 2 && partsCompared(rest)) return parts;
  return parts.length && PART_QUESTION.test(rest) ? parts : null;
}

/** How two parts differ, and nothing else ("表1和表2有什么不一样", "difference between table 1 and table 2"). */
function partsCompared(rest: string): boolean {
  const left = rest.replace(
    /[和与跟及、,，\s?？。!！]|\b(?:and|between|the|what(?:'s| is| are)?|how|do|does|is|are|they|main)\b|有|什么|啥|何|吗|呢|之间|的|在哪|哪里/gi,
    '',
  );
  return /^(?:不一样|不同|区别|差别|差异|differences?|differ|distinguishes?)$/i.test(left);
}

export function statusIn(question: string): StatusValue | null {
  for (const [value, re] of STATUS_WORDS) if (re.test(question)) return value;
  return null;
}

/** The status words as global patterns, compiled once; used with replace only, which leaves no state. */
const STATUS_WORDS_ALL = STATUS_WORDS.map(([v, re]) => [v, new RegExp(re.source, 'gi')] as const);

/** The statuses a text names and the text without their words, each taken out before the next is read. */
function takeStatusWords(text: string): { statuses: StatusValue[]; rest: string } {
  let rest = text;
  const statuses: StatusValue[] = [];
  for (const [value, re] of STATUS_WORDS_ALL) {
    const after = rest.replace(re, ' ');
    if (after !== rest) statuses.push(value);
    rest = after;
  }
  return { statuses, rest };
}

/** Every status named, each once; the words of one (没有修改) are not read again as another (修改). */
export function statusesIn(question: string): StatusValue[] {
  return takeStatusWords(question).statuses;
}

/** A topic and the word status, nothing else: "kite flying status?", 风筝现状？ (what 表1 gives of it). */
const BARE_STATUS_OF_TOPIC =
  /^\s*(?:[a-z][\w-]*\s+){1,4}status\s*[?？]*\s*$|^\s*[\u4e00-\u9fff]{2,10}的?(?:状态|现状)\s*[?？]+\s*$/i;

/**
 * @param rest the question with resolution references removed.
 * @param namesResolution whether the question names a resolution (explicitly or through history).
 * @param resolutionCount how many resolutions it points at (two or more can be compared).
 */
export function detectIntent(
  question: string,
  rest: string,
  namesResolution: boolean,
  resolutionCount = namesResolution ? 1 : 0,
): Intent {
  const status = statusIn(question);
  const asking = askingSentences(question);
  // A count word in the setting ("we have a few friends abroad. Was the kite one changed?") asks no count.
  const asksCount = COUNT_WORDS.test(asking);
  // A count by status ("and the untouched ones, how many?") after talk of one resolution: resolutions counted,
  // not that one's status (the question itself numbers none).
  if (
    namesResolution &&
    asksCount &&
    !COUNTS_OTHER.test(question) &&
    status &&
    !resolutionRefs(question).length
  )
    return { kind: 'count', statuses: statusesIn(question), abrogated: false };
  if (namesResolution) {
    // "Resolution 12 mentions KFA: what is that?": the term, though a resolution is named.
    const term = definedTerm(question);
    if (term) return { kind: 'define', term };
    // Whether a named one was abrogated (was it scrapped? 被废止了吗): its 表1 status says it is in force.
    if (
      isStatusQuestion(question) ||
      (TABLE_WORDS.test(question) && status) ||
      (ABROGATED.test(question) && ASKS_WHETHER.test(question))
    )
      return { kind: 'status' };
    // Two named and asked of each (分别, each, both, A or B): what each says, side by side. The compare word
    // may sit inside the reference taken out of `rest` (96和97有什么区别 is one reference to both).
    if (
      resolutionCount >= 2 &&
      (COMPARE_WORDS.test(rest) || EACH_OF_TWO.test(rest) || COMPARE_WORDS.test(question))
    )
      return { kind: 'compare' };
    if (OVERVIEW_ONLY.test(rest)) return { kind: 'overview' };
    return { kind: 'clauses' };
  }
  if (asksAboutDocument(question)) return { kind: 'document' };
  const parts = documentPartsAsked(question);
  if (parts) return { kind: 'document', parts };
  const term = definedTerm(question);
  if (term) return { kind: 'define', term };
  // Whether new, changed or kept is asked of a resolution, even unnamed as one (漫游那个算新的还是改过).
  // "The X one" (漫游那个, 应急号码那项): a resolution named by its topic; "ITU's decision on X": a resolution
  // in everyday words.
  const aboutResolutions =
    /决议|resolutions?|\bdecisions?\b/i.test(question) ||
    /[\u4e00-\u9fff]{2}那一?(?:个|项|份|条)/.test(question) ||
    // "There is one on X" (有条讲风筝嘅, 有一项是关于风筝的): one of the resolutions, by its topic.
    /有一?(?:条|项|份)(?:是)?(?:讲|关于|管|说)/.test(question) ||
    /\bthe (?:text|one|wording|rules?|provisions?) (?:about|on|for|against|dealing with|covering)\b/i.test(
      question,
    ) ||
    // "The kites + drones one", "that kite festival one": a topic of a few words, then "one".
    /\b(?:the|that|this) (?!other\b)(?:[a-z][\w-]*\s+(?:[+&/]\s+)?){1,4}one\b/i.test(question) ||
    // A topic put first, then asked of as "it" ("kite flying rules, was it changed?").
    TOPIC_THEN_IT.test(question) ||
    BARE_STATUS_OF_TOPIC.test(question) ||
    // "Name those ones that came out new": the ones with a status are resolutions.
    (status !== null && /\b(?:the|which|any|those) ones\b/i.test(question)) ||
    namesTable(question) ||
    asksStatusChoice(question);
  // Which titles hold the words quoted: 表1's titles, of any status or of the one named.
  const titled = titleWords(question);
  if (titled && (WHICH_PLURAL.test(question) || LIST_WORDS.test(question)))
    return { kind: 'list', status, titled };
  // "Has the resolution on <topic> been revised?": a status question about a resolution found by topic.
  // Without a topic ("are there any new resolutions?", 有没有新的决议) it asks about resolutions at all.
  if (
    aboutResolutions &&
    isStatusQuestion(question) &&
    !asksCount &&
    // A list word in the setting ("we never learnt which kite to fly. Was that kept or new?") asks nothing,
    // nor one describing the resolution asked of ("the one where all the kite rules are checked - …").
    !LIST_WORDS.test(
      (PAIR_NAMED.test(question) ? asking.replace(WHICH_ONE_ZH, '') : asking).replace(
        ONE_DESCRIBED,
        '',
      ),
    )
  ) {
    const byStatusOnly = statusesIn(question).length > 0 && !hasTopic(statusSubject(question));
    return byStatusOnly && ANY_AT_ALL.test(question)
      ? { kind: 'count', statuses: statusesIn(question), abrogated: false }
      : { kind: 'status' };
  }
  const abrogated = ABROGATED.test(question);
  const byStatus = status !== null || abrogated;
  // The document never lists the abrogated resolutions: "which were abrogated" is told the count it has,
  // also when a count is asked with it (废止了几项，分别是哪些).
  if (aboutResolutions && LIST_WORDS.test(question) && !status && abrogated) {
    return { kind: 'count', statuses: [], abrogated, unlisted: true };
  }
  if (
    aboutResolutions &&
    asksCount &&
    !COUNTS_OTHER.test(question) &&
    (byStatus || namesTable(question))
  ) {
    return { kind: 'count', statuses: statusesIn(question), abrogated };
  }
  // "Did they scrap any resolutions?", 有没有废止决议: whether any were, which the count answers. Not
  // "which ones were left with no changes at all": a list asked for.
  // Nor "the new one on X, its number?" (新决议几号): which one is asked, by its number.
  if (
    aboutResolutions &&
    byStatus &&
    ANY_AT_ALL.test(question) &&
    !LIST_WORDS.test(question) &&
    !ITS_NUMBER.test(question)
  ) {
    return { kind: 'count', statuses: statusesIn(question), abrogated };
  }
  if (
    aboutResolutions &&
    LIST_WORDS.test(question.replace(WHICH_OTHER_THING, '')) &&
    status &&
    !statusAskedOfIt(question)
  )
    return { kind: 'list', status };
  if (NEWEST.test(question)) return { kind: 'list', status: '新决议' };
  // The table named where the question asks ("which ones are in table 1?"), not in a remark beside it
  // ("which one is about kites? it isn't listed in table 1, is it?").
  // One picked out by what it does from 表1's set (named by its subject), when 表1 is not named (表1里
  // 新的是哪一项 still asks of the table).
  const listAsked = asking
    .replace(ONE_NUMBER_ASKED, '')
    .replace(TABLE_WORDS.test(asking) ? /(?!)/ : ONE_PICKED, '');
  if (namesTable(asking) && (LIST_WORDS.test(listAsked) || WHICH_PLURAL.test(listAsked)))
    return { kind: 'list', status };
  if (WHICH_PLURAL.test(question) || othersAsked(question)) return { kind: 'which' };
  // How many resolutions are about a topic (有几项决议涉及电子废物, how many resolutions deal with spam):
  // the list of them answers, and says how many it lists.
  if (
    RESOLUTIONS_COUNTED.test(question) &&
    ABOUT_A_TOPIC.test(question) &&
    !COUNTS_OTHER.test(question) &&
    !byStatus &&
    !namesTable(question)
  )
    return { kind: 'which' };
  return { kind: 'clauses' };
}

/**
 * Two named as a pair (这两条, 风筝那条和无人机那条): 哪条 then picks one of them, no list of all.
 */
const PAIR_NAMED =
  /[两二俩](?:条|项|个|份)|那(?:条|项|个|份)\s*(?:和|跟|与|同|及)[^，。？?]{2,20}?那(?:条|项|个|份)/;
const WHICH_ONE_ZH = /哪一?(?:条|项|个|份)/g;

/**
 * One resolution described before what is asked of it ("the one where clubs audit all the kite rules - was
 * it revised?", "the one about all the kite clubs, did they keep it?"): its description is no list asked for.
 * Learners put "it" first (…, it got changed or …?).
 */
const ONE_DESCRIBED =
  /^\s*(?:the|that|this) (?:resolution|reso|res|one|text)\s+(?:where|that|which|about|on|for|whereby|in which)\b[^?？]*?(?:\s[-–—]+\s|[:：]\s|,\s*(?=(?:was|is|has|did|does|were|have|had)\s+(?:it|this|that)\b|(?:did|do|have|had)\s+(?:they|we|you)\b|it\s+(?:got|get|was|is|has|had|been|stay(?:ed|s)?|remain(?:ed|s)?)\b))/i;

/** One resolution asked for in the singular (有没有一个决议, "is there a resolution"). */
const ONE_ASKED =
  /(?:有没有|有冇|有无|有没得)(?:一个|一项|一份|个)\s*决议|\bis there (?:a|an|one) (?:resolution|reso|res)\b/i;

/**
 * Other resolutions asked for (别的决议也提到…吗), not other resolutions as the topic of the one asked for
 * (有没有一个决议管其他决议的风筝条款).
 */
function othersAsked(question: string): boolean {
  const other = OTHER_RESOLUTIONS.exec(question);
  if (!other) return false;
  const one = ONE_ASKED.exec(question);
  return !one || one.index > other.index;
}

/** Words in quotes beside the word title (标题里带“打击”, titles with "study" in them). */
const QUOTED = '[“"「『‘\'"]([^”"」』’\'"]{1,30})[”"」』’\'"]';
const TITLE_WORD = '(?:标题|题目|名称|\\btitles?\\b)';
const TITLE_QUOTE = new RegExp(
  `${TITLE_WORD}[^“"「『‘'，。？?]{0,20}${QUOTED}|${QUOTED}[^，。？?]{0,20}${TITLE_WORD}`,
  'i',
);

/** The words a title must contain, when the question quotes them beside the word title. */
function titleWords(question: string): string | null {
  const m = TITLE_QUOTE.exec(question);
  // An ellipsis marks where the rest of a title goes (“……的研究”): what is written is the words.
  const words = (m?.[1] ?? m?.[2] ?? '').replace(/…|\.{3}/g, '').trim();
  return words.length >= 2 ? words : null;
}

/**
 * "Tell me about the roaming resolution", 关于漫游的那项决议讲什么: the overview of one resolution named by its
 * topic, not by number. One resolution (singular), and words that ask what it is about.
 */
const OVERVIEW_OF_ONE = new RegExp(
  [
    // Not "what's the fine for … under the QoS resolution": something of the resolution asked for.
    "\\b(?:tell me about|what(?:'s| is| was) the|explain the|describe the|summar(?:y|ise|ize) (?:of )?the|overview of the|gist of the)\\b(?:(?!\\b(?:under|in|of|for|by|from|within)\\b)[^?.]){1,60}\\bresolution\\b(?!s)(?:[^?.]{0,20}\\babout\\b)?",
    // 讲/说 asked (讲什么, 说了啥, 主要讲？), not said (有决议说X: a claim about what one says).
    '(?:那项|这项|那个|这个|那份|这份)?[^，。？?]{1,20}?的?(?:那项|那个|这项|这个)?决议(?:主要)?(?:(?:讲|说)(?:了|的是|的)?(?:些)?(?:什么|啥|哪些)|(?:讲|说)\\s*[？?]?\\s*$|是关于|讲的是|的内容|是什么|有什么内容|介绍)',
  ].join('|'),
  'i',
);

export function asksOverviewOfOne(question: string): boolean {
  // 哪个决议说了X asks which one says X, as "which resolution" does: the clause that says it.
  return (
    OVERVIEW_OF_ONE.test(question) &&
    !/哪些|哪几|哪(?:一)?(?:个|项|条|份)|\bwhich\b|\bresolutions\b/i.test(question)
  );
}
