/** A status question in any wording: change verbs with question particles, "still the same", "is it new". */
import { describe, expect, it } from 'vitest';
import {
  asksWhatChanged,
  isStatusQuestion,
  statusSubject,
} from '../../src/retrieval/status-question.js';

describe('isStatusQuestion', () => {
  it.each([
    ['第72号决议有没有修改过？'],
    // The resolution itself changed, in the passive.
    ['风筝那个决议被修改了吗？'],
    // Changes it got, as a noun after get or receive.
    ['the kite one and the drone one: both of them got changes this time, or only one?'],
    ['did the kite resolution receive any amendments at the assembly?'],
    // The verb before "both" or "only one" of two named resolutions.
    [
      'two resolutions: 12 (kites) and 34 (drones). Did the Geneva meeting revise both, or just one?',
    ],
    // Changes made to it, as a statement with a question mark.
    ['the kite festival one, in the end they made changes to it at the assembly?'],
    ['Resolution 12, any changes made to it?'],
    // A status told of each of two, to confirm.
    ['风筝那只和无人机那只，一只是新出来个，一只是老样子没动过，对伐？'],
    ['一个是新决议，一个没修改，对吗？'],
    // Two told apart by change, the verbs bare as chat writes them.
    ['the kite one and the drone one: which changed at the assembly and which not touched?'],
    // A choice closing on the unchanged side, whatever came before it.
    ['the drone one, anything done to it this time or unchanged?'],
    // A status supposed, to be confirmed.
    ["the kite one: surely they must've tweaked it at that meeting?"],
    ['surely the drone resolution should have been revised?'],
    // 到 after the verb, as Taiwan and Southeast Asian Mandarin say it.
    ['风筝那个决议今年有改到吗？'],
    // Dialects' question particles and words for "this time": 伐 (Wu), 冇 (Cantonese, Hubei), a closing
    // 无 (Min) or 未 (Cantonese), 这趟, 这摆; 修过 for revised.
    ['风筝那个决议这趟有改动过伐？'],
    ['无人机那个决议，这回有冇得改动'],
    ['风筝那个决议，这次有改过无？'],
    ['无人机决议改咗未？'],
    // Said to be changed a lot, to be confirmed.
    ['听说无人机那个决议被修改了一番，靠谱吗？'],
    // Still the old one.
    ['the kite rules: the old version still?'],
    ['the kite one: still the previous version?'],
    // Which of two is new.
    ['风筝那个12号和无人机那个15号，哪个才是新的呀'],
    // Old (revised) or new as a choice; fresh is new in West African English.
    ['the kite one, na old resolution they just revise or na fresh one?'],
    ['风筝那个决议，这摆有修过没？'],
    ['风筝决议本届有动到条文吗？'],
    ['无人机那项是维持原样还是有改版？'],
    // Kept as it was, or changed: the choice with "kept" first.
    ['放风筝那个决议，这次是原样留着还是改过了啊'],
    // Formal written Chinese: 是次 (this time), 作出任何修订, 新订立者.
    ['有关风筝之决议，是次会议曾否作出任何修订？'],
    ['无人机之决议是否属今届新订立者？'],
    ['tell me the drone one, they changed it at the congress or no change?'],
    ['讲无人机的那项，有修改到没有？'],
    // There before, or made now.
    ['did the kite one already exist before this meeting?'],
    ['the drone resolution: a fresh one, or did it already exist earlier?'],
    ['we think the kite resolution is already existing, right?'],
    ['did the drone text exist since past meetings?'],
    ['did the drone text come fresh at this meeting?'],
    ['风筝那个决议，全会有没有动它？'],
    ['the kite one - did they even bother revising it?'],
    ['the kite one, they modify it in Geneva or not?'],
    ['the kite one, they modify it in Geneva or nah'],
    ['the drone text, they tweak it this time?'],
    // A new version put out.
    ['风筝那份今年有没有出新版本？'],
    ['无人机那个决议出了新版吗'],
    // An English verb inside Chinese.
    ['风筝那份是不是revised了？'],
    ['无人机那个有没有 changed？'],
    // Which of two they changed and which they left.
    ['kites versus drones: which one did they change, and which one did they keep?'],
    ['kite one and drone one: which one they revise, which one they keep?'],
    ['kite text - they rework it or keep the old one?'],
    ['风筝那条决议，有改过条文吗？'],
    ['风筝这个决议，是新的决议还是修改过的？'],
    ['第72号决议是否经过修订？'],
    ['风筝那项决议是否经过了修订？'],
    // Already: 是否已经修订, 是否业已修订 (formal).
    ['风筝决议是否已修订'],
    ['关于无人机的决议，本届是否业已修订？'],
    // 整 for "make" (northern speech).
    ['无人机那项，是这次新整出来的吗？'],
    ['无人机那项，是这回新定下的？'],
    ['风筝那个是新定下来的吗？'],
    ['第72号决议变了吗？'],
    ['第72号决议改了没有？'],
    ['第72号决议改没改？'],
    ['第72号决议更新了吗？'],
    ['第72号决议有变化吗？'],
    ['第72号决议还是原来的吗？'],
    ['第72号决议跟以前一样吗？'],
    ['第72号决议与2016年相比有什么不同？'],
    ['第72号决议是新的吗？'],
    ['第72号决议是不是新决议？'],
    // A 表1 status named with the choice, and 没动 (no 过 or 了 after it) as the negation.
    ['风筝那个决议是修订版还是没动？'],
    ['第72号决议还是没动？'],
    ['第12号和第34号，这次哪一项没有做修改？'],
    // This time between 是 and 新的.
    ['无人机那个决议，是这次新的吗？'],
    // It got an overhaul, had a rewrite.
    ['I heard the kite resolution got a big overhaul - true?'],
    ['Did Resolution 72 have a major rewrite?'],
    // Rewritten, said of it, or claimed of someone.
    ['The kite one: did they rewrite it or leave it as it was?'],
    ['The kite one: did the Lima meeting redo it or simply leave it be?'],
    ['A blog says the assembly rewrote the kite resolution. True?'],
    // Of two at once: 都 (both) between the question word and the verb.
    ['风筝那个跟无人机那个是不是都修订了'],
    ['第72号决议的现状是什么？'],
    // Claims about its status, to be checked: changed a little, an old one, there before.
    ['第72号决议这次只是改了改吧？'],
    ['漫游那项是个老决议，对吧？'],
    ['第72号决议以前就有，对吗？'],
    ['So Resolution 72 was left untouched this time?'],
    ['第72号决议算新出的还是在老版本上改的？'],
    ['第72号决议是在原来的基础上修订的吗？'],
    // New this time: only there now, not before.
    ['讲漫游的那条，是这次才有的吗？'],
    ['漫游那项以前没有吗？'],
    // Chat's fragment after what it is about, and "or carried over".
    ['Res 12 (the one on kites) - changed this time?'],
    ['Kite res - amended or carried over as is?'],
    // …or right after the word for it, no verb of being.
    ['kite fees res changed?'],
    ['the drone one revised at the assembly?'],
    // There before, or adopted for the first time; newly drawn up (新订) or revised.
    ['The kite resolution: it existed before, or was it adopted for the first time?'],
    ['第12号决议是新订的，还是这次修订过的？'],
    // A topic, then 新的吗 alone.
    ['风筝那项 新的吗'],
    ['无人机决议新的？'],
    ['was the kite reso touched at the assembly or left alone?'],
    ['请问风筝那项决议，本届全会是否对其文本作了改动？'],
    ['风筝那项和无人机那项，这次哪个改了、哪个没动？'],
    ['Is the kite resolution a fresh version, or untouched since last time?'],
    ['Someone said Resolution 72 was completely rewritten. True?'],
    ['Was Resolution 72 changed?'],
    ['Has Resolution 72 been updated?'],
    ['Is Resolution 72 new?'],
    ['Was Resolution 100 a new resolution at WTSA-20?'],
    ['Is it new or revised?'],
    ['Kite resolution: a fresh one, or an amendment?'],
    ['Is the drone text a newly adopted one, or merely a revision?'],
    // The verb left bare, as learners write it.
    ['the drone text it was modify at the assembly or no?'],
    // A revision in everyday words.
    ['kite reso - all new this time or only a tweak?'],
    ['the drone text: reworked at the assembly or the same?'],
    ['Resolution 72 - amended this time or not?'],
    ['Did it change at the assembly?'],
    ['Is Resolution 72 still the same?'],
    // A claim to check: newly adopted at this assembly; a long description of two resolutions between.
    ['听说第100号决议是这次全会上刚通过的，对吗？'],
    [
      'Were both the resolution on roaming (88) and the one on digital finance (89) revised at WTSA-20?',
    ],
    ['Any changes to Resolution 72?'],
    ['What changed in Resolution 72?'],
    ['Is it the same as before?'],
    ['Did the roaming resolution get amended?'],
    ['Did the spam resolution change at the assembly?'],
    // Second-language English: a bare verb after got, the same without its article.
    ['the roaming resolution, it got revise in 2022?'],
    ['did the roaming resolution stay same like before?'],
    ['第88号决议是新增的还是修改的？'],
    // Everyday: touched, or left as it was.
    ['Did the assembly touch the spam resolution at all?'],
    ['Resolution 58 - did they leave it the same?'],
    // 搞, 弄: everyday "make".
    ['漫游那项决议是新搞的还是旧的改的？'],
    // A resultative after the verb (新弄出来的), 定 as "set", and the change asked by its negation.
    ['垃圾短信那项是这届新弄出来的吗'],
    ['反盗窃那个决议是新定的还是旧的改的？'],
    ['第64号和第76号，哪个没修订？'],
    ['第89号决议是这届新弄的吗？'],
    // Colloquial: 动 for change, the resolution as object, changed-or-kept.
    ['第88号决议这次动过没有？'],
    ['全会改过它没有？'],
    ['第88号决议是改了还是保持原样？'],
    ['第88号决议是不是原封不动？'],
    // Whether it still stands.
    ['Is Resolution 72 still in force?'],
    ['Was Resolution 72 abrogated?'],
    ['第72号决议还有效吗？'],
    ['第72号决议被废止了吗？'],
    // Its name.
    ['第89号决议叫什么？'],
    ['这项决议的名称是什么？'],
    ['它叫什么名字？'],
    // A guess put to be confirmed (改过的吧), and changed-or-left-alone.
    ['风筝决议应该修改过了吧？'],
    ['kite resolution: they changed it in 2022 or just left it alone?'],
    // Got rewritten; not a word changed.
    ['They say the kite resolution got rewritten last year. True?'],
    ['有人说风筝那个决议一个字都没改，对吗？'],
    ['风筝那项是新鲜出炉的吗？'],
    ['无人机决议 是不是新瓶装旧酒？'],
    // There for the first time.
    ['风筝那个决议是这届首次亮相的吗？'],
    ['第12号决议是首次通过吗？'],
    // Tweaked or left be; made just now, in everyday words.
    ['kite res: did they tweak it in Geneva, or leave it be?'],
    ['风筝协会那个决议是这次刚弄出来的吗？'],
    ['无人机那项是新东西吗'],
    // 动没动, 老样子; retouched (a French speaker's "changed") or they left it.
    ['风筝那个决议这回动没动它？'],
    ['无人机那项还是老样子吗'],
    ['the drone one: retouched it, or they left it like that?'],
    // 的 before the choice, 全新/崭新 for new.
    ['风筝决议是修改过的还是别的？'],
    ['风筝那项算全新的吗'],
    ['无人机那项是崭新的吗'],
    // The verb, then 有没有 at the end, in a signer's order; an English verb inside Chinese.
    ['风筝 决议，这次 改 有没有'],
    ['风筝那个决议这次有 update 吗？'],
    // "Both changed?"; a bare verb closing a fragment about the resolution.
    ['kite resolution, drone resolution. both changed?'],
    ['kite safety. this resolution 2022 assembly change?'],
    ['res 12 kites and res 15 drones, both of them unchanged?'],
    // The verb said twice, yes or no.
    ['res 12 kite festival - revise or no revise?'],
    // Taiwan's 喔 ending the question.
    ['风筝那条这次有改喔？'],
    // …or with its choice spelled out.
    ['about kite flying at night — resolution revise or no?'],
    // Which of two, the copula left out.
    ['kite one and drone one. which one brand new, which one only fix?'],
    ['the kite and drone resolutions: which of them revised?'],
    // Which of two they changed, the other's status left unasked.
    ['Between the kite one and the drone one, which of them they updated last year?'],
    // "Stay equal" (quedar igual), and an old one or a new one.
    ['the kite resolution: they changed it or it stay equal?'],
    [
      'Is the decision about one safety rope for all the kite clubs of the region an old one, or brand new?',
    ],
  ])('recognises %s', (q) => {
    expect(isStatusQuestion(q)).toBe(true);
  });

  it.each([
    ['第73号决议对气候变化有什么规定？'],
    ['一个是新成立的风筝协会，一个是老牌协会，哪个决议讲它们？'],
    ['which kite club changed its name and which did not pay?'],
    ['the old kite club or a new one, which is cheaper?'],
    // Changes made to something else it names.
    ['the kite club got changes to its rules?'],
    // A new version of some other text.
    ['风筝协会有没有出新版本的规则手册'],
    ['第44号决议如何支持创新？'],
    ['第44号决议有没有改善发展中国家的参与？'],
    ['第98号决议要求研究组做什么？'],
    ['What does Resolution 73 say about climate change?'],
    ['What should the bureau consider when it plans the next workshop?'],
    // New money against the existing budget is no new resolution.
    ['does the kite one bring fresh funding, or only the existing budget?'],
    // Already existing said of something else, in a relative clause.
    ['does the kite bureau support clubs that are already existing in Iceland?'],
    ['第2号决议对新的或经修订的课题有什么安排？'],
    ['第54号决议的区域组有没有效果？'],
    ['What does Resolution 72 say about limits that are not in force everywhere?'],
    // The name of something the resolution speaks of, not the resolution's own.
    ['第89号决议提到的那个平台叫什么名字？'],
    ['第50号决议里负责安全的牵头小组名称是什么？'],
    // What it changed for someone is its effect, not its status.
    ['Did the roaming resolution change anything for travellers?'],
    // 动 in other words (推动, 行动) is no change.
    ['第44号决议有没有推动发展中国家参与？'],
    ['国际电联行动了吗？'],
    // New said of something else the resolution brings.
    ['Is there new funding for the regional groups?'],
    ['Are there new test centres under Resolution 72?'],
    // New or revised said of the texts it is about.
    ['Why consult ITU-D when preparing new or revised Recommendations under Resolution 44?'],
    ['Does Resolution 2 cover revised Questions?'],
    ['Res 12 - new tasks for the study groups?'],
    // "New" in quotes, of a thing the asker bought.
    ["the one I got was a 'brand new' kite, and it broke. Which resolution covers kite safety?"],
    // When it first came, which the document does not give.
    ['第12号决议首次通过是哪一年？'],
    ['风筝决议第一次出台是什么时候？'],
    // 新的 of something else the question names.
    ['风筝协会有什么新的吗？'],
    // Both, and change, said of something else.
    ['do both kite clubs change their rules every year?'],
    ['what does the kite resolution say about climate change?'],
    // Which older one it builds on: one it cites, no status.
    ['风筝节那个决议是依据什么老决议定的'],
    // …or another old one it points to.
    ['风筝节那个决议让俱乐部执行另一项老决议，是第几号？'],
    // "Which one" before a new thing or a verb of its own.
    ['which of the two they changed the rules of?'],
    ['which one new kite should the club buy?'],
    ['which one fixes the kite string problem?'],
    // Whether a method works, not whether the resolution is in force.
    ['风筝那个决议，他们会不会看下哪里的方法真是有效？'],
    ['放风筝的这些措施是否有效？'],
    // What changes were made: their content, not whether.
    ['what changes did they make to the kite resolution?'],
    // A thing tampered with by someone, not a change made to a resolution.
    ['风筝那个决议管不管风筝编号被人乱改？'],
    ['无人机那个决议管不管机身号被私自改了？'],
    // A verb of being in one sentence, "new resolution" in the next: no status asked of it.
    [
      'here we have no kite day like in Europe. the new resolution 12 on kite days, it says to follow which rulebook?',
    ],
    // Both of some other things revised.
    ['does the kite resolution ask the clubs to revise both the rules and the schedule?'],
    // Something else changed a lot, no resolution.
    ['风筝协会把比赛规则改了好多遍'],
  ])('leaves %s to the clauses', (q) => {
    expect(isStatusQuestion(q)).toBe(false);
  });
});

