/** Hybrid retrieval over clauses: BM25 (jieba + bigrams) and the HNSW vector index, fused, with resolution routing. */
import type { Clause } from '../corpus/clause.js';
import { NO_CLAUSE_QUESTIONS, type ClauseQuestions } from '../corpus/clause-questions.js';
import { Bm25Index } from './bm25-index.js';
import { candidateTerms } from './dictionary-expander.js';
import { convex, lexicalConfidence, rrf, type ChannelHit, type FusionMethod } from './fusion.js';
import { indexText } from './index-text.js';
import { hintAdjustment, isExcluded } from './query-hints.js';
import type { QueryPlan } from './query-plan.js';
import { withoutDocumentPlace } from './question-intent.js';
import { QuestionIndex } from './question-index.js';
import { tokenize, tokenizeTerm, type TokenMode } from './tokenize.js';
import { VectorChannel, type VectorSource } from './vector-channel.js';

export type Channels = 'fused' | 'lexical' | 'vector';

export interface RetrieveOptions {
  channels: Channels;
  fusion: FusionMethod;
  /** Weight of the lexical channel in convex fusion. */
  alpha: number;
  limit: number;
  /** Tokenisation of the lexical channel (jieba words and character bigrams by default). */
  tokens?: TokenMode;
  /** Scale on the dictionary table's weights (each capped below a word the question itself used). */
  dictionaryWeight: number;
  /**
   * A glossary expansion of more tokens than this shares this many tokens' weight among them (0: each
   * token weighs fully), so that one term of the question does not outweigh the rest of it.
   */
  expansionTokens: number;
  /**
   * Weight, on the channels' 0–1 scale, of a match with the everyday questions written for each clause
   * (corpus/clause-questions.json); 0 leaves them out. With about ten questions per clause the match is
   * surer than with five, and weighs more (0.5 then; 0.65 to 0.8 now score alike on dev).
   */
  questionWeight: number;
  /**
   * The share of the query's ceiling (see Bm25Index.ceiling) the best lexical match needs for the channel's
   * full weight; below it the weight falls proportionally (0: always full).
   */
  lexicalKnee: number;
}

export const DEFAULT_RETRIEVE: RetrieveOptions = {
  channels: 'fused',
  fusion: 'convex',
  alpha: 0.9,
  limit: 10,
  dictionaryWeight: 4,
  expansionTokens: 6,
  questionWeight: 0.65,
  lexicalKnee: 0.25,
};

/**
 * Query weights of the glossary's expansions: ITU-D becomes 国际电联电信发展部门, which tokenises into four
 * words and nine bigrams — as much weight as a sentence, where the question wrote one term. The renderings
 * of one span of the question (5G → 国际移动通信, IMT, IMT-2020; carry out → 实施, 落实) share one such
 * budget: they are one term of the question, written several ways. Tokens the question wrote itself keep
 * their full weight.
 */
export function expansionWeights(
  plan: QueryPlan,
  mode: TokenMode,
  share: number,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!plan.expansions.length) return out;
  const own = new Set(tokenize(plan.standalone, mode));
  const expansions = new Set(plan.expansions);
  const grouped = new Set<string>();
  const spans: string[][] = [];
  for (const g of plan.expansionGroups ?? []) {
    const terms = g.filter((t) => expansions.has(t) && !grouped.has(t));
    terms.forEach((t) => grouped.add(t));
    if (terms.length) spans.push(terms);
  }
  for (const e of plan.expansions) if (!grouped.has(e)) spans.push([e]);
  for (const terms of spans) {
    const tokens = new Set(terms.flatMap((e) => tokenizeTerm(e, mode)));
    const w = Math.min(1, share / tokens.size);
    for (const t of tokens) if (!own.has(t)) out.set(t, Math.max(out.get(t) ?? 0, w));
  }
  return out;
}

export interface Hit {
  clause: Clause;
  score: number;
  lexical: number;
  vector: number;
  /** How much of the question the clause's everyday questions match (0–1; 0 without them). */
  question: number;
}

const CANDIDATES = 60;
/** The vector channel only refines the top of the list (its weight is small), so it fetches fewer. */
const VECTOR_CANDIDATES = 20;
const TITLE_BOOST = 0.35;
/** A title match at least this many times the next one's score marks the subject clearly… */
const DOMINANT_TITLE = 3;
/** …and lifts its resolution more. */
const DOMINANT_TITLE_BOOST = 0.6;
/** Below this BM25 score a title match is one common word ("work", "group"), not a topic. */
const MIN_TITLE_SCORE = 5;
const SOFT_SUBJECT_BOOST = 0.4;
/** A dictionary candidate never weighs as much as a word the question itself used. */
const MAX_DICTIONARY_WEIGHT = 0.8;
/** The lexical indexes' buffers (packed-postings.ts): the clauses', and their everyday questions'. */
export interface SharedIndexes {
  clauses: SharedArrayBuffer;
  questions?: SharedArrayBuffer;
}

