/**
 * Chat messages → AskInput: the last user message is the question, earlier user and assistant
 * turns are history. System and developer messages from the client are dropped: grounding in the
 * document is the server's, and a client prompt must not be able to override it.
 */
import type { AskInput, Turn } from '../../answer/types.js';
import { cleanText, LIMITS } from '../../http/ask-schema.js';
import type { ChatMessage } from './chat-completions-schema.js';
import { stripSources } from './format-answer.js';
import { OpenAIError } from './openai-errors.js';

/** The text of a message: a string, or its text parts joined (image and other parts carry no question). */
export function messageText(content: ChatMessage['content']): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text)
    .join('\n');
}

/**
 * Keeps the most recent turns that fit the same limits as /api/ask: a chat front end replays the
 * whole conversation every time, so a long one is trimmed from the start instead of refused.
 */
function trimHistory(turns: Turn[]): Turn[] {
  const kept: Turn[] = [];
  let chars = 0;
  for (let i = turns.length - 1; i >= 0 && kept.length < LIMITS.historyTurns; i--) {
    const turn = turns[i]!;
    const room = LIMITS.historyChars - chars;
    if (room <= 0) break;
    // A single turn longer than the budget keeps its end, nearest the question.
    const content = turn.content.length > room ? turn.content.slice(-room) : turn.content;
    kept.unshift({ role: turn.role, content });
    chars += content.length;
  }
  return kept;
}

export function messagesToQuestion(messages: ChatMessage[]): AskInput {
  let last = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === 'user') {
      last = i;
      break;
    }
  }
  if (last < 0) {
    throw new OpenAIError(
      400,
      'invalid_request',
      'messages must contain a user message.',
      'messages',
    );
  }
  const question = cleanText(messageText(messages[last]!.content)).trim();
  const param = `messages[${last}].content`;
  if (!question) {
    throw new OpenAIError(400, 'invalid_request', 'The last user message has no text.', param);
  }
  if (question.length > LIMITS.questionChars) {
    throw new OpenAIError(
      400,
      'invalid_request',
      `The last user message is longer than ${LIMITS.questionChars} characters.`,
      param,
    );
  }

  const turns: Turn[] = [];
  for (const m of messages.slice(0, last)) {
    if (m.role !== 'user' && m.role !== 'assistant') continue;
    let text = cleanText(messageText(m.content));
    // Our own earlier answers come back with their sources list; the answer alone is the context.
    if (m.role === 'assistant') text = stripSources(text);
    text = text.trim();
    if (text) turns.push({ role: m.role, content: text });
  }
  const history = trimHistory(turns);
  return history.length ? { question, history } : { question };
}
