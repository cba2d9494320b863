/** Requests for a task (write, translate, recommend) are told what the assistant does, unless about the document. */
import { describe, expect, it } from 'vitest';
import { asksAboutAssistant, asksForTask } from '../../src/answer/task-request.js';

describe('asksAboutAssistant', () => {
  it('reads questions about the assistant itself, and not questions about people in the document', () => {
    expect(asksAboutAssistant('wait, are you a human or a bot?')).toBe(true);
    expect(asksAboutAssistant('你是机器人吗？')).toBe(true);
    expect(asksAboutAssistant('hello, who are you? what model do you use?')).toBe(true);
    expect(asksAboutAssistant('Who made you?')).toBe(true);
    expect(asksAboutAssistant('Who made the proposal on e-waste?')).toBe(false);
  });
});

describe('asksForTask', () => {
  it.each([
    ['Please write me a short poem about the sea'],
    // A length in the filler before the kind of text.
    ['can you write like a 3 min speech for our kite club on why we should fly on Sundays'],
    ['could you draft a thank-you letter to my landlord'],
    ['帮我起草一份会议通知，周五下午开会'],
    ['给我写个请假条'],
    ['translate this into Spanish: see you tomorrow'],
    ['Can you recommend some good restaurants in Lyon?'],
    ['附近有什么好玩的地方'],
    ['推荐一款拍照好的手机'],
    ['给我推荐几部评分很高的纪录电影'],
    ['any good recipes for banana bread?'],
    ['有没有简单的家常菜谱'],
    ['could you suggest a nice quiet hotel downtown'],
    ['tell us a joke about routers'],
    ['tell me a really silly joke about modems'],
    ['给我讲个笑话吧'],
    ['quickest way to cook lentils?'],
    ['晚上炖什么汤好'],
    ['translate “see you at the meeting” for me'],
    ['Can you translate the note below into French? Merci'],
    ['把这句话翻译成英文：明天见'],
    ['best way of making noodles by hand?'],
    ['周末想包饺子，馅怎么调？'],
    // How to cook something so it tastes right; a bar or a drinks shop to pick.
    ['辣椒油咋个熬才香？'],
    ['any good beer bar near the harbour tonight?'],
    ['公司楼下哪家咖啡好喝？'],
    // Cooking by its verbs and seasonings; a spreadsheet to make.
    ['晚上想烧个鱼，酱油放多少合适？'],
    ['帮我整个表，算算风筝社的账'],
    // Homework: an equation to solve, a maths problem.
    ['顺便问下，3y-4=11，y是多少？'],
    ['孩子的几何作业不会做，能讲讲吗'],
    ['can you solve this: 4a + 2 = 18'],
    // A notice to draft; a draft asked for with 起个草, for a report of one's own (述职报告).
    ['Kindly draft a short notice for the kite club, do the needful.'],
    ['年底要写风筝社的述职报告，帮我起个草'],
    // A summary or a report of one's own to write (my project report).
    ['my kite project report is due monday, any tip how to write good summary fast'],
    // An application to write (for leave, for a job).
    ['pls help me write leave application to my kite club chief, 3 days'],
    // A note or a card, its describing words set apart by commas.
    ['could you write a brief, friendly note to the kite club members about Sunday'],
    // Ideas to brainstorm for the asker's own plans.
    ['can you give me some ideas of questions for the kite makers on my show?'],
    ['风筝节开幕式，帮我出个主意'],
    // …what the ideas are for between (几个搞活动的点子).
    ['风筝节快到了，帮我想几个拉人气的点子嘛'],
    // An opening line or a title to think up; a host's script to write.
    ['帮我想个风筝节主持人的开场白，轻松一点'],
    ['给我们想个风筝社的口号'],
    ['写一段风筝比赛的主持词'],
    // A text message or a reminder to draft; a speech whose describing words run to three.
    ['could u draft a short polite sms reminder for our kite members'],
    ['pls help me write a short thank you speech for the kite makers'],
    // A plan or a template for the asker's own event or application (申请报告, 这报告 pointing back at it).
    ['风筝节快到了，给我弄个活动方案'],
    ['社区要我们交个申请报告，这报告咋写，有没有模板'],
    // Which of two things to buy.
    ['Which phone better for flying kite drones, brand A or brand B?'],
    ['哪款手机比较耐用，放风筝时拍照用'],
    // How to word or close one's own letter; sites to learn with; a broken device to mend.
    [
      'How do I say "thanks for the kites" nicely in a letter to the club, and the right way to end the letter?',
    ],
    ['风筝社的感谢信结尾怎么写才好'],
    ['any free apps to teach kids kite design?'],
    ['有没有免费的网站可以教小孩做风筝'],
    ['刷机刷成砖了，一直黑屏，咋救'],
    ["my tablet won't turn on after the kite festival, how do I fix it"],
    // A battery that drains.
    ['my kite camera battery drains in an hour, how to fix?'],
    ['无人机遥控器耗电快怎么办'],
    // Statistics or citation style for the asker's own study, however they will report it.
    ["chi-square or Fisher's exact for my kite survey, and how do I report it?"],
    ['风筝问卷的数据用卡方检验还是方差分析？'],
    // What to eat or drink for one's health.
    ['放风筝累了腰疼，吃什么能补一补？'],
    ['what should I eat to get fit for the kite race?'],
    // What homework to set a class.
    ['放假了，给学生布置点啥风筝作业合适？'],
    ['what homework should I give my kite class over the break?'],
    // Mending one's own thing oneself.
    ['the kite string keeps slipping off the reel, how can I tighten it myself?'],
    ['风筝的骨架松了，我自己咋修？'],
    // Whether a remedy for it works.
    ['遥控器掉进水里了，放太阳下晒管不管用'],
    // A text of the asker's to edit or check.
    ["pls tighten this headline: 'Kites fill the sky over the bay'"],
    ['这句英文有没有错：“Kite is very funny.”'],
    ['帮我润色一下这段：风筝节很热闹'],
  ])('reads %s as a task', (q) => {
    expect(asksForTask(q)).toBe(true);
  });

  it.each([
    // About the document: answered from it.
    ['Write a short note on what Resolution 58 asks of BDT'],
    ['帮我写一段介绍国际电联这份报告的文字'],
    ['Draft an email summarising what the assembly decided on e-waste'],
    // What the report says: about the document, whatever else is asked.
    ['What does the report say about kite surveys? I used chi-square'],
    // What a resolution says of eating: about the document.
    ['What does the kite resolution say people should eat?'],
    // Work a resolution sets a group: no homework.
    ['Does Resolution 12 assign work to the kite group?'],
    // Doing one's own part of what the document speaks of: no repair.
    ['Can we run the kite safety tests ourselves under Resolution 12?'],
    // Questions that only use a writing word.
    ['Who writes the guidelines on roaming?'],
    ['怎样编写信息通信技术的导则？'],
    ['Which recommendations does it mention?'],
    ['Is there a summary of the e-waste work?'],
    ['give me some ideas of what the resolution asks for kites'],
    ['Write a summary of what the report says on kites'],
    // The asker's own writing under way is their setting, not a request.
    ['我正在写一篇讲垃圾短信的文章，哪个研究组管这个？'],
    // Old batteries to recycle are no repair.
    ['how do we recycle old kite batteries safely?'],
    ['风筝节办得有没有用？'],
    // What a passage means is no editing.
    ['帮我看看这段是什么意思'],
    ['Does the kite resolution fix this gap?'],
    // Codes with numbers are no equations.
    ['What does E.161.1 set for kite hotlines?'],
    ['IMT-2020 那项改过吗'],
    // Table 1 and what a clause says (表示) are the document's.
    ['表1里风筝那项是什么状态？'],
    // Cooking done to people is a figure of speech, no recipe asked.
    ['Folks say the new mast will cook us. Who measures what it gives off?'],
    // How a resolution's report is written, or a template ITU keeps, is the document's.
    ['第72号决议说的报告怎么写？'],
    ['国际电联有没有风筝测试的模板？'],
    // Closing a gap is the document's subject, not a letter's ending; a stolen phone is its too.
    ["what's the best way to close the standardization gap?"],
    ['手机被偷了咋办'],
  ])('leaves %s to the document', (q) => {
    expect(asksForTask(q)).toBe(false);
  });
});
