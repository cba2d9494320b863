/**
 * "Which resolutions mention X" where X is one rare term of the document (WHO, 统计数据, a website): the
 * answer is every resolution whose text has it, which a ranking cut by score misses when the term sits in a
 * long clause about something else. Listed by the best-ranked clause that has the term.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import type { Hit } from '../retrieval/retriever.js';
import { unitCoverage, type TopicUnit } from './relevance.js';

/** The term must carry at least this share of the topic's weight: the question is about it. */
const DOMINANT_SHARE = 0.5;
/** A rendering this close to the term's best counts as the term. */
const FULL_CREDIT = 0.99;

/** What a clause itself writes: its addressee and lead-in with its text (a name may stand only there). */
export function ownText(c: Clause): string {
  return [c.addressee, c.leadIn, c.text].filter(Boolean).join(' ');
}

/**
 * @param named whether a text names the anchor, when the question names one outright (a study group by its
 *   number): what the resolutions listed must name, whatever else the question says.
 *
 * The clauses to list, one per resolution, or null when the topic has no dominant term, or the term is in
 * fewer than two resolutions or in more than `max` (then it is too common to list them all).
 */
export function anchorListing(
  units: TopicUnit[],
  hits: Hit[],
  store: CorpusStore,
  max: number,
  named?: (text: string) => boolean,
): Clause[] | null {
  const total = units.reduce((s, u) => s + u.weight, 0);
  const anchor = [...units].sort((a, b) => b.weight - a.weight)[0];
  if (!named && (!anchor || total <= 0 || anchor.weight < total * DOMINANT_SHARE)) return null;
  const names = named ?? ((text: string) => unitCoverage(anchor!, text) >= FULL_CREDIT);
  // What the clause itself says, not its resolution's title.
  const has = (c: Clause) => c.part !== 'table1' && !c.id.endsWith('.title') && names(ownText(c));
  const byResolution = new Map<number, Clause>();
  // Best-ranked first, then the rest of the document in order.
  for (const c of [...hits.map((h) => h.clause), ...store.clauses]) {
    if (c.resolution === null || !has(c)) continue;
    const listed = byResolution.get(c.resolution);
    // A name asked for as written (a quoted term, a study group): the operative text that writes it rather
    // than the summary (表2) that repeats it.
    if (listed && !(named && listed.part === 'table2' && c.part === 'annex')) continue;
    byResolution.set(c.resolution, c);
    // Too common to list them all: no need to read the rest of a large corpus.
    if (byResolution.size > max) return null;
  }
  if (byResolution.size < 2) return null;
  return [...byResolution.values()];
}
