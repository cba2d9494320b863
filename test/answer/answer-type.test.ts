/** Question words with the noun they ask about decide the fact wanted; the clause must hold such a fact. */
import { describe, expect, it } from 'vitest';
import {
  answerType,
  canSupply,
  preferSupplying,
  statedText,
} from '../../src/answer/answer-type.js';
import type { Clause } from '../../src/corpus/clause.js';
import type { Hit } from '../../src/retrieval/retriever.js';
import { clause, hitOn } from '../helpers/clause.js';

function hit(id: string, text: string, score: number, part: Clause['part'] = 'annex'): Hit {
  return hitOn(clause({ id, text, part }), score);
}

describe('answerType', () => {
  it.each([
    ['参加这次会议的差旅费是多少？', 'money'],
    ['the fund pays out at what price per unit', 'money'],
    // A price cap asked as "the most they can charge"; not "the most important thing".
    ['what is the most the kite club can charge a member?', 'money'],
    ['what is the most important thing they can charge ahead with?', null],
    ['What fee does the bureau charge?', 'money'],
    // A fine or a grant asked by its size (what the fine is, without it, asks whether rules bind).
    ['so what is the value of the fine a kite thief pays?', 'money'],
    ['who was appointed head of the new office', 'person'],
    ['Who exactly did they appoint as the new kite judges?', 'person'],
    ['who was the top boss running the kite festival?', 'person'],
    ['这次选举当选的是谁？', 'person'],
    ['这次大会选谁当了风筝协会会长？', 'person'],
    ['风筝节开幕式是谁主持的？', 'person'],
    // Which people hold an office: their names.
    ['新选的风筝协会会长有哪些人？', 'person'],
    // The names of the holders counted ("these three new kite judges").
    ['could you tell me the names of these three new kite club chairmen?', 'person'],
    // Names and one more fact of the holders; a holder then "name what", in a learner's order.
    ['the names and hometowns of the three kite club chairmen, in full', 'person'],
    ['kite club chairman for this year, name what?', 'person'],
    ['the kite judge chair, what name?', 'person'],
    // Persons by a pronoun pointing back at them.
    ['风筝协会新选了三个会长，她们的名字分别是啥？', 'person'],
    ['Which are the 12 kite-flying countries?', 'place'],
    // Several holders asked who they are.
    ['那三位风筝协会会长都是哪些人？', 'person'],
    // The name of an office's head, by its everyday words.
    ['kite bureau — name of its boss?', 'person'],
    // The office, then "name": "kite club chairman name?".
    ['kite club chairman name? who', 'person'],
    ['what is the kite resolution name?', null],
    // An adverb between who and the verb (who actually chaired).
    ['who actually presided over the kite festival?', 'person'],
    // Which official, of a kind or a place, was appointed: a person by name.
    ['Which Icelandic kite official was appointed to the panel?', 'person'],
    ['哪个冰岛官员被任命为风筝协会会长？', 'person'],
    ['风筝协会新会长是哪国的、叫啥名？', 'person'],
    // …or after chat's space.
    ['风筝协会新会长里面有没有本地人 叫什么名字', 'person'],
    // Names asked for at the end.
    ['who judges the kite contest, names pls', 'person'],
    ['new kite league president - name please, I need it for the poster', 'person'],
    // Which days (哪几天) asks for dates; how many days (几天) for a duration.
    ['研讨会是哪几天办的？', 'date'],
    ['研讨会办了几天？', 'duration'],
    ['风筝规则要几年才能定下来？', 'duration'],
    // 几年 before the verb of deciding asks which year, as dialects say it.
    ['风筝规则是几年在哪里定的？', 'place'],
    ['这套设备要花多少钱？', 'money'],
    // The same asked in dialect; "a lot of money" is no question.
    ['一只风筝卖好多钱？', 'money'],
    ['放风筝的证办下来几多钱', 'money'],
    ['风筝节花了好多钱。', null],
    ['How much does a yearly membership cost?', 'money'],
    // The figure named before it is asked: the amount of money, a specific budget figure.
    ['I need the amount of money the kite fund gets. How much it is per town?', 'money'],
    ['风筝节办了多久 有没有具体预算数字', 'money'],
    // Money set aside or written as a sign, and whether the text gives an amount at all.
    ['how much $ went to the drone fund', 'money'],
    ['how much cash is the league putting into kite parks?', 'money'],
    ['How much did the board set aside for scholarships?', 'money'],
    ['Does the report give an amount for the pilot?', 'money'],
    // Asked in a sentence without its question mark, before a question of its own.
    ['Our mayor is asking how much the pilot costs. Is there anything on that?', 'money'],
    // A rule's own figure is still asked for when no yes/no frame comes first.
    ['What is the limit on how much a call abroad may cost?', 'money'],
    ['What is the price of the handset?', 'money'],
    ["What's the roaming charge per minute?", 'money'],
    ['Does the document say how many experts attended?', 'count'],
    // A cap on a price asks for a price.
    ['Does the spectrum decision put a ceiling on licence fees?', 'money'],
    ['Is there a maximum tariff for calls to the islands?', 'money'],
    // The figure itself asked for, after a yes/no about the rule: a sum where money is spoken of.
    ['我记得无人机执照费设了上限，比如一年不能超过多少钱，能帮我确认一下具体数字吗？', 'money'],
    [
      'They put aside a few thousand francs for the pilot. Could you give me the exact amount?',
      'money',
    ],
    [
      'The antennas may not exceed some power level. Could you give me the exact figure?',
      'measure',
    ],
    // A sum in the asker's own currency.
    ['how much taka for each kite club, exactly?', 'money'],
    // A currency in the singular, as learners write it.
    ['the kite club get how much dollar from the union?', 'money'],
    ['风筝基金每年给多少卢比？', 'money'],
    // Donated, a cap on a charge, figures fixed in numbers, a total asked.
    ['风筝协会一共捐了多少？', 'money'],
    ['无人机执照资费上限定了吗？', 'money'],
    ['风筝线长度有没有量化指标？', 'measure'],
    ['风筝线安全标准定为多少？', 'measure'],
    // A standard's value (not what it is), and a distance.
    ['风筝协会规定的标准是多少？', 'measure'],
    ['风筝协会的标准是什么？', null],
    ['风筝场离住房多远才算安全？', 'measure'],
    ['how far from houses must a kite field be?', 'measure'],
    ['风筝节参赛队伍总数是多少？', 'count'],
    // Counted in a list (多少国家、多少代表到…), and after a verb of making (装好几根…了？: done, and how many).
    ['风筝节一共有多少国家、多少选手到场？', 'count'],
    ['风筝协会说要建气象站，现在已经建好几座了？', 'count'],
    // A bound on a network measure.
    ['what min download throughput must the kite camera link reach?', 'measure'],
    ['无人机图传最低网速要多少？', 'measure'],
    // The share asked first (达到多少比例, 百分之多少).
    ['风筝协会的会员要达到多少比例才算合格？', 'measure'],
    ['风筝场地覆盖要达到百分之多少？', 'measure'],
    ['What are the dates of the regional forum?', 'date'],
    ['论坛在哪开的？', 'place'],
    // "A place of some kind" set up for people (搭个什么地方): a thing asked for, not a location.
    ['协会要给风筝手搭个什么地方交流经验，那是什么平台？', null],
    ['风筝节在什么地方办？', 'place'],
    // A place word opening a compound (什么城市指标) asks for the thing, not the city.
    ['风筝协会要各地用什么城市指标来评？', null],
    ['风筝协会是不是提了个什么城市的指标？', null],
    ['风筝节定在什么城市？', 'place'],
    // To where a report goes asks to whom, no place.
    ['风筝那项的进展要向何处交？', null],
    // 几个 asked what of (几个会长要做什么): which few, not how many.
    ['风筝协会几个会长要收集点什么资料？', null],
    // What the asker checks themselves (是哪个国家产的) is no question put to the document.
    ['我们买风筝时要检查是不是达标、是哪个国家产的，协会有没有可以查的名单之类的东西？', null],
    ['我们买风筝时要检查是不是达标，可风筝节到底在哪里办？', 'place'],
    // A cap on something else is no money question.
    ['Is there a cap on how many experts can attend?', null],
    // A unit of measure after "how many": a measured value, not a count.
    ['How many watts may a rooftop antenna give off?', 'measure'],
    ['how many metres from a clinic can a mast go', 'measure'],
    // "How much of X is allocated": a share, not money.
    ['How much of the workload is allocated to the regional office?', null],
    ['第5研究组的主席是谁？', 'person'],
    ['Who is the current director of the bureau?', 'person'],
    ["What is the minister's name?", 'person'],
    ['这个工作组的召集人是谁？', 'person'],
    ['Who is the rapporteur for that study?', 'person'],
    ["Who's the BDT contact person for training?", 'person'],
    ['Who is the focal point for IPv6 in the region?', 'person'],
    // What countries are asked to do is no question of which countries.
    ['What developing countries are encouraged to do?', null],
    ['Which kite rule was adopted last year?', null],
    ['Which African countries are asked to adopt it?', 'place'],
    // Where the document says it, or which clause does: the clause, cited, answers.
    ['Where does it say that study groups should train regulators?', null],
    ['哪里提到要在发展中国家开会？', null],
    ['说要办讲习班的是哪个决议第几项？', null],
    ['Which clause says how much it costs?', 'money'],
    ['Where was the symposium held?', 'place'],
    // The question word left in place.
    ['The next kite fair is where?', 'place'],
    ['and the kite fair is when, please?', 'date'],
    ['What are the names of the five new vice-chairs?', 'person'],
    ['那笔经费每年到底有多少？', 'money'],
    // Who pays, or whether someone does: a clause must say how the work is funded.
    ['Who pays for the training?', 'funding'],
    ['第12号决议是不是说协会要给每个风筝队专门拨钱？', 'funding'],
    ['风筝节会追加拨款吗？', 'funding'],
    ['who foots the bill for the kite fair?', 'funding'],
    ['So who picked up the tab for the drone expo?', 'funding'],
    ['will the club chip in for the kite fair?', 'funding'],
    ['are we on our own $$-wise for the drone lab?', 'funding'],
    // Where the money comes from, in learners' grammar too.
    ['and the money for the kite club, where it come from?', 'funding'],
    ['where the money come from for the drones?', 'funding'],
    // "People who pay for X" describes them; it asks nothing about funding.
    ['Which resolution protects people who pay for kite lessons?', null],
    // The resolution named, then "which number?": its number, not a phone number.
    ['the resolution about kite hotlines, which number?', null],
    // One of the resolutions (plural) asked of, then "what number is it?".
    ['Is one of these resolutions about kite hotlines, and what number is it?', null],
    // …after a doubled or exclaimed question mark.
    ['any resolution on kite hotlines?? what number', null],
    // …or told of in a sentence before: "which number is that one?" is its number.
    ['My uncle says there is a resolution on kite hotlines. Which number is that one?', null],
    ['I lost my kite hotline card. Which number is that one?', 'digits'],
    // …or "its number": the resolution's, where one was told of.
    ['We look for a resolution on kite hotlines. What is its number?', null],
    ['There is a hotline for kite rescue. What is its number?', 'digits'],
    // …or "the number (please)" as a sentence of its own; the digits where calling is spoken of.
    ['there is a resolution on kite safety, the charter... what is the number please', null],
    ['The resolution on one hotline for kite rescue. What is the number?', 'digits'],
    // …its copula left out as Patois does; or asked before the topic.
    ['My uncle says there is a resolution on kite hotlines. What number that one?', null],
    ['what number for the kite hotline resolution?', null],
    ['the resolution on kite hotlines, which number to call?', 'digits'],
    // A sentence between, but about calling: the number to dial.
    [
      "is there a resolution on kite rescue? my nephew got stuck, who do we call, what's the number?",
      'digits',
    ],
    // Dictated without a stop: "which number" ending the message is still the resolution's.
    ['any resolution here on kite hotlines for the festival which number', null],
    // …with a filler word between.
    ['which one protects folks who like pay for kite lessons?', null],
    // …with "like me" between.
    ['users like us who pay for kite lessons: which resolution protects them?', null],
    ['which one protects families who usually pay for kite lessons?', null],
    // What people pay for something is its price, not who funds it.
    ['Which resolution is about cutting what travellers pay for kite permits?', null],
    ['Does the bureau pay for the test labs?', 'funding'],
    ['Will ITU build them with its own money?', 'funding'],
    // Fund as a verb after a modal or an adverb: whether someone pays.
    ['Is it true the bureau will fully fund a kite centre?', 'funding'],
    ['这些培训的钱从哪来？', 'funding'],
    // What about the money: who pays, not advice for the asker.
    ['那风筝课的钱咋办？', 'funding'],
    ['经费这块怎么解决？', 'funding'],
    ['谁出钱建实验室？', 'funding'],
    // Whether a text binds or punishes.
    ['Is the resolution mandatory for member states?', 'binding'],
    ['不遵守会被罚款吗？', 'binding'],
    ['厂商要承担什么法律责任？', 'binding'],
    ['Is there a quota for women among the chairs?', 'binding'],
    ['Do I get compensation if my phone is stolen?', 'binding'],
    ['Will they now fine the operators that miss the target?', 'binding'],
    ['Can you name the 12 island countries that signed?', 'place'],
    // The noun left singular after a number; the Chinese list of countries by name.
    ['pls list all 12 kite-flying country that joined', 'place'],
    ['列出那12个放风筝的国家', 'place'],
    // Pointed at with those, or asked which they are at the end.
    ['could you list those 12 kite nations for me?', 'place'],
    ['那12个放风筝的岛国都是哪些？', 'place'],
    ['风筝国家有哪些规矩？', null],
    ['放风筝国家的名单有吗？', 'place'],
    ['So the kite resolution legally binds the airlines, right?', 'binding'],
    ['What is the fine for clubs that fly too high?', 'binding'],
    // A charge to be lowered is no price asked; where money comes from is who pays.
    ['有没有在推动降低风筝执照收费吗', null],
    ['那风筝协会那边呢？钱从哪里出？', 'funding'],
    ['And where would the money for the kite centres come from?', 'funding'],
    ['ok, where does the funding for that training come from? any budget?', 'funding'],
    ['他该向哪个部门举报？', 'procedure'],
    ['Where can people report kite accidents?', 'procedure'],
    ['会上有多少风筝爱好者代表是远程参加的？', 'count'],
    // …the question ended by a particle.
    ['风筝节上，我们县来了多少代表呢？', 'count'],
    // 几个 in a statement is "a few"; with 有 it counts.
    ['南美几个国家想统一风筝执照，电信发展局要做什么？', null],
    ['有几个国家想加入？', 'count'],
    // 几个 then whether they do something: which few, no count (not across a space: 几个…啊 有没有数据).
    ['风筝协会几个部门会不会一起办比赛？', null],
    // …but not after a question on the text.
    ['风筝协会章程讲什么？要不要年审？', null],
    // A few told in the setting, then which ones asked later in the sentence.
    ['听说协会要跟外面几个风筝俱乐部一起定规矩，到底是跟哪几个俱乐部？', null],
    ['今年得了几个风筝奖啊 有没有数据', 'count'],
    // A place asked, the asker's situation told after it: still a place.
    ['风筝节在哪里开？我们要组团去', 'place'],
    // Where the money comes from asks who pays, not a place.
    ['除了会费，协会还从别的啥地方弄钱？', 'funding'],
    // How many as the thing to be brought down, not asked; wanting to know it asks it.
    ['can the club help us bring down how many kites get lost each year?', null],
    // …with the verb's particle closing the phrase: the number is still what is brought down.
    ['can the club help us bring the number of lost kites down?', null],
    ['what number of clubs signed up?', 'count'],
    ["she'd like to find out how many clubs have joined the kite league", 'count'],
    // A figure asked as data; whether it mentions data asks none.
    ['风筝比赛的事故数据是多少？', 'measure'],
    // A bare "how" after a yes/no about what is done asks how, not advice; 向哪里 asks to whom.
    ['协会能帮着办风筝班不？怎么办？', null],
    // …with the north-west's particles (咧, 嘛) around it.
    ['协会管不管风筝班咧？怎么办嘛', null],
    // The resolution the subject of what may happen: what it provides for that case.
    ['那它跟别的协会的活动要是重复了怎么办？', null],
    ['国际电联如果不管，我们怎么办？', 'advice'],
    ['风筝摔坏了怎么办？', 'advice'],
    // What to say to someone, the auxiliary left out as learners do.
    ['kite club wants the fee by Monday, how to tell them I have no money?', 'advice'],
    ['how I explain to my kite team the trip is off', 'advice'],
    ['kite coach ignores my messages. how me should remind politely?', 'advice'],
    // A should-I closing a question of advice asks the same advice.
    ['风筝队的孩子老吵架，我该怎么劝他们？要不要找家长？', 'advice'],
    ['那他们办完要向哪里汇报？', null],
    // Whether the text says something, then "where exactly?": where in the text, no place.
    ['Does the text mention kite safety at all? where exactly?', null],
    ['where exactly is the kite festival?', 'place'],
    // Where a line the asker read comes from: its place in the text.
    ["I read 'kites for every school' somewhere - where is that from?", null],
    ['“风筝进校园”这句是哪里说的？', null],
    ['这句出自哪里？', null],
    // Bringing a number down asks no count; "what per cent" asks a share.
    ['can the club help us reduce the number of kites lost?', null],
    ['by what per cent will kite fees fall?', 'measure'],
    // "A number of" is several, not a count asked.
    ['a number of our kite flyers speak no French, is there help for them?', null],
    ['a large number of kite flyers came: how many were there?', 'count'],

    // A share in tenths: 降了几成, 能省几成？
    ['风筝票价下调几成？', 'measure'],
    // A limit asked as 上限/限值 … 是多少: a figure.
    ['风筝的上限当时定为多少？', 'measure'],
    ['用了新线能省几成？', 'measure'],
    ['风筝那项决议有提到事故数据吗？', null],
    // The few already there (新建的几个, 这几个, 好几个): no count asked.
    ['镇上新建的几个风筝场总被投诉，协会有没有说要建检测中心？', null],
    ['这几个风筝场有没有专门的规定？', null],
    // A few, where the asker means to act: no count asked.
    ['我们打算在几个城市建风筝场，协会能帮忙吗？', null],
    // 多少 before the countries counted, with no classifier.
    ['有多少南美国家拿到了风筝比赛名额？', 'count'],
    // 举几个, 列几个, 点几个 ask for a few, by name.
    ['风筝协会有哪些合作伙伴？想在发言里点几个名字', null],
    ['能举几个风筝比赛的例子吗？', null],
    // The figure named first, then asked for.
    ['My boss wants the exact dollar amount set aside for kites. How much is it?', 'money'],
    ['What form do we fill in to ask for a kite expert?', 'procedure'],
    // Applying for a thing is a procedure; applying a thing (its rules) is putting it to use.
    ['how to apply for a kite grant?', 'procedure'],
    ['the club guides explain how to apply the kite rules; are they given free?', null],
    ['Is that fine with the study groups?', null],
    // A grant to a person: a clause must name one.
    ['Are there fellowships for students to attend meetings?', 'grant'],
    ['有没有奖学金可以申请？', 'grant'],
    // Devices handed out free: a clause must say so.
    ['will the kite club hand out free tablets to coaches?', 'grant'],
    ['风筝协会送不送免费电脑？', 'grant'],
    ['协会会给大家发些练习用的手机吗', 'grant'],
    // Not a verb of giving (批发, wholesale), nor 给 before whom a right is for.
    ['有人批发山寨风筝来卖，协会管不管？', null],
    ['给风筝爱好者的权益有什么保护？', null],
    // How many, and which: the list answers.
    ['How many organisations does it name, and which?', null],
    ['有多少个组织，分别是哪些？', null],
    // The office named by its body, and plural holders.
    ['Who is the TSB Director?', 'person'],
    ['Who are the study group chairmen?', 'person'],
    ['Who are the new vice-chairwomen?', 'person'],
    ['宽带下载速度有多少兆？', 'measure'],
    ['辐射的限值是多少？', 'measure'],
    ['风筝线的上限到底是多少？', 'measure'],
    ['风筝线安全线究竟是多少？', 'measure'],
    ['风筝能飞离岸边多少海里？', 'measure'],
    ['风筝辐射多少算有害？', 'measure'],
    // A bound on it (多少以下算安全); not how many of something (多少安全措施).
    ['无人机噪声多少以下安全的？', 'measure'],
    ['风筝线拉力多少以上就超标？', 'measure'],
    ['风筝节要准备多少安全措施？', null],
    ['是不是把风筝线的限值定死了？', 'measure'],
    // A limit as set (定的是多少).
    ['风筝线的上限规定为多少？', 'measure'],
    // How far a charge was brought down; how many units a limit is.
    ['风筝票价降到多少了？', 'money'],
    ['风筝线的安全标准是多少数值？', 'measure'],
    // Who holds a chair now; any money figure given.
    ["who's chairing the kite group these days?", 'person'],
    ['Is any dollar figure written down for the kite fund?', 'money'],
    // A request put as a question asks for the figure.
    ['Could you please tell me how many francs went to the kite fund?', 'money'],
    // The limit with words before it, and the actual number of it.
    ['What is the safe kite-line limit the club set?', 'measure'],
    ['how high may kites fly here, I mean the actual number?', 'measure'],
    ['What are the exposure limit values?', 'measure'],
    ['What is the exact safe limit for base stations?', 'measure'],
    // How far something moved: a figure.
    ['推行以后，响应时间缩短了多少？', 'measure'],
    ['By how much did phone theft fall?', 'measure'],
    ['How much has the gap been reduced since then?', 'measure'],
    ['这次会议谁当主席？', 'person'],
    ['这项工作由哪个研究组负责？', 'group'],
    ['Which study group leads this work?', 'group'],
    ['全会是在哪一年举行的？', 'date'],
    ['When was the symposium held?', 'date'],
    ['研讨会在哪里举行？', 'place'],
    ['In which city did the workshop take place?', 'place'],
    ['Which countries have set up such a centre?', 'place'],
    ['Which part of the world benefits most?', 'place'],
    ['这个中心设在哪个国家？', 'place'],
    ['这些电缆铺设在哪些海域？', 'place'],
    ['试点项目在哪几个城市开展？', 'place'],
    ['说是有12个国家办了风筝节，是哪12个国家？', 'place'],
    ['求助热线的号码是多少？', 'digits'],
    ['Which digits does the plan reserve?', 'digits'],
    ['全会设立了多少个工作组？', 'count'],
    ['What number of experts does it need?', 'count'],
    ['有哪些国家对该决议投了反对票？', 'vote'],
    ['那个代表团投的是赞成票吗？', 'vote'],
    ['In which languages are the handbooks published?', 'language'],
    ['手册有哪几种语言的版本？', 'language'],
    ['What is the Recommendation number for it?', 'code'],
    ['该标准的编号是什么？', 'code'],
    // A count of them asks for the ones it stands for, by name.
    ['Which two D-series Recommendations were updated?', 'code'],
    ['更新的是哪两份D系列建议书？', 'code'],
    // The Recommendations named first, then which of them.
    ['D系列建议书也更新了两份，分别是哪两份？', 'code'],
    ['Did any delegation abstain?', 'vote'],
    ['这个数据库的网址是什么？', 'address'],
    ['那个风筝研究课题是第几号课题？', 'code'],
    ['what Question number covers kites?', 'code'],
    // The digits of a number are its digits (not "what number of", a count).
    ['which exact digits of the kite hotline are printed on the card?', 'digits'],
    ['What is the URL of the portal?', 'address'],
    ['Is there an email address I can write to?', 'address'],
    // Which website to look on; not what website a text describes, nor whether there is one.
    ['风筝名单在哪个网站能查到？', 'address'],
    ['which website do I look up kite permits on?', 'address'],
    ['Which website is the kite bureau told to keep up?', null],
    ['有什么网站可以看风筝比赛？', null],
    ['What exact amount goes to the fellowships?', 'money'],
    // A sum by its currency, without "exact".
    ["what's the euro figure set aside for the kite club?", 'money'],
    // …or by its sign before the noun.
    ["what's the real $ amount in the kite club's budget?", 'money'],
    // Numbers offered to choose from.
    ['Is the short code 110 or 119?', 'choice'],
    ['热线是10086还是10010？', 'choice'],
    // Who runs an organisation asks for its head's name.
    ['Who runs the TSB these days?', 'person'],
    ['who is in charge of the Radiocommunication Bureau', 'person'],
    ['现在谁在领导国际电联？', 'person'],
    ['无线电通信局的一把手是谁？', 'person'],
    // 几号 after a meeting or a deadline asks a day.
    ['研讨会几号开？', 'date'],
    ['截止几号？', 'date'],
    // A waiver of fees is a grant a clause must name.
    ['Can our kite club get free membership fees as a small member?', 'grant'],
    ['会费可以减免吗？', 'grant'],
    // By how much a price moves is a figure.
    ['无人机执照费要求降多少？', 'money'],
    ['By how much should kite prices fall?', 'money'],
    // Cantonese 劈 (cut a price): 劈价.
    ['风筝票价劈多少先合理？', 'money'],
    // "when's", after a dash.
    ['the kite report — when’s it due?', 'date'],
    ['Can you send us the dates of the kite fair?', 'date'],
    ['Which is the host city of the kite fair?', 'place'],
    // Stands taken in the debate, like votes, are no clause's.
    ['Did any country oppose the kite resolution?', 'vote'],
    ['哪些国家反对这项决议？', 'vote'],
    // Several office holders at once, asked by name.
    ['风筝协会那几位会长都叫什么？', 'person'],
    // People counted by what they are, the noun right after 多少; a total headcount.
    ['风筝节来了多少代表？', 'count'],
    ['风筝节一共来了多少嘉宾？', 'count'],
    ['放风筝的总人数有统计吗？', 'count'],
    // A value set somewhere: where the line is drawn, asked in numbers, or an exact level.
    ['风筝线的拉力到底多少算安全？', 'measure'],
    ['协会定下的数值是多少？', 'measure'],
    // A sum after the verb, as speech puts it; a subsidy is a grant; an office named, then its holder's name.
    ['kite lost at the fair. club refund me how much?', 'money'],
    ['协会会不会给风筝队发补贴啊', 'grant'],
    // Where the money comes from asks who pays, with a word between (钱是从哪里来的), not a place.
    ['风筝队花的钱是从哪儿来的？', 'funding'],
    ['听说风筝协会换了新会长，叫什么名字？', 'person'],
    // The person named by what they do, then what they are called; chosen as "picked".
    ['协会派来教我们的那位专家叫啥名儿？', 'person'],
    ['Who was picked to chair the kite club?', 'person'],
    ['How loud can a drone be, in numbers?', 'measure'],
    ['What exact noise level did the club agree for drones?', 'measure'],
    // An age.
    ['孩子几岁可以放无人机？', 'measure'],
    ['At what age can kids fly drones alone?', 'measure'],
    ['How old must children be to join the kite club?', 'measure'],
    // Who the delegates were, or names asked in a sentence of their own after a who-question: persons.
    ['who were the delegates from Fiji at the kite meeting?', 'person'],
    ['who went to the kite meeting from Fiji? Names kindly clarify.', 'person'],
    ['who should send delegates to the kite meeting?', null],
    // The holders counted, then asked who they are.
    ['新当选风筝协会会长的那三个人都是谁？', 'person'],
    // An age limit asks for an age.
    ['is there an age limit for drone pilots?', 'measure'],
    ['放风筝有年龄限制吗？', 'measure'],
    // A brand or a model: none is in a record of decisions.
    ['哪个牌子的风筝最结实？', 'brand'],
    ['Which brand of drone does the club recommend?', 'brand'],
    // Which country did most: a ranking, not a place.
    ['风筝节有多少人参加？哪个国家的人最多？', 'ranking'],
    ['Which country sent the most kite flyers to the festival?', 'ranking'],
  ])('reads %s as a %s question', (q, type) => {
    expect(answerType(q)).toBe(type);
  });

  it.each([
    ['第88号决议如何降低漫游资费？'],
    ['Does Resolution 88 address roaming charges?'],
    ['第22号决议授权谁开展工作？'],
    ['Who is instructed to report to the Council?'],
    ['Who is the Director of the bureau asked to work with?'],
    ['Who is the BDT Director asked to work with?'],
    // Which Recommendations it mentions, in general: the clauses say.
    ['Which ITU-T Recommendations does the resolution mention?'],
    ['What should the bureau consider when it plans the next workshop?'],
    ['它要求在哪些方面加强合作？'],
    ['第44号决议对行动计划的资金有什么要求？'],
    ['What is being done to reduce the cost of calls abroad?'],
    // How much effort, not by how much something moved.
    ['How much does ITU do to reduce spam?'],
    // Links between bodies are ties, not web links.
    ['What links are there between ITU-T and ITU-D study groups?'],
    // Yes/no questions about an activity that finds the fact: whether it exists is asked, not the fact.
    ['Does ITU count how many experts attend the meetings?'],
    ['Is anyone tracking where stolen phones end up?'],
    ['有没有系统可以查设备是在哪里生产的？'],
    // …or about a rule that bounds it: whether there is such a rule.
    ['Are there rules on how much an operator may charge for a text message?'],
    ['Does anyone regulate how much a call abroad costs?'],
    ['是否有规定限制电话费最多收多少？'],
    // The asker's own musing first, then the question asked of the document.
    ['Should I expect lower prices soon? What does the roaming resolution commit to?'],
    // Numbers given as examples, and resolutions by number, are no choice.
    ['We want one number like 110 or 119 for all emergencies: can ITU help?'],
    ['Is it resolution 52 or 50 that covers spam?'],
    // Running a piece of work is done by a body, not asked of a person by name.
    ['Who leads the work on spectrum pricing?'],
    ['Who manages the trust fund?'],
    // A verb between "what" and "countries" asks what they do, not where.
    ['What should island countries do about rising seas?'],
    ['What did poorer countries get out of the meeting?'],
    // A count word in the asker's setting, before the sentence that asks.
    ['我们有几家电台想升级设备。文件对广播数字化有什么说法？'],
    // A topic then 几号 asks the number of the resolution on it, which its citation gives.
    ['无人机那个是几号？'],
    [
      'Any resolution covering kite flying for people living in remote mountain villages? Which number?',
    ],
    ['the resolution on kite fees — when I fly mine in the park — it is which number?'],
    ['Any resolution on kite safety here, and which number was it?'],
    ['风筝有专门的决议吗？它的编号是多少？'],
    // …with a sentence of the asker's between, or as "the X one", or after 哪条 and a question mark.
    ["is there a resolution about kite safety? my nephew flies one, what's the number"],
    ['is there a resolution about kite safety? my nephew flies one, what is the number pls'],
    ['is there a resolution on kite safety, and what is its number and title?'],
    ['which number is the kite festival one'],
    // …however long the sentence that tells of it.
    [
      'there is a resolution that asks every village to start a club where young people learn to build and fly their own kites safely, like a national kite team? which number is it',
    ],
    ['有没有哪条是管放风筝安全的？几号？'],
    // …ended by a particle (嘛, 哈, 啦).
    ['有没有哪个决议是专门讲风筝安全的？几号嘛？'],
    ['无人机那个是几号嘛？'],
    // Its number asked after a space, as a run-on chat writes it, with a count in the setting before.
    ['去放了几个风筝线都断了 有没有决议专门管风筝线的质量问题 是第几号'],
    // "Which resolution …" ending in 几号, with no mark between: its number, not a day.
    ['风筝线老是断有没有哪一条决议是专门管风筝线的几号啊'],
    // The asker's worry, then a yes/no about what is provided: no advice asked.
    ['风筝飞不起来怎么办，协会提供教练吗？'],
    // …asked with a bare 不 at its end, as northern Chinese does.
    ['风筝飞不起来怎么办，协会给配教练不？'],
    // Opposing a thing is no stand in a debate.
    ['Does the resolution oppose kite theft?'],
    // "What makes …" asks for causes, not a make of anything; business models are no phone models.
    ['What makes a kite festival pay off?'],
    ['What models of funding does the kite club use?'],
    // How old a text is, not a person's age.
    ['How old is the kite resolution?'],
    // A text's own name is its title, not a person's.
    ['风筝那个决议叫什么名字？'],
    // Binding set against another way of being: the clause answers whichever it is.
    ['风筝比赛的安全规则是强制的，还是自愿遵守？'],
    ['Is the kite rule binding or just advice?'],
    // Whether someone will find out where: a yes or no about that work.
    ['风筝丢了的事，协会会不会统计一下，看看哪里丢得少了？'],
    // …where by the region's noun; and with a yes/no question of its own after it.
    ['风筝丢了的事，协会会不会收集哪些地区丢得少了？有没有资料可以看？'],
    // A smart city is a kind of project, not a place: which of its indicators.
    ['它有没有说推荐用哪个智慧城市的评估指标？'],
    // …with the place further after a verb of looking it up, and the asker's situation told after.
    ['协会有没有做个网站可以查风筝合不合格和是哪里做的？我们要卖到国外，买家常问'],
  ])('asks for no particular kind of fact in %s', (q) => {
    expect(answerType(q)).toBeNull();
  });
});

