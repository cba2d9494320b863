/** Builds the assistant: corpus → clause store → indexes (loaded or rebuilt) → the answering pipeline. */
import type { Config } from '../config.js';
import { CorpusStore } from '../corpus/corpus-store.js';
import type { Clause } from '../corpus/clause.js';
import { loadClauseQuestions, NO_CLAUSE_QUESTIONS } from '../corpus/clause-questions.js';
import { loadGlossary, EMPTY_GLOSSARY, type Glossary } from '../corpus/glossary.js';
import { loadIctConcepts } from '../corpus/ict-concepts.js';
import {
  UncoveredConcepts,
  specificConceptName,
  usableConceptName,
} from '../retrieval/uncovered-concepts.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { DictionaryExpander } from '../retrieval/dictionary-expander.js';
import { openDictionary } from '../retrieval/dictionary-store.js';
import { SharedTable } from '../retrieval/shared-table.js';
import { embeddingProvider } from '../retrieval/embedding-provider.js';
import { GlossaryExpander } from '../retrieval/glossary-expander.js';
import { indexText } from '../retrieval/index-text.js';
import { DEFAULT_TOKEN_MODE, Retriever, type SharedIndexes } from '../retrieval/retriever.js';
import { lexicalKey, loadLexical, saveLexical } from '../retrieval/lexical-store.js';
import { tableSegmenter } from '../retrieval/segmenter.js';
import { forgetCuts, useSegmenter } from '../retrieval/tokenize.js';
import { openVectorIndex } from '../retrieval/vector-index.js';
import {
  DEFAULT_PIPELINE,
  runPipeline,
  type PipelineDeps,
  type PipelineOptions,
  type PipelineRun,
} from './pipeline.js';
import { meetingsOf } from './other-meeting.js';
import { placeNames } from './place-names.js';
import type { AskInput, AskOptions, AskResult, AskStreamEvent, Assistant } from './types.js';

export interface AssistantInfo {
  corpusHash: string;
  docs: string[];
  clauses: number;
  /** Why the vector index was rebuilt at start, or null when it was loaded as saved. */
  indexRebuilt: string | null;
  /** Whether the lexical indexes are another thread's, read in place (see CreateAssistantOptions). */
  indexesShared: boolean;
  /** Why the lexical indexes were built at start, or null when read as saved or shared by another thread. */
  lexicalRebuilt: string | null;
  /** Why the dictionary table was derived again at start, or null when loaded as saved. */
  dictionaryRebuilt: string | null;
  embeddings: string;
}

export interface LocalAssistant extends Assistant {
  readonly info: AssistantInfo;
  readonly deps: PipelineDeps;
  /** The offline pipeline with explicit options (used by the eval's ablations). */
  run(input: AskInput, opts?: PipelineOptions): Promise<PipelineRun>;
  /** Reads the corpus again and rebuilds every index (temp folder, atomic swap), then answers from them. */
  reload(): Promise<void>;
  /** The dictionary table's shared buffer, for answering threads to read in place. */
  readonly sharedDictionary: SharedArrayBuffer;
  /** The lexical indexes' shared buffers, with the corpus they were built from, likewise. */
  readonly sharedIndexes: BuiltIndexes;
}

/** Lexical indexes built by one thread, and the hash of the corpus they were built from. */
export interface BuiltIndexes {
  corpusHash: string;
  indexes: SharedIndexes;
}

/** Extractive answers are ready at once; they still stream, a line at a time, so clients have one path. */
export async function* extractiveStream(result: AskResult): AsyncIterable<AskStreamEvent> {
  yield { type: 'sources', sources: result.citations.length ? result.citations : result.related };
  for (const line of result.answer.split(/(?<=\n)/)) yield { type: 'token', text: line };
  yield { type: 'done', result };
}

