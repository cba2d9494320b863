/**
 * The kind of clause a comparison asks for when its topic's words do not find it: which organisations (the
 * clause naming WHO shares no word with "UN agency"), which study group (第5研究组, not 各相关研究组), or whom
 * each reports to (向理事会报告, not a report prepared for a group). The first kind asked wins.
 */
import type { Clause } from '../corpus/clause.js';
import { asksWhichStudyGroup, namesNumberedStudyGroup } from '../retrieval/study-groups.js';
import { asksOrganisations, namesOrganisations } from './organisations-asked.js';
import { asksReportToBody, reportsToBody } from '../retrieval/report-asked.js';

const KINDS: [asked: (q: string) => boolean, answers: (text: string) => boolean][] = [
  [asksOrganisations, namesOrganisations],
  [asksWhichStudyGroup, namesNumberedStudyGroup],
  [asksReportToBody, reportsToBody],
];

/** The test a favoured clause passes, or undefined when the question asks for no such kind. */
export function favouredKind(question: string): ((c: Clause) => boolean) | undefined {
  const kind = KINDS.find(([asked]) => asked(question));
  return kind ? (c) => kind[1](c.text) : undefined;
}