/** How clauses and queries are cut unless an ablation says otherwise. */
export const DEFAULT_TOKEN_MODE: TokenMode = 'jieba+bigram';

export class Retriever {
  readonly bm25: Bm25Index;
  private readonly idToIndex: Map<string, number>;
  /** Clause positions by resolution number, so routing costs the resolution's size, not the corpus's. */
  private readonly byResolution = new Map<number, number[]>();
  /** Other tokenisations, built on first use (the eval's ablations compare them). */
  private readonly byMode = new Map<TokenMode, Bm25Index>();
  private readonly vectors: VectorChannel;
  private readonly questionIndex: QuestionIndex | null;

  /**
   * @param shared the lexical indexes another thread built over the same clauses and questions, read in
   *   place instead of built again.
   */
  constructor(
    readonly clauses: Clause[],
    vectors: VectorSource,
    readonly tokenMode: TokenMode = DEFAULT_TOKEN_MODE,
    readonly questions: ClauseQuestions = NO_CLAUSE_QUESTIONS,
    shared?: SharedIndexes,
  ) {
    this.bm25 = shared ? new Bm25Index(shared.clauses) : this.build(tokenMode);
    this.questionIndex = !questions.size
      ? null
      : new QuestionIndex(clauses, shared?.questions ?? questions);
    this.byMode.set(tokenMode, this.bm25);
    this.idToIndex = new Map(clauses.map((c, i) => [c.id, i]));
    this.vectors = new VectorChannel(vectors, (id) => this.idToIndex.get(id), clauses.length);
    clauses.forEach((c, i) => {
      if (c.resolution === null) return;
      const list = this.byResolution.get(c.resolution);
      if (list) list.push(i);
      else this.byResolution.set(c.resolution, [i]);
    });
  }

  /** Whether the clauses or their everyday questions use the token: a word of the document's field. */
  inField(token: string): boolean {
    return this.bm25.has(token) || (this.questionIndex?.has(token) ?? false);
  }

  /**
   * Whether the field uses the token as its own: the document does, or the everyday questions of three
   * clauses or more. A word only one or two clauses' questions use is those questions' wording (a recipe
   * asked for as a metaphor, a farmer in a setting), no sign that a message using it is about the field.
   */
  usedByField(token: string): boolean {
    return this.bm25.has(token) || (this.questionIndex?.docFreq(token) ?? 0) >= 3;
  }

  /**
   * The token's share of the field: of the clauses, or of their everyday questions if they use it more (an
   * English word is never in the Chinese text). A word of the field's own subject is used far more here
   * than in general text (see field-words.ts).
   */
  fieldShare(token: string): number {
    const clauses = this.bm25.size;
    if (!clauses) return 0;
    return Math.max(this.bm25.docFreq(token), this.questionIndex?.docFreq(token) ?? 0) / clauses;
  }

  /** The lexical indexes, for another thread to read in place (see the constructor's `shared`). */
  get shared(): SharedIndexes {
    return { clauses: this.bm25.shared, questions: this.questionIndex?.shared };
  }

  private index(mode: TokenMode): Bm25Index {
    let idx = this.byMode.get(mode);
    if (!idx) {
      idx = this.build(mode);
      this.byMode.set(mode, idx);
    }
    return idx;
  }

  /** Postings are also grouped by resolution, so a question that names one reads only its clauses'. */
  private build(mode: TokenMode): Bm25Index {
    return new Bm25Index(
      this.clauses.map((c) => tokenize(indexText(c), mode)),
      (i) => this.clauses[i]!.resolution,
    );
  }

