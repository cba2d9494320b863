/** The ablations run beside the default pipeline: one channel, other fusion, other tokenisation, no glossary, no history. */
import { DEFAULT_PIPELINE, type PipelineOptions } from '../answer/pipeline.js';
import type { EvalCase } from './cases.js';
import { casesWithTypos } from './typos.js';

export interface Ablation {
  name: string;
  /** One line for the report. */
  description: string;
  options: PipelineOptions;
  /** The cases as this run asks them (misspelt, say); the split's own by default. */
  cases?: (cases: EvalCase[]) => EvalCase[];
}

const retrieve = (over: Partial<PipelineOptions['retrieve']>): PipelineOptions => ({
  ...DEFAULT_PIPELINE,
  retrieve: { ...DEFAULT_PIPELINE.retrieve, ...over },
});

export const ABLATIONS: Ablation[] = [
  {
    name: 'lexical_only',
    description: 'BM25 over clauses only (no vector channel)',
    options: retrieve({ channels: 'lexical' }),
  },
  {
    name: 'vector_only',
    description: 'vector search over clauses only (no BM25 channel)',
    options: retrieve({ channels: 'vector' }),
  },
  {
    name: 'fused_convex',
    description: 'both channels, convex fusion (the default)',
    options: retrieve({ channels: 'fused', fusion: 'convex' }),
  },
  {
    name: 'fused_rrf',
    description: 'both channels, reciprocal rank fusion',
    options: retrieve({ channels: 'fused', fusion: 'rrf' }),
  },
  {
    name: 'tokens_jieba_only',
    description: 'default, lexical channel on jieba words only (no character bigrams)',
    options: retrieve({ tokens: 'jieba' }),
  },
  {
    name: 'tokens_bigram_only',
    description: 'default, lexical channel on character bigrams only (no jieba)',
    options: retrieve({ tokens: 'bigram' }),
  },
  {
    name: 'expansions_full_weight',
    description:
      'default, each token of a glossary expansion weighs fully in BM25 (ITU-D → 国际电联电信发展部门 counts as thirteen terms)',
    options: retrieve({ expansionTokens: 0 }),
  },
  {
    name: 'no_glossary',
    description:
      'default, without the hand-written data: no glossary expansion of the question, no clause questions',
    options: { ...retrieve({ questionWeight: 0 }), useGlossary: false },
  },
  {
    name: 'no_clause_questions',
    description:
      'default, without matching the everyday questions written for each clause (corpus/clause-questions.json)',
    options: retrieve({ questionWeight: 0 }),
  },
  {
    name: 'no_lexical_confidence',
    description:
      'default, the lexical channel at full weight however little of the question its best match covers',
    options: retrieve({ lexicalKnee: 0 }),
  },
  {
    name: 'no_dictionary',
    description: 'default, without the general bilingual dictionary (CC-CEDICT table)',
    options: { ...DEFAULT_PIPELINE, useDictionary: false },
  },
  {
    name: 'no_related_words',
    description:
      'default, English words reach the dictionary only as themselves (no WordNet synonyms or derived forms)',
    options: { ...DEFAULT_PIPELINE, useRelatedWords: false },
  },
  {
    name: 'no_glossary_no_dictionary',
    description: 'default, with neither the domain glossary nor the dictionary',
    options: { ...retrieve({ questionWeight: 0 }), useGlossary: false, useDictionary: false },
  },
  {
    name: 'no_which_anchor',
    description:
      'default, "which resolutions mention X" lists by ranking only, not every resolution whose text has the one rare term X',
    options: { ...DEFAULT_PIPELINE, whichAnchor: false },
  },
  {
    name: 'no_topic_overview',
    description:
      'default, "tell me about the roaming resolution" gets the best clauses, not the overview of the resolution they belong to',
    options: { ...DEFAULT_PIPELINE, topicOverview: false },
  },
  {
    name: 'no_coverage_check',
    description:
      'default, without abstaining when the best clause covers too little of the question',
    options: { ...DEFAULT_PIPELINE, minCoverage: 0 },
  },
  {
    name: 'no_answer_type_preference',
    description:
      'default, without moving a close clause that holds the kind of fact asked for (date, amount, name) first',
    options: { ...DEFAULT_PIPELINE, preferAnswerType: false },
  },
  {
    name: 'no_other_meeting_check',
    description:
      'default, answering a question about another meeting (WTDC-17) from a clause that does not name it',
    options: { ...DEFAULT_PIPELINE, checkOtherMeeting: false },
  },
  {
    name: 'typos',
    description:
      'default, on the same questions with a seeded slip of the keyboard in about 30% of their English words of five letters or more',
    options: DEFAULT_PIPELINE,
    cases: casesWithTypos,
  },
  {
    name: 'typos_no_spelling',
    description:
      'the misspelt questions, without reading a misspelt word as the word it was meant to be',
    options: { ...DEFAULT_PIPELINE, correctSpelling: false },
    cases: casesWithTypos,
  },
  {
    name: 'no_unknown_names',
    description:
      'default, answering a question about a name the document never mentions (a company, a product) from a clause about something else',
    options: { ...DEFAULT_PIPELINE, checkUnknownNames: false },
  },
  {
    name: 'no_chinese_aliases',
    description:
      'default, without the everyday Chinese names of glossary terms (电子垃圾 ↛ 电子废物)',
    options: { ...DEFAULT_PIPELINE, useChineseAliases: false },
  },
  {
    name: 'no_word_families',
    description:
      'default, English words reach the dictionary only through their own base form, not their word family (disability ↛ disable)',
    options: { ...DEFAULT_PIPELINE, useWordFamilies: false },
  },
  {
    name: 'no_sense_coherence',
    description:
      'default, a word’s dictionary renderings keep their weights whether or not the document uses them with the question’s other words',
    options: { ...DEFAULT_PIPELINE, senseCoherence: false },
  },
  {
    name: 'no_rare_word_bridging',
    description:
      'default, everyday Chinese bridged only from words the document never uses (not from those it uses once)',
    options: { ...DEFAULT_PIPELINE, bridgeRareWords: false },
  },
  {
    name: 'no_character_bridging',
    description:
      'default, everyday Chinese bridged from words only, never from a single character (偷)',
    options: { ...DEFAULT_PIPELINE, bridgeCharacters: false },
  },
  {
    name: 'no_which_alternatives',
    description:
      'default, "which resolutions … A or B" lists only resolutions covering the whole list, not one of its alternatives',
    options: { ...DEFAULT_PIPELINE, whichAlternatives: false },
  },
  {
    name: 'no_history',
    description: 'default, follow-ups answered without the earlier turns',
    options: { ...DEFAULT_PIPELINE, useHistory: false },
  },
];
