/** The offline answering pipeline: plan the query, answer tables from 表1, retrieve clauses, abstain or quote. */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import {
  blockReference,
  clauseReference,
  referencedBlock,
  referencedClauses,
} from '../retrieval/clause-reference.js';
import { withoutResolutionRefs } from '../retrieval/resolution-refs.js';
import { questionParts } from '../retrieval/question-parts.js';
import { findDefinition, renderDefinition } from './definition-answerer.js';
import {
  planQuery,
  type PlanContext,
  type PlanOptions,
  type QueryPlan,
} from '../retrieval/query-plan.js';
import {
  DEFAULT_RETRIEVE,
  type Hit,
  type Retriever,
  type RetrieveOptions,
} from '../retrieval/retriever.js';
import {
  DEFAULT_EXTRACTIVE,
  documentClauses,
  overviewClauses,
  renderExtractive,
  selectClauses,
  type ExtractiveOptions,
} from './extractive-answerer.js';
import { asksOverviewOfOne, COMPARE_WORDS } from '../retrieval/question-intent.js';
import { meetingCodes } from '../retrieval/meeting-codes.js';
import { anchorListing, ownText } from './which-anchor.js';
import { resolutionFirst, withStatusRow } from './which-one.js';
import { askedTopicFirst } from './asked-topic-first.js';
import { guessedResolution, guessNote } from './guessed-number.js';
import { withoutGuessedTopic } from './guessed-topic.js';
import { correctedDate, correctionNote } from './date-correction.js';
import { askedOf, everydayOnly, offField } from './off-field.js';
import { GENERAL_KNOWLEDGE_REASON } from './general-knowledge.js';
import { answerType, canSupply, frameWords, preferSupplying, statedText } from './answer-type.js';
import { notFound } from './not-found.js';
import { asksForMore, saidBefore, saidLast } from './already-said.js';
import { asksOrigin, placeAsActor, placesUnanswered, regionMismatch } from './absent-places.js';
import { partUnanswered } from './counted-part.js';
import { modelPlaceOnly, modelPlaceReason } from './model-place.js';
import { declinedKind } from './declined-kinds.js';
import {
  asksOfCitation,
  citedOnly,
  citedWithEdition,
  citing,
  NAMING_EN,
  NAMING_ZH,
} from './cited-only.js';
import { askedRecommendation, recommendationReason } from './cited-recommendation.js';
import { comparedAspect, comparedResolutions } from './compared-resolutions.js';
import { comparedTopics } from '../retrieval/compared-topics.js';
import { isStatusQuestion } from '../retrieval/status-question.js';
import { statusTopic } from './status-topic.js';
import { statusPremise } from './status-premise.js';
import { newResolutionPremise } from './new-resolution-premise.js';
import { newCountPremise } from './new-count-premise.js';
import { withListItems } from './list-items.js';
import {
  asksPercentage,
  asksToConfirm,
  claimedNumbers,
  NO_PERCENTAGE_REASON,
  numbersIn,
  withoutConfirmWords,
  writesPercentage,
} from './claimed-figure.js';
import {
  meetingsOf,
  nextMeetingUnnamed,
  otherMeetingMissing,
  otherMeetings,
} from './other-meeting.js';
import { QUESTION_MATCH_FOUND, topicCoverage, topicUnits } from './topic-units.js';
import { quotedTerm, writesTerm } from '../retrieval/quoted-term.js';
import { favouredKind } from './favoured-kind.js';
import { theStudyGroupOf } from '../retrieval/study-groups.js';
import { withFundingClause } from './funding-clause.js';
import {
  absentEnglishTopic,
  absentReason,
  absentTopic,
  glossaryNames,
  withoutAskerNoun,
  withoutExamples,
} from './absent-topic.js';
import { answerInParts, interleave } from './multi-part.js';
import {
  actorAsked,
  asksMention,
  claimedOf,
  missingFrom,
  notMentioned,
  textOf,
} from './mention-check.js';
import { framingOnly } from './framing-only.js';
import { unlistedStatus, unnamedAbrogated } from './unlisted-status.js';
import {
  countedReason,
  countedSets,
  repeatedCount,
  repeatedCountReason,
  unnamedCounted,
} from './counted-only.js';
import { preferNaming, rareNames } from './named-term.js';
import { preferNamingOrganisations } from './organisations-asked.js';
import { preferReason } from './reason-question.js';
import { relativeClause } from '../retrieval/relative-clause.js';
import { alternativesCoverage } from './topic-alternatives.js';
import { answerCompare } from './compare-answerer.js';
import { answerCount, introTotal, type CountTopic } from './count-answerer.js';
import { answerList, answerStatus } from './table-answerer.js';
import {
  DEFAULT_WHICH,
  pickWhich,
  renderWhich,
  WHICH_LIMIT,
  topicOf,
  withoutFrame,
} from './which-answerer.js';
import type { AskInput, AskResult } from './types.js';
import type { UncoveredConcepts } from '../retrieval/uncovered-concepts.js';
import {
  askedClauses,
  askingSentences,
  asideClauses,
  purposeAfterQuestion,
  sentencesOf,
} from '../retrieval/sentences.js';
import { escapeRe } from '../retrieval/escape-re.js';

/** The query planning switches (glossary, history, dictionary and its ways: see PlanOptions), and the rest. */
export interface PipelineOptions extends PlanOptions {
  retrieve: RetrieveOptions;
  extractive: ExtractiveOptions;
  /** Below this share of the question's topic words in the best clause, the answer is "not found". */
  minCoverage: number;
  /**
   * For a question asking a fact (a date, an amount, a count …): a clause stating one answers only when it
   * covers this much of the topic, or the fact may be of something else (a count of all members, where
   * those of one region were asked about).
   */
  typedMinCoverage: number;
  /** A close-scoring clause holding the kind of fact asked for (date, amount, name…) answers first. */
  preferAnswerType: boolean;
  /** A question naming another meeting (WTDC-17) is "not found" unless the answer's clause names it. */
  checkOtherMeeting: boolean;
  /** A question about a name the document never mentions (Huawei) is "not found", unless it names a resolution. */
  checkUnknownNames: boolean;
  /** "Which resolutions … A or B": a resolution covering one of the alternatives is listed. */
  whichAlternatives: boolean;
  /** "Which resolutions mention X", X one rare term: every resolution whose text has it. */
  whichAnchor: boolean;
  /** "Tell me about the roaming resolution": the overview of the resolution found by its topic. */
  topicOverview: boolean;
  /**
   * A comparison also quotes each side's second clause on what is asked, when it scores close to the
   * first; not in one part of a message that asks several things, where the next part's answer comes first.
   */
  compareSecondClauses: boolean;
}