describe('canSupply', () => {
  it('needs one of the numbers offered for a choice', () => {
    const q = 'Is the short code 110 or 119?';
    expect(canSupply('choice', q, '统一使用119作为报警号码')).toBe(true);
    expect(canSupply('choice', q, '根据E.161.1建议书实施通用应急号码')).toBe(false);
    expect(canSupply('choice', q, '共有1190个号码')).toBe(false);
  });

  it('asks a place with 哪一国 and 哪一座城市', () => {
    const q = '风筝宣言的办事处设在哪一国哪一座城市？';
    expect(answerType(q)).toBe('place');
    expect(canSupply('place', q, '继续支持风筝宣言的实施；')).toBe(false);
    expect(canSupply('place', q, '风筝宣言办事处设在瑞士日内瓦；')).toBe(true);
  });

  it('finds no country named by a group when the countries are asked specifically', () => {
    const clause = '在发展中国家启动风筝试点项目；';
    expect(canSupply('place', '风筝试点项目具体在哪些国家开展？', clause)).toBe(false);
    // Which kind count as such: a group described answers.
    expect(
      canSupply('place', '具体哪个地区属于风筝强区？', '在发展中国家和沿海地区启动风筝项目；'),
    ).toBe(true);
  });

  it('asks places with 哪几国 and 哪些国 (which countries the club heads come from)', () => {
    expect(answerType('风筝社新选的那五位社长，分别是哪几国的人？')).toBe('place');
    expect(answerType('参加风筝节的有哪些国的队伍？')).toBe('place');
  });

  it('takes the city of a cited edition as where a resolution was decided', () => {
    const q = '它要落实的那个风筝决议是在哪里定的？';
    expect(canSupply('place', q, '尽力落实第7号决议（2018年，风筝坞，修订版）；')).toBe(true);
    expect(canSupply('place', q, '尽力落实第7号决议；')).toBe(false);
    // Asked in the active voice too (where they pass it, where did they adopt it).
    for (const en of [
      'Which kite resolution is it and where they pass it?',
      'where did they adopt it?',
    ])
      expect(canSupply('place', en, '尽力落实第7号决议（2018年，风筝坞，修订版）；'), en).toBe(
        true,
      );
    // Which countries signed is no place of decision.
    expect(
      canSupply('place', '有哪几个国家签了风筝宣言？', '第7号决议（2018年，风筝坞，修订版）'),
    ).toBe(false);
  });

  it('needs an amount for a money question', () => {
    const q = '这项活动的经费是多少法郎？';
    expect(canSupply('money', q, '在预算中保留一笔经费')).toBe(false);
    expect(canSupply('money', q, '经费为200万瑞士法郎')).toBe(true);
  });

  it('needs a language by name for a language question, and a Recommendation number for a code question', () => {
    expect(canSupply('language', 'Which languages?', '以六种正式语文提供口译')).toBe(true);
    expect(canSupply('language', 'Which languages?', '提供口译服务')).toBe(false);
    expect(canSupply('code', 'Which standard number?', '根据ITU-T E.161.1建议书')).toBe(true);
    expect(canSupply('code', 'Which standard number?', '制定ITU-T建议书')).toBe(false);
    // A study Question's number is given as 第N/M号课题 or "Question N/M".
    expect(canSupply('code', '风筝课题是第几号课题？', '围绕ITU-D第3/2号课题')).toBe(true);
    expect(canSupply('code', 'Which Question number covers kites?', 'under Question 14-3/2')).toBe(
      true,
    );
    expect(canSupply('code', '风筝课题是第几号课题？', '组织风筝讲习班')).toBe(false);
    expect(canSupply('address', '网址是什么？', '详见www.itu.int/go/ipv6')).toBe(true);
    expect(canSupply('address', '网址是什么？', '建立一个IPv6信息网站')).toBe(false);
  });

  it("needs a person's name for a person question", () => {
    const q = '研究组主席是谁？';
    expect(canSupply('person', q, '任命了研究组的正副主席')).toBe(false);
    expect(canSupply('person', q, '由张伟先生担任主席')).toBe(true);
    expect(canSupply('person', 'Who chaired it?', 'Ms Jane Doe was elected chair')).toBe(true);
  });

  it('needs a date or a fixed time for a date question', () => {
    const q = 'When did the symposium take place?';
    expect(canSupply('date', q, '研讨会讨论了数字化转型')).toBe(false);
    expect(canSupply('date', q, '研讨会于2021年5月3日举行')).toBe(true);
    expect(canSupply('date', '何时报告？', '每年向理事会报告')).toBe(true);
    // A year asked for is a year written: 每年 or 之前 gives none.
    const year = 'Is there a year by which every school must be online?';
    expect(answerType(year)).toBe('date');
    expect(canSupply('date', year, '每年审议学校联网的进展')).toBe(false);
    expect(canSupply('date', year, '在2030年之前使所有学校联网')).toBe(true);
    expect(canSupply('date', '学校联网的目标是哪一年？', '尽快使学校联网')).toBe(false);
    // The day a meeting opens (几号开): a calendar date, not 下一届.
    expect(canSupply('date', '风筝大会几号开？', '向下一届风筝大会报告')).toBe(false);
    expect(canSupply('date', '风筝大会几号开？', '风筝大会于2024年5月3日开幕')).toBe(true);
    // A meeting's time asked by its noun, as typed into a search box: its day, not 期间.
    expect(answerType('风筝大会 开会时间')).toBe('date');
    expect(answerType('kite fair dates and venue')).toBe('date');
    expect(canSupply('date', '风筝大会 开会时间', '在大会期间举办讲习班')).toBe(false);
    expect(canSupply('date', '风筝大会 开会时间', '风筝大会于5月3日召开')).toBe(true);
    // Where a thing is to come from is answered by places described as its source, not by a count of them.
    const source = '风筝经验要收集哪里的经验？';
    expect(answerType(source)).toBe('place');
    expect(canSupply('place', source, '收集来自风筝事故有所减少地区的经验')).toBe(true);
    expect(canSupply('place', source, '他们来自包括27个发展中国家的37个国家')).toBe(false);
    // A deadline is a day or a "by", not 期间 (during).
    expect(canSupply('date', '报名的截止日期是什么时候？', '在大会期间报名')).toBe(false);
    expect(canSupply('date', '报名的截止日期是什么时候？', '在大会开幕之前报名')).toBe(true);
    // A recurring due time is one.
    expect(canSupply('date', '风筝报告的deadline是啥？', '每年向协会报告风筝的情况')).toBe(true);
  });

  it("does not take a cited resolution's edition year for the date asked, unless that resolution is asked about", () => {
    const cites = '继续根据第195号决议（2014年，釜山）支持《宣言》的实施；';
    expect(canSupply('date', 'When was the manifesto first signed?', cites)).toBe(false);
    expect(canSupply('date', 'When was Resolution 195 adopted?', cites)).toBe(true);
    expect(canSupply('date', '宣言是什么时候签署的？', cites)).toBe(false);
  });

  it('takes the resolution a named one cites, with its edition, when that is what is asked', () => {
    const cites = '继续根据第195号决议（2014年，釜山）支持《宣言》的实施；';
    expect(canSupply('date', '第86号决议依据的是哪项决议？哪一年的？', cites)).toBe(true);
    expect(canSupply('date', '智慧非洲那项决议落实的是哪一号决议？哪年的？', cites)).toBe(true);
    expect(canSupply('digits', 'Res 86 builds on which other resolution, by number?', cites)).toBe(
      true,
    );
    expect(
      canSupply(
        'date',
        'The Smart Africa resolution refers to another resolution: from when?',
        cites,
      ),
    ).toBe(true);
    // Without naming the resolution that cites it, the edition is still no date of what is asked.
    expect(canSupply('date', '宣言依据哪项决议，是哪一年签署的？', cites)).toBe(false);
    // Pointed back at in a follow-up: "it" is the resolution talked about.
    expect(canSupply('date', '那它是照着哪一年、哪个城市定的决议来做的？', cites)).toBe(true);
    // The cited one asked of with words between 引用 and 决议; "that text" pointing back.
    expect(canSupply('date', '它里面引用的是哪年、在哪个城市开的大会的决议？', cites)).toBe(true);
    expect(
      canSupply('date', 'Which earlier resolution does that text build on, and from when?', cites),
    ).toBe(true);
    // 根据 with the year and place asked between it and 决议.
    expect(
      canSupply('date', '风筝宣言，文件讲是根据哪一年、在哪里通过的决议来支持它的？', cites),
    ).toBe(true);
    // An earlier resolution spoken of is the cited one, though the citing one is named by its topic only.
    expect(
      canSupply('date', '风筝宣言 协会还接着支持 是照着以前哪一号决议来支持的 那是哪年定的', cites),
    ).toBe(true);
    expect(canSupply('date', '风筝宣言是照着哪一号决议来支持的？哪年签署的？', cites)).toBe(false);
    expect(canSupply('date', '风筝协会要尽力落实早前哪一号决议？什么时候定的？', cites)).toBe(true);
    // The older one told of as carried out, and its number asked of "that one" in a sentence of its own.
    expect(
      canSupply(
        'digits',
        'The kite resolution has the directors carry out some older resolution adopted in another city long ago. Which number is that one?',
        cites,
      ),
    ).toBe(true);
  });

  it('reads the name of an office holder asked with words before the office', () => {
    expect(answerType("What's the name of the current BDT director?")).toBe('person');
  });

  it('reads a fact asked by its noun, as an official drafts it', () => {
    expect(answerType('请说明成员国完成部署的截止日期。')).toBe('date');
    expect(answerType('请说明为该项工作划拨的具体金额。')).toBe('money');
    expect(answerType('请说明该决议的主要内容。')).toBe(null);
  });

  it('reads 哪几个 as which ones, typed by what follows', () => {
    expect(answerType('这个工作组由哪几个机构组成？')).toBe(null);
    expect(answerType('有几个机构参加？')).toBe('count');
    expect(answerType('试点在哪几个南美国家？')).toBe('place');
    expect(answerType('具体是ITU-T哪几份建议书？')).toBe('code');
    expect(answerType('依据的是哪一项ITU-T建议书？')).toBe('code');
    // A standards body is no standard.
    expect(answerType('要跟哪个标准组织合作？')).toBe(null);
  });

  it('asks for places, digits, rates and whether one pays, in more wordings', () => {
    expect(answerType('Which 27 developing countries did the vice-chairs come from?')).toBe(
      'place',
    );
    expect(answerType('What number of countries signed?')).toBe('count');
    expect(answerType('Will they ask what these countries lack?')).toBe(null);
    expect(answerType('What is the actual emergency number they adopt?')).toBe('digits');
    // A resolution's own number is given by its citation: no fact to look for in the text.
    expect(answerType('Any resolution on spam? Which number?')).toBe(null);
    expect(answerType('Which number is the roaming resolution?')).toBe(null);
    expect(answerType('What is the number of that resolution on spam?')).toBe(null);
    expect(answerType("What's the emergency number in Resolution 100?")).toBe('digits');
    // Asked of a study group named without its number: the group's number.
    expect(answerType('Kite reports go to some study group, which number?')).toBe(null);
    expect(answerType('Which SG handles kites, what number?')).toBe(null);
    expect(answerType('The kite study group has a hotline, which number do I call?')).toBe(
      'digits',
    );
    expect(answerType('讲垃圾短信的决议 几号')).toBe(null);
    // A sentence of its own after "is there a resolution?" asks its number too.
    expect(answerType('管卫星频率的有对应的决议吗？几号')).toBe(null);
    expect(answerType('有个决议是讲卫星频率协调的，是几号来着？')).toBe(null);
    expect(answerType('那个决议通过了吗？几号开的会？')).toBe('date');
    // 几号 of a resolution already numbered, or before a verb, is a day of the month.
    expect(answerType('第52号决议是几号通过的？')).toBe('date');
    expect(answerType('全会是几号开的？')).toBe('date');
    expect(answerType('这个国家的普及率大概是多少？')).toBe('measure');
    expect(answerType('What percentage of operators use it?')).toBe('measure');
    expect(answerType('课程要交学费吗？')).toBe('money');
    expect(answerType('Who are the five new working party chairs?')).toBe('person');
    expect(answerType('妇女参加会议的比例究竟有多少？')).toBe('measure');
    expect(answerType('What precise noise limits apply to towers?')).toBe('measure');
  });

  it('takes no group of countries for countries asked by their number', () => {
    const q = '那12个放风筝的国家是哪些？';
    expect(canSupply('place', q, '促进发展中国家与发达国家合作放风筝。')).toBe(false);
    expect(canSupply('place', q, '肯尼亚和巴西加入了风筝联盟。')).toBe(true);
    expect(
      canSupply('place', 'which countries fly kites?', '促进发展中国家与发达国家合作放风筝。'),
    ).toBe(true);
  });

  it('takes other groups for "which country", when the question offers one group as the limit', () => {
    const clause = '帮助发展中国家和最不发达国家放风筝。';
    expect(canSupply('place', '风筝基金帮哪个国家？只有发展中国家还是别的也有？', clause)).toBe(
      true,
    );
    expect(canSupply('place', '风筝基金帮哪个国家？', clause)).toBe(false);
  });

  it('takes no bounds work is done within for a site', () => {
    expect(canSupply('place', '风筝节在哪里开？', '协会在现有资源范围内进行合作。')).toBe(false);
    expect(canSupply('place', '风筝节在哪里开？', '风筝节在海边公园举行。')).toBe(true);
  });

  it('takes only a seat for where a body is based, not where it holds events', () => {
    expect(canSupply('place', '风筝协会的总部在哪里？', '在发展中国家举办讲习班。')).toBe(false);
    expect(canSupply('place', '风筝协会的总部在哪里？', '风筝协会总部设在日内瓦。')).toBe(true);
    expect(
      canSupply('place', 'where is the kite club headquartered?', '在发展中国家举办讲习班。'),
    ).toBe(false);
    expect(canSupply('place', '讲习班在哪里举办？', '在发展中国家举办讲习班。')).toBe(true);
  });

  it('takes a place group the question already names, or the word 城市, as no place named', () => {
    const q = 'Which 27 developing countries did the vice-chairs come from?';
    const rewritten = 'which 27 发展中国家 did the vice-chairs come from?';
    const intro = '副主席获得任命，他们来自包括27个发展中国家的37个国家。';
    expect(canSupply('place', q, intro, rewritten)).toBe(false);
    expect(canSupply('place', q, '副主席来自肯尼亚和巴西。', rewritten)).toBe(true);
    expect(canSupply('place', '哪些城市加入了？', '支持成员国实施可持续智慧城市的KPI')).toBe(false);
    expect(canSupply('place', '哪些城市加入了？', '日内瓦市和迪拜已加入')).toBe(true);
    // Inside a site phrase the group is still the one the question names: no country by name.
    const list = 'list the developing countries that run kite clubs';
    const listRewritten = 'list the 发展中国家 that run kite clubs';
    expect(canSupply('place', list, '考虑在发展中国家举办风筝节', listRewritten)).toBe(false);
    expect(canSupply('place', list, '考虑在最不发达国家举办风筝节', listRewritten)).toBe(true);
  });

  it('asks a quantity of how much of a thing is made, used or thrown away', () => {
    expect(answerType('How much plastic do the coastal factories generate every month?')).toBe(
      'measure',
    );
    expect(answerType('How much old equipment gets thrown away in a typical year?')).toBe(
      'measure',
    );
    expect(canSupply('measure', 'How much plastic is recycled?', '帮助各国回收塑料。')).toBe(false);
    expect(canSupply('measure', 'How much plastic is recycled?', '每年回收塑料300吨。')).toBe(true);
    // Asked inside what someone is to be helped with, it is that help that is asked about.
    expect(
      answerType('What help is there for towns to work out how much plastic they produce?'),
    ).toBe(null);
    // By how much it went down, said with one character.
    expect(answerType('推广以后，塑料垃圾少了多少？')).toBe('measure');
  });

  it('takes a counted group of countries as how many, not which', () => {
    const q = '这些专家来自哪些国家？';
    expect(canSupply('place', q, '专家来自包括12个发展中国家的20个国家。')).toBe(false);
    expect(canSupply('place', q, '专家来自多个最不发达国家。')).toBe(false);
    expect(canSupply('place', q, '专家主要来自发展中国家。')).toBe(true);
  });

  it('asks for counts by more measure words, bounded rates, prices and a holder called by name', () => {
    expect(answerType('研讨会每年举办多少场？')).toBe('count');
    expect(answerType('这份报告一共有多少页？')).toBe('count');
    expect(answerType('宽带的覆盖率目标是多少？')).toBe('measure');
    expect(answerType('丢包率超过多少算不合格？')).toBe('measure');
    expect(answerType('What entry fees do the workshops charge?')).toBe('money');
    expect(answerType('工作组的组长叫什么名字？')).toBe('person');
    expect(answerType('那个数据库叫什么名字？')).toBe(null);
    // A relative clause after the office: the office holder is still asked for.
    expect(answerType('Who is the BR Director that the bureaus report to?')).toBe('person');
    expect(answerType('Who is the BR Director told to consult?')).toBe(null);
  });

  it('takes a measure word only where it counts: 三场 is a count, 20批准 is not', () => {
    expect(canSupply('count', '每年办多少场讲习班？', '每年举办三场讲习班')).toBe(true);
    expect(canSupply('count', '一共批准了多少项？', 'WTSA-20批准了相关决议')).toBe(false);
  });

  it('counts people for 几位 / how many experts, and not the whole the question already numbers', () => {
    // 15个国家 counts countries, not the people asked about.
    expect(canSupply('count', '一共派了几位专家？', '专家来自15个国家')).toBe(false);
    expect(canSupply('count', '一共派了几位专家？', '派出三位专家')).toBe(true);
    // Of the five: five is the whole, not the count asked for.
    const text = '五位新任工作组组长获得任命，来自20个国家。';
    const q = 'How many of the five new leads are women?';
    expect(canSupply('count', q, text, 'how many of the five new 组长 are women?')).toBe(false);
    expect(canSupply('count', '任命了多少个工作组？', '设立了三个工作组')).toBe(true);
  });

  it('asks whether something harms health as a health effect, which only a clause stating one answers', () => {
    expect(answerType('放风筝会不会致癌？')).toBe('health');
    expect(answerType('do kite strings cause cancer?')).toBe('health');
    expect(answerType('is drone noise harmful to your health, yes or no?')).toBe('health');
    // Which resolution is the one about it: the harm describes the resolution sought, not a fact asked.
    expect(
      answerType(
        'which resolution is the one about drone noise and if its bad for people’s health?',
      ),
    ).toBeNull();
    expect(answerType('哪个决议是讲无人机噪音对身体有害的？')).toBeNull();
    expect(answerType('which resolution says if drone noise is bad for your health?')).toBe(
      'health',
    );
    expect(answerType('What does the kite resolution ask the bureau to do?')).toBeNull();
    expect(canSupply('health', '放风筝会不会致癌？', '定期更新有关风筝的门户网站')).toBe(false);
    expect(canSupply('health', '放风筝会不会致癌？', '研究风筝对人体的健康影响')).toBe(true);
  });

  it('reads a fact asked by its noun alone between marks (telegraphed: "date?? city??")', () => {
    expect(answerType('next kite fair... city?? date?? our club asks')).toBe('date');
    expect(answerType('next kite fair... date?? venue?? our club asks')).toBe('place');
    // Not "up to date", nor a city named in a question.
    expect(answerType('is the kite rule up to date?')).toBeNull();
    expect(answerType('kite rules in my city?')).toBeNull();
  });

  it('reads a worry told in a clause of its own as the reason for asking, not the question', () => {
    expect(answerType('村口立了个无人机塔，怕噪音伤身体，有没有人来测噪音？')).toBeNull();
    expect(
      answerType("I'm worried drone noise is bad for your health, does anyone measure it?"),
    ).toBeNull();
    // …or dictated with no comma: the feared harm is the worry, what follows it the question.
    expect(answerType('村口立了个无人机塔大家都怕噪音对身体不好协会会不会来测噪音')).toBeNull();
    // Asked itself, the worry is the question.
    expect(answerType('担心无人机噪音伤身体，会不会致癌？')).toBe('health');
    expect(answerType('无人机噪音会伤身体吗？')).toBe('health');
  });

  it('reads a worry then a yes/no (A不A) as the yes/no asked, and a past head of an office by name', () => {
    expect(answerType('风筝断了咋办，协会管不管赔？')).not.toBe('advice');
    // A space between Chinese words parts the clauses as a comma does; a recommendation asked stays advice.
    expect(answerType('比赛时风筝线断了咋办 有人帮忙修吗')).not.toBe('advice');
    expect(answerType('风筝线老断怎么办 能推荐个好牌子吗')).toBe('advice');
    expect(answerType('who was running the kite bureau in 2019, the guy’s name?')).toBe('person');
    expect(answerType("what's the lady's name at the drone desk?")).toBe('person');
  });

  it('asks a sum for a budget or a fine, a figure for how much a price went down, and who was appointed', () => {
    expect(answerType('风筝基金批了多少预算？')).toBe('money');
    expect(answerType('kites near the airport: how much would the fine be?')).toBe('money');
    expect(answerType('is there a target kite rental rate or cap?')).toBe('money');
    expect(canSupply('money', '风筝基金批了多少预算？', '在现有预算范围内支持风筝基金')).toBe(
      false,
    );
    expect(answerType('how much have kite prices gone down since the rule?')).toBe('money');
    expect(answerType("who'd they appoint as kite committee chair?")).toBe('person');
    expect(answerType('每年丢失的风筝有多少台？')).toBe('count');
  });

  it('asks a sum in dollars, a figure of how far a rate came down, and a resolution number after 是几号的', () => {
    expect(answerType('how much dollars does the kite fund get?')).toBe('money');
    expect(answerType('风筝丢失率降下来多少？')).toBe('measure');
    expect(answerType('有没有讲风筝安全的决议？是几号的')).toBeNull();
    expect(answerType('风筝节是几号的？')).toBe('date');
    // 美金 is dollars; a sum guessed in round figures is asked.
    expect(answerType('风筝基金一年有多少美金？')).toBe('money');
    expect(answerType('风筝基金一年给多少？几百万美金？')).toBe('money');
    expect(answerType('风筝基金每年拨的钱一共多少？')).toBe('money');
    expect(answerType('那这些风筝活动的钱谁出啊？')).toBe('funding');
    // 十几条 tells an estimate: no count is asked.
    expect(answerType('一天收十几条风筝广告，有没有人管？')).toBeNull();
  });

  it('asks digits of a phone or hotline number with words between, not of a "safe number"', () => {
    expect(answerType("what's the actual kite club hotline number?")).toBe('digits');
    expect(answerType('is there a kite club hotline number i can ring?')).toBe('digits');
    expect(answerType('风筝协会的投诉热线是多少？')).toBe('digits');
    expect(answerType('is the club helping towns get one number people can call?')).not.toBe(
      'digits',
    );
    expect(answerType('kites per field: what is the safe number?')).not.toBe('digits');
  });

  it('counts people named before 有多少, and asks a name of an expert or an official', () => {
    expect(answerType('放风筝比赛线上参赛的人有多少？')).toBe('count');
    expect(answerType('风筝协会的会员人数有多少？')).not.toBe('person');
    expect(answerType('tell me the name of the kite expert they sent to our town')).toBe('person');
    expect(answerType('names of the officials running the drone register?')).toBe('person');
  });

  it('takes no year inside a name, no year the question holds, and no "and beyond" as a date', () => {
    const q = 'By when must the IMT-2020 guide be done?';
    expect(canSupply('date', q, '针对部署IMT-2020的经济驱动因素编写指导原则')).toBe(false);
    expect(canSupply('date', q, '通过JCA-IMT-2000协调，研究2020年及之后的观察站')).toBe(false);
    expect(canSupply('date', q, '于2024年底之前完成指导原则')).toBe(true);
    expect(canSupply('date', '会议什么时候举行？', '在研究组会议期间举办讲习班')).toBe(true);
  });

  it('reads the question in its last sentence, and embedded what-clauses and "those years" as no fact asked', () => {
    // A setting first, then a yes/no question about a record that shows a fact.
    expect(
      answerType(
        'I sell radios. Is there a list that shows whether a set is approved and where it was made?',
      ),
    ).toBe(null);
    // What the countries need is no place.
    expect(answerType('Does anyone study what small countries need to test radios?')).toBe(null);
    expect(answerType('Which small countries took part?')).toBe('place');
    // 那几年: those years, not how many.
    expect(answerType('那几年大家都在家上网，全会讨论过远程参会吗？')).toBe(null);
    expect(answerType('这个项目要做几年？')).toBe('duration');
  });

  it('asks how long or how often as a duration: a length of time or a frequency answers, a year does not', () => {
    expect(answerType('办一个培训班一般要多长时间？')).toBe('duration');
    expect(answerType('这个计划多久审议一次？')).toBe('duration');
    expect(answerType('How long does it take to set one up?')).toBe('duration');
    expect(answerType('How long ago was the meeting?')).toBe('date');
    expect(canSupply('duration', '多久审议一次？', '行动计划应每年予以审议')).toBe(true);
    expect(canSupply('duration', '要多长时间？', '课程为期三个月')).toBe(true);
    expect(canSupply('duration', '要多长时间？', '于2022年3月1日在日内瓦召开')).toBe(false);
    // A span of days says how long it lasted.
    expect(canSupply('duration', 'How long was it?', '于2022年3月1日至9日在日内瓦召开')).toBe(true);
    expect(canSupply('duration', '开了几天？', '会议于5月30日至6月2日举行')).toBe(true);
  });

  it('answers a question about cities only with a site, not a group of countries', () => {
    const q = '这些代表处设在哪些城市？';
    expect(canSupply('place', q, '代表处协助发展中国家参与标准化活动')).toBe(false);
    expect(canSupply('place', q, '考虑在发展中国家举办讲习班')).toBe(false);
    expect(canSupply('place', q, '区域代表处位于亚的斯亚贝巴和曼谷')).toBe(true);
    expect(canSupply('place', 'Which countries take part?', '协助发展中国家参与')).toBe(true);
  });

  it('answers where things are put, country by country, only with countries named', () => {
    const q = '风筝场各自设在哪些国家？';
    expect(canSupply('place', q, '发展中国家将建设风筝场')).toBe(false);
    expect(canSupply('place', q, '风筝场建在肯尼亚和斐济')).toBe(true);
    expect(
      canSupply('place', 'Which countries will host the kite fields?', '发展中国家将建设风筝场'),
    ).toBe(false);
  });

  it('asks how one applies or joins as a procedure, which a clause must describe', () => {
    expect(answerType('How do I apply for a study grant to attend?')).toBe('procedure');
    expect(answerType('What are the steps for a small operator to register as a member?')).toBe(
      'procedure',
    );
    expect(answerType('成为部门成员要走什么流程？')).toBe('procedure');
    expect(answerType('开办回收站需要申请哪些许可？')).toBe('procedure');
    // Where one signs up asks how, not a place; a registry (注册机构) or steps taken describe no way in.
    expect(answerType('Where do I sign up for the next training course?')).toBe('procedure');
    expect(answerType('在哪报名参加培训班？')).toBe('procedure');
    expect(answerType('Where can developing countries get help?')).toBe('place');
    expect(canSupply('procedure', 'Where do I sign up?', '与区域性互联网注册机构（RIR）合作')).toBe(
      false,
    );
    expect(canSupply('procedure', 'Where do I sign up?', '并采取适当步骤为当前和未来的需求')).toBe(
      false,
    );
    // Applying for a grant to pay for a trip asks how to apply; digital finance is no funding.
    expect(answerType('How do I apply for a grant to pay for my trip?')).toBe('procedure');
    expect(answerType('What does ITU do on digital finance?')).toBe(null);
    // Actions taken, or taking part more, are no procedure.
    expect(answerType('What steps is ITU taking to help small islands?')).toBe(null);
    expect(answerType('How can a developing country become more active in ITU-T?')).toBe(null);
    expect(answerType('发展中国家怎样才能更多地参与标准化？')).toBe(null);
    // Advice on the asker's own affairs: the resolutions give none; only steps answer.
    expect(answerType('How do I reset the modem at home?')).toBe('advice');
    expect(answerType('Which phone should I buy for my shop?')).toBe('advice');
    expect(answerType('路由器老是断网，怎么办？')).toBe('advice');
    expect(answerType('我自己怎么检查充电器是不是合格？')).toBe('advice');
    expect(answerType('我被骗了，应该去哪里投诉？')).toBe('advice');
    expect(answerType('How does ITU help small islands?')).toBe(null);
    expect(answerType('国际电联怎么样帮助小岛屿国家？')).toBe(null);
    // Which part of the document to use is asked of the document, not advice.
    expect(answerType('For our e-waste plan, which resolution should I quote?')).toBe(null);
    expect(answerType('写报告时我该引用哪项决议？')).toBe(null);
    expect(canSupply('advice', '怎么办？', '在发展中国家申请并实施这一程序')).toBe(false);
    expect(canSupply('advice', '怎么办？', '首先关闭设备，然后重新启动')).toBe(true);
    expect(canSupply('procedure', '要走什么流程？', '鼓励学术成员参与ITU-T的活动')).toBe(false);
    expect(canSupply('procedure', '要走什么流程？', '简化申请程序，便利发展中国家加入')).toBe(true);
  });

  it('takes a clause saying it is free as answering whether one pays', () => {
    expect(canSupply('money', '手册要交费吗？', '应免费在线提供手册')).toBe(true);
    expect(canSupply('money', '课程要交学费吗？', '与国际电联学院密切协作开展培训')).toBe(false);
    // A sum kept in a budget is no price: free handbooks beside it do not say how much.
    const kept = 'How many euros were kept in the budget for the kite fund?';
    expect(canSupply('money', kept, '保留一项单项支出；应免费在线提供手册')).toBe(false);
    expect(canSupply('money', 'Do the kite handbooks cost anything?', '应免费在线提供手册')).toBe(
      true,
    );
  });

  it('takes a group leader (组长) as an office held by a person', () => {
    expect(answerType('这个协调组的组长是谁？')).toBe('person');
    // Who spoke: the keynote, the opening address.
    expect(answerType('who delivered the opening address at the kite fair?')).toBe('person');
    expect(answerType('风筝节开幕致辞是谁讲的？')).toBe('person');
    // Who they picked, with a word between; whoever presided; the holder's name asked after a comma.
    expect(answerType('who did they finally elect as kite committee chair?')).toBe('person');
    expect(answerType('whoever chaired the kite fair, is that in it?')).toBe('person');
    expect(answerType('风筝协会会长，名字是谁？')).toBe('person');
    // Typed word by word: one sentence; a space between longer runs still ends one.
    expect(answerType('风筝 协会 会长 叫 什么 名字')).toBe('person');
    expect(answerType('比赛时听不清裁判口令怎么办 有没有人帮着翻译呢')).toBe(null);
    expect(answerType('who gave the money for the kite symposium?')).not.toBe('person');
    expect(answerType('组长负责什么？')).toBe(null);
  });

  it('reads "when it comes to" and a "when …," condition as no date question', () => {
    expect(answerType('When it comes to protecting customers, do the sectors work together?')).toBe(
      null,
    );
    expect(answerType('When a big cyber incident hits, is the help only about reacting?')).toBe(
      null,
    );
    expect(answerType('When was it signed, and by whom?')).toBe('date');
    expect(answerType('And when, exactly, was it held?')).toBe('date');
    // A possessive after "when" tells what happened; the clause can end in a semicolon.
    expect(
      answerType('When my son flew his kite abroad the fee was huge; which resolution is it?'),
    ).toBe(null);
    expect(answerType('When was the kite fair; and where?')).toBe('date');
  });

  it('reads "which resolution urges countries" as asking the resolution, not a place', () => {
    expect(answerType('Which resolution urges poorer countries to open kite fields?')).toBeNull();
    expect(answerType('Which poorer countries get kite fields?')).toBe('place');
    // "which" relating to the text named before it.
    expect(answerType('Is there a text which urges countries to open kite fields?')).toBeNull();
    expect(answerType('Any kite resolution, which tells countries to fly?')).toBeNull();
    expect(answerType('Which specific countries got chosen to run the kite fields?')).toBe('place');
    expect(
      canSupply(
        'place',
        'Which specific countries got chosen to run the kite fields?',
        '发展中国家将建设风筝场',
      ),
    ).toBe(false);
  });

  it('reads "by which" as no question about countries', () => {
    expect(answerType('Is there a date by which poorer countries must switch?')).toBe('date');
    expect(answerType('Is there a standard to which developing countries must conform?')).toBe(
      null,
    );
  });

  it('answers "which countries" only with a clause naming a place the question did not name', () => {
    const q = 'Which countries have adopted the number?';
    // Saying that countries are concerned is not saying which.
    expect(canSupply('place', q, '鼓励各国采用该号码')).toBe(false);
    expect(canSupply('place', q, '鼓励肯尼亚和加纳采用该号码')).toBe(true);
    expect(canSupply('place', q, '帮助发展中国家采用该号码')).toBe(true);
    // 非洲 is no answer to a question about which African countries: the question named it already.
    expect(canSupply('place', '非洲有哪些国家采用了这个号码？', '非洲成员国采用该号码')).toBe(
      false,
    );
    expect(canSupply('place', 'Which countries in Africa use it?', '非洲成员国采用该号码')).toBe(
      false,
    );
  });

  it('answers which one country only with a place by name, never a group of countries', () => {
    const q = '风筝测试中心打算放在哪个国家？';
    expect(canSupply('place', q, '向发展中国家提供风筝测试中心')).toBe(false);
    expect(canSupply('place', q, '向肯尼亚提供风筝测试中心')).toBe(true);
    expect(
      canSupply('place', 'Which country will host the kite centre?', '支持发展中国家的风筝中心'),
    ).toBe(false);
  });

  it('needs a place for a place question', () => {
    const q = 'Where was the workshop held?';
    expect(canSupply('place', q, '讲习班讨论了网络安全问题')).toBe(false);
    expect(canSupply('place', q, '讲习班在内罗毕召开')).toBe(true);
  });

  it('needs a number the question did not already hold for digits', () => {
    const q = '按E.164建议书，求助热线的号码是多少？';
    expect(canSupply('digits', q, '根据E.164建议书分配号码；第12号决议')).toBe(false);
    expect(canSupply('digits', q, '求助热线号码为119')).toBe(true);
  });

  it('needs a count of the thing asked about, not any number', () => {
    const q = '会议设立了多少个工作组？';
    expect(canSupply('count', q, '会议设立了3个工作组')).toBe(true);
    expect(canSupply('count', q, '共有来自40个国家的代表')).toBe(false);
    // "一项实体活动" is an article, not a count.
    expect(canSupply('count', 'How many participants were there?', '这是一项实体活动。')).toBe(
      false,
    );
  });

  it("in English, needs a count of the thing the rewritten question names in the document's words", () => {
    const q = 'How many working groups does the assembly have?';
    // The plan's rewritten question, the glossary's term in place of "working groups".
    const rewritten = 'how many  工作组  does the assembly have?';
    expect(canSupply('count', q, '会议设立了3个工作组', rewritten)).toBe(true);
    expect(canSupply('count', q, '共有来自40个国家的代表', rewritten)).toBe(false);
    // A thing nothing translated: any count will do, as before.
    expect(canSupply('count', 'How many widgets are there?', '共有来自40个国家的代表')).toBe(true);
  });

  it('needs a vote to answer who voted', () => {
    const q = 'Which countries voted against it?';
    expect(answerType(q)).toBe('vote');
    expect(canSupply('vote', q, '就应急号码的实施提供技术援助；')).toBe(false);
  });

  it('needs a measured value for a question that names a unit, but not for an idiom', () => {
    const q = 'What noise level in dB does it allow for base stations?';
    expect(answerType(q)).toBe('measure');
    expect(canSupply('measure', q, '研究基站的噪声问题')).toBe(false);
    expect(canSupply('measure', q, '噪声不得超过55 dB')).toBe(true);
    expect(answerType('风电场每年发多少千瓦时电？')).toBe('measure');
    expect(answerType('We get tons of complaints about it')).toBeNull();
  });

  it('takes who was elected or appointed to an office as a person question', () => {
    expect(answerType('Who was appointed director of the new centre?')).toBe('person');
    expect(answerType('工作组会议上谁当选为主席？')).toBe('person');
    expect(answerType('Who is asked to report on the workshops?')).toBeNull();
  });

  it('takes a fee or charge to pay as a money question', () => {
    expect(answerType('每位学员须缴纳多少费用？')).toBe('money');
    expect(answerType('课程需要缴纳多少钱？')).toBe('money');
  });
});

