/** The offline answering pipeline: plan the query, answer tables from 表1, retrieve clauses, abstain or quote. */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { indexText } from '../retrieval/index-text.js';
import { planQuery, type PlanContext, type QueryPlan } from '../retrieval/query-plan.js';
import {
  DEFAULT_RETRIEVE,
  type Hit,
  type Retriever,
  type RetrieveOptions,
} from '../retrieval/retriever.js';
import {
  DEFAULT_EXTRACTIVE,
  overviewClauses,
  renderExtractive,
  selectClauses,
  type ExtractiveOptions,
} from './extractive-answerer.js';
import { answerType, canSupply } from './answer-type.js';
import { notFound } from './not-found.js';
import { coverage, queryTerms } from './relevance.js';
import { answerList, answerStatus } from './table-answerer.js';
import type { AskInput, AskResult } from './types.js';

export interface PipelineOptions {
  retrieve: RetrieveOptions;
  extractive: ExtractiveOptions;
  useGlossary: boolean;
  useHistory: boolean;
  /** Below this share of the question's topic words in the best clause, the answer is "not found". */
  minCoverage: number;
}

export const DEFAULT_PIPELINE: PipelineOptions = {
  retrieve: DEFAULT_RETRIEVE,
  extractive: DEFAULT_EXTRACTIVE,
  useGlossary: true,
  useHistory: true,
  minCoverage: 0.2,
};

export interface PipelineRun {
  plan: QueryPlan;
  hits: Hit[];
  result: AskResult;
}

export interface PipelineDeps {
  store: CorpusStore;
  retriever: Retriever;
  /** What query planning needs; one per assistant, so what it caches lasts. */
  planning: PlanContext;
  englishTitle: (n: number) => string | undefined;
}

/**
 * Topic words to check against the best clause: the question in the document's own words. In English, words
 * the glossary did not translate count only where the corpus uses them, and a number alone is no topic.
 */
function topicTerms(plan: QueryPlan, deps: PipelineDeps): string[] {
  if (plan.lang === 'zh') return queryTerms(plan.rewritten);
  const unseen = deps.retriever.bm25.idf('\u0000never-a-token');
  const latin = queryTerms(plan.rewritten).filter(
    (t) => /^[a-z0-9]/.test(t) && deps.retriever.bm25.idf(t) < unseen,
  );
  const terms = [...new Set([...queryTerms(plan.expansions.join(' ')), ...latin])];
  return terms.some((t) => !/^\d+$/.test(t)) ? terms : [];
}

export async function runPipeline(
  input: AskInput,
  deps: PipelineDeps,
  opts: PipelineOptions = DEFAULT_PIPELINE,
): Promise<PipelineRun> {
  const { store } = deps;
  const plan = planQuery(input.question, input.history, deps.planning, {
    useGlossary: opts.useGlossary,
    useHistory: opts.useHistory,
  });
  const known = store.resolutions().map((r) => r.number);
  const hits = await deps.retriever.retrieve(plan, opts.retrieve);
  const related = (n: number): Clause[] => hits.slice(0, n).map((h) => h.clause);

  const outOfScope =
    plan.unknownEntities.length > 0 ||
    (plan.unknownResolutions.length > 0 && plan.resolutions.length === 0);
  if (outOfScope) return { plan, hits, result: notFound(plan, related(3), known) };

  const intent = plan.intent;
  if (intent.kind === 'status') {
    // Without a number, the status asked about is that of the resolution the question is about.
    const target = plan.resolutions.length
      ? plan.resolutions
      : hits
          .slice(0, 1)
          .flatMap((h) => (h.clause.resolution !== null ? [h.clause.resolution] : []));
    if (target.length)
      return { plan, hits, result: answerStatus({ ...plan, resolutions: target }, store) };
  }
  if (intent.kind === 'list' || intent.kind === 'count') {
    return {
      plan,
      hits,
      result: answerList(plan, store, intent.status, intent.kind === 'count', deps.englishTitle),
    };
  }
  if (intent.kind === 'overview') {
    return {
      plan,
      hits,
      result: renderExtractive(plan, overviewClauses(plan, store), store, deps.englishTitle),
    };
  }

  const operative = plan.hints.who || plan.hints.sections.length > 0;
  const picked = selectClauses(hits, opts.extractive, operative);
  if (!picked.length) return { plan, hits, result: notFound(plan, [], known) };
  // The topic matches, but the fact asked for (an amount, a person's name, a number) is not in the text.
  const type = answerType(plan.standalone);
  if (type && !picked.some((h) => canSupply(type, plan.standalone, h.clause.text))) {
    return { plan, hits, result: notFound(plan, related(3), known) };
  }
  if (!plan.resolutions.length) {
    const terms = topicTerms(plan, deps);
    const cov = coverage(terms, indexText(picked[0]!.clause), deps.retriever.bm25);
    if (cov < opts.minCoverage) return { plan, hits, result: notFound(plan, related(3), known) };
  }
  return {
    plan,
    hits,
    result: renderExtractive(
      plan,
      picked.map((h) => h.clause),
      store,
      deps.englishTitle,
    ),
  };
}