export interface CreateAssistantOptions {
  /** Ignore corpus/glossary.json (ablation). */
  noGlossary?: boolean;
  forceRebuild?: boolean;
  /**
   * The dictionary table another thread already holds (its SharedTable buffer): read in place, not loaded
   * again. The index on disk must be the one that thread built or verified.
   */
  sharedDictionary?: SharedArrayBuffer;
  /**
   * The lexical indexes another thread built: read in place when built from the same corpus (its hash),
   * else built here as usual.
   */
  sharedIndexes?: BuiltIndexes;
}

/** The glossary's English names of the meeting the document reports (its series: WTSA for WTSA-20). */
function ownMeetingNames(clauses: Clause[], glossary: Glossary): string[] {
  const series = meetingsOf(clauses, glossary).main?.split('-')[0];
  if (!series) return [];
  return glossary.terms
    .filter((t) => t.en.some((e) => e.toUpperCase() === series))
    .flatMap((t) => t.en)
    .sort((a, b) => b.length - a.length);
}

interface AssistantState {
  deps: PipelineDeps;
  info: AssistantInfo;
  dictionary: SharedTable;
}

/** Everything built from the corpus: clause store, indexes (loaded, or rebuilt), query planning. */
async function buildState(config: Config, opts: CreateAssistantOptions): Promise<AssistantState> {
  const corpus = loadCorpus(config.corpusDir);
  const store = new CorpusStore(corpus.clauses);
  const glossary = opts.noGlossary ? EMPTY_GLOSSARY : loadGlossary(config.corpusDir);
  const provider = await embeddingProvider(config);
  // The dictionary is derived on a worker thread: the vector index builds meanwhile, on this one.
  const [vectors, dictionary] = await Promise.all([
    openVectorIndex({
      dataDir: config.dataDir,
      corpusHash: corpus.hash,
      entries: corpus.clauses.map((c) => ({ id: c.id, text: indexText(c) })),
      provider,
      force: opts.forceRebuild,
    }),
    opts.sharedDictionary
      ? { table: SharedTable.fromBuffer(opts.sharedDictionary), hash: null, rebuilt: null }
      : openDictionary({
          dataDir: config.dataDir,
          corpusHash: corpus.hash,
          texts: corpus.clauses.map((c) => c.text),
          force: opts.forceRebuild,
        }),
  ]);
  const englishTitles = new Map(glossary.resolutions.map((r) => [r.number, r.en[0]!]));
  // Before the first cut: the corpus's words and the everyday words the table bridges, with general Chinese.
  useSegmenter(tableSegmenter(dictionary.table));
  const questions = opts.noGlossary
    ? NO_CLAUSE_QUESTIONS
    : loadClauseQuestions(
        config.corpusDir,
        corpus.clauses.map((c) => c.id),
      );
  const shared =
    opts.sharedIndexes?.corpusHash === corpus.hash ? opts.sharedIndexes.indexes : undefined;
  // Not another thread's: as saved beside the other indexes when built from the same sources, else built.
  const key =
    shared || opts.noGlossary || dictionary.hash === null
      ? null
      : lexicalKey({
          clauses: corpus.clauses.map((c) => ({ text: indexText(c), resolution: c.resolution })),
          questions: corpus.clauses.map((c) => questions.get(c.id) ?? []),
          dictionaryHash: dictionary.hash,
          tokenMode: DEFAULT_TOKEN_MODE,
        });
  const saved = key && !opts.forceRebuild ? await loadLexical(config.dataDir, key) : 'forced';
  const loaded = typeof saved === 'string' ? undefined : saved;
  const retriever = new Retriever(
    corpus.clauses,
    vectors,
    DEFAULT_TOKEN_MODE,
    questions,
    shared ?? loaded,
  );
  let lexicalRebuilt: string | null = null;
  if (key && typeof saved === 'string') {
    lexicalRebuilt = saved;
    // A read-only DATA_DIR must not stop the server: the indexes built now serve from memory.
    await saveLexical(config.dataDir, key, retriever.shared).catch((e: Error) => {
      lexicalRebuilt = `${saved}; not saved: ${e.message}`;
    });
  }
  const dictionaryExpander = new DictionaryExpander(dictionary.table);
  // Hand-written like the glossary and the clause questions, and switched off with them.
  const concepts = opts.noGlossary
    ? undefined
    : new UncoveredConcepts(
        loadIctConcepts(config.corpusDir),
        [
          ...corpus.clauses.flatMap((c) => [c.text, c.title ?? '', ...(questions.get(c.id) ?? [])]),
          ...glossary.terms.map((t) => [...t.en, t.zh, ...(t.zhAliases ?? [])].join('\n')),
          ...glossary.resolutions.map((r) => r.en.join('\n')),
        ],
        usableConceptName(dictionaryExpander),
        specificConceptName(dictionaryExpander),
      );
  forgetCuts();
  return {
    deps: {
      store,
      retriever,
      concepts,
      planning: {
        expander: new GlossaryExpander(glossary),
        dictionary: dictionaryExpander,
        clausesUsing: (w) => retriever.bm25.docFreq(w),
        placesWith: (w) => retriever.bm25.groupMask(w),
        places: retriever.bm25.groupCount,
        hasResolution: (n) => store.hasResolution(n),
        ownMeetingNames: ownMeetingNames(corpus.clauses, glossary),
        knownWord: (w) => placeNames().hasWord(w),
        titles: store.resolutions().map((r) => ({
          number: r.number,
          names: [
            ...(r.title ? [r.title] : []),
            ...(glossary.resolutions.find((g) => g.number === r.number)?.en ?? []),
          ],
        })),
        corpusText: corpus.clauses
          .map((c) => c.text)
          .join('\n')
          .toLowerCase(),
      },
      englishTitle: (n) => englishTitles.get(n),
    },
    info: {
      corpusHash: corpus.hash,
      docs: corpus.docs,
      clauses: corpus.clauses.length,
      indexRebuilt: vectors.rebuilt,
      indexesShared: shared !== undefined,
      lexicalRebuilt,
      dictionaryRebuilt: dictionary.rebuilt,
      embeddings: provider.key,
    },
    dictionary: dictionary.table,
  };
}

