import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/retrieval/chat-shorthand.js';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';

describe('expandShorthand', () => {
  it.each([
    ['whats res 52 about', "what's resolution 52 about"],
    ['Whos in charge? doesnt it say', "Who's in charge? doesn't it say"],
    ['which res mention spam', 'which resolutions mention spam'],
    ['how many res got revised', 'how many resolutions got revised'],
    // One asked for, as its verb in the singular (or a sign standing for one) says.
    ['which res deals w/ kites?', 'which resolution deals with kites?'],
    ['which res sets out kite rules?', 'which resolution sets out kite rules?'],
    ['which res. = kite fees?', 'which resolution = kite fees?'],
    // …or its topic straight after it.
    ['which res about kite fees?', 'which resolution about kite fees?'],
    ['what res on drone rules', 'what resolution on drone rules'],
    // "rez", as it is said.
    ['which rez covers kites?', 'which resolution covers kites?'],
    ['how many rez got revised', 'how many resolutions got revised'],
    ['the kite rez, and the drone rezs', 'the kite resolution, and the drone resolutions'],
    ['tl;dr of the doc pls', 'summary of the document please'],
    ['help w/ e-waste', 'help with e-waste'],
    ['how many brand new ones on kites?', 'how many new ones on kites?'],
    ['a brand-new drone text', 'a new drone text'],
    ['cant find it, wont look', "can't find it, won't look"],
    ['were any resos scrapped?', 'were any resolutions scrapped?'],
    // Typed straight after Chinese, it is the Chinese word.
    ['漫游是几号reso', '漫游是几号决议'],
    ['12号 res讲啥', '12号决议讲什么'],
    // Written Cantonese in Mandarin.
    ['有冇关于漫游嘅决议？我哋想知', '有没有关于漫游的决议？我们想知'],
    ['风筝嗰份系新嘅定系旧嘅？', '风筝那份是新的还是旧的？'],
    ['边度开会？几时开？要几多钱㗎？', '哪里开会？什么时候开？要多少钱？'],
    // 边一号决议: which resolution, by its number; not 旁边一号 (next to number one).
    ['风筝系边一号决议？', '风筝是哪一号决议？'],
    ['旁边一号摊位', '旁边一号摊位'],
    ['今次边份郁过？都系讲风筝嘅', '这次哪份动过？都是讲风筝的'],
    ['放风筝安全规矩系边号决议？', '放风筝安全规矩是哪号决议？'],
    // 唔郁 (does not move, does not sell); 乜 after 有 or 做 (what, why).
    ['啲风筝卖唔郁，有乜办法？做乜咁贵？', '些风筝卖不动，有什么办法？做什么咁贵？'],
    ['呢个决议系唔系新嘅？', '这个决议是不是新的？'],
    // 嚟 after a verb of direction is 来 (搞出嚟); elsewhere a particle.
    ['风筝嗰份系唔系今次新搞出嚟嘅？', '风筝那份是不是这次新搞出来的？'],
    ['佢哋过嚟开会', '他们过来开会'],
    // 同埋 (and), and 同 joining two things pointed at; not 同 inside a word.
    ['风筝嗰条同埋无人机嗰条', '风筝那条和无人机那条'],
    ['风筝那条同无人机那条，同时改过吗', '风筝那条和无人机那条，同时改过吗'],
    // Hakka: 么个, 系 before 哪, 𠊎, 摎, 里肚, 帮手 as a verb, 哪只决议.
    ['𠊎想知风筝嗰条摎无人机嗰条系哪只决议？', '我想知风筝那条和无人机那条是哪个决议？'],
    ['协会里肚有冇人帮手搞？叫么个名？', '协会里面有没有人帮忙搞？叫什么名？'],
    // v6 as network people say it.
    ['kite v6 addresses, IP v6 too?', 'kite IPv6 addresses, IPv6 too?'],
    // Ordinals in digits, first to ninth; 21st stays.
    ['and the 3rd item?', 'and the third item?'],
    ['the 2nd kite of the 21st race', 'the second kite of the 21st race'],
    // Mandarin chat.
    ['风筝那个决议改了木有', '风筝那个决议改了没有'],
    ['啥时候开的 咋整', '什么时候开的 怎么办'],
    ['这个咋报名', '这个怎么报名'],
    // Taiwan's words for the Mainland ones.
    ['风筝网路品质差，讯号也弱，资安有人管吗', '风筝网络质量差，信号也弱，信息安全有人管吗'],
    // 咋整的 asks how it was done.
    ['风筝丢了，国际上有人管没？咋整的？', '风筝丢了，国际上有人管没？怎么做的？'],
    // Cantonese: 边 before a count (边四个), 乜 before 名, 个 for 的 before a choice; 同 joining two named
    // by 决议, or two counted right after; not 同时, 同样.
    ['风筝废咗三个，系边三个？会长叫乜名？', '风筝废了三个，是哪三个？会长叫什么名？'],
    ['风筝嗰条是旧个改过个，还是新订个？', '风筝那条是旧的改过的，还是新订的？'],
    ['风筝决议同无人机决议，同样改过？', '风筝决议和无人机决议，同样改过？'],
    ['风筝比赛同无人机竞速两条，同时开始？', '风筝比赛和无人机竞速两条，同时开始？'],
    // Tok Pisin: nem bilong em, wanem, plis.
    [
      'plis, who leads the kite club? wanem nem bilong em?',
      'please, who leads the kite club? what his or her name?',
    ],
    // Banglish: ki at the end asks what, before a word it marks a yes/no; kon, keno, kothay, koto, pelo,
    // ki korbe; bhai and apa are forms of address.
    [
      'bhai kite club ki prize pelo? kon kite? keno, kothay, koto taka? apa exact amount ki?',
      'kite club prize got? which kite? why, where, how much taka? exact amount what?',
    ],
    ['drone crashed, owner ki korbe?', 'drone crashed, owner what can do?'],
    // Haitian Creole: mwen, dat, sa one, sa ye.
    [
      'mwen fly kites. dat one or sa one, which sa ye?',
      'I fly kites. that one or that one, which are they?',
    ],
    // Swahili: nani, lini na wapi, ngapi (wangapi), pesa, hii, je; Ile stays capitalised (Île).
    [
      'je, hii kite festival: nani chairs it, lini na wapi? pesa ngapi? wangapi came?',
      'this kite festival: who chairs it, when and where? how much money? how many came?',
    ],
    // Spanish question words, with or without accents; es nueva o no; por favor.
    [
      'Quién chairs the kite club, dónde and cuando? Cuántos kites? La resolución, es nueva o no, por favor?',
      'who chairs the kite club, where and when? how many kites? La resolution, is it new or not, please?',
    ],
    // Tagalog: question words, bagong, binago, pekeng, ganun pa rin, tungkol sa, laban sa, para sa.
    [
      'Sino yung bagong chair? Ano pangalan? Kailan at saan? Ilan kites? Magkano?',
      'who yung new chair? what name? when at where? how many kites? how much?',
    ],
    [
      'resolution tungkol sa kites, laban sa pekeng kites, para sa kids: binago o ganun pa rin?',
      'resolution about kites, against fake kites, for kids: changed o still the same?',
    ],
    // "The rule on X", "that rule": a resolution.
    [
      'the rule on kite strings: was that rule changed? which of the rules is new?',
      'the resolution on kite strings: was that resolution changed? which resolution is new?',
    ],
    // Tongan: ko e hā, ʻi fē, ʻoku, fakamolemole, mālō.
    [
      'Ko e hā does the kite club do? ʻI fē? Mālō aupito. ʻOku there a fee, fakamolemole?',
      'what does the kite club do? where? is there a fee, please?',
    ],
    // French: combien, quand, où, pourquoi, c'est quoi, svp, à distance, en ligne.
    [
      "combien de kites, quand and où? pourquoi? c'est quoi the club? à distance or en ligne, svp",
      'how many de kites, when and where? why? what is the club? remotely or online, please',
    ],
    // Nepali: ke ho, kaha, kahile, kina, kati (kati number: which number), hajur, ni.
    [
      'ke ho the kite club? kaha and kahile? kina? kati kites? kati number? hajur, same or not ni?',
      'what is the kite club? where and when? why? how many kites? what number? same or not?',
    ],
    // Hausa and Pidgin: mene ne, ina, yaushe, nawa, abeg, wallahi.
    [
      'Abeg, mene ne the kite club? yaushe and ina the festival? nawa kites? wallahi',
      'please what is the kite club? when and where the festival? how many kites? ',
    ],
    // Vietnamese: cái gì, ở đâu, khi nào, bao nhiêu, tại sao, anh/chị ơi, ạ.
    [
      'Anh/chị ơi, the kite club does cái gì, ở đâu and khi nào ạ? Bao nhiêu kites? Tại sao?',
      'the kite club does what, where and when? how many kites? why?',
    ],
    // Texting's msg.
    ['junk msg and kite msgs', 'junk message and kite messages'],
    // Tianjin: 嘛时候, 介是嘛, 上哪儿开; not 是嘛 as a particle elsewhere.
    ['风筝节上哪儿开？嘛时候开？介是嘛？', '风筝节在哪里开？什么时候开？这是什么？'],
    ['你也放风筝是嘛？', '你也放风筝是嘛？'],
    // Nanjing: 多晚, 哪块, 阿是, 搞没搞; Southwestern 好多 before 就算.
    [
      '风筝节多晚开，在哪块开？阿是新的？搞没搞修改？超过好多就算违规？',
      '风筝节什么时候开，在哪里开？是不是新的？有没有修改？超过多少就算违规？',
    ],
    // Yunnan: 哪样时候, 哪点 asking where; Taiwan's 开发中国家.
    [
      '风筝节哪样时候开，在哪点开？开发中国家能去吗',
      '风筝节什么时候开，在哪里开？发展中国家能去吗',
    ],
    // Wuhan 冇得; Hong Kong's written 有否.
    ['风筝节冇得人管，国际上有否规定？', '风筝节没有人管，国际上有没有规定？'],
    // Zambian English: ba- before a title, and Bemba fillers.
    ['nanshi, the ba-chairperson of the kite club, who?', 'the chairperson of the kite club, who?'],
    // Jin: 甚时候, 甚么 (not 甚至); Southwestern 第好多号.
    ['风筝节甚时候开？甚么人都能去，甚至小孩', '风筝节什么时候开？什么人都能去，甚至小孩'],
    ['风筝决议最后编的第好多号？', '风筝决议最后编的第几号？'],
    // 多少号 asking a resolution's number, as 几号; not a house number.
    ['讲风筝的那个决议是多少号来着？', '讲风筝的那个决议是几号来着？'],
    ['风筝那项是多少号？', '风筝那项是几号？'],
    ['风筝协会门牌是多少号？', '风筝协会门牌是多少号？'],
    // Hinglish question words and wala; a leading kya asks whether.
    [
      'kya kite club mein kaun judge tha? kitne log aaye?',
      'whether kite club in who judge ? how many people aaye?',
    ],
    ['kitna paisa for kites, kab and kahan?', 'how much money for kites, when and where?'],
    ['drone wala resolution and kite wala, same?', 'drone resolution and kite one, same?'],
    // Arabizi inside English: el, mesh, 3ayez, ezay, yaani; El Salvador stays.
    [
      '3ayez el kite one, revised or mesh? yaani ezay?',
      'I want the kite one, revised or not? how?',
    ],
    ['El Salvador flies el Kite One', 'El Salvador flies the Kite One'],
    // Spanish and Portuguese spellings.
    [
      'which resoluciones talk about kites? and the resolución on drones?',
      'which resolutions talk about kites? and the resolution on drones?',
    ],
    // …with the accents taken off, and their words for phones, consumers, users and operators.
    [
      'the resolucao on kites: do operadoras protect consumidores and usuarios from celulares theft?',
      'the resolution on kites: do operators protect consumers and users from mobile phones theft?',
    ],
    // Indonesian and Malay words typed into English.
    ['kite fee turun berapa persen?', 'kite fee drop what per cent?'],
    ['berapa kites, sudah direvisi atau belum?', 'how many kites, already revised or not yet?'],
    [
      'kids in the desa fly kites, siapa pays for string? bagaimana',
      'kids in the village fly kites, who pays for string? how',
    ],
    ['rules for pelanggan tahun ini', 'rules for customers this year'],
    // Beijing: 甭, 忒, 倍儿, 顺走.
    ['风筝让人顺走了，忒闹心，甭提了，倍儿烦', '风筝让人偷走了，太闹心，别提了，很烦'],
    // Taiwan chat: 简讯, 注音文 endings, 粉 for 很, 几趴.
    ['风筝简讯粉贵ㄉ，要降几趴ㄚ？有吗ㄇ', '风筝短信很贵的，要降百分之几啊？有吗吗'],
    // Wu: 伐, 啥物事, 阿拉, 辰光, 里向, 个 for 的 before 决议 (not 两个决议).
    ['风筝个决议改过伐？', '风筝的决议改过吗？'],
    ['阿拉想晓得啥物事辰光开，伊里向讲两个决议', '我们想知道什么时候开，伊里面讲两个决议'],
    // Wu 迭 before a measure word, 脱 after a verb of change, 毛病 an illness, 事体, 老个改过个.
    ['迭个风筝节啥辰光开个？', '这个风筝节什么时候开个？'],
    ['迭条改脱伐？删脱几条？', '这条改了吗？删掉几条？'],
    ['看毛病迭种事体', '看病这种事情'],
    // Wu 搭 joining two pointed at; not 搭 as a verb (搭车).
    ['风筝个决议搭无人机个决议', '风筝的决议和无人机的决议'],
    ['搭车去风筝节', '搭车去风筝节'],
    ['风筝那条是新弄出来个还是老个改过个？', '风筝那条是新弄出来的还是老的改过的？'],
    // Not 迭 in 更迭, nor 脱 in 摆脱, nor a fault (车子有毛病).
    ['人事更迭，摆脱困境，车子有毛病', '人事更迭，摆脱困境，车子有毛病'],
    // 什么时间 asks when; a span of time stays.
    ['风筝节什么时间开？', '风筝节什么时候开？'],
    ['风筝节什么时间段开？', '风筝节什么时间段开？'],
    // 几号 typed as 及号 at the end; not 涉及号码.
    ['风筝那个 及号？', '风筝那个 几号？'],
    ['涉及号码的风筝规定', '涉及号码的风筝规定'],
    // 是 typed as 四 (sh and s alike in southern speech), after a noun and before a verb; 四 as a number stays.
    ['风筝那条四讲什么的 哪一条四这次新加的', '风筝那条是讲什么的 哪一条是这次新加的'],
    ['那四个风筝决议 第四条 四川的风筝 有四讲座', '那四个风筝决议 第四条 四川的风筝 有四讲座'],
    ['风筝四不四新的', '风筝是不是新的'],
    // 头一条 is the first item; 头一回 the first time.
    ['风筝那个头一条讲啥 头一回出来', '风筝那个第一条讲什么 头一回出来'],
    // 辰光 after a verb, before a comma: when that is done, not a time asked.
    ['伊拉放风筝辰光，会比赛伐？', '他们放风筝的时候，会比赛吗？'],
    // 只 counting resolutions (哪四只, 哪只改过), not 只 as "only".
    ['风筝那四只决议是哪四只？哪只改过？', '风筝那四个决议是哪四个？哪个改过？'],
    ['不只是风筝，两只风筝', '不只是风筝，两只风筝'],
    // Hunan's n and l alike: 辣个 (那个), 是拉几种 (哪几种); not 辣条, nor 拉 as a verb.
    ['辣个风筝决议说的具体是拉几种风筝？', '那个风筝决议说的具体是哪几种风筝？'],
    ['吃辣条，拉几个人来', '吃辣条，拉几个人来'],
    // Texting's u and ur.
    ['can u tell me ur kite rules', 'can you tell me your kite rules'],
    ["the one 'bout kites", 'the one about kites'],
    // Southwestern Mandarin: 啥子, 咋个, 莫得, 晓得, and 好多 asking an amount.
    ['风筝线好多算太粗嘛？费用是好多？', '风筝线多少算太粗嘛？费用是多少？'],
    ['风筝节总共来了好多个队？', '风筝节总共来了多少个队？'],
    ['风筝线拉力好多以下才算安全？', '风筝线拉力多少以下才算安全？'],
    // …before a space, as chat ends a clause.
    ['风筝票要降到好多钱一张 有没有数', '风筝票要降到多少钱一张 有没有数'],
    // …or before a comma, a question following.
    ['风筝票要降到好多钱一张，定了没有？', '风筝票要降到多少钱一张，定了没有？'],
    ['风筝票降到好多钱一张，开心死了', '风筝票降到好多钱一张，开心死了'],
    // "Do you know" tagged on after what is asked; not after a statement.
    ['管风筝的是哪一个？几号晓得不？', '管风筝的是哪一个？几号？'],
    ['风筝协会会长是谁，你知不知道？', '风筝协会会长是谁？'],
    ['风筝决议是几号你知道吗', '风筝决议是几号'],
    ['村里放不了风筝，你知道吗？', '村里放不了风筝，你知道吗？'],
    // …and asked of who came, the question ending there.
    ['风筝节去了好多人嘛？', '风筝节去了多少人嘛？'],
    // …and of resolutions something was done to, asked at the end.
    ['这回改了好多项决议哦？', '这回改了多少项决议哦？'],
    ['改了好多个决议，忙死了', '改了好多个决议，忙死了'],
    ['风筝票价降好多？坏了赔好多钱？', '风筝票价降多少？坏了赔多少钱？'],
    // …ending a chat clause set off by a space, and 好远/好久 before 才算.
    ['风筝线的上限是好多 离电线好远才算安全', '风筝线的上限是多少 离电线多远才算安全'],
    ['好远的地方 好多人去', '好远的地方 好多人去'],
    // Cantonese 俾: pays, gives.
    ['风筝俾钱 俾人睇', '风筝付钱 给人看'],
    ['啥子协会莫得人晓得咋个报名', '什么协会没有人知道怎么报名'],
    // …and 好多 after a verb with 到, per unit, or of each.
    ['风筝票价要涨到好多钱一张？男女组各好多？', '风筝票价要涨到多少钱一张？男女组各多少？'],
    // Xiang (Hunan): 冒得, 改冒改, 冒改, 么子; not 假冒 nor 感冒.
    ['风筝规则改冒改？有冒得新的？', '风筝规则改没改？有没有新的？'],
    ['哪个是冒改的，搞么子的', '哪个是没改的，搞什么的'],
    ['假冒风筝让人感冒', '假冒风筝让人感冒'],
    // A network generation in a Chinese numeral, as voice input writes it.
    ['风筝场装五G还是四G', '风筝场装5G还是4G'],
    // Formal written Chinese: 若干 and 系 asking a figure, 何年/何国/何城, 之 before 决议.
    ['风筝大会共计若干人？票价系若干？', '风筝大会共计多少人？票价是多少？'],
    ['协会提出若干建议。', '协会提出若干建议。'],
    ['下届定于何年何月、在何国何城举行？', '下届定于哪一年几月、在哪个国家哪个城市举行？'],
    ['关于风筝之决议', '关于风筝的决议'],
    // Texting's spellings, and n between two words.
    ['wat kites did they hav b4', 'what kites did they have before'],
    ['wats smth for drones', "what's something for drones"],
    ['kites n drones', 'kites and drones'],
  ])('reads %s as %s', (typed, read) => {
    expect(expandShorthand(typed)).toBe(read);
  });

  it('leaves 系 in Mandarin, and in its Mandarin words in Cantonese (系统, 关系), and 郁 in 忧郁', () => {
    expect(expandShorthand('风筝协会系新成立的，很忧郁')).toBe('风筝协会系新成立的，很忧郁');
    expect(expandShorthand('风筝系统同关系系乜嘢')).toBe('风筝系统同关系是什么');
  });

  it('leaves whole words that only look like shorthand alone', () => {
    for (const t of [
      'its status',
      'resources for research',
      'the documents',
      'respond',
      'Resolution 44',
      'the U.S. and U-turns',
      'Ur-text',
      'a boxing bout',
      '好多人放风筝',
      '风筝节一共来了好多人！',
      '风筝节去了好多人，热闹得很',
      'ipv6 and IPv6',
      'drone v60 and v6x',
      'n = 5 kites',
      'section 4(n)',
    ])
      expect(expandShorthand(t)).toBe(t);
  });

  it('reads pinyin slips of the document’s commonest terms as those terms', () => {
    expect(expandShorthand('第52号决意要求什么')).toBe('第52号决议要求什么');
    expect(expandShorthand('哪个研究祖负责这份建意书')).toBe('哪个研究组负责这份建议书');
  });

  it('reads punctuation spoken to a dictation tool as the marks, but not "period"', () => {
    expect(expandShorthand('who pays for kites comma and when question mark')).toBe(
      'who pays for kites, and when?',
    );
    expect(expandShorthand('风筝比赛在哪逗号谁出钱问号')).toBe('风筝比赛在哪，谁出钱？');
    expect(expandShorthand('the kite period of the year')).toBe('the kite period of the year');
  });

  it('reads Hokkien written in characters as Mandarin', () => {
    expect(expandShorthand('风筝彼条佮无人机彼条，敢是仝一个组咧负责？')).toBe(
      '风筝那条和无人机那条，是不是同一个组在负责？',
    );
    expect(expandShorthand('风筝节是底时开？佇佗位开？啥物人主持？')).toBe(
      '风筝节是什么时候开？在哪里开？谁主持？',
    );
    expect(expandShorthand('伊的报告交予啥物人？敢有逐年报？')).toBe(
      '它的报告交给谁？有没有每年报？',
    );
    expect(expandShorthand('阮厝边有偌济风筝？按怎处理？')).toBe('我们附近有多少风筝？怎么处理？');
    expect(expandShorthand('风筝彼个决议抑是无人机彼个决议？那伊开会的时阵呢？')).toBe(
      '风筝那个决议还是无人机那个决议？那他们开会的时候呢？',
    );
    // Not inside Mandarin words: 勇敢, 欲望, 彼此, 伊朗.
    for (const t of ['勇敢有用吗', '欲望很强', '彼此合作', '伊朗的风筝', '伊朗开会'])
      expect(expandShorthand(t)).toBe(t);
  });

  it('reads 系咪 in Cantonese as 是不是, and northeastern 搁 and 俺们', () => {
    expect(expandShorthand('风筝嗰份系咪改咗？')).toBe('风筝那份是不是改了？');
    expect(expandShorthand('俺们想知道风筝节搁哪儿开')).toBe('我们想知道风筝节在哪儿开');
  });

  it('reads Urdu, Shona and Jamaican Patois words typed into English', () => {
    expect(expandShorthand('kite flying wali kaun si resolution hai?')).toBe(
      'kite flying one which resolution ?',
    );
    expect(expandShorthand('drone rules 2022 mein update hui ya same rahi?')).toBe(
      'drone rules 2022 in was updated or stayed the same?',
    );
    expect(expandShorthand('kite chori wali aur drone wali, dono revise hui ya nahi?')).toBe(
      'kite theft one and drone one, both was revised or not?',
    );
    expect(expandShorthand('kite club ka chairman kaun tha, uska naam kya hai?')).toBe(
      'kite club chairman who was, what is their name?',
    );
    // Urdu's question word last (X kaun hai: who is X), kaunsi and konsa (which), ke khilaf (against),
    // ke liye (for), naqli (fake), maazoor (disabled), fazool and bakwas (junk), abhi (now), batao (tell).
    expect(expandShorthand('kite club ka judge abhi kaun hai, naam kya hai uska?')).toBe(
      'kite club judge now who is, what is their name?',
    );
    expect(expandShorthand('bakwas kite ads ke khilaf kaunsi resolution hai? number batao')).toBe(
      'junk kite ads against which resolution ? number tell',
    );
    expect(expandShorthand('maazoor logon ke liye konsa kite rule, naqli kites pe bhi')).toBe(
      'disabled logon for which kite rule, fake kites pe bhi',
    );
    expect(expandShorthand('Kiteo jaisi cheezon ke baare mein')).toBe('like Kiteo cheezon about');
    expect(expandShorthand('ndeipi, which resolution is about kites? zvakanaka')).toBe(
      ' which resolution is about kites? ',
    );
    expect(expandShorthand('chii zita rake?')).toBe('what name rake?');
    // Chichewa: the greetings and thanks ask nothing; ndani asks who.
    expect(expandShorthand('moni! ndani runs the kite fair? zikomo kwambiri.')).toBe(
      ' who runs the kite fair? ',
    );
    expect(expandShorthand('di kite one get change or nuh, mi bredda?')).toBe(
      'the kite one was changed or not, mi bredda?',
    );
    expect(expandShorthand('wha dem seh of kite fi di children inna school?')).toBe(
      'what they say of kite for the children in school?',
    );
    expect(expandShorthand('wah resolution cover kite safety?')).toBe(
      'what resolution cover kite safety?',
    );
    // Not the exclamation of Singapore and Malaysia.
    expect(expandShorthand('Wah, so many kites!')).toBe('Wah, so many kites!');
    // Tagalog's particles po and ba ending a clause, and pong after a question word, ask nothing.
    expect(expandShorthand('Hello po, ano pong number nung kite resolution po?')).toBe(
      'Hello, what number nung kite resolution?',
    );
    expect(expandShorthand('is there a PO box po?')).toBe('is there a PO box?');
    expect(expandShorthand('which kinda kite, sorta big?')).toBe(
      'which kind of kite, sort of big?',
    );
    // alin (which), at (and) before a Tagalog article; not English's "at".
    expect(expandShorthand('yung kite (12) at yung drone (13), alin ang bago?')).toBe(
      'yung kite (12) and yung drone (13), which ang new?',
    );
    expect(expandShorthand('meet at the club an hour later')).toBe(
      'meet at the club an hour later',
    );
    // hindi (not) before a Tagalog word, not the language; ginalaw (touched).
    expect(expandShorthand('alin yung hindi ginalaw?')).toBe('which yung not touched?');
    expect(expandShorthand('kite rules in Hindi please')).toBe('kite rules in Hindi please');
    // Patois an (and) before what the article never precedes.
    expect(expandShorthand('di kite one an di drone one')).toBe('the kite one and the drone one');
    // Not English words that look alike: Wi-Fi, this, think.
    expect(expandShorthand('is this Wi-Fi thing in it')).toBe('is this Wi-Fi thing in it');
  });

  it('reads Somali, Thai and Luganda words typed into English, and Ugandan texting', () => {
    expect(expandShorthand('fadlan, maxaa is the kite fee? halkee do I pay?')).toBe(
      ' what is the kite fee? where do I pay?',
    );
    expect(expandShorthand('mua rai is the kite fair, tee nai krap?')).toBe(
      'when is the kite fair, where?',
    );
    expect(expandShorthand('ddi and wa is da kite fair? we want 2 save sente 4 going')).toBe(
      'when and where is the kite fair? we want to save money for going',
    );
    expect(expandShorthand('ssebo, kiki ze rules btwn kites and drones?')).toBe(
      ' what the rules between kites and drones?',
    );
    // Texting's d for the, after a preposition or a copula.
    expect(expandShorthand('number of d kite rule?')).toBe('number of the kite rule?');
    // Not the place names or numbers that look alike, nor a letter named.
    for (const t of ['Da Nang kite fair', '2 resolutions 4 kites', 'is it ok now?', 'plan d kites'])
      expect(expandShorthand(t)).toBe(t);
  });

  it('reads Krio and West African Pidgin words', () => {
    expect(expandShorthand('wetin dis kite-tiefing palava? usai di pikins fly?')).toBe(
      'what this kite-stealing matter? where the children fly?',
    );
    expect(expandShorthand('dem tief my kite, who tiefed it?')).toBe(
      'they steal my kite, who stolen it?',
    );
  });

  it('reads Portuguese words typed into English, with or without accents', () => {
    expect(expandShorthand('qual resolução is sobre kites? e quantos drones também?')).toBe(
      'which resolution is about kites? e how many drones also?',
    );
    expect(expandShorthand('as resolucoes nao mention kites')).toBe(
      'as resolutions not mention kites',
    );
  });

  it('reads Shanghai 几化 and 是好多 before a word for a figure as 多少', () => {
    expect(expandShorthand('风筝节来了几化人？')).toBe('风筝节来了多少人？');
    expect(expandShorthand('线的拉力标准是好多数值？')).toBe('线的拉力标准是多少数值？');
  });

  it('reads Pidgin am after a verb, e dey, as e be, abi and na; leaves English am alone', () => {
    expect(
      expandShorthand(
        'di one wey be about kites, dem change am or e still dey as e be? abi na di old one?',
      ),
    ).toBe(
      'the one that is about kites, they change it or it is still as it was? or is the old one?',
    );
    expect(expandShorthand('dem fix am abi?')).toBe('they fix it right?');
    // e be opening a clause is "it is"; e inside a word or a name is left alone.
    expect(expandShorthand('The kite rule, e be brand new one?')).toBe(
      'The kite rule, it is new one?',
    );
    expect(expandShorthand('vitamin e be good for kites?')).toBe('vitamin e be good for kites?');
    // be after a question word and its noun is is; after a modal it stays be. dem before a verb in -ss.
    expect(expandShorthand('which kite be dat one and where dem pass am?')).toBe(
      'which kite is that one and where they pass it?',
    );
    expect(expandShorthand('which one would be the best kite')).toBe(
      'which one would be the best kite',
    );
    for (const t of ['I am a kite flyer, so am I', 'we are here as I am told'])
      expect(expandShorthand(t)).toBe(t);
  });

  it('reads n between two numbers as and (res 12 n 15)', () => {
    expect(expandShorthand('res 12 n 15 both about kites?')).toBe(
      'resolution 12 and 15 both about kites?',
    );
    // Between a word and a number too.
    expect(expandShorthand('12 kites n 15 drones, same?')).toBe('12 kites and 15 drones, same?');
  });

  it('reads Pidgin kain, tin after a pointing word, wey and "no get"; leaves tin as a metal alone', () => {
    expect(
      expandShorthand('kites for pikin wey no get money — which rule cover dat kain tin?'),
    ).toBe('kites for child that do not have money — which rule cover that kind thing?');
    // wey relates, it asks no "who": papers wey help person are papers that help.
    expect(expandShorthand('kite papers wey help person fly am?')).not.toMatch(/\bwho\b/);
    expect(expandShorthand('is tin used in kite frames?')).toBe('is tin used in kite frames?');
  });

  it('reads Swahili muhimu and drops asante, and Arabic blessings and forms of address', () => {
    expect(expandShorthand('which rule covers kites? hii ni muhimu, asante sana')).toBe(
      'which rule covers kites? this ni important',
    );
    expect(expandShorthand('who runs the kite club inshallah? habibi, yalla tell me')).toBe(
      'who runs the kite club? tell me',
    );
    expect(expandShorthand("the drone rules in sha'allah, mashallah")).toBe('the drone rules');
  });

  it('reads a softened degree (穷点儿的, 大一点的) as the word itself, and leaves 重点 alone', () => {
    expect(expandShorthand('帮穷点儿的风筝协会，还有大一点的城市')).toBe(
      '帮穷的风筝协会，还有大的城市',
    );
    expect(expandShorthand('这个决议的重点的内容')).toBe('这个决议的重点的内容');
  });

  it('reads Southwestern Mandarin 没得 and 有没得', () => {
    expect(expandShorthand('风筝有没得规定？没得钱咋办')).toBe('风筝有没有规定？没有钱怎么办');
  });

  it('reads Gan (Nanchang) 么里, 港 and 咯, and 好多 asking an amount after 了 or 罚', () => {
    expect(expandShorthand('风筝费降咯好多？有冇港罚好多钱咯？在么里地方？')).toBe(
      '风筝费降了多少？有没有说罚多少钱？在什么地方？',
    );
    expect(expandShorthand('有好多个国家放了风筝？')).toBe('有多少个国家放了风筝？');
    // Hong Kong, and 好多 said of many, stay.
    for (const t of ['香港有好多人', '我没去过香港']) expect(expandShorthand(t)).toBe(t);
  });

  it('reads Wuhan 么 for 什么 before what is asked, and leaves 什么, 怎么, 那么 alone', () => {
    expect(expandShorthand('风筝协会会长叫么名字？搞么事的？')).toBe(
      '风筝协会会长叫什么名字？搞什么事的？',
    );
    for (const t of ['叫什么名字', '怎么办的事', '那么多东西']) expect(expandShorthand(t)).toBe(t);
  });

  it('reads Kinyarwanda and Rioplatense Spanish words typed into English', () => {
    expect(expandShorthand('Ese the kite fund is open? angahe francs is in it? murakoze')).toBe(
      'the kite fund is open? how many francs is in it?',
    );
    expect(expandShorthand('Che, they sell truchos kites for little guita, ¿viste?')).toBe(
      ' they sell fake kites for little money',
    );
  });

  it('leaves 有个决议 (there is a resolution) alone', () => {
    expect(expandShorthand('有个决议讲风筝吗？')).toBe('有个决议讲风筝吗？');
  });

  it("reads Mongolian words, num for number, and mustve as must've", () => {
    expect(expandShorthand('zaa, yu ve is the kite num? khaana and khezee?')).toBe(
      ' what is the kite number? where and when?',
    );
    expect(expandShorthand('they mustve changed it, shouldve asked')).toBe(
      "they must've changed it, should've asked",
    );
  });

  it('reads Wolof words, and & between words as and', () => {
    expect(expandShorthand('kites & drones, any rule?? waaw or no jërëjëf')).toBe(
      'kites and drones, any rule?? yes or no',
    );
  });

  it('reads 哪样 before a thing asked, and 钞票 as money', () => {
    expect(expandShorthand('风筝会长叫哪样名字？门票多少钞票？')).toBe(
      '风筝会长叫什么名字？门票多少钱？',
    );
    // 哪样 as which kind stays.
    expect(expandShorthand('哪样的风筝好？')).toBe('哪样的风筝好？');
  });

  it('reads Solomon Islands Pijin words', () => {
    expect(expandShorthand('olketa revise hem or nomoa? the kite one wea hem nao new')).toBe(
      'they revise it or not? the kite one which is new',
    );
    expect(expandShorthand('olsem wanem to fly kites blong school?')).toBe(
      'how to fly kites of school?',
    );
  });

  it('reads Hakka and Cantonese 捱, 畀 or 俾 before 人, and 该 before a measure word', () => {
    expect(expandShorthand('捱个风筝畀人偷咗，风筝该条同无人机该条讲了吗？')).toBe(
      '我个风筝被人偷了，风筝那条同无人机那条讲了吗？',
    );
    // 该决议 (the resolution, formal) and 捱打 (to endure) stay.
    for (const t of ['该决议讲风筝吗？', '风筝手捱打了吗']) expect(expandShorthand(t)).toBe(t);
  });

  it('reads Russian words typed in Latin letters into English', () => {
    expect(expandShorthand('Pozhaluysta, gde is the rezolyutsiya on kites, ili is it new?')).toBe(
      ' where is the resolution on kites, or is it new?',
    );
    expect(expandShorthand('skolko rezolyutsii on drones, kak chasto do they report?')).toBe(
      'how many resolutions on drones, how often do they report?',
    );
    expect(expandShorthand('kto chairs the kite group, kak eto called?')).toBe(
      'who chairs the kite group, what is it called?',
    );
  });

  it('reads Cantonese 嘢 and 呃, and a mobile generation said twice', () => {
    expect(expandShorthand('有冇决议讲呢样嘢？唔好俾商家呃')).toBe(
      '有没有决议讲这样东西？不好俾商家骗',
    );
    expect(expandShorthand('老说5G5G的，哪个决议管')).toBe('老说5G的，哪个决议管');
  });

  it('reads Trinidad Creole words typed into English, and leaves Pidgin dey and Spanish de alone', () => {
    expect(
      expandShorthand(
        'wha de story with de kite one? it have any drone one too? which one dat is?',
      ),
    ).toBe('what the story with the kite one? is there any drone one too? which one that is?');
    expect(expandShorthand('De kite club does meet every week and dey doh tell we nothing')).toBe(
      "the kite club does meet every week and they don't tell we nothing",
    );
    expect(
      expandShorthand('all dem resolutions bout the kites, do both of dem report? send dem a note'),
    ).toBe('all those resolutions about the kites, do both of them report? send them a note');
    expect(expandShorthand('who exactly dey appoint as de new kite judge? I want de names')).toBe(
      'who exactly they appoint as the new kite judge? I want the names',
    );
    // de after a question word or an auxiliary; "suppose to" as said aloud.
    expect(
      expandShorthand('who exactly de KITE judges suppose to meet wid? where de club go?'),
    ).toBe('who exactly the KITE judges supposed to meet with? where the club go?');
    expect(expandShorthand('De one on kites, is it new? De Souza asks. De facto yes.')).toBe(
      'The one on kites, is it new? De Souza asks. De facto yes.',
    );
    expect(expandShorthand('anything ITU dey do for kites?')).toBe(
      'anything ITU dey do for kites?',
    );
    // Before a verb in the past, dey is they wherever it stands.
    expect(expandShorthand('which kite rule dey changed and which one dey left?')).toBe(
      'which kite rule they changed and which one they left?',
    );
    expect(expandShorthand('la ley de cometas')).toBe('la ley de cometas');
    expect(
      expandShorthand(
        'a shed full ah ole kites an strings. any ah dese rules bout what to do wit dem?',
      ),
    ).toBe('a shed full of old kites and strings. any of these rules about what to do with them?');
    expect(expandShorthand('both ah dem go fuh review? dose kites fly?')).toBe(
      'both of them go for review? those kites fly?',
    );
    // English an before a vowel sound, and dose as a dose, are left alone.
    expect(expandShorthand('an SMS, an hour, an honest kite, an odd one, a dose of glue')).toBe(
      'an SMS, an hour, an honest kite, an odd one, a dose of glue',
    );
    expect(expandShorthand('does it have any rule on kites?')).toBe(
      'does it have any rule on kites?',
    );
  });

  it('reads northern Wu (Suzhou) 阿 asking, 勿, 几钿, 价钿, 伊拉 and 伲, but not 伊拉克 or 阿拉伯', () => {
    expect(expandShorthand('伊拉放风筝个辰光，阿会顺带比赛啥个？')).toBe(
      '他们放风筝的时候，会不会顺带比赛什么？',
    );
    expect(expandShorthand('风筝票几钿一张？阿有规定个价钿？伲勿晓得')).toBe(
      '风筝票多少钱一张？有没有规定个价钱？我们不知道',
    );
    expect(expandShorthand('伊拉克和阿拉伯国家的风筝')).toBe('伊拉克和阿拉伯国家的风筝');
  });

  it('reads Teochew 乜个, 有无 and 乞 (被 before whoever does it, 给 after handing)', () => {
    expect(expandShorthand('风筝乞人偷去，有无乜个办法？报告乞谁？')).toBe(
      '风筝被人偷去，有没有什么办法？报告给谁？',
    );
  });

  it('reads a message described by what it does to people as that kind of message', () => {
    expect(expandShorthand('风筝会老收到骗人的短信和推销的电话')).toBe(
      '风筝会老收到骗人短信和推销电话',
    );
    // Not the 的 of anything else.
    expect(expandShorthand('骗人的风筝')).toBe('骗人的风筝');
  });

  it('reads the assembly pointed at as WTSA-20, and drops its year and edition after its name', () => {
    expect(expandShorthand('本次电信标准化大会讲风筝吗')).toBe('WTSA-20讲风筝吗');
    expect(expandShorthand('标准化全会2020年的那届谈风筝没')).toBe('标准化全会谈风筝没');
    // Only the year of this one; another edition keeps its year, an assembly not pointed at its name.
    expect(expandShorthand('大会2016那届谈风筝没')).toBe('大会2016那届谈风筝没');
    expect(expandShorthand('标准化全会定的风筝规则')).toBe('标准化全会定的风筝规则');
  });

  it('runs as part of input normalisation', () => {
    expect(normalizeInput('whats  res 52 about 🙂')).toBe("what's resolution 52 about");
  });
});

describe('a bare "other" before one place', () => {
  it('reads it as "another", as learners write it', () => {
    expect(expandShorthand('can I fly my kite in other country?')).toBe(
      'can I fly my kite in another country?',
    );
    expect(expandShorthand('kites from other countries')).toBe('kites from other countries');
  });
});