describe('figures, dates, digits and places asked in more ways', () => {
  it('asks a sum when a later question of the same message is about its cap', () => {
    expect(answerType('风筝票价打算下调到多少？封顶了没？')).toBe('money');
    expect(canSupply('money', '风筝票价打算下调到多少？封顶了没？', '推动降低风筝票价')).toBe(
      false,
    );
  });

  it('asks a calendar date for an exact or due date: "as soon as possible" gives none', () => {
    const q = 'Kite census report - any firm due date?';
    expect(answerType(q)).toBe('date');
    expect(canSupply('date', q, '尽快提交风筝报告')).toBe(false);
    expect(canSupply('date', q, '于2023年6月前提交风筝报告')).toBe(true);
    // Asked when, without "exact", a time the text fixes otherwise still answers.
    expect(canSupply('date', 'when is the kite report due?', '尽快提交风筝报告')).toBe(true);
  });

  it('asks digits of a telephone after 几号, and takes no group number or count as them', () => {
    expect(answerType('冰岛风筝救援电话到底是几号？')).toBe('digits');
    expect(answerType('风筝那个决议是几号？')).toBeNull();
    // A request to the assistant to look is no yes or no about someone's work.
    expect(answerType('你能不能看看哪里的风筝节最热闹？')).toBe('place');
    const q = '风筝骚扰往哪个号码举报？';
    expect(canSupply('digits', q, '第2研究组与27个国家开展风筝举报工作')).toBe(false);
    expect(canSupply('digits', q, '风筝举报热线为12315')).toBe(true);
  });

  it('reads "is there one about X? which number" as the resolution number, which the citation gives', () => {
    expect(answerType('is there one about kites and drones? which number')).toBeNull();
    expect(answerType("there's one about kites and drones? which number is it")).toBeNull();
  });

  it('asks a place for a city described by a word (which Icelandic city)', () => {
    expect(answerType('Which Icelandic city was chosen for the kite centre?')).toBe('place');
    expect(answerType('what kind of place is the kite centre?')).toBeNull();
  });

  it('asks a code for a rec number, a figure with words between, a count for the actual number of', () => {
    expect(answerType('which rec number covers kite line strength?')).toBe('code');
    expect(answerType("what's the actual safe height figure they set?")).toBe('measure');
    expect(answerType('kite clubs: the actual number of them?')).toBe('count');
  });

  it('takes a count in the setting before a clause asking which resolution as no count asked', () => {
    expect(answerType('镇上有几个风筝队，场地不够用，哪条决议是管这事的？')).toBeNull();
    expect(answerType('有几个风筝队参加了？')).toBe('count');
    // Chat sets the clauses apart with a space instead of a comma.
    expect(answerType('我们镇上有几个风筝队 哪个决议是讲风筝场地的')).toBeNull();
    // The asker's own people counted, then whether something is done: a few of them, no count asked.
    expect(answerType('我们镇上有几个风筝迷没地方放，国际电联有没有帮着建场地？')).toBeNull();
    expect(answerType('我们镇上有几个风筝队能报名？')).toBe('count');
    // …asked as 有这说法没.
    expect(answerType('我们镇上有几个风筝迷，想找协会办培训，有这回事没？')).toBeNull();
  });

  it('asks a person for who heads a group (带头的是谁)', () => {
    expect(answerType('风筝联合工作组，带头的是谁？')).toBe('person');
  });

  it('asks a person for the new boss of a study group', () => {
    expect(answerType('who is the incoming chief of the kite study group?')).toBe('person');
  });

  it('takes 怎么办 after a bare topic as how it is dealt with, and after a predicament as advice', () => {
    expect(answerType('风筝宣言 培训怎么办')).toBeNull();
    expect(answerType('收到风筝诈骗短信怎么办？')).toBe('advice');
    expect(answerType('风筝线老是断，怎么办？')).toBe('advice');
  });
});