export const DEFAULT_PIPELINE: PipelineOptions = {
  retrieve: DEFAULT_RETRIEVE,
  extractive: DEFAULT_EXTRACTIVE,
  useGlossary: true,
  useHistory: true,
  useDictionary: true,
  useRelatedWords: true,
  useWordFamilies: true,
  useChineseAliases: true,
  bridgeRareWords: true,
  bridgeCharacters: true,
  senseCoherence: true,
  correctSpelling: true,
  minCoverage: 0.03,
  typedMinCoverage: 0.2,
  preferAnswerType: true,
  checkOtherMeeting: true,
  checkUnknownNames: true,
  whichAlternatives: true,
  whichAnchor: true,
  topicOverview: true,
  compareSecondClauses: true,
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
  /** Concepts of the field the document never covers (spectrum auctions, 携号转网); none without the list. */
  concepts?: UncoveredConcepts;
}

/** A clause's retrieval score against the best of its own resolution's (0…1; 0 when not retrieved). */
function rankWithin(hits: readonly Hit[]): (c: Clause) => number {
  const best = new Map<number, number>();
  const score = new Map<string, number>();
  for (const h of hits) {
    const n = h.clause.resolution ?? -1;
    best.set(n, Math.max(best.get(n) ?? 0, h.score));
    score.set(h.clause.id, h.score);
  }
  return (c) => {
    const top = best.get(c.resolution ?? -1);
    return top ? (score.get(c.id) ?? 0) / top : 0;
  };
}

/** When or where alone, as a chat asks it. */
const BARE_WHEN_WHERE =
  /^\s*(?:dates?|when|venue|where|location|place|time|地点|时间|日期|在哪(?:里|儿)?|什么时候|哪天|几号|何时|何地)\s*[?？!！。.]*\s*$/i;

/** The most items of a block named as a whole that the answer quotes. */
const BLOCK_ITEMS = 6;

/** A yes/no question by its opening (does it …, would that …, 是否) or its closing particle (…吗). */
const YES_NO_START =
  /^\s*(?:(?:and|so|but|ok)\s+)?(?:does|do|did|is|are|was|were|will|would|can|could|has|have|should)\b|^\s*(?:是否|是不是|会不会|能不能)|吗[？?。\s]*$/i;
/**
 * One thing asked of two at once (both, each, 是不是都, 分别; 都 in the clause after the two, …，报告都交给谁): with
 * two topics, a comparison.
 */
const BOTH_ASKED =
  /\b(?:both|each|respectively)\b|是不是都|是否都|分别|各自|^[^？?。]*[，,][^？?。]*都(?!是哪|有哪|包括)/i;
/** Which of two does a thing (哪个要…, which one of them): with two topics, each side is shown. */
const WHICH_OF_TWO =
  /哪(?:一)?(?:个|份|项|条)(?!国家|地区|城市)|\bwhich (?:one|of (?:the|them|these|those)\b)/i;
/** A list asked for in full: 全部列出, 列出所有, list all, every one. */
const ASKS_FOR_ALL = /全部|所有|都列|一一列|完整|\b(?:all|every|complete|full list|each of)\b/i;
/** The most resolutions a list asked for in full names. */
const ALL_RESOLUTIONS = 15;

/** Whether the document writes any percentage, once per store. */
const percentages = new WeakMap<CorpusStore, boolean>();
function percentagesIn(store: CorpusStore): boolean {
  let has = percentages.get(store);
  if (has === undefined) {
    has = store.clauses.some((c) => writesPercentage(c.text));
    percentages.set(store, has);
  }
  return has;
}

/** Whether the document writes a number as a number of its own (not inside a longer one), once per store. */
const documentTexts = new WeakMap<CorpusStore, string>();
function writtenIn(store: CorpusStore, n: string): boolean {
  let text = documentTexts.get(store);
  if (text === undefined) {
    text = store.clauses.map((c) => c.text).join('\n');
    documentTexts.set(store, text);
  }
  return new RegExp(`(?<![\\d.])${escapeRe(n)}(?![\\d])`).test(text);
}

export async function runPipeline(
  input: AskInput,
  deps: PipelineDeps,
  opts: PipelineOptions = DEFAULT_PIPELINE,
): Promise<PipelineRun> {
  const parts = questionParts(input.question);
  if (parts.length === 1) return answerPart(input, deps, opts);
  const { result, runs } = await answerInParts(input, parts, (part) =>
    answerPart(part, deps, { ...opts, compareSecondClauses: false }),
  );
  // The message's ranking is its parts' together, so each part's clauses count as retrieved.
  return { plan: runs[0]!.plan, hits: interleave(runs.map((r) => r.hits)), result };
}

async function answerPart(
  input: AskInput,
  deps: PipelineDeps,
  opts: PipelineOptions,
): Promise<PipelineRun> {
  // A resolution guessed by its topic after the question (I'm guessing it's the kite one?) is no part of
  // what is asked: its words would pull the search to it.
  const unguessed = withoutGuessedTopic(input.question);
  if (unguessed) input = { ...input, question: unguessed };
  // A number offered as a guess (我记得是第98号？) does not bound the search: the topic is looked up, and
  // the answer says first whether the guess was right.
  // A number stated with a topic is checked only when it is one of the document's (Plenipotentiary
  // Resolution 180 on kites would be another body's, not a slip for one of its own).
  const found = guessedResolution(input.question);
  const guess =
    found && (!found.stated || deps.store.ofResolution(found.number).length > 0) ? found : null;
  let guessed: string | null = null;
  let run: PipelineRun | undefined;
  if (guess) {
    // A stated number's topic is checked on its own: the conversation's subject would answer for it.
    const topical = await answerQuestion(
      guess.stated ? { question: guess.topic } : { ...input, question: guess.topic },
      deps,
      opts,
    );
    const answered = topical.result.found ? topical.result.citations[0]?.resolution : null;
    // A number stated with its topic stands unless the topic is another resolution's.
    if (
      answered !== null &&
      answered !== undefined &&
      !(guess.stated && answered === guess.number)
    ) {
      run = topical;
      guessed = guessNote(guess.number, answered, topical.plan.lang === 'en');
    }
  }
  run ??= await answerQuestion(input, deps, opts);
  // The conversation's subject is favoured, not required, when the question does not point back to it: one
  // that finds no answer under it is asked on its own (after a turn on Resolution 2, "how many study groups
  // did the assembly approve?" is answered by the introduction).
  if (!run.result.found && run.plan.softResolutions.length && input.history?.length) {
    const alone = await answerQuestion({ ...input, history: undefined }, deps, opts);
    if (alone.result.found) run = alone;
  }
  // Whatever answered (a clause, a count, a list), a question about another meeting (WTDC-17) is not
  // answered by text about this one: the leading citation must name it. Asked when or where that meeting
  // is, it must also say so: a clause naming it in passing (筹备WTDC-22) gives neither.
  const { plan, hits, result } = run;
  const meetings = meetingsOf(deps.store.clauses, deps.planning.expander.glossary);
  const lead = result.citations.slice(0, 1);
  // The kind of fact asked only for a question naming another meeting: its patterns are many.
  const whenOrWhereUnsaid = () => {
    if (!otherMeetings(plan.standalone, meetings).length) return false;
    const type = answerType(plan.standalone);
    // Where or when the next assembly meets: a clause about the document's own (日内瓦) says neither.
    return (
      (type === 'date' || type === 'place') &&
      !lead.some(
        (c) =>
          canSupply(type, plan.standalone, c.text) &&
          !nextMeetingUnnamed(plan.standalone, c.text, meetings),
      )
    );
  };
  if (
    opts.checkOtherMeeting &&
    result.found &&
    (otherMeetingMissing(plan.standalone, lead, meetings).length > 0 || whenOrWhereUnsaid())
  ) {
    const known = deps.store.resolutions().map((r) => r.number);
    const missing = notFound(
      plan,
      hits.slice(0, 3).map((h) => h.clause),
      known,
    );
    return { plan, hits, result: withReading(plan, missing) };
  }
  const answer = withReading(plan, withStatusRow(plan, result, deps.store, guessed !== null));
  return {
    plan,
    hits,
    result: guessed ? { ...answer, answer: `${guessed}\n${answer.answer}` } : answer,
  };
}

