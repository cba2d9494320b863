/**
 * Whether a clause states the count a question asks for: a number with a measure word, of the thing
 * counted ("多少个国家": 国家 a few characters after the number), of people when people are counted (几位:
 * 八位主席, not 27个国家), and not the number the question already gives as the whole (of the eight …).
 */
import { escapeRe } from '../retrieval/escape-re.js';
import { tokenize } from '../retrieval/tokenize.js';

/** Measure words of things counted (项, 场, 页 …): 多少场, 几所 ask for a count. */
export const CLASSIFIER =
  '(?:个|位|名|项|次|届|家|场|页|所|座|种|篇|条|批|期|轮|门|本|处|份|台|部|张|辆|根|套)';

/** On the answer side, only measure words that do not also begin common words after a number (20批准, 2部门). */
const MEASURE = '(?:项|个|位|名|次|届|家|份|国|场|页|座|种|篇)';
/** A count's number: digits, or Chinese numerals but not the bare 一 of an article (一项实体活动). */
const NUMERAL = '(\\d+|(?!一(?![十百]))[一二三四五六七八九十百两]+)';
const WHOLE_NUMERAL = '(?<![\\d一二三四五六七八九十百两])';
/** Every count in a text (三项, 27个, 120多位), its number captured. */
const COUNT_A = new RegExp(`${WHOLE_NUMERAL}${NUMERAL}\\s*多?\\s*(${MEASURE})`, 'g');
/** The measure word a question counts by (多少页, 几届): a count by another one (四届) is of something else. */
const ASKED_MEASURE = new RegExp(`(?:多少|几)(${CLASSIFIER})`);
/** Measure words that count anything: 个 and 项 answer each other. */
const GENERAL_MEASURE = /^[个项]$/;
/** Counts of people (八位, 120多名, 三人), which 几位 / how many experts ask for. */
const PEOPLE_COUNT_A = new RegExp(`${WHOLE_NUMERAL}${NUMERAL}\\s*多?\\s*(?:位|名|人)`, 'g');
const PEOPLE_Q =
  /(?:多少|几)(?:位|名|个人)|多少人|\bhow many (?:people|persons|experts|delegates|women|men|chairs?|vice-chairs?|members|participants|engineers|staff)\b/i;
const ZH_DIGIT: Record<string, number> = {
  ...Object.fromEntries([...'一二三四五六七八九'].map((c, i) => [c, i + 1])),
  两: 2,
};
const EN_NUMBER = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');

/** A number as written (27, 八, 十一, 一百二十): its value; NaN when not one. */
function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in ZH_DIGIT) digit = ZH_DIGIT[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

/** The numbers a question states (8, 八, eight), as values. */
function statedNumbers(question: string): number[] {
  const out = (question.match(/\d+|[一二三四五六七八九十百两]+/g) ?? []).map(numeralValue);
  for (const w of question.toLowerCase().match(/[a-z]+/g) ?? []) {
    const i = EN_NUMBER.indexOf(w);
    if (i > 0) out.push(i);
  }
  return out.filter((n) => !Number.isNaN(n));
}

/** Words after the counted noun that say nothing of what it did (一共, 总共, 目前, 到底). */
const FILLERS = '一共|总共|共计|目前|现在|到底|究竟|大概|大约|左右|以上|得到|获得';
const PREDICATE_FILLER = new RegExp(`^(?:${FILLERS})$`);

const ZH_COUNTED = new RegExp(`(?:多少|几)${CLASSIFIER}?([^，。？?！!,]{1,10})`);
/** "How many X do/are/…": X, up to the verb or the end (in the plan's rewritten question, the glossary's
 * terms stand in the document's words: how many 研究组 SG does …). */
const EN_COUNTED =
  /\bhow many\s+([^?.,!]{1,40}?)\s*(?:\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|in|at|of|on|from|for|to|by|with|there)\b|[?.,!]|$)/i;

/** "How many of the X are/were Y": Y, with the renderings the plan wrote after it (women? 妇女…). */
const EN_SAID = /\bhow many\s+[^?.,!]{1,40}?\s(?:are|were)\s+([^.,!;]{1,40})/i;

/** A part of a whole the question states: how many of the five groups …, 8位主席里有几位 …. */
const PART_EN = new RegExp(
  `\\bhow many of (?:the|these|those|its|their)\\s+(\\d+|${EN_NUMBER.join('|')})\\b`,
  'i',
);
const PART_ZH = new RegExp(
  `(\\d+|[一二三四五六七八九十百两]+)\\s*${CLASSIFIER}[^，。？?]{0,12}(?:里|中|当中|之中)[，,]?\\s*(?:有)?(?:几|多少)`,
);