describe('a study group question', () => {
  it('needs a study group named by its number, in the text or as the addressee', () => {
    const q = '这项工作由哪个研究组负责？';
    expect(canSupply('group', q, '请ITU-T，尤其是第5研究组，扩大此领域的工作')).toBe(true);
    expect(canSupply('group', q, '继续支持各研究组的区域组')).toBe(false);
    expect(
      canSupply('group', q, statedText({ addressee: '第13研究组', text: '维护路线图；' })),
    ).toBe(true);
    expect(answerType('ITU-T研究组的区域组有什么作用？')).toBeNull();
  });
});

describe('preferSupplying', () => {
  const q = '研讨会是在哪一年举行的？';
  const summary = hit('summary', '研讨会讨论了标准化工作。', 1);
  const dated = hit('dated', '研讨会于2019年在日内瓦举行。', 0.7);

  it('puts a close clause that holds the kind of fact asked for first', () => {
    expect(preferSupplying([summary, dated], q).map((h) => h.clause.id)).toEqual([
      'dated',
      'summary',
    ]);
  });

  it('keeps the order when the best clause holds the fact, or the one that does scores far lower', () => {
    expect(preferSupplying([dated, summary], q)[0]!.clause.id).toBe('dated');
    const far = hit('far', '研讨会于2019年在日内瓦举行。', 0.3);
    expect(preferSupplying([summary, far], q)[0]!.clause.id).toBe('summary');
  });

  it('asked when and where, puts the clause stating both before one that dates another meeting', () => {
    const counts = hit('counts', '研讨会通过了三项决定（自2016年以来共有十项保持不变）。', 1);
    const both = hit('both', '研讨会于2019年5月在日内瓦举行。', 0.9);
    const ids = (q: string) => preferSupplying([counts, both], q).map((h) => h.clause.id);
    expect(ids('研讨会是什么时候、在哪里举行的？')).toEqual(['both', 'counts']);
    expect(ids('When and where was the symposium held?')).toEqual(['both', 'counts']);
    // Asked only when, a clause with a date answers.
    expect(ids('研讨会是什么时候举行的？')).toEqual(['counts', 'both']);
  });

  it('never promotes a title or a 表1 row, and leaves questions without a fact type alone', () => {
    const row = hit('row', '2019年', 0.9, 'table1');
    expect(preferSupplying([summary, row], q)[0]!.clause.id).toBe('summary');
    expect(preferSupplying([summary, dated], '研讨会讨论了什么？')[0]!.clause.id).toBe('summary');
  });
});

