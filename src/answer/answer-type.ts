/**
 * What kind of fact a question asks for, and whether a clause can supply it. A clause on the right topic
 * still does not answer "how much does it cost" without an amount, or "what is the chair's name" without one.
 */
import { tokenize } from '../retrieval/tokenize.js';

const MONEY_Q =
  /多少钱|多少(?:瑞士)?法郎|多少美元|费用是多少|(?:注册|会议|报名)费|价格|股价|资费是多少|how much (?:money|does|do|is|are|will)|\bcost(?:s)?\b|\bprice\b|\bfees?\b|\bfranc|\bdollars?\b|\bchf\b|\busd\b/i;
const MONEY_A = /法郎|瑞郎|美元|欧元|\bCHF\b|\bUSD\b|[$€£]\s?\d|\d\s?(?:元|万元|亿)/i;
const PERSON_Q =
  /(?:名字|姓名|叫什么名字)|主席是谁|(?:谁|哪位)(?:担任|主持|是主席)|\bwho (?:chaired|chairs|is the chair|was the chair|presided|is the director|was the director|heads?)\b|\bname of the (?:chair|director|person|president)|chairman'?s name|\bwhose name\b/i;
const PERSON_A = /(?:先生|女士|博士)|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]|[A-Z][a-z]+ [A-Z][a-z]+/;
const DIGITS_Q =
  /哪几位数字|号码是多少|具体(?:号码|数字)|what (?:is the )?(?:number|digits)\b|which digits/i;

const COUNT_Q =
  /多少(?:个|位|名|项|次|届|家|人)|几(?:个|位|名|项|次|届|家)|\bhow many\b|\bnumber of\b/i;
function escapeRe(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MEASURE = '(?:项|个|位|名|次|届|家|份|国)';
/** A count: a number (not the bare 一 of "一项实体活动", which is an article) with a measure word. */
const COUNT_A = new RegExp(`(?:\\d+|[二三四五六七八九十百两]+|十一|一百)\\s*多?\\s*${MEASURE}`);
const ZH_COUNTED = /(?:多少|几)(?:个|位|名|项|次|届|家)?([^，。？?！!,]{1,10})/;

/** Votes: the document records decisions, never how anyone voted. */
const VOTE_Q = /投票|表决|投了?反对票|\bvot(?:e|ed|es|ing)\b|\babstain/i;
const VOTE_A = /投票|表决|\bvot(?:e|ed|es|ing)\b/i;

export type AnswerType = 'money' | 'person' | 'digits' | 'count' | 'vote' | null;

export function answerType(question: string): AnswerType {
  if (VOTE_Q.test(question)) return 'vote';
  if (PERSON_Q.test(question)) return 'person';
  if (MONEY_Q.test(question)) return 'money';
  if (DIGITS_Q.test(question)) return 'digits';
  if (COUNT_Q.test(question)) return 'count';
  return null;
}

/**
 * Numbers in a text, so "digits" answers must bring one the question did not already hold; references
 * (第100号决议, E.161.1) are names, not answers.
 */
function numbers(text: string): string[] {
  const plain = text.replace(/第\s*\d+\s*号|[A-Z]\.\d+(?:\.\d+)*|\d{4}年/g, ' ');
  return plain.match(/\d+(?:[.]\d+)*/g) ?? [];
}

export function canSupply(type: AnswerType, question: string, clauseText: string): boolean {
  switch (type) {
    case null:
      return true;
    case 'money':
      return MONEY_A.test(clauseText);
    case 'vote':
      return VOTE_A.test(clauseText);
    case 'person':
      return PERSON_A.test(clauseText);
    case 'count': {
      // "多少个国家": the count must be of that noun, a few characters after the number at most.
      const span = ZH_COUNTED.exec(question)?.[1] ?? '';
      const nouns = tokenize(span, 'jieba').filter(
        (t) => t.length > 1 && !/^新/.test(t) && t !== '决议',
      );
      if (!nouns.length) return COUNT_A.test(clauseText);
      return nouns.some((n) =>
        new RegExp(`${COUNT_A.source}.{0,10}?${escapeRe(n)}`).test(clauseText),
      );
    }
    case 'digits': {
      const asked = new Set(numbers(question));
      return numbers(clauseText).some((n) => !asked.has(n));
    }
  }
}
