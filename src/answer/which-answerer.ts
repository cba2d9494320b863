/**
 * "Which resolutions deal with X": every resolution with a clause that clearly covers X, best first, one
 * line each with that clause quoted and cited. A topic question wants the one resolution; this wants all.
 */
import { askingSentences } from '../retrieval/sentences.js';
import type { Clause } from '../corpus/clause.js';
import type { QueryPlan } from '../retrieval/query-plan.js';
import type { Hit } from '../retrieval/retriever.js';
import { CitationList } from './citation-list.js';
import { location, quote, resolutionHeading } from './clause-format.js';
import type { AskResult } from './types.js';

export interface WhichOptions {
  /** A resolution is listed when its best clause scores at least this share of the top one's… */
  keepRatio: number;
  /** …and covers at least this share of what the top clause covers of the question's topic. */
  coverageRatio: number;
  maxResolutions: number;
  /** Below this coverage by the top clause, the document does not deal with the topic at all. */
  minCoverage: number;
}

export const DEFAULT_WHICH: Omit<WhichOptions, 'minCoverage'> = {
  keepRatio: 0.25,
  coverageRatio: 0.5,
  maxResolutions: 6,
};

/** How far down the ranking to look: enough clauses for several resolutions, not only the best one's. */
export const WHICH_LIMIT = 40;

/**
 * The frame of the question ("哪些决议涉及", "which resolutions deal with"), and the verbs a yes/no asks
 * whether a text requires something by ("does it oblige X to …"): no part of its topic. So is the kind of
 * answer asked for after which or what ("in which forms", "what ways", 以什么形式): the shape of the answer,
 * not what it is about.
 */
const ANSWER_KIND =
  /(?<=\b(?:which|what)\s+)(?:forms?|ways?|kinds?|types?|sorts?|means|manners?|numbers?)\b/gi;
const FRAME =
  /(?:什么|哪些|哪种|何种|怎样的)(?:形式|方式)|哪些|哪几[项个份]?|列出|列举|所有|全部|决议|有关|涉及|提到|提及|谈到|讲到|关于|包括|包含|处理|规定了?|专门|针对|特别|主要|明确|具体|\b(?:which|what|list|name|show|me|all|every|the|resolutions?|that|deal|deals|with|mention|mentions|cover|covers|address|addresses|concern|concerns|talk|talks|refer|refers|relate|relates|to|about|on|do|does|are|is|specifically|particularly|especially|mainly|explicitly|expressly|stuff|things?|like|such|as|oblige|obliges|obligate|obligates|require|requires)\b/gi;

/**
 * What points back to the setting: a demonstrative not of the resolutions (这个话题, not 这些决议; "those
 * problems", not "does that mention"; "this kind of problem", not "this kind of kite school", which names
 * its topic), "that one" asked for at the end (which is that one?, not "does that one mention"), or
 * "countries like ours".
 */
const POINTS_BACK =
  /[这那](?:个|种|类|方面|些|样|件事)(?!决议)|此(?!决议)|\b(?:this|that|these|those|such)\s+(?:problems?|issues?|topics?|matters?|things?|situations?|cases?|questions?|challenges?|areas?|countries|places|people|needs?)\b|\b(?:this|that|these|those|such)\s+(?:kinds?|sorts?|types?)\b(?!\s+of\s+(?!(?:things?|stuff|problems?|issues?|situations?|cases?|matters?)\b)[a-z])|\b(?:is|was|are|were)\s+(?:this|that|these|those)\s+ones?\s*[?？.!]*\s*$|\blike (?:ours|mine|us|theirs|them)\b|\bin our (?:case|situation|position)\b/i;

/** The question's topic without its frame, so the frame's words do not count as covering the topic. */
function whichTopic(question: string): string {
  return question.replace(ANSWER_KIND, ' ').replace(FRAME, ' ').replace(/\s+/g, ' ').trim();
}

type TopicPlan = { rewritten: string; dictionary?: { surface: string }[] };

/**
 * The plan with its topic read from `text` (a part of the question): its words without the frame, and only
 * the dictionary renderings of words in it.
 */
export function topicOf<P extends TopicPlan>(plan: P, text: string): P {
  const kinds = new Set([...text.matchAll(ANSWER_KIND)].map((m) => m[0].toLowerCase()));
  const dictionary = plan.dictionary?.filter(
    (u) =>
      whichTopic(u.surface) !== '' &&
      !kinds.has(u.surface.toLowerCase()) &&
      (text === plan.rewritten || text.includes(u.surface.toLowerCase())),
  );
  return { ...plan, rewritten: whichTopic(text), ...(dictionary ? { dictionary } : {}) };
}