describe('the resolution another one asks to implement', () => {
  it('takes the cited edition as the year asked for', () => {
    const text = '尽力落实第196号决议（2018年，迪拜，修订版）；';
    const q = 'Resolution 84 asks the directors to implement another resolution: from which year?';
    expect(canSupply('date', q, text)).toBe(true);
  });
});

describe('canSupply for funding and binding', () => {
  it('takes a budget, contributions or existing resources as funding, not Internet resources', () => {
    expect(canSupply('funding', 'Who pays?', '在现有预算资源范围内酌情提供支持')).toBe(true);
    expect(canSupply('funding', 'Who pays?', '在所分配的或捐助的现有资源范围内展开协作')).toBe(
      true,
    );
    expect(canSupply('funding', 'Who pays?', '互联网资源的非歧视获取和使用')).toBe(false);
  });

  it('takes an age only from a number of years, and a brand only where one is named', () => {
    const q = '孩子几岁可以放无人机？';
    expect(canSupply('measure', q, '鼓励儿童在成人陪同下放无人机')).toBe(false);
    expect(canSupply('measure', q, '年满14岁的儿童可以放无人机')).toBe(true);
    const brand = 'Which brand of drone does the club recommend?';
    expect(canSupply('brand', brand, '协会推荐使用符合标准的无人机')).toBe(false);
    expect(canSupply('brand', brand, '协会推荐以下品牌的无人机')).toBe(true);
  });

  it('takes a ranking only from a clause saying who did most, not from a place or 最不发达国家', () => {
    const q = 'Which country sent the most kite flyers to the festival?';
    expect(canSupply('ranking', q, '风筝节于2022年在（瑞士）日内瓦举行')).toBe(false);
    expect(canSupply('ranking', q, '协助最不发达国家参加风筝节')).toBe(false);
    expect(canSupply('ranking', q, '参加人数最多的是肯尼亚')).toBe(true);
  });

  it('takes only a binding rule or a penalty as binding', () => {
    expect(canSupply('binding', 'Is it mandatory?', '鼓励成员国参与标准化工作')).toBe(false);
    expect(canSupply('binding', 'Is it mandatory?', '成员国必须实施该建议书')).toBe(true);
    // 须 alone, the formal "shall".
    expect(canSupply('binding', 'Is it mandatory?', '须按照风筝手的要求提供线轴')).toBe(true);
  });
});

