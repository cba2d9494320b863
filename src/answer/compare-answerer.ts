/**
 * "How do resolutions A and B differ": each resolution's 表2 summary, then the operative clause that sets it
 * apart — the one that best fits the question's topic while sharing the fewest words with the others —
 * and, after both, each side's second clause on what is asked when it is nearly as good.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { hintAdjustment, type QueryHints } from '../retrieval/query-hints.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import { tokenize } from '../retrieval/tokenize.js';
import { CitationList } from './citation-list.js';
import { location, quote, resolutionHeading, resolutionName } from './clause-format.js';
import type { AskResult } from './types.js';

export interface CompareDeps {
  store: CorpusStore;
  /** Share (0…1) of the question's topic a clause covers; 0 everywhere when it names no topic. */
  covers: (c: Clause) => number;
  /** How well retrieval ranked a clause against its resolution's best (0…1); 0 when not retrieved. */
  ranked?: (c: Clause) => number;
  /** Asked which of them does a thing (哪个…, which one of them): the side whose clause says it comes first. */
  whichOfThem?: boolean;
  /** Each side's second clause on what is asked too, when it scores close to the first. */
  secondClauses?: boolean;
  /**
   * What is asked of both is a kind of clause the topic's words do not find (which partner each names: the
   * clause naming WHO shares no word with "UN agency"): such a clause counts for more.
   */
  favoured?: (c: Clause) => boolean;
  englishTitle: (n: number) => string | undefined;
}

/** More than four side by side is a list, not a comparison. */
const MAX_COMPARED = 4;
/** Headings that decide or ask something, as against what a resolution recalls or notes. */
const OPERATIVE = /做出决议|决定|责成|请|鼓励|呼吁/;
/** A side's second clause on what is asked is quoted too when it scores this close to its first. */
const SECOND_CLOSE = 0.7;
/** A clause covering this share of the question's topic answers an aspect asked of both sides. */
const ASPECT_COVERED = 0.5;
/** What a clause of the kind asked for (see CompareDeps.favoured) adds to its score. */
const FAVOURED = 0.2;
/** Shorter than this a clause says little; one ending in a colon only leads into its items. */
const MIN_CLAUSE_CHARS = 12;

/** Clause words, computed once per clause text (a reload with a new corpus adds new keys, hence the cap). */
const wordCache = new Map<string, Set<string>>();
const WORD_CACHE_MAX = 20_000;
function words(c: Clause): Set<string> {
  let set = wordCache.get(c.id + c.text);
  if (!set) {
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    const kept = tokenize(c.text, 'jieba').filter((t) => t.length > 1 && !/^\d+$/.test(t));
    wordCache.set(c.id + c.text, (set = new Set(kept)));
  }
  return set;
}

/** How rare each word is among resolutions: words most resolutions use ("采取必要行动") set none apart. */
const rarityCache = new WeakMap<CorpusStore, Map<string, number>>();
function rarity(store: CorpusStore): Map<string, number> {
  let map = rarityCache.get(store);
  if (map) return map;
  const users = new Map<string, number>();
  const infos = store.resolutions();
  for (const r of infos) {
    const used = new Set(store.ofResolution(r.number).flatMap((c) => [...words(c)]));
    for (const w of used) users.set(w, (users.get(w) ?? 0) + 1);
  }
  map = new Map([...users].map(([w, n]) => [w, Math.log((infos.length + 1) / (n + 0.5))]));
  rarityCache.set(store, map);
  return map;
}

/** Weight a clause needs before its share of own words counts fully: a one-line formula is no contrast. */
const SUBSTANCE = 4;

/**
 * Share of the clause's word weight that the other resolutions never use, damped when short. A word weighs
 * more the rarer it is among resolutions and the more of this resolution's clauses repeat it (its theme).
 */
function distinctness(
  c: Clause,
  others: Set<string>,
  rare: Map<string, number>,
  theme: Map<string, number>,
): number {
  let total = 0;
  let own = 0;
  for (const w of words(c)) {
    const weight = (rare.get(w) ?? 0) * Math.log(1 + (theme.get(w) ?? 0));
    total += weight;
    if (!others.has(w)) own += weight;
  }
  return own / (total + SUBSTANCE);
}

/**
 * The operative clause of resolution n that fits the question and overlaps least with the others. A heading
 * or an addressee the question asks about (分别请的是谁, who does each instruct) counts as its topic does, and
 * a clause under a heading asked for is taken however short (提供本决议的进展情况).
 */
