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

/** The development sector asked about (发展部门那边, ITU-D's groups). */
const OTHER_SECTOR = /ITU-D|(?:电信)?发展部门|\bdevelopment sector\b/i;

/** The test a favoured clause passes, or undefined when the question asks for no such kind. */
export function favouredKind(question: string): ((c: Clause) => boolean) | undefined {
  const kind = KINDS.find(([asked]) => asked(question));
  if (!kind) return undefined;
  // Whom a clause is addressed to is part of what it says (责成 第17研究组: the group named in the head).
  // Those are the assembly's own (ITU-T's) groups and bureaux: not what a question about the development
  // sector's groups asks for.
  const heads = !OTHER_SECTOR.test(question);
  return (c) => kind[1](heads && c.addressee ? `${c.addressee} ${c.text}` : c.text);
}