/** The resolution's operative clauses the last answer did not say, the first two in the document's order. */
/** An item named without its section, in several sections: the one the conversation talked about, if any. */
function inTalkedSection(clauses: Clause[], section: string | undefined): Clause[] {
  const talked = section
    ? clauses.filter((c) => c.section === section || c.within === section)
    : [];
  return talked.length ? talked : clauses;
}

function notYetSaid(plan: QueryPlan, store: CorpusStore, said: Set<string>): Clause[] {
  const left = plan.resolutions.flatMap((n) =>
    store
      .ofResolution(n)
      .filter((c) => c.part === 'annex' && !c.id.endsWith('.title') && !said.has(c.id)),
  );
  return left.length ? left.slice(0, 2) : overviewClauses(plan, store);
}

/**
 * Said first, so the reader sees what was answered: a misspelt word read as another, and, over an answer
 * found all the same (the question also named a resolution), a name the document never mentions.
 */
function withReading(plan: QueryPlan, result: AskResult): AskResult {
  const en = plan.lang === 'en';
  const notes: string[] = [];
  if (plan.corrections.length) {
    const pairs = plan.corrections.map(([from, to]) =>
      en ? `“${from}” as “${to}”` : `“${from}”理解为“${to}”`,
    );
    notes.push(en ? `(Read ${pairs.join(', ')}.)` : `（将${pairs.join('，')}。）`);
  }
  if (result.found && plan.unknownNames.length) {
    const names = plan.unknownNames.join(en ? ', ' : '、');
    notes.push(en ? `(The document never mentions ${names}.)` : `（文件没有提到 ${names}。）`);
  }
  return notes.length ? { ...result, answer: `${notes.join('\n')}\n${result.answer}` } : result;
}

/** Words that point back at what the asker told before the question (that, it, 这个, 那样). */
const POINTS_AT_TOLD =
  /\b(?:it|its|this|that|these|those|they|them|such|true|right|correct|accurate)\b|这|那|它|此|该|其|对吗|对不对|是真的|属实/i;
/**
 * In a second asking sentence, "it" and "they" are more likely the first one's topic (Is there a rule on kite
 * numbers? Which standard do they follow for it?) than the story told before both; demonstratives and checks
 * of a claim still point back.
 */
const POINTS_AT_TOLD_LATER =
  /\b(?:this|that|these|those|such|true|right|correct|accurate)\b|这|那|此|对吗|对不对|是真的|属实/i;

/** A demonstrative right before a term the rewriting gave in the document's Chinese (this  电子废物). */
const DETERMINES_TERM = /\b(?:this|that|these|those)\s+(?=[\u4e00-\u9fff])/gi;

function pointsAtTold(asking: string): boolean {
  const [first = '', ...later] = sentencesOf(asking);
  return POINTS_AT_TOLD.test(first) || later.some((s) => POINTS_AT_TOLD_LATER.test(s));
}

/**
 * The unknown names that bear on what is asked: a name (Huawei, ECOWAS) wherever it stands, as a claim
 * told before the question is what it asks about ("a minister said … Is that in there?"); an unknown
 * lower-case word only in the sentences that ask: in the asker's setting ("the polytech where I teach wants
 * …; is there help for test labs?") it says where the asker is, not what is asked about.
 */
function namesAsked(plan: QueryPlan): string[] {
  const asking = askingSentences(plan.standalone, true);
  // Outside the asking sentences, where the asker is ("here in Ouaga, …", "we're based in Kisumu") is the
  // setting, not a topic the clause must name; a place in a claim ("cancelled in ECOWAS") is not.
  const where = (n: string) =>
    new RegExp(
      String.raw`\b(?:here|there|back home|over here|we(?:'re| are)?|i(?:'m| am)?|live|living|based|work|working|our [a-z]+)\s+(?:in|at|near)\s+${escapeRe(n)}\b`,
      'i',
    ).test(plan.standalone);
  // Names listed as instances before "etc." (network planning, O&M etc) are examples, not the topic.
  const unlisted = withoutExamples(plan.standalone);
  // What the answer is for, said after the question (…？要写进KiteCo的年报): where it goes, not what is asked.
  const purpose = purposeAfterQuestion(plan.standalone);
  // A name told only before a question that does not point back at what was told (…dem dey burn e-waste
  // for Kitetown. Any resolution on e-waste?) sets the scene; one the question points back at (… Is that in
  // there?) is what is asked about.
  // "This" before a term the document uses (which resolution covers this e-waste?) names the topic itself:
  // when every pointing word is such a one, nothing points back. The rewritten question holds such a term
  // in the document's words.
  const determinesOnly = () => {
    const rewritten = askingSentences(plan.rewritten, true);
    const undetermined = rewritten.replace(DETERMINES_TERM, ' ');
    return undetermined !== rewritten && !pointsAtTold(undetermined);
  };
  const pointsBack = asking === plan.standalone || (pointsAtTold(asking) && !determinesOnly());
  return plan.unknownNames.filter(
    (n) =>
      unlisted.includes(n) &&
      !purpose.includes(n) &&
      (asking.includes(n) || (/[A-Z\d]/.test(n) && !where(n) && pointsBack)),
  );
}