function setApart(
  n: number,
  others: number[],
  deps: CompareDeps,
  hints?: QueryHints,
  /** One thing is asked of both, named by their topics (QueryPlan.withoutNamings). */
  aspect = false,
): Clause[] {
  const asked = (c: Clause) =>
    hints !== undefined && c.section !== null && hints.sections.some((re) => re.test(c.section!));
  const theirs = new Set(
    others.flatMap((o) => deps.store.ofResolution(o).flatMap((c) => [...words(c)])),
  );
  const candidates = deps.store
    .ofResolution(n)
    .filter(
      (c) =>
        c.part === 'annex' &&
        !c.id.endsWith('.title') &&
        (c.text.length >= MIN_CLAUSE_CHARS || asked(c)) &&
        !/[：:]$/.test(c.text),
    );
  const rare = rarity(deps.store);
  const theme = new Map<string, number>();
  for (const c of deps.store.ofResolution(n))
    for (const w of words(c)) theme.set(w, (theme.get(w) ?? 0) + 1);
  const scored: [Clause, number][] = [];
  // The question's own topic first, then what only this resolution says; deciding beats recalling. When the
  // two were named by their topics and one thing is asked of both (how often each reports), the clause
  // that answers it counts for more, and setting each apart for less: such clauses are worded alike.
  for (const c of candidates) {
    const score =
      (aspect ? 0.5 : 0.35) * deps.covers(c) +
      0.3 * (deps.ranked?.(c) ?? 0) +
      (aspect ? 0.1 : 0.25) * distinctness(c, theirs, rare, theme) +
      (OPERATIVE.test(c.section ?? '') ? 0.1 : 0) +
      (deps.favoured?.(c) ? FAVOURED : 0) +
      (hints ? hintAdjustment(c, hints) : 0);
    scored.push([c, score]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  const [best, next] = scored;
  if (!best) return [];
  // A second clause on what is asked, nearly as good: the side may say it in two places.
  const second =
    deps.secondClauses && next && next[1] >= best[1] * SECOND_CLOSE && deps.covers(next[0]) > 0;
  return second ? [best[0], next[0]] : [best[0]];
}

function summaryOf(n: number, store: CorpusStore): Clause | undefined {
  const clauses = store.ofResolution(n);
  return (
    clauses.find((c) => c.part === 'table2') ??
    clauses.find((c) => c.part === 'annex' && !c.id.endsWith('.title'))
  );
}

export function answerCompare(plan: QueryPlan, deps: CompareDeps): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  const compared = plan.resolutions.slice(0, MAX_COMPARED);
  const block = (c: Clause, head: string) => {
    const where = location(c, plan.lang);
    return `${head}${where ? ` · ${where}` : ''}${en ? ':' : '：'}\n${quote(c)} ${cites.cite(c)}`;
  };
  // One thing asked of both: named by their topics with what is asked besides, or by their numbers with an
  // aspect that a clause of each covers well (do 12 and 15 both hand their kite findings to one group?).
  const aspect =
    plan.withoutNamings !== undefined ||
    compared.every((n) =>
      deps.store
        .ofResolution(n)
        .some((c) => c.part === 'annex' && deps.covers(c) >= ASPECT_COVERED),
    );
  const aparts = new Map(
    compared.map((n) => [
      n,
      setApart(
        n,
        compared.filter((o) => o !== n),
        deps,
        plan.hints,
        aspect,
      ),
    ]),
  );
  // Which of them speaks of fees: the side whose clause says it most comes first.
  if (deps.whichOfThem && plan.withoutNamings !== undefined) {
    const said = (n: number) => {
      const c = aparts.get(n)?.[0];
      return c ? deps.covers(c) : 0;
    };
    compared.sort((a, b) => said(b) - said(a));
  }
  const blocks = compared.map((n) => {
    const summary = summaryOf(n, deps.store);
    const apart = aparts.get(n) ?? [];
    const parts: string[] = [];
    const first = summary ?? apart[0];
    if (first) parts.push(block(first, resolutionHeading(first, plan.lang, deps.englishTitle(n))));
    const main = apart[0];
    if (main && main !== first) parts.push(block(main, en ? 'What sets it apart' : '其特有的规定'));
    return parts.join('\n');
  });
  // Each side's second clause on what is asked, after both sides: the comparison reads first.
  const more = compared.flatMap((n) => (aparts.get(n) ?? []).slice(1));
  if (more.length)
    blocks.push(
      `${en ? 'Also on this' : '相关条款还有'}\n` +
        more
          .map((c) => block(c, resolutionHeading(c, plan.lang, deps.englishTitle(c.resolution!))))
          .join('\n'),
    );
  const names = compared.map((n) => resolutionName(n, plan.lang));
  const lead = en ? `Comparing ${names.join(' and ')}:` : `${names.join('与')}的比较：`;
  const note = en ? '\n(Quoted from the Chinese original.)' : '';
  return {
    answer: `${lead}\n\n${blocks.filter(Boolean).join('\n\n')}${note}`,
    found: true,
    mode: 'extractive',
    citations: cites.citations,
    related: [],
  };
}