/** The whole a question counts a part of, if it states one. */
function wholeOf(question: string): number | null {
  const en = PART_EN.exec(question)?.[1];
  if (en) return /^\d+$/.test(en) ? Number(en) : EN_NUMBER.indexOf(en.toLowerCase());
  const zh = PART_ZH.exec(question)?.[1];
  return zh ? numeralValue(zh) : null;
}

/** Particles and fillers after the counted noun that say nothing of what it did. */
const PARTICLES = new RegExp(`${FILLERS}|[了的呢吗啊呀过着都也还又就才是有]`, 'g');

/** Whether the clause holds a pair of adjacent characters of what the counted did; true when it says nothing. */
function pairsFound(after: string, clauseText: string): boolean {
  const rest = after.replace(/[^\u3400-\u9fff]/g, '').replace(PARTICLES, '');
  if (rest.length < 2) return true;
  for (let i = 0; i + 2 <= rest.length; i++)
    if (clauseText.includes(rest.slice(i, i + 2))) return true;
  return false;
}

/**
 * @param counted the question with the thing counted in the document's words, when the caller has it (the
 *   plan's rewritten question: an English "how many study groups" names 研究组 there).
 */
export function statesCount(question: string, clauseText: string, counted = question): boolean {
  // "多少个国家": the count must be of that noun, a few characters after the number at most.
  const span = ZH_COUNTED.exec(counted)?.[1] ?? EN_COUNTED.exec(counted)?.[1] ?? '';
  // The document's words only: an English word left untranslated is found in no clause.
  const nouns = tokenize(span, 'jieba').filter(
    (t) => t.length > 1 && !/^新/.test(t) && t !== '决议' && /[\u3400-\u9fff]/.test(t),
  );
  // 几位/多少名 count people: 八位主席 answers, 27个国家 does not. A number the question already states
  // (of the eight chairs, how many …) is the whole it asks about, not the count asked for.
  const people = PEOPLE_Q.test(counted) || PEOPLE_Q.test(question);
  const stated = new Set([...statedNumbers(question), ...statedNumbers(counted)]);
  // A part is smaller than the whole it is part of: 27 countries are not how many of 8 chairs.
  const whole = wholeOf(question);
  const measure = ASKED_MEASURE.exec(counted)?.[1] ?? ASKED_MEASURE.exec(question)?.[1];
  const sameMeasure = (m: RegExpMatchArray) =>
    people || !measure || GENERAL_MEASURE.test(measure) || m[2] === measure;
  const counts = [...clauseText.matchAll(people ? PEOPLE_COUNT_A : COUNT_A)].filter((m) => {
    const n = numeralValue(m[1]!);
    return !stated.has(n) && (whole === null || n < whole) && sameMeasure(m);
  });
  if (!nouns.length) return counts.length > 0;
  // What the counted did (几个国家出席: 出席): a count of them doing something else (37个国家
  // the chairs come from) is not the count asked. Only words after the noun, and only when the clause has none.
  // "How many X are women": what the counted are said to be, in the document's words (the plan's
  // renderings stand beside the English word), a clause must say of them.
  const said = EN_SAID.exec(counted)?.[1] ?? '';
  const being = tokenize(said, 'jieba').filter(
    (t) => t.length > 1 && /[\u3400-\u9fff]/.test(t) && !PREDICATE_FILLER.test(t),
  );
  if (being.length && !being.some((n) => clauseText.includes(n))) return false;
  const doing = nouns.slice(1).filter((n) => !PREDICATE_FILLER.test(n));
  if (doing.length && !doing.some((n) => clauseText.includes(n))) return false;
  // A verb the segmenter cuts into single characters (派人去了: 派 人 去) is read by its character pairs.
  // The whole clause of the question after the noun, not the span cut at ten characters.
  const tail = counted.slice(counted.indexOf(span)).split(/[，。？?！!,;；]/)[0]!;
  if (
    !doing.length &&
    !pairsFound(tail.slice(tail.indexOf(nouns[0]!) + nouns[0]!.length), clauseText)
  )
    return false;
  return counts.some((m) => {
    const after = clauseText.slice(m.index + m[0].length);
    // Of that noun, not of another one it ends (副主席 counts vice-chairs, not chairs; 非洲国家).
    return nouns.some((n) => new RegExp(`^.{0,10}?(?<![副非前])${escapeRe(n)}`).test(after));
  });
}
