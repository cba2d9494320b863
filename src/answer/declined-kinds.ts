/**
 * Messages the document cannot answer by their kind, whatever their words share with a clause: questions
 * about the assistant, requests for a task, general knowledge, judgements, one country's progress or bodies, which
 * country proposed what, consumer advice. Each is told what the document does instead; where the passages
 * on the topic still help, they come as related.
 */
import { asksConsumerAdvice, CONSUMER_REASON } from './consumer-advice.js';
import { askingSentences } from '../retrieval/sentences.js';
import { asksGeneralKnowledge, GENERAL_KNOWLEDGE_REASON } from './general-knowledge.js';
import {
  asksNationalBody,
  asksNationalDuty,
  asksNationalProgress,
  NATIONAL_BODY_REASON,
  NATIONAL_DUTY_REASON,
  NATIONAL_PROGRESS_REASON,
} from './national-progress.js';
import { asksPersonName, PERSON_NAME_REASON } from './person-name.js';
import { asksProposer, PROPOSER_REASON } from './proposer-question.js';
import {
  asksForOpinion,
  asksForRanking,
  asksForRecommendation,
  OPINION_REASON,
  RANKING_REASON,
  RECOMMENDATION_REASON,
} from './judgement-question.js';
import { ASSISTANT_REASON, asksAboutAssistant, asksForTask, TASK_REASON } from './task-request.js';

export interface DeclinedKind {
  reason: { en: string; zh: string };
  /** Whether the closest passages help (on a judgement's topic) or only mislead (beside an e-mail request). */
  related: boolean;
}

interface Kind extends DeclinedKind {
  asks: (question: string, namesResolution: boolean) => boolean;
}

/** What ITU does about something, asked (国际电联管不管, does ITU do anything): the document's matter. */
const ITU_ACTS =
  /(?:国际电联|ITU)[^，。？?]{0,4}(?:有没有|是否|会不会|能不能|在管|管不管|有什么(?:办法|措施|安排))|\b(?:is|does|will|can|has|did) (?:the )?ITU\b/i;

/** A resolution asked for, by the word (哪个决议, "which resolution covers it"). */
const RESOLUTION_ASKED = /决议|\bresolutions?\b/i;

const KINDS: Kind[] = [
  { asks: (q) => asksAboutAssistant(q), reason: ASSISTANT_REASON, related: false },
  { asks: (q) => asksForTask(q), reason: TASK_REASON, related: false },
  { asks: (q) => asksGeneralKnowledge(q), reason: GENERAL_KNOWLEDGE_REASON, related: false },
  { asks: (q) => asksForRanking(q), reason: RANKING_REASON, related: true },
  { asks: (q) => asksForOpinion(q), reason: OPINION_REASON, related: true },
  { asks: (q) => asksForRecommendation(q), reason: RECOMMENDATION_REASON, related: true },
  { asks: (q) => asksNationalProgress(q), reason: NATIONAL_PROGRESS_REASON, related: true },
  { asks: (q) => asksNationalDuty(q), reason: NATIONAL_DUTY_REASON, related: true },
  { asks: (q) => asksNationalBody(q), reason: NATIONAL_BODY_REASON, related: true },
  { asks: (q) => asksProposer(q), reason: PROPOSER_REASON, related: true },
  { asks: (q) => asksPersonName(q), reason: PERSON_NAME_REASON, related: true },
  // Two resolutions weighed against each other are compared instead.
  // Nor a question that asks what ITU does about it (国际电联管不管 … 连不上网络).
  {
    // Of the sentences that ask: flights or prices in the asker's setting ("flights are dear. can we join
    // remotely?") ask no travel advice.
    // Nor one that asks for a resolution (…机票太贵 哪项决议讲这事): that is the document's matter.
    asks: (q, named) =>
      !named &&
      !ITU_ACTS.test(q) &&
      !RESOLUTION_ASKED.test(q) &&
      asksConsumerAdvice(askingSentences(q)),
    reason: CONSUMER_REASON,
    related: true,
  },
];

/** The kind of message the document cannot answer, or null. */
export function declinedKind(question: string, namesResolution: boolean): DeclinedKind | null {
  return KINDS.find((k) => k.asks(question, namesResolution)) ?? null;
}
