/**
 * "Which organisations is ITU to work with?", 哪几家机构: the clause that names them (世界贸易组织
 * （WTO）, WHO, ICNIRP and IEEE) answers, before a summary or clause on the same topic that only says
 * 相关组织 ("relevant organisations").
 */
import type { Hit } from '../retrieval/retriever.js';

const ASKED =
  /\b(?:which|what)\s+(?:(?:other|outside|external|international|global|un|partner)\s+){0,2}(?:organi[sz]ations|bodies|agencies|partners|institutions|entities)\b|哪(?:些|几个|几家)(?:国际|外部|其他|其它|联合国)?(?:组织|机构|单位|伙伴)/i;

/** An organisation written out with its acronym: 世界卫生组织（WHO）. */
const NAMED_WITH_ACRONYM =
  /[\u4e00-\u9fff]{2,}(?:组织|机构|联盟|协会|委员会|论坛)[（(][A-Z][A-Za-z&-]+[)）]/;
/** Acronyms of outside bodies; ITU's own (TSB, ITU-T, SG) name no partner. */
const ACRONYM = /(?<![A-Za-z0-9-])[A-Z][A-Z&]{1,7}(?![A-Za-z0-9-])/g;
const ITU_OWN =
  /^(?:ITU|TSB|BDT|BR|TSAG|TDAG|RAG|SG|WTSA|WTDC|ICT|IMT|EMF|RF|CIRT|IOT|SC&C|IP|ICTS?)$/;

function namesOrganisations(text: string): boolean {
  if (NAMED_WITH_ACRONYM.test(text)) return true;
  const outside = new Set((text.match(ACRONYM) ?? []).filter((a) => !ITU_OWN.test(a)));
  return outside.size >= 2;
}

/** A clause naming organisations may score this share of the best one and still come first. */
const NAMING_RATIO = 0.6;

export function preferNamingOrganisations(hits: Hit[], question: string): Hit[] {
  const top = hits[0];
  if (!top || !ASKED.test(question) || namesOrganisations(top.clause.text)) return hits;
  const naming = hits.find(
    (h) =>
      h.score >= top.score * NAMING_RATIO &&
      (top.clause.resolution === null || h.clause.resolution === top.clause.resolution) &&
      namesOrganisations(h.clause.text),
  );
  return naming ? [naming, ...hits.filter((h) => h !== naming)] : hits;
}
