/**
 * A question that takes a named resolution to have been revised at the assembly ("after this revision, what
 * was added …", 修订后新增了什么) where 表1 lists it as unchanged: what it asks for, the changes, the
 * document cannot give, and the premise is what the answer corrects.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';

/** Words that take a revision as given, not words asking whether there was one (see the status intent). */
const PRESUMES_REVISED =
  /修订(?:以后|之后|后|版)|修改(?:以后|之后|后)|改(?:了|过|完)以后|新增|新加|\b(?:after|since|with) (?:the|this|its|that) (?:revision|update|amendment)\b|\b(?:revised|amended|updated) (?:version|text|edition)\b|\bwhat (?:was|were|got|has been|have been) (?:newly )?added\b/i;

/** The 表1 rows of the named resolutions listed unchanged, when the question presumes them revised. */
export function unchangedPresumedRevised(
  question: string,
  resolutions: number[],
  store: CorpusStore,
): Clause[] {
  if (!resolutions.length || !PRESUMES_REVISED.test(question)) return [];
  const rows = resolutions.map((n) => store.ofResolution(n).find((c) => c.part === 'table1'));
  // Each named one unchanged: with one revised among them, the question may be about that one.
  return rows.every((r) => r?.status === '无修改') ? (rows as Clause[]) : [];
}

export function unchangedReason(resolutions: number[]): { en: string; zh: string } {
  const en = resolutions.map((n) => `Resolution ${n}`).join(', ');
  const zh = `第${resolutions.join('、')}号决议`;
  return {
    en: `表1 (Table 1) lists ${en} as unchanged (无修改): nothing in the document says WTSA-20 revised it or lists anything added.`,
    zh: `表1所列${zh}的现状为“无修改”：文件没有说WTSA-20修订了它，也没有列出任何新增内容。`,
  };
}