  /** The lexical hits, and how far their best covers what the query could reach (see lexicalConfidence). */
  private lexical(
    plan: QueryPlan,
    mode: TokenMode,
    opts: RetrieveOptions,
  ): { hits: ChannelHit[]; confidence: number } {
    const { dictionaryWeight, expansionTokens } = opts;
    const groups = plan.resolutions.length ? plan.resolutions : undefined;
    const own = tokenize(plan.searchText, mode);
    const weights = new Map<string, number>();
    // A candidate's tokens weigh its dictionary weight, never more than the question's own words.
    for (const [term, w] of candidateTerms(
      plan.dictionary,
      dictionaryWeight,
      MAX_DICTIONARY_WEIGHT,
    )) {
      for (const t of tokenizeTerm(term, mode)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
    }
    for (const t of own) weights.delete(t);
    if (expansionTokens > 0) {
      for (const [t, w] of expansionWeights(plan, mode, expansionTokens)) weights.set(t, w);
    }
    const query = [...own, ...weights.keys()];
    const index = this.index(mode);
    const hits = index.search(query, CANDIDATES, { groups, weights });
    const confidence =
      opts.lexicalKnee > 0 && hits.length
        ? lexicalConfidence(
            hits[0]!.score,
            index.ceiling(query, new Set(own), { groups, weights }),
            opts.lexicalKnee,
          )
        : 1;
    return { hits, confidence };
  }

  /** `within`: the clauses of the resolutions the question names, when it names any. */
  private async vector(plan: QueryPlan, within?: number[]): Promise<ChannelHit[]> {
    const k = Math.min(
      within ? within.length : VECTOR_CANDIDATES,
      VECTOR_CANDIDATES,
      this.clauses.length,
    );
    if (k <= 0) return [];
    const query = await this.vectors.embedWeighted(
      plan.searchText,
      candidateTerms(plan.dictionary),
    );
    return this.vectors.search(query, k, within);
  }

  async retrieve(plan: QueryPlan, opts: RetrieveOptions = DEFAULT_RETRIEVE): Promise<Hit[]> {
    // The resolutions the question names bound both channels (BM25 reads their groups of postings).
    const within = plan.resolutions.length
      ? [...new Set(plan.resolutions)].flatMap((n) => this.byResolution.get(n) ?? [])
      : undefined;
    const { hits: lex, confidence } =
      opts.channels === 'vector'
        ? { hits: [], confidence: 1 }
        : this.lexical(plan, opts.tokens ?? this.tokenMode, opts);
    const vec = opts.channels === 'lexical' ? [] : await this.vector(plan, within);
    const fused =
      opts.channels === 'lexical'
        ? convex(lex, [], 1)
        : opts.channels === 'vector'
          ? convex([], vec, 0)
          : opts.fusion === 'rrf'
            ? rrf([lex, vec])
            : convex(lex, vec, opts.alpha, confidence);

    // The everyday questions written for each clause, matched against the question as asked.
    const questionBy = new Map<number, number>();
    if (this.questionIndex && opts.questionWeight > 0) {
      const scale = opts.fusion === 'rrf' && opts.channels === 'fused' ? 1 / 60 : 1;
      const groups = plan.resolutions.length ? plan.resolutions : undefined;
      // Where the question tells to look (这份文件里, in this report) is no part of what it asks, unless it asks
      // about the document itself: left in, it matches the everyday questions about the document.
      const asked =
        plan.intent.kind === 'document'
          ? plan.standalone
          : withoutDocumentPlace(plan.withoutNamings ?? plan.standalone);
      const hits = this.questionIndex.search(asked, CANDIDATES, groups);
      for (const h of hits) {
        fused.set(h.index, (fused.get(h.index) ?? 0) + scale * opts.questionWeight * h.score);
        questionBy.set(h.index, h.score);
      }
    }
    // English titles that match the question lift their resolution's clauses (no number was given).
    if (!within && plan.titleMatches.length && plan.titleMatches[0]!.score >= MIN_TITLE_SCORE) {
      const top = plan.titleMatches[0]!.score;
      const scale = opts.fusion === 'rrf' && opts.channels === 'fused' ? 1 / 60 : 1;
      const boost = new Map<number, number>();
      // A title that matches far better than any other is stronger evidence of the subject.
      const second = plan.titleMatches[1]?.score ?? 0;
      const dominant = top >= DOMINANT_TITLE * second;
      for (const m of plan.titleMatches) {
        if (m.score < top * 0.6) continue;
        const weight = dominant ? DOMINANT_TITLE_BOOST : TITLE_BOOST;
        boost.set(m.resolution, scale * weight * (m.score / top));
      }
      // Over the candidates, not the resolutions' clauses: a resolution can have many.
      for (const [i, score] of fused) {
        const b = boost.get(this.clauses[i]!.resolution ?? -1);
        if (b !== undefined) fused.set(i, score + b);
      }
    }
    // Structural hints and the conversation's subject adjust scores on the same 0–1 scale as the channels.
    const scale = opts.fusion === 'rrf' && opts.channels === 'fused' ? 1 / 60 : 1;
    for (const [i, score] of fused) {
      const c = this.clauses[i]!;
      let s = score + scale * hintAdjustment(c, plan.hints);
      if (c.resolution !== null && plan.softResolutions.includes(c.resolution))
        s += scale * SOFT_SUBJECT_BOOST;
      if (isExcluded(c, plan.hints)) s *= 0.2;
      fused.set(i, s);
    }
    const lexBy = new Map(lex.map((h) => [h.index, h.score]));
    const vecBy = new Map(vec.map((h) => [h.index, h.score]));
    return [...fused]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, opts.limit)
      .map(([i, score]) => ({
        clause: this.clauses[i]!,
        score,
        lexical: lexBy.get(i) ?? 0,
        vector: vecBy.get(i) ?? 0,
        question: questionBy.get(i) ?? 0,
      }));
  }
}
