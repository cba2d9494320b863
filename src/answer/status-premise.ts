/**
 * A question that takes a resolution to have been revised at the assembly ("after this revision, what was
 * added …", 修订后新增了什么) where 表1 lists it as unchanged, or to have been abrogated ("why was it
 * scrapped?") where 表1 lists it as in force: what it asks for the document cannot give, and the premise
 * is what the answer corrects.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';

/** Words that take a revision as given, not words asking whether there was one (see the status intent). */
const PRESUMES_REVISED =
  /修订(?:以后|之后|后|版)|修改(?:以后|之后|后)|改(?:了|过|完)以后|新增|新加|\b(?:after|since|with) (?:the|this|its|that) (?:revision|update|amendment)\b|\b(?:revised|amended|updated) (?:version|text|edition)\b|\bwhat (?:was|were|got|has been|have been) (?:newly )?added\b/i;

/** The 表1 rows of the named resolutions listed unchanged, when the question presumes them revised. */
function unchangedPresumedRevised(
  question: string,
  resolutions: number[],
  store: CorpusStore,
): Clause[] {
  if (!resolutions.length || !PRESUMES_REVISED.test(question)) return [];
  const rows = resolutions.map((n) => store.ofResolution(n).find((c) => c.part === 'table1'));
  // Each named one unchanged: with one revised among them, the question may be about that one.
  return rows.every((r) => r?.status === '无修改') ? (rows as Clause[]) : [];
}

function unchangedReason(resolutions: number[]): { en: string; zh: string } {
  const en = resolutions.map((n) => `Resolution ${n}`).join(', ');
  const zh = `第${resolutions.join('、')}号决议`;
  return {
    en: `表1 (Table 1) lists ${en} as unchanged (无修改): nothing in the document says WTSA-20 revised it or lists anything added.`,
    zh: `表1所列${zh}的现状为“无修改”：文件没有说WTSA-20修订了它，也没有列出任何新增内容。`,
  };
}

/** Words that take an abrogation as given: why or when it was scrapped, not whether. */
const PRESUMES_ABROGATED =
  /\b(?:why|when|how come)\b[^?]{0,80}\b(?:scrap(?:ped)?|abolish(?:ed)?|abrogat(?:e|ed)|repeal(?:ed)?|withdr(?:aw|awn|ew)|cancel(?:l?ed)?|suppress(?:ed)?|drop(?:ped)?|delet(?:e|ed)|get rid of|got rid of)\b|\b(?:after|since|now that) (?:it|they|the resolution|resolution \d+) (?:was|were|has been|got) (?:scrapped|abolished|abrogated|repealed|withdrawn|cancell?ed|suppressed|dropped|deleted)\b|为什么[^？?]{0,40}(?:废止|废除|撤销|取消|删除|删掉|废掉)|(?:废止|废除|撤销|取消|删除)(?:了)?(?:以后|之后|后|的原因|的理由)/i;

/**
 * The 表1 rows of the resolutions a question presumes abrogated, every one of them listed (in force after
 * the assembly). `resolutions`: those it names; without any, the one resolution its best passages are all
 * from (the resolution on X, named in words).
 */
function abrogationPresumed(
  question: string,
  resolutions: number[],
  best: (number | null)[],
  store: CorpusStore,
): Clause[] {
  if (!PRESUMES_ABROGATED.test(question)) return [];
  const one = best[0];
  const asked = resolutions.length
    ? resolutions
    : one != null && best.every((n) => n === one)
      ? [one]
      : [];
  const rows = asked.map((n) => store.ofResolution(n).find((c) => c.part === 'table1'));
  return asked.length && rows.every(Boolean) ? (rows as Clause[]) : [];
}

function inForceReason(rows: Clause[]): { en: string; zh: string } {
  const en = rows.map((r) => `Resolution ${r.resolution} (${r.status})`).join(', ');
  const zh = rows.map((r) => `第${r.resolution}号决议（${r.status}）`).join('、');
  return {
    en: `表1 (Table 1) lists ${en} among the resolutions in force after WTSA-20: nothing in the document says it was abrogated.`,
    zh: `表1将${zh}列为WTSA-20之后的现行决议：文件没有说它被废止。`,
  };
}

/**
 * The premise a question takes about a resolution's status that 表1 contradicts, with the rows that do and
 * the reason to give; null when there is none. `best`: the resolutions of its best passages.
 */
export function statusPremise(
  question: string,
  asksClauses: boolean,
  resolutions: number[],
  best: (number | null)[],
  store: CorpusStore,
): { rows: Clause[]; reason: { en: string; zh: string } } | null {
  const unchanged = asksClauses ? unchangedPresumedRevised(question, resolutions, store) : [];
  if (unchanged.length) return { rows: unchanged, reason: unchangedReason(resolutions) };
  const inForce = abrogationPresumed(question, resolutions, best, store);
  return inForce.length ? { rows: inForce, reason: inForceReason(inForce) } : null;
}
