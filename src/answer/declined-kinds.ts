/**
 * Messages the document cannot answer by their kind, whatever their words share with a clause: questions
 * about the assistant, requests for a task, general knowledge, judgements, consumer advice. Each is told
 * what the document does instead; where the passages on the topic still help, they come as related.
 */
import { asksConsumerAdvice, CONSUMER_REASON } from './consumer-advice.js';
import { asksGeneralKnowledge, GENERAL_KNOWLEDGE_REASON } from './general-knowledge.js';
import {
  asksForOpinion,
  asksForRanking,
  OPINION_REASON,
  RANKING_REASON,
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

const KINDS: Kind[] = [
  { asks: (q) => asksAboutAssistant(q), reason: ASSISTANT_REASON, related: false },
  { asks: (q) => asksForTask(q), reason: TASK_REASON, related: false },
  { asks: (q) => asksGeneralKnowledge(q), reason: GENERAL_KNOWLEDGE_REASON, related: false },
  { asks: (q) => asksForRanking(q), reason: RANKING_REASON, related: true },
  { asks: (q) => asksForOpinion(q), reason: OPINION_REASON, related: true },
  // Two resolutions weighed against each other are compared instead.
  { asks: (q, named) => !named && asksConsumerAdvice(q), reason: CONSUMER_REASON, related: true },
];

/** The kind of message the document cannot answer, or null. */
export function declinedKind(question: string, namesResolution: boolean): DeclinedKind | null {
  return KINDS.find((k) => k.asks(question, namesResolution)) ?? null;
}
