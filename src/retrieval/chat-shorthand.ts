/**
 * How people type in a chat or on a phone: apostrophes dropped (whats, doesnt), "res" for resolution, "doc"
 * for document, pls, tl;dr, w/, u and ur, pinyin input's homophones of 决议, Chinese dialect words, and words of
 * other languages typed into English (mixed-language-words.ts). Read as the words they stand for before
 * anything else reads the question, so the question-word, status and count patterns, written for the full
 * words, see them.
 */
import { MIXED_LANGUAGE_WORDS, type ShorthandRule } from './mixed-language-words.js';
import { ONE_OF_MANY_VERB } from './question-intent.js';
import { ORDINALS } from './relative-clause.js';

const SHORTHAND: ShorthandRule[] = [
  // "its" is a word of its own (the possessive), and stays.
  [/\b(what|who|where|how|that|there)s\b/gi, "$1's", 'latin'],
  [/\b(is|was|are|were|does|do|did|has|have|had|could|should|would)nt\b/gi, "$1n't", 'latin'],
  [/\bcant\b/gi, "can't", 'latin'],
  [/\b(must|should|would|could|might)ve\b/gi, "$1've", 'latin'],
  [/\bwont\b/gi, "won't", 'latin'],
  // kinda, sorta: kind of, sort of ("which kinda place": a kind asked, not a place named).
  [/\b(kind|sort)a\b/gi, '$1 of', 'latin'],
  // "Which res deals with X", "which res. = X", "which res about X": one resolution, as its verb in the
  // singular, a sign standing for one, or its topic straight after says (asking for several, people write
  // the verb: "which res are about X"); then several ("which res", "how many res"), then one.
  [
    new RegExp(
      String.raw`\b(which|what)\s+re[sz]\b\.?(?=\s*(?:=|->|→|:)|\s+${ONE_OF_MANY_VERB}|\s+(?:about|bout|abt|on|for|regarding|concerning)\b)`,
      'gi',
    ),
    '$1 resolution',
    'latin',
  ],
  [
    /\b(which|what|any|all|list|how many|other|several|both)\s+re[sz]\b\.?/gi,
    '$1 resolutions',
    'latin',
  ],
  // Typed straight after Chinese (几号reso, 44号res): the Chinese word, as the sentence around it reads.
  [/(?<=[\u3400-\u9fff])\s?res(?:o|ol)?s?\b\.?/gi, '决议', 'latin'],
  [/\bresos\b\.?/gi, 'resolutions', 'latin'],
  // Spanish and Portuguese spellings, typed by their speakers in English (resoluciones, resolução).
  // With or without the accents (the input's normalising may have taken them off: resolucao).
  [/\bresoluci[oó]nes\b|\bresolu[çc][õo]es\b/gi, 'resolutions', 'latin'],
  [/\bresoluci[oó]n\b|\bresolu[çc][ãa]o\b/gi, 'resolution', 'latin'],
  // Their everyday words for what the document speaks of: celulares (mobile phones), consumidor(es),
  // usuario(s) (users), operadora(s) (operators). Not celular alone: as often "cellular" (antenas de celular).
  [/\bcelulares\b/gi, 'mobile phones', 'latin'],
  ...MIXED_LANGUAGE_WORDS,
  // "The rule on X", "which of these rules": a resolution, as those outside the trade call it.
  [/\b(the) rule\b(?=\s+(?:on|about|for|against|where|that)\b)/gi, '$1 resolution', 'latin'],
  [/\b(this|that) rule\b/gi, '$1 resolution', 'latin'],
  [/\b(?:which|what) of (?:these|those|the) rules\b/gi, 'which resolution', 'latin'],
  // A bare "other" before one place, as learners write "another" (use it in other country).
  [
    /\b(in|to|from|at|into|visit|visiting) other (country|nation|city|place)\b/gi,
    '$1 another $2',
    'latin',
  ],
  [/\bconsumidor(?:es)?\b/gi, 'consumers', 'latin'],
  [/\busu[aá]rios?\b/gi, 'users', 'latin'],
  [/\boperador(?:a|as|es)?\b/gi, 'operators', 'latin'],
  [/\bres(?:o|ol)?\b\.?(?=\s|$|[?!,;:])/gi, 'resolution', 'latin'],
  // "rez", as it is said aloud, alike; "rezs" is several.
  [/\brez(?:z?es|s)\b/gi, 'resolutions', 'latin'],
  [/\brez\b/gi, 'resolution', 'latin'],
  // "v6", "IP v6": the Internet protocol's version 6, as network people say it (v4 and v6). Not the end of
  // an acronym spelled out letter by letter (i p v6), which spelled-letters.ts joins.
  [/(?<!\b[b-z]\s)\b(?:IP\s)?v6\b/gi, 'IPv6', 'latin'],
  // "Suppose to" as said aloud: supposed to (the d is not heard; English has no "suppose to do").
  [/\bsuppose\s+to\b(?=\s+[a-z])/gi, 'supposed to', 'latin'],
  // "Brand new": new, the intensifier no word of its own (not a brand, as of counterfeit goods).
  [/\bbrand[-\s]new\b/gi, 'new', 'latin'],
  [/\bmsgs\b/gi, 'messages', 'latin'],
  [/\bmsg\b/gi, 'message', 'latin'],
  [/(?<=[a-z])\s+&\s+(?=[a-z])/gi, ' and ', 'latin'],
  [/\bnums\b/gi, 'numbers', 'latin'],
  [/\bnum\b/gi, 'number', 'latin'],
  [/\bdocs\b/gi, 'documents', 'latin'],
  [/\bdoc\b/gi, 'document', 'latin'],
  [/\btl;?\s?dr\b/gi, 'summary', 'latin'],
  [/\b(?:pls|plz)\b/gi, 'please', 'latin'],
  [/\bw\/(?=\s)/gi, 'with', 'latin'],
  [/\babt\b/gi, 'about', 'latin'],
  // Texting's spellings of common words: b4, wat, wats, hav, smth, frm, 4 me, 2 start; n alone between two
  // words is "and".
  [/\bb4\b/gi, 'before', 'latin'],
  [/\bfrm\b/gi, 'from', 'latin'],
  [/\b4(?=\s+(?:me|us|you|them|him|her|going|sure|free)\b)/gi, 'for', 'latin'],
  [
    /\b2(?=\s+(?:start|go|get|be|do|see|know|make|use|find|join|apply|pay|help|ask|save)\b)/gi,
    'to',
    'latin',
  ],
  [/\bwats\b/gi, "what's", 'latin'],
  [/\bwat\b/gi, 'what', 'latin'],
  [/\bhav\b/gi, 'have', 'latin'],
  [/\bsmth\b/gi, 'something', 'latin'],
  // n for and between words, and between two numbers (res 12 n 15).
  [/(?<=[a-z\d]\s)n(?=\s[a-z\d])/gi, 'and', 'latin'],
  // 'bout for about, after a word that takes it (the one bout kites, talk bout it); alone it is a contest.
  [
    /(?<=\b(?:one|thing|resolution|talk|talking|talks|know|ask|asking|what|how|care|all|just|more)\s)'?bout\b/gi,
    'about',
    'latin',
  ],
  // Texting's u and ur (you, your); not a letter of an abbreviation (U.S., U-turn).
  [/(?<![.'’-])\bu\b(?![.'’-])/gi, 'you', 'latin'],
  [/(?<![.'’-])\bur\b(?![.'’-])/gi, 'your', 'latin'],
  // Pinyin input's near-homophones of the document's commonest terms: 决议 (决意, 决义, 绝议), 建议书 (建意书),
  // 研究组 (研究祖, 研究族).
  [/决[意义仪]|绝议/g, '决议', 'han'],
  // A degree softened (穷点儿的, 大一点的: "somewhat poor") is the word itself: 点儿 names nothing. Not 重点,
  // 要点: those have no 儿 or 一 before 点.
  [/(?<=[\u4e00-\u9fff])(?:一点儿?|点儿)(?=的)/g, '', 'han'],
  [/建意书/g, '建议书', 'han'],
  [/研究[祖族]/g, '研究组', 'han'],
  // 几号 asked at the end typed as 及号 (both ji hao); not in 以及号码, 涉及号码.
  [/(?<![以涉普危])及号(?=\s*[？?]*\s*$)/g, '几号', 'han'],
  // 头一条 (northern colloquial: the first item) is 第一条; 头一回, 头一次 (the first time) stay.
  [/头一(?=[条项点款])/g, '第一', 'han'],
  // 是 typed as 四 where sh and s merge (Min, Hakka and other southern speech, and chat: 四不四). Only after a
  // noun-like word and before a verb or adverb: 四 as a number stands after 第, 那, 这, 哪, 有 or a numeral and
  // before a measure word (那四个, 第四条), and 四川, 四周 go on with a character no verb starts.
  [/四不四/g, '是不是', 'han'],
  [
    /(?<=[\u4e00-\u9fff])(?<![第那这哪几每前后头其共有了是和与及或一二三四五六七八九十百千万两零双])四(?=讲|说|谈|管|专门|针对|关于|对付|这次|这回|那个|不是|什么|啥|干啥|新|要|想)/g,
    '是',
    'han',
  ],
  // Written Cantonese (Hong Kong chat) in the Mandarin the document writes; only characters Mandarin
  // does not use this way (係 is left: simplified, it is 系 as in 系统).
  [/有冇/g, '有没有', 'han'],
  // 系 (是) in a message written in Cantonese (one of its own characters in it), not in a Mandarin word
  // (系统, 关系, 体系); 定系 is 还是.
  [/定系/g, '还是', 'han'],
  [/系(?:唔|不)系|系咪/g, '是不是', 'han'],
  [
    /(?<![关联体派院父母直星水根世谱])系(?![统列数指])(?:(?<=[嘅嗰𠮶冇咗㗎唔咩佢喺啲哋乜嘢][^]*系)|(?=[^]*[嘅嗰𠮶冇咗㗎唔咩佢喺啲哋乜嘢]))/gu,
    '是',
    'han',
  ],
  [/几多/g, '多少', 'han'],
  [/边度/g, '哪里', 'han'],
  [
    /边(?=个|份|项|条|位|间|啲|年|号|[一二两三四五六七八九十几\d]+(?:个|份|项|条)|一号决[议意])/g,
    '哪',
    'han',
  ],
  [/几时/g, '什么时候', 'han'],
  // 嗰 as written, and as the simplified-Chinese step leaves it (𠮶).
  [/嗰|𠮶/g, '那', 'han'],
  // 同埋 (and), and 同 joining two things pointed at (电子垃圾嗰条同气候变化嗰条): 和. Not 同 elsewhere
  // (同时, 相同, 同意).
  [/同埋/g, '和', 'han'],
  [/(?<=那(?:个|条|项|份)|决议)同(?=[\u4e00-\u9fff])/g, '和', 'han'],
  // …and 同 joining two topics counted right after (风筝同无人机两条); not 同时, 同样, 同意.
  [
    /(?<=[\u4e00-\u9fff]{2})同(?![时样意步等期类])(?=[\u4e00-\u9fff]{2,8}(?:这|那)?两(?:条|个|项|份))/g,
    '和',
    'han',
  ],
  [/今次/g, '这次', 'han'],
  // 郁 moves: 郁过, 郁咗, and 唔郁 (卖唔郁: does not sell).
  [/郁(?=过|咗)|(?<=唔)郁/g, '动', 'han'],
  // 嚟 after a verb of direction, or as a verb (搞出嚟, 返嚟, 嚟咗): 来; else a particle, like 㗎 and 喎.
  [/(?<=[出返翻过落起入上番])嚟|嚟(?=咗|紧|过|开会|参加)/g, '来', 'han'],
  [/㗎|嚟|喎/g, '', 'han'],
  [/呢(?=个|啲|些|样)/g, '这', 'han'],
  // Southwestern Mandarin (Sichuan, Yunnan, Guizhou): 没得 (没有), 有没得 (有没有).
  [/没得/g, '没有', 'han'],
  // Wuhan and other southern speech: 冇得 (没有).
  [/冇得/g, '没有', 'han'],
  [/冇/g, '没有', 'han'],
  [/嘅/g, '的', 'han'],
  [/哋/g, '们', 'han'],
  [/佢/g, '他', 'han'],
  [/唔/g, '不', 'han'],
  [/乜嘢|咩/g, '什么', 'han'],
  // 呢样嘢 and 啲嘢 (这样东西, 些东西); 呃 before a person (骗: 呃人, 唔好俾人呃) cheats.
  [/(?<=[呢嗰这那样啲些])嘢/g, '东西', 'han'],
  [/(?<=俾[\u4e00-\u9fff]{0,6})呃|呃(?=人|钱|我|你|佢|他|客)/g, '骗', 'han'],
  // 乜 before what it asks of (乜名, 乜事), and after 有/做/为 (有乜办法, 做乜: what, why).
  [/乜(?=名|事|人|时候|野)|(?<=[有做为])乜(?!个)/g, '什么', 'han'],
  // 个 for 的 before a choice (旧个改过个，还是新订个): the status words then read as Mandarin.
  [/(?<=[改订定动变新旧过来])个(?=[，,]?\s*还是|\s*[？?]|$)/g, '的', 'han'],
  // …and the old one that was changed (老个改过个: 老的改过的).
  [/(?<=[老旧])个(?=改|修|动|变)/g, '的', 'han'],
  [/喺/g, '在', 'han'],
  [/咗/g, '了', 'han'],
  [/啲/g, '些', 'han'],
  [/睇/g, '看', 'han'],
  [/边个/g, '哪个', 'han'],
  [/点样/g, '怎样', 'han'],
  // 俾 gives or pays (俾钱 = 付钱, 俾佢 = 给他).
  [/俾钱/g, '付钱', 'han'],
  [/俾(?=你|我|他|她|人|佢)/g, '给', 'han'],
  [/而家/g, '现在', 'han'],
  // Gan (Nanchang): 么里 (什么), 港 after whether or not (说: 有冇港), 咯 (了 after a verb; at a sentence's
  // end a particle).
  [/么里/g, '什么', 'han'],
  // Wuhan: 么 alone for 什么 before what is asked (么名字, 么事, 搞么东西); not in 什么, 怎么, 那么 ….
  [/(?<![什怎这那多要为甚干])么(?=名字|名儿|事|东西|时候|意思|地方)/g, '什么', 'han'],
  [/(?<=有没有|没有|不|会|要)港(?![澳台口币股])/g, '说', 'han'],
  [/咯(?=[？?！!。，,]|$)/g, '', 'han'],
  [/(?<=[\u4e00-\u9fff])咯(?=[\u4e00-\u9fff])/g, '了', 'han'],
  // Southwestern Mandarin (Sichuan, Chongqing): 啥子 (什么), 咋个 (怎么), 莫得 (没有), 晓得 (知道), and 好多
  // asking an amount (是好多？, 降好多？, 降到好多钱一张？, 赔他好多钱？, 各好多？, 好多算超标, 好多以下才算, 一共来了好多个人？,
  // 去了好多人嘛？ asked of who came, 有好多个…？, 改了好多个决议哦？) where Mandarin would say 多少; 好多人
  // (many people) said of them stays.
  [/啥子/g, '什么', 'han'],
  [/咋个/g, '怎么', 'han'],
  [/莫得/g, '没有', 'han'],
  [/晓不晓得/g, '知不知道', 'han'],
  [/晓得/g, '知道', 'han'],
  // "Do you know" tagged on after what is asked (几号知道不？, 是哪个你知道吗？) asks that: the tag goes, so the
  // question ends where its asking word does. After a statement (没网，你知道吗？) it stays.
  [
    /(?<=(?:几|多少|哪|什么|谁|啥)[^，,。？?！!]{0,6}?)[，,\s]*你?(?:知道(?:不|吗|么|嘛|伐|不知道)|知不知道)(?=[？?！!。\s]*$)/g,
    '',
    'han',
  ],
  [
    /(?<=(?:是|要|收|定|有|降|减|涨|赔|补|花|交|付|罚)(?:了|到|成)?)好多(?=钱?(?:[？?]|嘛|喃|哦|咯|\s|$)|钱?一[\u4e00-\u9fff]{1,2}(?:[？?]|嘛|喃|哦|咯|\s|$|[，,][^。！!]*[？?]\s*$))|(?<=各)好多(?=[？?]|$)|好多(?=(?:以下|以上|以内)?(?:就|才)?算|钱\s*(?:[？?]|$))|(?<=(?:一共|总共|总计|共计|加起来)[\u4e00-\u9fff]{0,3})好多(?=[^。！!]*(?:[？?]|嘛|喃)\s*$)|(?<=(?:来|去|到|参加|出席|参会|与会)了)好多(?=(?:个|位|名)?人\s*(?:[？?]|嘛|喃|哦|咯|$))|(?<=有)好多(?=个[^，。！!]{0,12}[？?])|(?<=[\u4e00-\u9fff]了)好多(?=(?:个|项|条|份)决议\s*(?:[？?]|嘛|喃|哦|咯|$))/g,
    '多少',
    'han',
  ],
  // 好远/好久/好大… before 才算/就算 asks a measure as 多远 does (风筝飞好高才算违规); Mandarin says 很远 there.
  [/好(?=[远近久大高长重宽厚深]就?才?算)/g, '多', 'han'],
  // 是好多 before a word for a figure (是好多数值, 定的是好多数字): 多少.
  [/(?<=是)好多(?=数值|数字|数目|数量|金额)/g, '多少', 'han'],
  // 第好多号: which number, as 第几号.
  [/第好多号/g, '第几号', 'han'],
  // 多少号 asking a resolution's number (风筝决议是多少号, 第多少号, 那项算多少号): as 几号 asks it.
  [/(?<=决议[^，。？?]{0,6}|第|[那这]一?(?:个|项|份|条)(?:是|算)?)多少号/g, '几号', 'han'],
  // Tianjin: 嘛 asking what (嘛时候, 干嘛使的, 介是嘛), 介 (这), 上哪儿 before a verb of holding (在哪里).
  [/嘛(?=时候|时|玩意儿?|事|意思|地方|人)/g, '什么', 'han'],
  [/(?<=介是|这是|那是|干|为)嘛(?=[？?]|$)/g, '什么', 'han'],
  [/介(?=是|个|些|条|份|项)/g, '这', 'han'],
  [/上哪儿?(?=开|办|举行|召开)/g, '在哪里', 'han'],
  // Nanjing: 多晚 (什么时候), 哪块 (哪里), 阿是 (是不是), 搞没搞 (有没有).
  [/多晚(?=开|办|举行|召开|[？?]|$)/g, '什么时候', 'han'],
  [/哪块(?=开|办|举行|召开|有|[？?]|$)/g, '哪里', 'han'],
  [/阿是/g, '是不是', 'han'],
  [/搞没搞/g, '有没有', 'han'],
  // Yunnan and Guizhou: 哪样时候 (什么时候), 哪点 asking where (在哪点开, 哪点有).
  [/哪样时候/g, '什么时候', 'han'],
  // Guiliu and Guizhou 哪样 before a thing asked (叫哪样名字, 哪样东西): 什么.
  [/哪样(?=名字|名|东西|事情?|意思|地方|人|文件|决议)/g, '什么', 'han'],
  // Wu and everyday 钞票 (money): 多少钞票 asks an amount.
  [/钞票/g, '钱', 'han'],
  [/哪点(?=开|办|举行|召开|有|[？?]|$)/g, '哪里', 'han'],
  // Beijing: 甭 (别), 忒 (太), 倍儿 (很), 顺走 (偷走: pilfered).
  [/甭/g, '别', 'han'],
  [/忒/g, '太', 'han'],
  [/倍儿/g, '很', 'han'],
  [/顺走/g, '偷走', 'han'],
  // Xiang (Hunan): 冒得 (没有), 改冒改 (改没改), 冒改 (没改), 么子 (什么); not 假冒, 感冒, 冒险.
  [/冒得/g, '没有', 'han'],
  [/([\u4e00-\u9fff])冒\1/g, '$1没$1', 'han'],
  [/(?<![假感仿])冒(?=改|修|变|动)/g, '没', 'han'],
  [/么子/g, '什么', 'han'],
  // …and n and l alike, as Hunan's pinyin typing writes them: 辣个 (那个: not 辣条), 拉几种 and 在拉里 (哪).
  [/辣(?=个|些|项|份)/g, '那', 'han'],
  [/(?<=是|有|在)拉(?=几|个|些|里|种)/g, '哪', 'han'],
  // Jin (Shanxi): 甚 (什么) in 甚时候, 甚事, 甚意思; 甚么.
  [/甚(?=么)/g, '什', 'han'],
  [/甚(?=时候|时|事|意思|地方|人)/g, '什么', 'han'],
  // Hakka (Meizhou): 么个 (什么), 系 before 哪 (是), 𠊎 (我), 摎 (和), 里肚 (里面), 帮手 as a verb (帮忙: 有冇帮手搞,
  // 帮手做), 哪只决议 (哪个).
  // 么 may come out of the simplified-Chinese step as 幺.
  [/[么幺]个/g, '什么', 'han'],
  [/(?<![关联体派院父母直星水根世谱])系(?=哪)/g, '是', 'han'],
  [/𠊎/gu, '我', 'han'],
  // 𠊎 as typed without its character (捱 before what is one's own: 捱个手机), 畀 and 俾 before 人 (被:
  // 畀人偷咗), and 该 before a measure word (那: 远程看病该条).
  [/捱(?=个|的|们|哋|屋|家|村)/g, '我', 'han'],
  [/[畀俾](?=人)/g, '被', 'han'],
  [/(?<=[\u4e00-\u9fff])该(?=条|个|项|份)/g, '那', 'han'],
  [/摎/g, '和', 'han'],
  [/里肚/g, '里面', 'han'],
  [
    /(?<=有没有|有冇|会不会|能不能|肯不肯|可不可以|可以|会)帮手|帮手(?=[搞做整弄办])/g,
    '帮忙',
    'han',
  ],
  [/哪只(?=决议)/g, '哪个', 'han'],
  // Formal written Chinese, as officials of an older generation write it: 若干 and 系 asking a figure
  // (共计若干人？, 系若干), 何年/何国/何城 asking a time or a place, 之 for 的 before 决议.
  [/(?<=共计|合计|总计|系|为|是|计|有)若干|若干(?=[\u4e00-\u9fff]?[）)]?\s*[？?])/g, '多少', 'han'],
  [/系(?=多少|何)/g, '是', 'han'],
  [/何年/g, '哪一年', 'han'],
  [/何月/g, '几月', 'han'],
  [/何日/g, '哪一天', 'han'],
  [/何国/g, '哪个国家', 'han'],
  [/何城/g, '哪个城市', 'han'],
  [/之(?=决议)/g, '的', 'han'],
  // 有否 (有没有), as Hong Kong's written Chinese asks.
  [/有否/g, '有没有', 'han'],
  // A mobile generation said twice, as one repeats a buzzword (5G5G的): once.
  [/([2-6]G)\1+(?![A-Za-z0-9])/g, '$1', 'han'],
  // A generation of mobile networks in a Chinese numeral, as voice input writes it (五G, 四G): the digit.
  [/[二三四五六](?=G(?![A-Za-z0-9]))/g, (n) => String('二三四五六'.indexOf(n) + 2), 'han'],
  // Taiwan's words for the Mainland ones the document uses (after the characters are made simplified):
  // 开发中国家 (发展中国家), 网路 (网络), 品质 (质量), 讯号 (信号), 资安 (信息安全), 资讯 (信息), 量测 (测量),
  // 门号 (号码), 软体, 硬体, 简讯 (短信), 基地台 (基站).
  [/网路/g, '网络', 'han'],
  [/开发中国家/g, '发展中国家', 'han'],
  [/品质/g, '质量', 'han'],
  [/讯号/g, '信号', 'han'],
  [/资安/g, '信息安全', 'han'],
  [/资讯/g, '信息', 'han'],
  [/量测/g, '测量', 'han'],
  [/门号/g, '号码', 'han'],
  [/软体/g, '软件', 'han'],
  [/硬体/g, '硬件', 'han'],
  [/简讯/g, '短信', 'han'],
  [/基地台/g, '基站', 'han'],
  // Taiwan chat: 注音文 endings (ㄉ 的, ㄚ 啊, ㄇ 吗, ㄋ 呢, ㄅ 吧), 粉 for 很 (粉贵), 几趴 for what per cent.
  [/ㄉ/g, '的', 'han'],
  [/ㄚ/g, '啊', 'han'],
  [/ㄇ/g, '吗', 'han'],
  [/ㄋ/g, '呢', 'han'],
  [/ㄅ/g, '吧', 'han'],
  [/粉(?=贵|好|多|大|难|快|慢|少|高|低)/g, '很', 'han'],
  [/几趴/g, '百分之几', 'han'],
  // Wu (Shanghai, Jiangsu, Zhejiang): 伐 asking (改过伐？), 啥物事 (什么), 阿拉 (我们), 辰光 (时间), 里向 (里面),
  // and 个 for 的 between a topic and 决议 (物联网个决议), not a count (两个决议) nor one (有个决议).
  [/伐(?=\s*(?:[？?]|$))/g, '吗', 'han'],
  [/啥物事/g, '什么', 'han'],
  // Not 阿拉伯 (Arab) nor 阿拉斯加.
  [/阿拉(?![伯斯])/g, '我们', 'han'],
  [/(?:个|的)辰光/g, '的时候', 'han'],
  // After a verb and before a comma it says when (开会辰光，… 开会的时候); not asked (啥辰光).
  [/(?<![啥么几])辰光(?=\s*[，,])/g, '的时候', 'han'],
  [/辰光/g, '时间', 'han'],
  // 什么时间 and 啥时间 ask when, as 什么时候 does (时间 alone is a topic word: 响应时间); not a span or a
  // timetable asked (什么时间段, 什么时间表).
  [/(?:什么|啥)时间(?![段表范内点])/g, '什么时候', 'han'],
  // Suzhou and other northern Wu: 阿 asking before a verb (阿有 有没有, 阿会 会不会, 阿是 是不是), 勿 before a
  // verb (不; 有勿有 有没有), 几钿 (多少钱), 价钿 (价钱), 伊拉 (他们; not 伊拉克), 伲 (我们), 啥个 (什么).
  [/阿有|有勿有/g, '有没有', 'han'],
  [/阿([会是能要])/g, '$1不$1', 'han'],
  [/勿(?=[是会要能晓知得可])/g, '不', 'han'],
  [/几钿/g, '多少钱', 'han'],
  // 几化 (Shanghai: 多少), 几化钞票 included.
  [/几化/g, '多少', 'han'],
  [/价钿/g, '价钱', 'han'],
  [/伊拉(?!克)/g, '他们', 'han'],
  [/伲/g, '我们', 'han'],
  [/啥个/g, '什么', 'han'],
  // Teochew (Chaozhou, Shantou): 乜个 (什么), 有无 asking (有没有, as formal writing uses it too), 乞 before
  // whoever does it (被: 乞人偷去) or after a verb of handing (给: 报告乞谁).
  [/乜个/g, '什么', 'han'],
  [/有无/g, '有没有', 'han'],
  [/乞(?=人|[\u4e00-\u9fff]{0,2}(?:偷|抢|骗))/g, '被', 'han'],
  [/(?<=报告|交|送|递|寄)乞/g, '给', 'han'],
  [/里向/g, '里面', 'han'],
  // Wu 搭 joining two things pointed at (风筝个决议搭无人机个决议): 和, as 同 is read above.
  [/(?<=决议|那(?:个|条|项|份))搭(?=[\u4e00-\u9fff])/g, '和', 'han'],
  // Wu 迭 before a measure word (迭个, 迭份, 迭条: 这); not 更迭, 迭代. 脱 after a verb of changing or doing
  // away with is done (改脱 改了; 删脱, 取消脱 删掉, 取消掉).
  [/迭(?=个|份|种|条|项|些|趟|块|位|桩|只)/g, '这', 'han'],
  [/(?<=改|修|变|动)脱/g, '了', 'han'],
  [/(?<=删|去|砍|取消)脱/g, '掉', 'han'],
  // Wu 毛病 is an illness (看毛病 看病, 生毛病 生病), 事体 a matter (事情).
  [/(?<=看|生)毛病/g, '病', 'han'],
  [/事体/g, '事情', 'han'],
  // 只 counts resolutions in Wu and Cantonese (四只决议, 哪四只？, 哪只改过): 个. Not 只 as "only" (不只是).
  [/(?<=[一二两三四五六七八九十几哪\d])只(?=决议|[？?，,。！!]|\s*$|是|改|新)/g, '个', 'han'],
  [
    /(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十几两这那哪每各某整单半多好有是彼])个(?=决议)/g,
    '的',
    'han',
  ],
  // Hokkien (Minnan, Taiwanese) in Chinese characters: 敢有/敢是/敢会 asking (有没有, 是不是, 会不会), 佗位 and
  // 佗落 (哪里), 佗 before a measure (哪), 底时 (什么时候), 啥物人 and 啥人 (谁), 啥物 (什么), 偌济 (多少), 偌久 (多久),
  // 佮 (和), 伊 as a pronoun (它; 他们 before a verb of holding or doing: 伊开会), 彼 before a measure (那), 时阵
  // (时候), 抑是 (还是), 这摆 (这次), 阮 before a place (我们), 厝边 (附近),
  // 厝 (家), 仝 (同), 逐年 (每年), 按呢 (这样), 按怎 (怎么), 做伙 (一起), 欲 (要), 拍假 (打假), 交予 (交给), 佇
  // and 咧 before a verb (在), 有影无 (是真的吗), 袂当 and 袂使 (不能).
  [/(?<![勇不果])敢有/g, '有没有', 'han'],
  [/(?<![勇不果])敢是/g, '是不是', 'han'],
  [/(?<![勇不果])敢会/g, '会不会', 'han'],
  [/佗(?:位|落)/g, '哪里', 'han'],
  [/佗(?=[一几个条项份国年])/g, '哪', 'han'],
  [/底时/g, '什么时候', 'han'],
  [/啥物人|啥人/g, '谁', 'han'],
  [/啥物(?!事)/g, '什么', 'han'],
  [/偌济|偌多/g, '多少', 'han'],
  [/偌久/g, '多久', 'han'],
  [/佮/g, '和', 'han'],
  [/伊(?=的|是|有|敢|欲|咧|讲|叫|佮|会|要|予)/g, '它', 'han'],
  [/(?:(?<![\u4e00-\u9fff])|(?<=[那这]))伊(?=开|办|搞|做|定|去)/g, '他们', 'han'],
  [/时阵/g, '时候', 'han'],
  [/抑是/g, '还是', 'han'],
  [/彼(?=个|条|项|份|摆|阵|位|款|支|日)/g, '那', 'han'],
  [/袂(?:当|使)/g, '不能', 'han'],
  [/这摆/g, '这次', 'han'],
  [/阮(?=厝|兜|遮|的|这|乡|村|县|国|公司|学校)/g, '我们', 'han'],
  [/厝边/g, '附近', 'han'],
  [/厝/g, '家', 'han'],
  [/仝/g, '同', 'han'],
  [/逐年/g, '每年', 'han'],
  [/按呢/g, '这样', 'han'],
  [/按怎/g, '怎么', 'han'],
  [/做伙/g, '一起', 'han'],
  [/欲(?!望)/g, '要', 'han'],
  [/拍(?=假)/g, '打', 'han'],
  [/(?<=交|送|提|报)予/g, '给', 'han'],
  [/[佇伫](?=[\u4e00-\u9fff])/g, '在', 'han'],
  [/咧(?=[\u4e00-\u9fff])/g, '在', 'han'],
  [/有影无/g, '是真的吗', 'han'],
  // Northeastern and Shandong: 搁 before 哪/这/那 (在: 搁哪儿开), 俺们 (我们).
  [/搁(?=哪|这|那)/g, '在', 'han'],
  [/俺们/g, '我们', 'han'],
  // Mandarin chat and northern speech: 木有 (没有), 啥 and 神马 (什么), 咋 (怎么; 咋整 = 怎么办).
  [/木有/g, '没有', 'han'],
  [/神马|啥/g, '什么', 'han'],
  // 咋整的 asks how something was done (怎么做的), not what to do.
  [/咋(?:整|弄|搞)的/g, '怎么做的', 'han'],
  [/咋(?:整|弄|搞)/g, '怎么办', 'han'],
  [/咋/g, '怎么', 'han'],
  // A message described by what it does to people (骗人的短信, 推销的电话): the kind of message, as the
  // glossary names such kinds without 的 (骗人短信, 推销电话).
  [/(骗人|骗子|骗钱|诈骗|推销|广告|骚扰)的(?=短信|信息|电话|邮件)/g, '$1', 'han'],
  // The assembly pointed at (这届标准化全会, 本次电信标准化大会) is this one, WTSA-20. Not its full name
  // where it is only the setting (全会定的规则…): the titles that name it would draw the search.
  [/(?:这|本|此)(?:届|次|个)\s*(?:世界)?(?:电信)?标准化(?:全会|大会)/g, 'WTSA-20', 'han'],
  // The assembly then its year and edition (标准化全会20那届, 全会2020年的那届): the assembly the document is
  // about, named by its year as WTSA-20 is; the words add nothing to its name.
  [/(?<=全会|大会|WTSA)\s*(?:20)?20\s*年?\s*的?(?:那|这)?\s*届/g, '', 'han'],
  // Punctuation spoken to a dictation tool and typed out as words ("… limits comma any groups question
  // mark", 逗号, 问号): the marks themselves, so the sentences split where the speaker meant. Not "period",
  // which is as often a span of time.
  [/\s*\bcomma\b\s*/gi, ', ', 'latin'],
  [/\s*\bquestion mark\b/gi, '?', 'latin'],
  [/\s*\bexclamation (?:mark|point)\b/gi, '!', 'latin'],
  [/逗号/g, '，', 'han'],
  [/问号/g, '？', 'han'],
  [/句号/g, '。', 'han'],
  [/感叹号/g, '！', 'han'],
];

/** An ordinal in digits (the 3rd item): the word, which the patterns for a place in a list read. */
const DIGIT_ORDINAL = /\b([1-9])(?:st|nd|rd|th)\b/gi;

/**
 * @example expandShorthand('whats res 52 about') // "what's resolution 52 about"
 */
export function expandShorthand(text: string): string {
  // Most questions hold only one script's shorthand: the other script's patterns are skipped.
  const latin = /[a-z]/i.test(text);
  const han = /[\u3400-\u9fff]/.test(text);
  let out = latin ? text.replace(DIGIT_ORDINAL, (_, n: string) => ORDINALS[Number(n) - 1]!) : text;
  for (const [re, to, script] of SHORTHAND)
    // Two calls, as replace's overloads take a string or a function, not either.
    if (script === 'latin' ? latin : han)
      out = typeof to === 'string' ? out.replace(re, to) : out.replace(re, to);
  return out;
}
