/** Wraps the assistant so every answer carries an answerId and is remembered for feedback (RecentAnswers). */
import type { MiddlewareHandler } from 'hono';
import type { AskInput, AskResult, Assistant } from '../answer/types.js';
import type { RecentAnswers } from '../feedback/recent-answers.js';
import { frontDoorOf } from './answer-metrics.js';
import { ObservedAssistant } from './observed-assistant.js';

/** Every answer gets an answerId and is remembered for feedback. */
class RememberingAssistant extends ObservedAssistant {
  constructor(
    inner: Assistant,
    private readonly recent: RecentAnswers,
    private readonly via: string,
  ) {
    super(inner);
  }

  protected onAnswer(input: AskInput, result: AskResult): AskResult {
    return { ...result, answerId: this.recent.remember(input, result, this.via) };
  }
}

export function rememberAnswers(
  assistant: Assistant,
  recent: RecentAnswers,
  via: string,
): Assistant {
  return new RememberingAssistant(assistant, recent, via);
}

/** Mounted after the middleware that puts the assistant on the context. */
export function answerIds(recent: RecentAnswers): MiddlewareHandler {
  return async (c, next) => {
    const assistant = c.get('assistant') as Assistant | undefined;
    if (assistant) c.set('assistant', rememberAnswers(assistant, recent, frontDoorOf(c.req.path)));
    await next();
  };
}