export async function createAssistant(
  config: Config,
  opts: CreateAssistantOptions = {},
): Promise<LocalAssistant> {
  // Swapped whole by reload(): a question in flight keeps the state it started with.
  let state = await buildState(config, opts);

  const run = (input: AskInput, o: PipelineOptions = DEFAULT_PIPELINE) =>
    runPipeline(input, state.deps, o);
  // With OPENAI_API_KEY or OPENAI_BASE_URL set, the model writes the answer; the extractive one is its fallback.
  // Its modules (LangChain) are loaded only then: offline, and in every answering thread, they are not.
  const pipeline = config.openai.enabled ? await import('./llm-pipeline.js') : null;
  const llm = config.openai.enabled
    ? {
        llm: await (await import('./llm-answerer.js')).createLlmAnswerer(config),
        get store() {
          return state.deps.store;
        },
        run: (i: AskInput) => run(i),
      }
    : null;
  const ask = async (input: AskInput, o?: AskOptions): Promise<AskResult> =>
    llm && pipeline ? pipeline.llmAsk(llm, input, o) : (await run(input)).result;

  async function* askStream(input: AskInput, o?: AskOptions): AsyncIterable<AskStreamEvent> {
    if (llm && pipeline) return yield* pipeline.llmAskStream(llm, input, o);
    yield* extractiveStream(await ask(input, o));
  }

  return {
    get store() {
      return state.deps.store;
    },
    get deps() {
      return state.deps;
    },
    get info() {
      return state.info;
    },
    get sharedDictionary() {
      return state.dictionary.buffer;
    },
    get sharedIndexes() {
      return { corpusHash: state.info.corpusHash, indexes: state.deps.retriever.shared };
    },
    run,
    ask,
    askStream,
    async reload() {
      state = await buildState(config, {
        ...opts,
        forceRebuild: true,
        sharedDictionary: undefined,
        sharedIndexes: undefined,
      });
    },
  };
}