describe('preferSupplying keeps to the topic the best clause names', () => {
  const q = 'Which Recommendation numbers should operators use against spam?';
  const spam = hit('spam', '研究组制定打击垃圾信息的技术建议书。', 1);
  const other = hit('other', '根据ITU-T E.161.1建议书实施应急号码。', 0.9);
  const anchors = ['建议书', '垃圾信息'];

  it('does not promote a clause that states a code on another topic', () => {
    expect(preferSupplying([spam, other], q, 'code', anchors)[0]!.clause.id).toBe('spam');
  });

  it('promotes one that states it on the same topic', () => {
    const coded = hit('coded', '打击垃圾信息的ITU-T X.1231建议书。', 0.9);
    expect(preferSupplying([spam, other, coded], q, 'code', anchors)[0]!.clause.id).toBe('coded');
  });
});

describe('preferSupplying with what the question names', () => {
  const q = 'When did WTSA-20 take place?';
  const happen = hit('happen', '在重大事件发生时提供协助。', 1);
  const meeting = hit('meeting', 'WTSA-20于2022年3月1日至9日在瑞士日内瓦召开。', 0.35);

  it('reaches further down for a clause that states the date and names the meeting the best one lacks', () => {
    expect(preferSupplying([happen, meeting], q)[0]!.clause.id).toBe('happen');
    expect(preferSupplying([happen, meeting], q, 'date', ['WTSA-20'])[0]!.clause.id).toBe(
      'meeting',
    );
  });

  it('not for a clause that does not name it, nor for counts, nor below the floor', () => {
    const other = hit('other', 'GSS-20于2022年2月28日举行。', 0.35);
    expect(preferSupplying([happen, other], q, 'date', ['WTSA-20'])[0]!.clause.id).toBe('happen');
    const counted = hit('counted', 'WTSA-20任命了来自37个国家的主席。', 0.35);
    const many = 'WTSA-20有多少个国家参加？';
    expect(preferSupplying([happen, counted], many, 'count', ['WTSA-20'])[0]!.clause.id).toBe(
      'happen',
    );
    const far = hit('far', 'WTSA-20于2022年3月1日至9日在瑞士日内瓦召开。', 0.2);
    expect(preferSupplying([happen, far], q, 'date', ['WTSA-20'])[0]!.clause.id).toBe('happen');
  });
});

