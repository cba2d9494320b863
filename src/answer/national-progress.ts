/**
 * What one named country has done so far ("Has Ghana set up its CIRT yet?", 加纳已经采用
 * 统一应急号码了吗): the document records what the WTSA-20 resolutions ask, not how far any country has
 * got. A clause on the topic would read as a yes it never gives; the closest passages come as related.
 */
import { FIRST_PERSON } from '../retrieval/unknown-names.js';
import { placeNames } from './place-names.js';

/**
 * Where things stand now, in one sentence with the country: already, yet, ever, so far, 已经, 目前; a deed asked
 * whether done (建起来了没, 建了…没有, 采用…了吗; not where a meeting was held, nor whether a text names
 * it); whether it has been put on a list (被列进名单, been identified) or is among those counted (is Peru
 * one of them, 是不是其中之一): the document names no country's standing.
 */
const PROGRESS_EN =
  /\b(?:is|are|was|were)\b[^.?!]{0,30}\b(?:among|one of) (?:the|those|these|them)\b|\b(?:already|yet|ever|so far|been (?:listed|identified|selected|chosen|included)|on (?:the|that|this|a|its|their) list|by now|currently|right now|actually|how far (?:along |have |has |are |is )?|still (?:has|have|lacks?|without)|after (?:the (?:assembly|resolution)|wtsa-?20|resolution \d+|20\d\d))\b/i;
const PROGRESS_ZH =
  /其中之一|是不是其中|在不在(?:里面|其中|名单)|已经|被列(?:进|入|为)|名单(?:上|里|中)|已(?:有|在|把|将|采用|建立|设立|实施|完成)|是否已|目前|现在|进展(?:到|如何|怎么样)|做到哪|(?:建|设立|设置|成立|采用|实施|部署|推出|开通|启用|落实|加入|完成)[^，,。？?]{0,16}?了[^，,。？?]{0,16}?(?:没有?|吗)[？?]?$/;
const SENTENCE = /[^.!?。？！\n]+[.!?。？！]*/g;
const WHICH_COUNTRIES = /哪(?:些|几个)国家|\b(?:which|how many) countries\b/i;
/**
 * A country named as an example of a kind (countries like Peru, 像秘鲁这样的国家): the asker asks about
 * countries of that kind, which the resolutions speak of, not about where that one country stands.
 */
const EXAMPLE_OF_KIND =
  /\b(?:countries|nations|states|places)\s+(?:like|such as)\s+(?:[A-Za-z][\w'-]*)(?:\s+[A-Z][\w'-]*)*|像[^，,。？?！!]{1,10}?(?:这样|这种|那样|一样)的[^，,。？?！!]{0,4}?国家/g;
/** A country (ISO 3166 alpha-2 code), not a world region (UN M.49 number). */
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Whether a text names a country (not only a world region). */
function namesCountry(text: string): boolean {
  return [...placeNames().named(text)].some((code) => COUNTRY_CODE.test(code));
}

/** A sentence that ends as a question. */
const ASKS = /[?？]\s*$/;

export function asksNationalProgress(question: string): boolean {
  const sentences = question.match(SENTENCE) ?? [];
  // A statement beside a sentence that asks ("Peru already has X. Does the text also cover Y?") tells
  // the asker's setting: what they ask is the question's.
  const asked = sentences.some((s) => ASKS.test(s));
  return sentences.some((s) => {
    if (asked && !ASKS.test(s)) return false;
    if (!PROGRESS_EN.test(s) && !PROGRESS_ZH.test(s)) return false;
    // The asker's own country as their setting ("we in Ghana already …, what does ITU offer?").
    if (FIRST_PERSON.test(s)) return false;
    // A named country, or which countries have got that far (亚洲哪些国家已…, which countries already …).
    return WHICH_COUNTRIES.test(s) || namesCountry(s.replace(EXAMPLE_OF_KIND, ' '));
  });
}

/** What the answer says instead; the passages on the topic follow as related. */
export const NATIONAL_PROGRESS_REASON = {
  en: 'It records what the WTSA-20 resolutions ask; it does not say what any one country has done so far. The passages below are the closest it has.',
  zh: '文件记录的是WTSA-20各项决议的要求，没有说明任何一个国家目前的进展。下列条款是其中最接近的内容。',
};

/**
 * What one named country must do ("肯尼亚要承担什么义务", "what does Kenya have to do?"): the
 * resolutions ask member states, regions and ITU's bodies, never a named country.
 */
const DUTY =
  /必须|义务|得(?:做|完成)|要(?:做|完成)(?:哪些|什么)|承担(?:哪些|什么)|\b(?:must|have to|has to|obliged|obligations?|required to|duties|duty)\b/i;

export function asksNationalDuty(question: string): boolean {
  return (question.match(SENTENCE) ?? []).some((s) => {
    return DUTY.test(s) && !FIRST_PERSON.test(s) && namesCountry(s);
  });
}

export const NATIONAL_DUTY_REASON = {
  en: 'The resolutions ask member states (in particular developing countries), regions and ITU bodies; they set no duty for any one named country. The passages below are the closest it has.',
  zh: '各项决议的要求针对成员国（尤其是发展中国家）、各区域和国际电联各机构，没有为某一具体国家规定义务。下列条款是其中最接近的内容。',
};

/**
 * What one named country's own body is called or who runs it ("what is Peru's kite office called?",
 * 中国的风筝中心叫什么名字、归哪个单位管): the document names no country's institutions. The asker's own
 * country counts too (咱中国的…): its bodies are no more in the text.
 */
const BODY_NAME =
  /叫(?:什么|啥|么)(?:名字|名儿)?|(?:名字|名称|全称)(?:是|叫)?(?:什么|啥)|(?:哪个|哪家|什么)(?:单位|部门|机构|机关)(?:在|来|负责)?(?:管|负责|运营|主管)|归(?:哪个|哪家|什么)(?:单位|部门|机构)|\bwhat(?:['’]s| is| are) [^?.]{1,40}\bcalled\b|\bwhat(?:['’]s| is) the (?:official |full )?name of\b|\bwho (?:runs|operates|manages|is in charge of)\b/i;
/** A resolution, the document or ITU's own named: their names are in it. */
const OWN_THING = /决议|文件|国际电联|研究组|\b(?:resolution|document|ITU|study group)\b/i;

export function asksNationalBody(question: string): boolean {
  const asked = (question.match(SENTENCE) ?? []).some(
    (s) => BODY_NAME.test(s) && !OWN_THING.test(s),
  );
  return asked && namesCountry(question);
}

export const NATIONAL_BODY_REASON = {
  en: 'It does not name any one country’s own bodies or say who runs them. The passages below are the closest it has.',
  zh: '文件没有提到任何一个国家自己的机构名称，也没有说明由谁管理。下列条款是其中最接近的内容。',
};