/**
 * An unknown name that is what the question asks to identify ("which GSMA list does Resolution 12 use?",
 * 第12号决议指定了哪个KiteNet平台): the resolution named beside it cannot supply it.
 */
function nameIsAskedFor(plan: QueryPlan): boolean {
  return plan.unknownNames.some((n) =>
    new RegExp(
      String.raw`\b(?:which|what)\s+(?:[a-z-]+\s+){0,2}${escapeRe(n)}\b|哪(?:个|家|一个|些)\s*${escapeRe(n)}`,
      'i',
    ).test(plan.standalone),
  );
}

async function answerQuestion(
  input: AskInput,
  deps: PipelineDeps,
  opts: PipelineOptions,
): Promise<PipelineRun> {
  const { store } = deps;
  const plan = planQuery(input.question, input.history, deps.planning, opts);
  const known = store.resolutions().map((r) => r.number);
  // "Which resolutions …" reads further down the ranking, and so does a comparison: each side's best clause,
  // not the best few of one side.
  const retrieve =
    plan.intent.kind === 'which' || plan.intent.kind === 'compare'
      ? { ...opts.retrieve, limit: Math.max(opts.retrieve.limit, WHICH_LIMIT) }
      : opts.retrieve;
  const found = askedTopicFirst(
    plan,
    resolutionFirst(plan.standalone, await deps.retriever.retrieve(plan, retrieve)),
    deps.retriever.bm25,
    (text) => planQuery(text, [], deps.planning, { ...opts, useHistory: false }),
  );
  // "What else does it ask?" of the resolution just answered: what that answer said goes last.
  const said =
    input.history?.length && plan.carried && asksForMore(plan.standalone)
      ? await saidBefore(input.history, deps, opts)
      : new Set<string>();
  const hits = saidLast(found, said, (h) => h.clause.id);
  const related = (n: number): Clause[] => hits.slice(0, n).map((h) => h.clause);

  // When or where a resolution the document only cites was adopted: its edition, as the citation gives it.
  const askedOfCited = plan.unknownResolutions.length ? answerType(plan.standalone) : null;
  if ((askedOfCited === 'date' || askedOfCited === 'place') && !plan.unknownEntities.length) {
    const editions = plan.unknownResolutions.flatMap((n) => citedWithEdition(store.clauses, n));
    if (editions.length)
      return {
        plan,
        hits,
        result: renderExtractive(plan, editions.slice(0, 2), store, deps.englishTitle),
      };
  }
  // A resolution the document only cites, named alone and asked of as cited ("and PP Resolution 196: are
  // the Directors told to implement it?", 它跟第196号决议是什么关系): the operative clauses citing it say
  // what the document says of it. Asked what it says itself, the document does not hold its text.
  if (
    !plan.unknownEntities.length &&
    !plan.resolutions.length &&
    plan.unknownResolutions.length === 1 &&
    asksOfCitation(plan.standalone)
  ) {
    const citers = citing(store.clauses, plan.unknownResolutions[0]!).filter(
      (c) => c.part === 'annex',
    );
    if (new Set(citers.map((c) => c.resolution)).size === 1)
      return {
        plan,
        hits,
        result: renderExtractive(plan, citers.slice(0, 2), store, deps.englishTitle),
      };
  }
  // Two resolutions it holds, asked how one mentions or relates to the other (44里面怎么提到54, "where does 44
  // cite 54"): the clauses where one names the other say it, whatever else each says.
  if (plan.resolutions.length === 2 && citesByNumber(plan.standalone, plan.resolutions)) {
    const [a, b] = plan.resolutions as [number, number];
    const naming = [
      ...citing(store.ofResolution(a), b),
      ...citing(store.ofResolution(b), a),
    ].filter((c) => c.part === 'annex');
    if (naming.length)
      return {
        plan,
        hits,
        result: renderExtractive(plan, naming.slice(0, 3), store, deps.englishTitle),
      };
  }
  // A name the document never mentions beside a resolution it holds ("spam on WhatsApp under Resolution 52")
  // leaves that resolution to answer from.
  const outOfScope =
    plan.unknownEntities.length > 0 ||
    (plan.unknownResolutions.length > 0 && plan.resolutions.length === 0) ||
    (opts.checkUnknownNames &&
      (plan.resolutions.length === 0 ? namesAsked(plan).length > 0 : nameIsAskedFor(plan)));
  if (outOfScope) {
    // A year asked to be confirmed that the document never writes: the date it does give, as a correction.
    const dated = correctedDate(plan, hits);
    if (dated) {
      const quoted = renderExtractive(plan, [dated], store, deps.englishTitle);
      return {
        plan,
        hits,
        result: { ...quoted, answer: `${correctionNote(plan)}\n${quoted.answer}` },
      };
    }
    return { plan, hits, result: notFound(plan, related(3), known) };
  }
  // "Write me an e-mail", "which resolution matters most", "which is cheaper, fibre or 5G?": no clause
  // answers these, and one sharing a word with them would read as the document's answer.
  const declined = declinedKind(plan.standalone, plan.resolutions.length > 0);
  if (declined) {
    const shown = declined.related ? related(3) : [];
    return { plan, hits, result: notFound(plan, shown, known, declined.reason) };
  }
  if (offField(plan, !!input.history?.length, deps.retriever, deps.planning.dictionary))
    return { plan, hits, result: notFound(plan, [], known, GENERAL_KNOWLEDGE_REASON) };
  // The named resolution only cites the one asked about: its text is not in the document.
  const cited = citedOnly(plan.standalone, plan.resolutions, plan.unknownResolutions, (n) =>
    store.ofResolution(n),
  );
  if (cited.length) {
    const { cited: c, by, clauses } = cited[0]!;
    const reason = {
      en: `Resolution ${by} only cites Resolution ${c}; the document does not give that resolution's text.`,
      zh: `第${by}号决议只是引用了第${c}号决议，文件没有给出该决议的内容。`,
    };
    return { plan, hits, result: notFound(plan, clauses.slice(0, 3), known, reason) };
  }

  // A status 表1 contradicts, taken as given ("what did the revision add" to one unchanged, "why was it
  // scrapped" of one in force): the premise is corrected, its 表1 row first.
  const premise = statusPremise(
    plan.standalone,
    plan.intent.kind === 'clauses',
    plan.resolutions,
    hits.slice(0, 3).map((h) => h.clause.resolution),
    store,
  );
  if (premise) {
    const { rows, reason } = premise;
    const shown = [...rows, ...related(3).filter((c) => !rows.includes(c))].slice(0, 3);
    return { plan, hits, result: notFound(plan, shown, known, reason) };
  }

  // "The new resolution on X": when no resolution 表1 lists as new covers X, the premise is corrected.
  const newPremise = plan.resolutions.length
    ? null
    : newResolutionPremise(
        plan.standalone,
        store,
        (topic) => {
          // Lower-cased as the plan's words are, so the dictionary's renderings of them are kept.
          const units = topicOf(plan, topic.toLowerCase());
          return units.rewritten ? topicCoverage(units, deps.retriever.bm25) : null;
        },
        deps.englishTitle,
      );
  if (newPremise) {
    const { rows, reason } = newPremise;
    const shown = [...rows, ...related(3).filter((c) => !rows.includes(c))].slice(0, 3);
    return { plan, hits, result: notFound(plan, shown, known, reason) };
  }
  // A count of new resolutions taken as given ("three of them", 两个) and the one 表1 does not list asked for.
  const newCount = newCountPremise(plan.standalone, store, deps.englishTitle);
  if (newCount)
    return { plan, hits, result: notFound(plan, newCount.shown, known, newCount.reason) };

  // A percentage asked for or claimed, where the document writes none.
  if (asksPercentage(plan.standalone) && !percentagesIn(store))
    return { plan, hits, result: notFound(plan, related(3), known, NO_PERCENTAGE_REASON) };
  // A claim to confirm that states a number the document never writes ("they picked 112, true?"), where the
  // passages on it state no figure either: one that does (36 revised, not 30) is the correction, quoted.
  const unwritten = claimedNumbers(plan.standalone).filter(
    (n) => !writtenIn(store, n.replace(/,/g, '')),
  );
  const stating = hits
    .slice(0, 3)
    .filter((h) => h.clause.part !== 'table1' && !h.clause.id.endsWith('.title'));
  if (unwritten.length && !stating.some((h) => numbersIn(h.clause.text).length)) {
    const list = unwritten.join(plan.lang === 'en' ? ', ' : '、');
    const reason = {
      en: `The document never gives the figure ${list}.`,
      zh: `文件没有给出${list}这个数字。`,
    };
    return { plan, hits, result: notFound(plan, related(3), known, reason) };
  }

  // What a Recommendation the document only names specifies: the clauses naming it, as related.
  const recommendation = askedRecommendation(plan.standalone);
  if (recommendation) {
    const naming = store.clauses.filter((c) => c.text.includes(recommendation)).slice(0, 3);
    if (naming.length)
      return {
        plan,
        hits,
        result: notFound(plan, naming, known, recommendationReason(recommendation)),
      };
  }

  // Those of a status the introduction counts beyond 表1's rows, asked which: named nowhere.
  const unlisted =
    unlistedStatus(plan.standalone, store) ?? unnamedAbrogated(plan.standalone, store);
  if (unlisted)
    return { plan, hits, result: notFound(plan, unlisted.related, known, unlisted.reason) };
  // A set the document only counts (三份…建议书), asked which ones or what changed in them.
  const counted = unnamedCounted(
    plan.standalone,
    plan.expansions,
    countedSets(store.clauses, deps.planning.expander.glossary),
  );
  if (counted)
    return {
      plan,
      hits,
      result: notFound(plan, counted.clauses.slice(0, 3), known, countedReason(counted)),
    };
  // Or a count of many the question repeats from the document (那十一个X分别是哪些).
  const repeated = repeatedCount(plan.standalone, store.clauses, deps.planning.expander.glossary);
  if (repeated)
    return {
      plan,
      hits,
      result: notFound(plan, repeated.clauses, known, repeatedCountReason(repeated)),
    };

  // A resolution asked for on a topic only the introduction or conclusion names.
  const framed =
    plan.resolutions.length || !['clauses', 'which', 'list'].includes(plan.intent.kind)
      ? null
      : framingOnly(
          plan.standalone,
          store.clauses,
          deps.planning.expander.glossary,
          plan.expansionGroups,
        );
  if (framed)
    return {
      plan,
      hits,
      result: notFound(
        plan,
        [...framed.framing, ...related(3).filter((c) => !framed.framing.includes(c))].slice(0, 3),
        known,
        framed.reason,
      ),
    };

  // "关于量子通信有什么规定？", "anything on satellite internet?": a topic the question names that the
  // document never speaks of; unless a clause's everyday questions match the question (tsunami warnings:
  // the clause on cables for disaster warning answers it, though it never says tsunami).
  // So does a status asked of a resolution named by such a topic (量子通信那个决议改了吗).
  if (
    !plan.resolutions.length &&
    ['clauses', 'which', 'status'].includes(plan.intent.kind) &&
    (hits[0]?.question ?? 0) < QUESTION_MATCH_FOUND
  ) {
    const absent =
      plan.lang === 'en'
        ? absentEnglishTopic(plan.standalone, {
            absentNoun: (w) => deps.planning.dictionary.absentNoun(w),
            frequency: (w) => deps.planning.dictionary.frequency(w),
            glossaryNames: glossaryNames(deps.planning.expander.glossary),
            askedOf: (w) => askedOf(w, deps.retriever),
          })
        : absentTopic(
            plan.standalone,
            () => topicUnits(withoutFrame(plan), deps.retriever.bm25),
            store,
          )?.alternatives[0]?.[0];
    // A concept of the field the document never covers, named in the sentence that asks.
    // Not one of the instances listed before "etc." (planning, O&M etc): an example, not the topic; nor
    // the words asking whether a claim is so ("real or fake news?").
    const concept = absent
      ? null
      : (deps.concepts?.in(
          withoutAskerNoun(withoutConfirmWords(withoutExamples(askedClauses(plan.standalone)))),
        ) ?? null);
    if (concept)
      return { plan, hits, result: notFound(plan, related(3), known, absentReason(concept)) };
    if (absent)
      return { plan, hits, result: notFound(plan, related(3), known, absentReason(absent)) };
  }
  // A message sharing only everyday words with the field (a wedding, a recipe, a marathon), once no topic
  // of the field it names has been found missing: another subject, however a clause shares those words.
  if (everydayOnly(plan, !!input.history?.length, deps.retriever, deps.planning.dictionary))
    return { plan, hits, result: notFound(plan, [], known, GENERAL_KNOWLEDGE_REASON) };

  const intent = plan.intent;
  // "The kite one vs the drone one: which is new, which unchanged?" asks the status of each, not a list.
  // Named by topic, one side may be all the naming found (the roaming one): the other is looked for too.
  const unnumbered = !plan.resolutions.length || (plan.byTopic && plan.resolutions.length === 1);
  const statusOfTwo =
    intent.kind === 'list' && unnumbered && comparedTopics(plan.standalone) !== null;
  // Two named by their topics ("the kite one and the drone one, each new or revised?"): both rows.
  const pair =
    (intent.kind === 'status' || statusOfTwo) && unnumbered
      ? await comparedResolutions(plan.standalone, deps, opts)
      : null;
  if (intent.kind === 'status' || pair) {
    // Without a number, the status asked about is that of the resolution the question is about: found by a
    // clause of its own text, since every 表1 row carries a status word and so matches the question's.
    const about =
      plan.resolutions.length || pair ? undefined : await statusTopic(plan, hits, deps, opts);
    const target = pair
      ? pair
      : plan.resolutions.length
        ? plan.resolutions
        : about?.clause.resolution != null
          ? [about.clause.resolution]
          : [];
    if (target.length)
      return { plan, hits, result: answerStatus({ ...plan, resolutions: target }, store) };
  }
  if (intent.kind === 'count' && intent.unlisted) {
    // "Which resolutions were abrogated?": the document gives their number, never which they are.
    const total = introTotal(store, '废止');
    const reason = total && {
      en: `It does not list the resolutions the assembly abrogated; the introduction gives only their number, ${total.n}.`,
      zh: `文件没有列出全会废止的决议，引言只给出了数量：${total.n}项。`,
    };
    return { plan, hits, result: notFound(plan, total ? [total.clause] : [], known, reason) };
  }
  if (intent.kind === 'count') {
    const topics: CountTopic[] = [
      ...intent.statuses,
      ...(intent.abrogated ? ['废止' as const] : []),
    ];
    return { plan, hits, result: answerCount(plan, store, topics) };
  }
  if (intent.kind === 'list') {
    return {
      plan,
      hits,
      result: answerList(plan, store, intent.status, deps.englishTitle, intent.titled),
    };
  }
  // Two resolutions compared: by number, or by topic (the roaming one against the consumer one).
  // "Do the kite one and the drone one both …" asks one thing of each: a comparison too.
  const byTopic =
    intent.kind === 'compare' ||
    (plan.resolutions.length && !plan.byTopic) ||
    !(
      COMPARE_WORDS.test(plan.standalone) ||
      BOTH_ASKED.test(plan.standalone) ||
      WHICH_OF_TWO.test(plan.standalone)
    )
      ? null
      : await comparedResolutions(plan.standalone, deps, opts);
  // "The 12 (kites) and the 15 (drones): both revised, or only one?": the status of each, once both are found.
  if (byTopic && isStatusQuestion(plan.standalone))
    return { plan, hits, result: answerStatus({ ...plan, resolutions: byTopic }, store) };
  if (intent.kind === 'compare' || byTopic) {
    // Named by their topics, the two are then ranked by what is asked of both, if anything is.
    const aspect = byTopic ? await comparedAspect(plan.standalone, byTopic, deps, opts) : null;
    const compared = byTopic
      ? {
          ...plan,
          resolutions: byTopic,
          ...(aspect ? { withoutNamings: aspect.plan.standalone } : {}),
        }
      : plan;
    const compareDeps = {
      store,
      covers: topicCoverage(aspect?.plan ?? plan, deps.retriever.bm25),
      ranked: rankWithin(aspect?.hits ?? hits),
      whichOfThem: WHICH_OF_TWO.test(plan.standalone),
      secondClauses: opts.compareSecondClauses,
      englishTitle: deps.englishTitle,
      favoured: favouredKind(plan.standalone),
    };
    return { plan: compared, hits, result: answerCompare(compared, compareDeps) };
  }
  if (intent.kind === 'which') {
    // "List them all", 请全部列出: every resolution that qualifies, not the first few.
    const all = ASKS_FOR_ALL.test(plan.standalone);
    const which = {
      ...DEFAULT_WHICH,
      minCoverage: opts.minCoverage,
      ...(all ? { maxResolutions: ALL_RESOLUTIONS } : {}),
    };
    // "Any other resolutions on it?": the one talked about is not listed again.
    const besides = new Set(plan.besides);
    const listable = besides.size
      ? hits.filter((h) => !besides.has(h.clause.resolution ?? -1))
      : hits;
    const titled = store.resolutions().flatMap((r) => {
      if (besides.has(r.number)) return [];
      const clauses = store.ofResolution(r.number);
      const title =
        clauses.find((c) => c.id.endsWith('.title')) ?? clauses.find((c) => c.part === 'table1');
      const quote =
        clauses.find((c) => c.part === 'table2') ?? clauses.find((c) => c.part === 'annex');
      return title && quote ? [{ title, quote }] : [];
    });
    // The topic from the sentences that ask, the setting before them left out.
    const framed = <P extends Parameters<typeof withoutFrame>[0]>(p: P) => withoutFrame(p, true);
    const covers = opts.whichAlternatives
      ? alternativesCoverage(plan, deps.retriever.bm25, framed)
      : topicCoverage(framed(plan), deps.retriever.bm25);
    // One study group named by its number ("which resolutions give Study Group 17 work") is the anchor; so
    // is a term the question quotes, as written.
    const quoted = quotedTerm(plan.standalone);
    if (
      quoted &&
      /[\u3400-\u9fff]/.test(quoted) &&
      !store.clauses.some((c) => ownText(c).includes(quoted))
    )
      return { plan, hits, result: notFound(plan, related(3), known, absentReason(quoted)) };
    const named = theStudyGroupOf(plan.standalone) ?? (quoted ? writesTerm(quoted) : undefined);
    const anchored = opts.whichAnchor
      ? anchorListing(
          topicUnits(framed(plan), deps.retriever.bm25),
          listable,
          store,
          which.maxResolutions,
          named,
        )
      : null;
    const picked = (anchored ?? pickWhich(listable, covers, which, titled)).filter(
      (c) => !besides.has(c.resolution ?? -1),
    );
    const result = picked.length
      ? renderWhich(plan, picked, deps.englishTitle)
      : notFound(plan, related(3), known);
    return { plan, hits, result };
  }
  // A clause named as the answers cite it (第44号决议 · 做出决议 · 6, "R44 instructs 9"): that clause.
  if (plan.resolutions.length === 1) {
    const rest = withoutResolutionRefs(plan.standalone);
    const own = store.ofResolution(plan.resolutions[0]!);
    // A whole block by its place among those with its heading (第二个“责成”, "the second instructs"),
    // before an item: 第二 there is no item's number.
    const block = blockReference(rest);
    const ref = block ? null : clauseReference(rest);
    const named = block
      ? referencedBlock(own, block).slice(0, BLOCK_ITEMS)
      : ref
        ? inTalkedSection(referencedClauses(own, ref), ref.section ? undefined : plan.talkedSection)
        : [];
    if (named.length) {
      const result = renderExtractive(plan, named, store, deps.englishTitle);
      return { plan, hits, result };
    }
  }
  // One named by where it stands relative to the clause talked about last ("and the next one?", 最后一条).
  if (plan.resolutions.length === 1 && plan.relative) {
    const { anchor, ref } = plan.relative;
    const target = relativeClause(store.ofResolution(plan.resolutions[0]!), anchor, ref);
    if (target) {
      const result = renderExtractive(plan, [target], store, deps.englishTitle);
      return { plan, hits, result };
    }
  }
  // Whether one resolution speaks of something: no, when what is asked about is nowhere in its text.
  if (intent.kind === 'clauses' && plan.resolutions.length === 1 && asksMention(plan.standalone)) {
    const n = plan.resolutions[0]!;
    // A word of the kind of fact asked (拨款 in 风筝赛的经费谁出？会追加拨款吗？) is answered by a clause that
    // states such a fact (在现有财务资源范围内), whatever word it uses.
    const type = answerType(plan.standalone);
    const frame = frameWords(type);
    const supplied =
      frame !== undefined &&
      canSupply(type, plan.standalone, textOf(store.ofResolution(n)), plan.rewritten);
    const units = topicUnits(withoutFrame(plan, true), deps.retriever.bm25).filter(
      (u) => !supplied || !frame.test(u.alternatives[0]?.[0] ?? ''),
    );
    // What it is asked to mention is in the sentence that asks ("no, the other one. does it mention X?").
    const missing = missingFrom(
      units,
      n,
      store,
      {
        whole: plan.rewritten,
        // Clauses that set the scene (家里一堆旧手机，…，有没有提到…) ask nothing to be mentioned.
        asked: asideClauses(plan.rewritten).reduce(
          (rest, aside) => rest.replace(aside, ' '),
          askingSentences(plan.rewritten, true),
        ),
      },
      (w) => deps.planning.dictionary.nearSynonyms(w),
    );
    if (missing) {
      const { elsewhere, reason } = notMentioned(missing, n, store, plan.standalone);
      return { plan, hits, result: notFound(plan, elsewhere, known, reason) };
    }
  }
  // "Resolution N requires X; how do we …": X stated of N and nowhere in its text is a premise to correct.
  // So is one asked of whom it addresses (第N号决议对X有哪些要求).
  const claim =
    intent.kind === 'clauses' && plan.resolutions.length === 1
      ? (claimedOf(plan.rewritten) ?? actorAsked(plan.rewritten))
      : null;
  if (claim) {
    const n = plan.resolutions[0]!;
    const missing = missingFrom(
      topicUnits(topicOf(plan, claim), deps.retriever.bm25),
      n,
      store,
      undefined,
      (w) => deps.planning.dictionary.nearSynonyms(w),
    );
    if (missing) {
      const { elsewhere, reason } = notMentioned(missing, n, store, plan.standalone);
      return { plan, hits, result: notFound(plan, elsewhere, known, reason) };
    }
  }
  // "Venue?", 时间？, "when?": when and where with nothing else asked of the meeting the document reports.
  if (!plan.resolutions.length && !input.history?.length && BARE_WHEN_WHERE.test(plan.standalone)) {
    const main = meetingsOf(store.clauses, deps.planning.expander.glossary).main;
    const stated = store
      .ofPart('intro')
      .find(
        (c) => main !== null && c.text.includes(main) && canSupply('date', plan.standalone, c.text),
      );
    if (stated)
      return { plan, hits, result: renderExtractive(plan, [stated], store, deps.englishTitle) };
  }
  if (intent.kind === 'define') {
    // Where the document writes the term out; a term it never writes out is looked for like any other.
    const d = findDefinition(intent.term, store, deps.planning.expander.glossary);
    if (d) {
      const result = renderDefinition(plan, intent.term, d, store, deps.englishTitle);
      return { plan, hits, result };
    }
    // Used but never written out (WTDC, OTT): the document does not say what it stands for.
    const used = store.clauses.find((c) => c.text.includes(intent.term));
    if (used) {
      const reason = {
        en: `It uses “${intent.term}” without writing it out or saying what it stands for.`,
        zh: `文件使用了“${intent.term}”，但没有写出全称或解释其含义。`,
      };
      return { plan, hits, result: notFound(plan, [used], known, reason) };
    }
  }
  if (intent.kind === 'document') {
    return {
      plan,
      hits,
      result: renderExtractive(
        plan,
        documentClauses(store, intent.parts),
        store,
        deps.englishTitle,
      ),
    };
  }
  if (intent.kind === 'overview') {
    return {
      plan,
      hits,
      result: renderExtractive(plan, overviewClauses(plan, store), store, deps.englishTitle),
    };
  }

  // "Tell me about the roaming resolution": the overview of the resolution named by its topic (see
  // resolution-by-topic.ts), or else of the one the best clause belongs to, when that clause is on the
  // topic at all. (One named by its number has the overview intent.)
  const first = hits[0]?.clause;
  let overviewOf: number | null = null;
  // The kind of fact asked for (a date, an amount, a name), once: its patterns are many. A fact asked of a
  // resolution named by its topic ("what fee does the kite resolution set") is looked for in its
  // clauses, not answered by its overview.
  const type = answerType(plan.standalone);
  // The wording first: the coverage is the dearer test, and most questions ask no overview.
  if (opts.topicOverview && !type && asksOverviewOfOne(plan.standalone)) {
    if (plan.byTopic && plan.resolutions.length === 1) overviewOf = plan.resolutions[0]!;
    else if (
      !plan.resolutions.length &&
      first?.resolution != null &&
      topicCoverage(plan, deps.retriever.bm25)(first) >= opts.minCoverage
    )
      overviewOf = first.resolution;
  }
  if (overviewOf !== null) {
    const about = { ...plan, resolutions: [overviewOf] };
    return {
      plan,
      hits,
      result: renderExtractive(plan, overviewClauses(about, store), store, deps.englishTitle),
    };
  }
  const operative = plan.hints.who || plan.hints.sections.length > 0 || plan.resolutions.length > 0;
  // What the question names (a meeting code, a glossary term): a clause stating the fact should name it too.
  const anchors = [...meetingCodes(plan.standalone), ...plan.expansions];
  const namedHits = preferNamingOrganisations(
    preferNaming(hits, rareNames(plan.standalone, store.clauses)),
    plan.standalone,
    plan.resolutions.length === 1,
  );
  const typedHits =
    type === 'funding' ? withFundingClause(namedHits, plan.standalone, store) : namedHits;
  const ranked = opts.preferAnswerType
    ? preferReason(
        preferSupplying(typedHits, plan.standalone, type, anchors, plan.rewritten),
        plan.standalone,
      )
    : hits;
  // Asked which ones, the list the best item belongs to answers.
  const picked = withListItems(
    selectClauses(ranked, opts.extractive, operative),
    plan.standalone,
    store,
    opts.extractive.maxClauses,
  );
  // Nothing but the resolution to search by (a follow-up such as "and who does all that?"): what it asks of
  // whom, from its overview; asked what else, its next operative clauses that the last answer did not say.
  if (!hits.length && plan.resolutions.length === 1 && !type) {
    const result = renderExtractive(
      plan,
      said.size ? notYetSaid(plan, store, said) : overviewClauses(plan, store),
      store,
      deps.englishTitle,
    );
    return { plan, hits, result };
  }
  if (!picked.length) return { plan, hits, result: notFound(plan, [], known) };
  // "X for Y like Z's": clauses that serve only the model's region do not answer for the one asked about.
  const modelOnly = modelPlaceOnly(
    plan.standalone,
    picked.map((h) => h.clause),
  );
  if (modelOnly) {
    const shown = picked.map((h) => h.clause);
    return { plan, hits, result: notFound(plan, shown, known, modelPlaceReason(modelOnly)) };
  }
  // The topic matches, but the fact asked for (an amount, a person's name, a number) is not in the text.
  // Only clauses of the best one's resolution count: a date in another resolution's clause that the
  // search also picked (每年 of a report elsewhere) dates something else.
  const ofBest = picked.filter((h) => h.clause.resolution === picked[0]!.clause.resolution);
  if (
    type &&
    !ofBest.some((h) => canSupply(type, plan.standalone, statedText(h.clause), plan.rewritten))
  ) {
    return { plan, hits, result: notFound(plan, related(3), known) };
  }
  // A fact asked of a country or region is that place's: one a clause gives of all of them does not answer.
  // So is a claim to confirm that names a place (held in Delhi next time, true?), and what a place did.
  const places =
    type ||
    asksOrigin(plan.standalone) ||
    asksToConfirm(plan.standalone) ||
    placeAsActor(plan.standalone)
      ? placesUnanswered(
          plan.standalone,
          picked.map((h) => h.clause),
        )
      : [];
  // So is a count of a part (how many of them were women): the clause must name the part.
  const part =
    type === 'count'
      ? partUnanswered(
          plan.standalone,
          (text) =>
            topicUnits(
              planQuery(text, [], deps.planning, { ...opts, useHistory: false }),
              deps.retriever.bm25,
            ),
          picked.map((h) => h.clause),
        )
      : null;
  if (part) places.push(part);
  if (places.length) {
    const list = places.join(plan.lang === 'en' ? ', ' : '、');
    const reason = {
      en: `The passages that give this do not mention ${list}.`,
      zh: `给出这一信息的条款没有提到${list}。`,
    };
    return { plan, hits, result: notFound(plan, related(3), known, reason) };
  }
  // "A kite fund for Latin America": clauses that speak only of another continent (非洲) do not answer.
  // Whether a resolution already named covers it ("does Resolution 100 apply in Asia too?"): its clause answers,
  // as it shows whom the resolution is for.
  const ofNamed =
    ((plan.resolutions.length > 0 && !plan.byTopic) || plan.softResolutions.length > 0) &&
    YES_NO_START.test(plan.standalone);
  const elsewhere =
    !ofNamed &&
    regionMismatch(
      plan.standalone,
      picked.map((h) => h.clause),
    );
  if (elsewhere) {
    const sep = plan.lang === 'en' ? ', ' : '、';
    const reason = {
      en: `The passages on this speak of ${elsewhere.named.join(sep)}, not of ${elsewhere.asked.join(sep)}.`,
      zh: `相关条款讲的是${elsewhere.named.join(sep)}，不是${elsewhere.asked.join(sep)}。`,
    };
    return { plan, hits, result: notFound(plan, related(3), known, reason) };
  }
  // A fact asked of one study group (who chairs Study Group 5, where does it meet) is that group's: a clause
  // stating it of study groups in general does not answer.
  const group = theStudyGroupOf(plan.standalone);
  if (type && group && !picked.some((h) => group(statedText(h.clause)))) {
    return { plan, hits, result: notFound(plan, related(3), known) };
  }
  if (!plan.resolutions.length) {
    // A fact asked is of what the asking sentence names: a remark beside it ("it is for my report") is
    // no part of the topic the clause must cover.
    const covers = topicCoverage(
      type ? withoutFrame(plan, true) : plan,
      deps.retriever.bm25,
      frameWords(type),
    );
    // A funding clause stands in for the best one of its resolution (withFundingClause): the topic is that one's.
    // Untyped, the asking sentences alone may name the topic too: the asker's setting before them (我们部里
    // 想让…) holds words no clause needs to cover.
    const setting = !type && askingSentences(plan.rewritten).trim() !== plan.rewritten.trim();
    const asked = setting ? topicCoverage(withoutFrame(plan, true), deps.retriever.bm25) : null;
    const cov = Math.max(
      covers(picked[0]!.clause),
      type === 'funding' && hits[0] ? covers(hits[0].clause) : 0,
      asked ? asked(picked[0]!.clause) : 0,
    );
    // Or its everyday questions match most of the question: "undersea cables … tsunami warnings" covers few
    // of the document's words, yet it is what the clause on underwater cables for disaster warning answers.
    const need = type ? Math.max(opts.minCoverage, opts.typedMinCoverage) : opts.minCoverage;
    if (cov < need && picked[0]!.question < QUESTION_MATCH_FOUND)
      return { plan, hits, result: notFound(plan, related(3), known) };
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

/**
 * A verb of citing with one of the resolutions right after it as its object (提到54号, "refer to Resolution
 * 54"): how one names the other is asked, not what both mention.
 */
function citesByNumber(question: string, numbers: readonly number[]): boolean {
  return numbers.some((n) =>
    new RegExp(
      `(?:${NAMING_ZH}|\\b(?:${NAMING_EN}))\\s*(?:了|过)?\\s*(?:第\\s*)?(?:(?:the\\s+)?(?:resolution|res\\.?)\\s*)?${n}(?!\\d)`,
      'i',
    ).test(question),
  );
}
