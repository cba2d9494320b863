/**
 * The README's eval headline, written by `npm run eval -- --report` between two markers, so the figures a
 * newcomer reads come from the last run and are never pasted by hand. The test split comes first.
 */
import { replaceMarkedBlock } from './marked-block.js';
import type { EvalSummary, Metrics } from './summary.js';

export const START = '<!-- eval-headline:start (written by npm run eval -- --report) -->';
export const END = '<!-- eval-headline:end -->';

const COLS: [keyof Metrics, string][] = [
  ['answer_accuracy', 'answer accuracy'],
  ['abstention_accuracy', 'abstention'],
  ['not_found_precision', 'not-found precision'],
  ['not_found_recall', 'not-found recall'],
  ['clause_hit_at_5', 'clause@5'],
  ['resolution_hit_at_1', 'resolution@1'],
  ['mrr', 'MRR'],
];

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(x));

function row(name: string, cases: number, m: Metrics, en: number | null | undefined): string {
  return `| ${name} | ${cases} | ${COLS.map(([k]) => fmt(m[k] as number | null)).join(' | ')} | ${fmt(en)} |`;
}

export function renderHeadline(s: EvalSummary): string {
  const noGlossary = s.test.ablations.no_glossary?.by_language?.en?.answer_accuracy;
  const noDictionary = s.test.ablations.no_dictionary?.by_language?.en?.answer_accuracy;
  const typos = s.test.ablations.typos?.by_language?.en?.answer_accuracy;
  const typosNoSpelling = s.test.ablations.typos_no_spelling?.by_language?.en?.answer_accuracy;
  return [
    START,
    // Generated tables are compared with their source by a test; the formatter must leave them as written.
    '<!-- prettier-ignore-start -->',
    `| split | cases | ${COLS.map(([, l]) => l).join(' | ')} | English answer accuracy |`,
    `| --- | --- | ${COLS.map(() => '---').join(' | ')} | --- |`,
    row(
      '**test** (frozen, never tuned on)',
      s.test.cases,
      s.test.metrics,
      s.test.by_language.en?.answer_accuracy,
    ),
    row('dev (tuned on)', s.cases, s.metrics, s.by_language.en?.answer_accuracy),
    '',
    `Test split, English answer accuracy without the hand-written glossary, clause questions and concept list: ${fmt(noGlossary)}; without the general dictionary: ${fmt(noDictionary)}.`,
    `With seeded typos in about 30% of the English words of five letters or more: ${fmt(typos)} (${fmt(typosNoSpelling)} without the spelling correction).`,
    '<!-- prettier-ignore-end -->',
    END,
  ].join('\n');
}

/** The README with its headline block replaced (unchanged when the markers are missing). */
export function withHeadline(readme: string, s: EvalSummary): string {
  return replaceMarkedBlock(readme, { start: START, end: END }, renderHeadline(s)) ?? readme;
}