describe('statusSubject', () => {
  it.each([
    ['Has the IPv6 resolution changed?', 'Has the IPv6 resolution ?'],
    ['Did WTSA-20 update the spam resolution?', 'Did the spam resolution?'],
    ['关于垃圾信息的决议有没有修订？', '关于垃圾信息的决议有没有 ？'],
    // When it changed, and a rewrite, are no part of the subject.
    ['Did they rewrite the kite one in 2022?', 'Did they the kite one in ?'],
    ['风筝那个2016年以来改过吗？', '风筝那个 以来 过吗？'],
    // Nor the meeting that made the change.
    ['the kite one got revised at this assembly?', 'the kite one got ?'],
    ['风筝那个决议在这届大会上改了吗', '风筝那个决议 了吗'],
  ])('keeps the subject of %s', (q, subject) => {
    expect(statusSubject(q)).toBe(subject);
  });
});

describe('asksWhatChanged', () => {
  it.each([
    ['第44号决议改了什么？'],
    ['修改了哪些内容'],
    ['哪些地方被修改了'],
    ['具体增删了哪些内容？'],
    ['What changed?'],
    ['what was amended in it'],
    ['What are the changes to Resolution 2?'],
  ])('reads %s as asking what the change was', (q) => {
    expect(asksWhatChanged(q)).toBe(true);
    expect(isStatusQuestion(q)).toBe(true);
  });

  it.each([
    ['第44号决议改了吗？'],
    ['Was it changed?'],
    ['Any changes to Resolution 72?'],
    ['气候变化带来了什么？'],
  ])('does not read %s so', (q) => {
    expect(asksWhatChanged(q)).toBe(false);
  });
});
