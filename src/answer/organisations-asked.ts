/**
 * "Which organisations is ITU to work with?", 哪几家机构: the clause that names them (世界贸易组织
 * （WTO）, WHO, ICNIRP and IEEE) answers, before a summary or clause on the same topic that only says
 * 相关组织 ("relevant organisations").
 */
import type { Hit } from '../retrieval/retriever.js';

const ASKED = new RegExp(
  [
    // With words describing them between ("which other big international bodies").
    String.raw`\b(?:which|what)\s+(?:[a-z-]+\s+){0,3}(?:organi[sz]ations|bodies|agencies|partners|institutions|entities)\b`,
    '哪(?:些|几个|几家)(?:国际|外部|其他|其它|联合国)?(?:组织|机构|单位|伙伴)',
    // One body of the UN asked for ("the same UN agency", "one UN health body", 同一个联合国机构).
    String.raw`\b(?:same|one|a|any|which|what)\s+(?:un|united nations)\s+(?:[a-z-]+\s+)?(?:agency|body|organi[sz]ation|partner)\b`,
    '(?:同一个|哪个|哪一个|哪家)[\u4e00-\u9fff]{0,4}(?:组织|机构)',
    // Whom it works with: "do they partner with anyone external", "any partners", 跟谁一起搞, 和哪些单位合作.
    String.raw`\b(?:work|team|partner|cooperate|collaborate|coordinate|link|join forces)(?:s|ed|ing)?\s+(?:up\s+)?with\s+(?:anybody|anyone|somebody|someone|other|outside|external|whom|who)\b|\bwith whom\b|\b(?:any|outside|external)\s+partners?\b`,
    '(?:跟|和|与|同)(?:谁|哪些|哪几家|哪个|什么)(?:组织|机构|单位|部门)?(?:一起|一块儿?|联合)?(?:合作|协作|搞|干|做|配合|搭伙)|合作伙伴|合作方',
    // An outside body described, as a partner of each ("an outside organisation … as a partner", 跟联合国管风筝
    // 那个组织搭伙): the clause naming it answers.
    String.raw`\b(?:an?|any|some)\s+(?:outside|external|other|international|un)\s+(?:organi[sz]ation|body|agency)\b[^?]{0,80}\bas (?:a |an |their |its )?partners?\b`,
    '(?:跟|和|与|同)[^，,。？?]{1,12}?(?:组织|机构)(?:一起|一块儿?)?(?:搭伙|合作|协作|联手|配合)',
  ].join('|'),
  'i',
);

/** An organisation written out with its acronym: 世界卫生组织（WHO）. */
const NAMED_WITH_ACRONYM =
  /[\u4e00-\u9fff]{2,}(?:组织|机构|联盟|协会|委员会|论坛)[（(][A-Z][A-Za-z&-]+[)）]/;
/** Partners named by their kind: academia, organisations, stakeholders. */
const PARTNER_KINDS = /学术界|组织|机构|利益攸关方|私营部门|业界/;
/** Acronyms of outside bodies; ITU's own (TSB, ITU-T, SG) name no partner. */
const ACRONYM = /(?<![A-Za-z0-9-])[A-Z][A-Z&]{1,7}(?![A-Za-z0-9-])/g;
const ITU_OWN =
  /^(?:ITU|TSB|BDT|BR|TSAG|TDAG|RAG|SG|WTSA|WTDC|ICT|IMT|EMF|RF|CIRT|IOT|SC&C|IP|ICTS?)$/;

/** Whether the question asks which organisations or partners (a clause naming them answers it). */
export function asksOrganisations(question: string): boolean {
  return ASKED.test(question);
}

export function namesOrganisations(text: string): boolean {
  if (NAMED_WITH_ACRONYM.test(text)) return true;
  const outside = new Set((text.match(ACRONYM) ?? []).filter((a) => !ITU_OWN.test(a)));
  // One body by its acronym beside others by kind (与WHO、学术界和其他相关组织) names partners too.
  return outside.size >= 2 || (outside.size === 1 && PARTNER_KINDS.test(text));
}

/** How many of the best hits say which resolution the question is about. */
const LEADING_WINDOW = 5;

/**
 * The resolution whose clauses weigh most among the best hits; null when the best hit belongs to none. A
 * scene set in passing (网上买的) may lift one clause of another resolution to the top, while the topic asked
 * about brings several of its own.
 */
function leadingResolution(hits: readonly Hit[]): number | null {
  if (hits[0]?.clause.resolution == null) return null;
  const weight = new Map<number, number>();
  for (const h of hits.slice(0, LEADING_WINDOW)) {
    const r = h.clause.resolution;
    if (r !== null) weight.set(r, (weight.get(r) ?? 0) + h.score);
  }
  return [...weight].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** A clause naming organisations may score this share of the best one and still come first. */
const NAMING_RATIO = 0.6;

/**
 * @param named whether the question names the resolution (by number, topic or the conversation): then its
 * clause naming organisations answers whatever it scores, as what is asked is who, of that resolution.
 */
export function preferNamingOrganisations(hits: Hit[], question: string, named = false): Hit[] {
  const top = hits[0];
  if (!top || !ASKED.test(question) || namesOrganisations(top.clause.text)) return hits;
  // Measured against the best operative clause: a summary scores on every word of its resolution.
  const best =
    top.clause.part === 'table2' ? (hits.find((h) => h.clause.part === 'annex') ?? top) : top;
  const namingsOf = (resolution: number | null) =>
    hits.filter(
      (h) =>
        (named || h.score >= best.score * NAMING_RATIO) &&
        (resolution === null || h.clause.resolution === resolution) &&
        namesOrganisations(h.clause.text),
    );
  // The best hit's resolution first; when it names none, the one most of the best hits come from.
  const own = namingsOf(top.clause.resolution);
  const namings = own.length || named ? own : namingsOf(leadingResolution(hits));
  // The operative clause before the summary naming them: a summary first gives way to its resolution's
  // best operative clause, which may name none.
  const naming = namings.find((h) => h.clause.part === 'annex') ?? namings[0];
  return naming ? [naming, ...hits.filter((h) => h !== naming)] : hits;
}
