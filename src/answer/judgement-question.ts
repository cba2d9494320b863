/**
 * Judgements the document never makes: which resolution matters most, changed most, is most urgent, has
 * the biggest budget, and
 * whether one works or is worth it in the assistant's own view. It presents each resolution and what it
 * asks; a clause that merely mentions the asker's topic would read as the document's verdict. "Which
 * resolution is about e-waste" and "what do you think resolution 44 asks" are not this.
 */
import { WHICH_PART } from './answer-type.js';

const EN =
  /\b(?:which(?: one| ones| resolutions?)?|what (?:one|resolutions?))\b[^?]{0,80}?\b(?:(?:the )?most (?:important|significant|urgent|useful|valuable|impactful)|matters? (?:the )?most|biggest (?:changes?|impact|effect|difference|budget|funding)|(?:largest|highest|smallest|lowest) (?:budget|funding|cost)|most (?:money|funding|expensive)|greatest (?:impact|effect|change)|top priority|(?:changed|revised) the most)\b/i;
const ZH =
  /哪(?:一|几)?(?:项|个|份|条)?(?:决议)?[^？?。]{0,30}(?:最(?:重要|关键|要紧|紧迫|值得|有用|有价值|花钱|贵)|(?:改动|变化|修改|影响|预算|经费|资金|花费|投入)(?:最大|最多|最高|最少))/;

export function asksForRanking(question: string): boolean {
  return EN.test(question) || ZH.test(question);
}

/** What the answer says instead. */
export const RANKING_REASON = {
  en: 'It does not rank the resolutions or say which matters or changed most; it presents each one and what it asks of ITU-D. The passages below are on the topic.',
  zh: '文件没有对决议排序，也没有说明哪项最重要或改动最大；它逐项介绍各决议及其对ITU-D的要求。下列条款与该话题相关。',
};

/** The assistant's own view asked of whether something works or is worth it (do you think it worked?). */
const OPINION_EN =
  /\b(?:do|don't|would) you (?:honestly )?(?:think|believe|feel|reckon)\b[^?]{0,80}\b(?:works?|worked|working|effective|succeed(?:ed|s)?|successful|success|close[ds]?|closing|good|bad|useful|enough|fair|right|wrong|worth)\b|\bin your (?:honest )?(?:opinion|view)\b|\byour (?:honest )?(?:opinion|view|take) on\b/i;
const OPINION_ZH =
  /你(?:个人)?(?:觉得|认为|怎么看)[^？?]{0,30}(?:有用|有效|成功|值得|好不好|对不对|管用|有没有用|靠谱|合理)|你(?:觉得|认为)[^？?]{0,40}真的(?:能|会|有)|你(?:个人)?的?(?:看法|观点|意见)/;

export function asksForOpinion(question: string): boolean {
  return OPINION_EN.test(question) || OPINION_ZH.test(question);
}

export const OPINION_REASON = {
  en: 'It gives no opinions or verdicts on the resolutions, nor says how well they have worked; it records what they ask. The passages below are on the topic.',
  zh: '文件不对各决议发表意见或作出评价，也没有说明其实施效果，只记录各决议的要求。下列条款与该话题相关。',
};

/**
 * The assistant's own recommendation asked (你建议我们先做哪个, which supplier would you recommend): the
 * document advises no one on their choices. Not which resolution or clause to cite, which it answers, nor
 * what a resolution recommends, nor ITU's Recommendations (建议书).
 */
const RECOMMEND_EN =
  /\b(?:do|would|can|could|will) you (?:\w+ )?(?:recommend|suggest|advise)\b|\bwhat (?:do|would) you (?:recommend|suggest|advise)\b|\byour (?:own )?(?:recommendations?|advice|suggestions?)\b/i;
const RECOMMEND_ZH =
  /你(?:们)?(?:能不能|可不可以|能否|会|能|可以|有)?(?:根据[^，。？?]{1,16}?[，,]?)?(?:帮我们?|给我们?)?(?:什么)?(?:建议|推荐)(?!书)|(?:给|帮)(?:我|我们)(?:个|一些|点|出)?(?:建议|推荐)(?!书)/;

export function asksForRecommendation(question: string): boolean {
  return (RECOMMEND_EN.test(question) || RECOMMEND_ZH.test(question)) && !WHICH_PART.test(question);
}

export const RECOMMENDATION_REASON = {
  en: 'It makes no recommendations of its own (what to do first, which supplier to choose); it records what the resolutions ask ITU and its members to do. The passages below are on the topic.',
  zh: '文件不提供自己的建议（例如先做什么、选哪家供应商），只记录各决议交给国际电联及其成员的工作。下列条款与该话题相关。',
};