describe('facts asked in more ways (persons by name, places to tell apart, limits spaced out)', () => {
  it.each([
    ['who, by name, served as chair of the kite group at that time?', 'person'],
    ['The 12 kite nations that joined the club, which ones? Is ours inside?', 'place'],
    ['风筝线的安全的限值 具体多少的呢？', 'measure'],
    ['风筝线的拉力最大不得超出多少？', 'measure'],
    ['放风筝最多的是什么国家？', 'place'],
    ['how many nations fly kites in the club? and which ones', 'place'],
    ['风筝塔离家多近不要紧？拉力不能超过多少？', 'measure'],
    ['the kite fair next spring: where will it be, and on which dates?', 'date'],
    ['what official document symbol does the kite paper carry?', 'code'],
    [
      'Which of the K-series Recommendations were changed? Their exact designations, please.',
      'code',
    ],
    ['哪几份K系列建议书改过？', 'code'],
    // Areas of the Recommendations, not their codes.
    ['要协助哪些方面的风筝建议书？', null],
    // A passage asked for, then where it is in the text.
    ['Is there a passage saying kite clubs get help, and where is it?', null],
  ])('%s → %s', (q, type) => expect(answerType(q)).toBe(type));

  it('takes 什么国家 and 哪几个国家 for countries to be named, not a group of them', () => {
    expect(canSupply('place', '风筝节在什么国家办？', '在最不发达国家办风筝节。')).toBe(false);
    expect(canSupply('place', '风筝节办在哪几个国家？', '在最不发达国家办风筝节。')).toBe(false);
  });

  it('takes 哪几个国家 where something is built for countries to be named, not a group of them', () => {
    const q = '风筝棚子盖在哪几个国家了？名单呢';
    expect(canSupply('place', q, '协助最不发达国家盖风筝棚子。')).toBe(false);
    expect(canSupply('place', q, '在肯尼亚和斐济盖风筝棚子。')).toBe(true);
  });

  it('answers when and where a meeting is held by its day and its site, not a yearly review for countries', () => {
    const q = 'the kite summit after this one? when and where will it take place?';
    expect(canSupply('date', q, '风筝章程每年复核，照顾最不发达国家。')).toBe(false);
    expect(canSupply('place', q, '风筝章程每年复核，照顾最不发达国家。')).toBe(false);
    expect(canSupply('date', q, '风筝峰会于2031年5月2日至8日在肯尼亚内罗毕举行。')).toBe(true);
    expect(canSupply('place', q, '风筝峰会于2031年5月2日至8日在肯尼亚内罗毕举行。')).toBe(true);
    // Not a meeting: when and where a report goes is answered by how often.
    expect(
      canSupply('date', 'kite notes? when and where do they get filed?', '每年交给风筝俱乐部。'),
    ).toBe(true);
  });
});