/**
 * The plan with the frame taken out of its topic: from the question's words and from any dictionary
 * renderings of them ("deal" → 处理 would otherwise cover half the corpus).
 */
export function withoutFrame<P extends TopicPlan>(plan: P, askingOnly = false): P {
  // The asker's setting before the question (我们是一个岛国的部委。哪些决议……？) says who asks, not what about;
  // unless the question points back to it (和这个话题有关, "cover those problems").
  const asked = askingSentences(plan.rewritten);
  return topicOf(plan, askingOnly && !POINTS_BACK.test(asked) ? asked : plan.rewritten);
}

/** A clause scoring at least this share of its resolution's best is close enough to stand for it. */
const CLOSE = 0.5;

/** A resolution's best hit; its operative clause rather than the 表2 summary when that scores close. */
function bestOf(group: Hit[]): Hit {
  const top = group[0]!;
  if (top.clause.part !== 'table2') return top;
  return group.find((h) => h.clause.part === 'annex' && h.score >= top.score * CLOSE) ?? top;
}

/**
 * The clause of a resolution that covers most of the topic, among those scoring close to its best: with
 * alternatives in the question, the top-scoring clause may speak to another one.
 */
function bestCovering(group: Hit[], covers: (c: Clause) => number): Hit {
  const top = group[0]!.score;
  const close = group.filter((h) => h.score >= top * CLOSE);
  const first = bestOf(group);
  let best = first;
  let most = covers(first.clause);
  for (const h of close) {
    const c = covers(h.clause);
    if (c > most) {
      best = h;
      most = c;
    }
  }
  return best;
}

/** A resolution whose title covers at least this share of the topic deals with it, whatever its clauses score. */
export const TITLE_COVERAGE = 0.5;

/**
 * @param covers share (0…1) of the question's topic a clause covers.
 * @param titled per resolution, its title clause and the clause to quote when retrieval did not reach it: a
 *   resolution named after the topic (智慧非洲, 非洲通用应急号码 for Africa) is listed too.
 */
export function pickWhich(
  hits: Hit[],
  covers: (c: Clause) => number,
  opts: WhichOptions,
  titled: { title: Clause; quote: Clause }[] = [],
): Clause[] {
  const groups = new Map<number, Hit[]>();
  for (const h of hits) {
    const c = h.clause;
    if (c.resolution === null || c.part === 'table1' || c.id.endsWith('.title')) continue;
    const g = groups.get(c.resolution);
    if (g) g.push(h);
    else groups.set(c.resolution, [h]);
  }
  // Hits arrive best first, so groups do too, and each group's first hit is its top score.
  const ranked = [...groups.values()].map((g) => ({
    score: g[0]!.score,
    best: bestCovering(g, covers).clause,
  }));
  const first = ranked[0];
  const topCoverage = first ? covers(first.best) : 0;
  const kept =
    first && topCoverage >= opts.minCoverage
      ? ranked
          .filter(
            (r) =>
              r.score >= first.score * opts.keepRatio &&
              covers(r.best) >= topCoverage * opts.coverageRatio,
          )
          .map((r) => r.best)
      : [];
  const listed = new Set(kept.map((c) => c.resolution));
  for (const { title, quote } of titled) {
    if (listed.has(title.resolution) || covers(title) < TITLE_COVERAGE) continue;
    listed.add(title.resolution);
    kept.push(ranked.find((r) => r.best.resolution === title.resolution)?.best ?? quote);
  }
  return kept.slice(0, opts.maxResolutions);
}

export function renderWhich(
  plan: QueryPlan,
  clauses: Clause[],
  englishTitle: (n: number) => string | undefined,
): AskResult {
  const en = plan.lang === 'en';
  const cites = new CitationList();
  const lines = clauses.map((c, i) => {
    const head = resolutionHeading(c, plan.lang, englishTitle(c.resolution ?? -1));
    const where = location(c, plan.lang);
    return `${i + 1}. ${head}${where ? ` · ${where}` : ''}${en ? ': ' : '：'}${quote(c)} ${cites.cite(c)}`;
  });
  const lead = en
    ? `${clauses.length} resolution(s) have a clause on this, most relevant first:`
    : `共有${clauses.length}项决议有条款涉及这一问题（按相关程度排列）：`;
  const note = en ? '\n(Quoted from the Chinese original.)' : '';
  return {
    answer: `${lead}\n${lines.join('\n')}${note}`,
    found: true,
    mode: 'extractive',
    citations: cites.citations,
    related: [],
  };
}
