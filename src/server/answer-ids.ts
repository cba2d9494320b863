/** Wraps the assistant so every answer carries an answerId and is remembered for feedback (RecentAnswers). */
import type { MiddlewareHandler } from 'hono';
import type { Assistant } from '../answer/types.js';
import type { RecentAnswers } from '../feedback/recent-answers.js';
import { frontDoorOf } from './answer-metrics.js';

export function rememberAnswers(
  assistant: Assistant,
  recent: RecentAnswers,
  via: string,
): Assistant {
  // Object.create keeps every other property (store, info …) reachable through the prototype.
  const wrapped = Object.create(assistant) as Assistant;
  return Object.assign(wrapped, {
    async ask(...args: Parameters<Assistant['ask']>) {
      const result = await assistant.ask(...args);
      return { ...result, answerId: recent.remember(args[0], result, via) };
    },
    async *askStream(...args: Parameters<Assistant['askStream']>) {
      for await (const event of assistant.askStream(...args)) {
        if (event.type !== 'done') yield event;
        else {
          const answerId = recent.remember(args[0], event.result, via);
          yield { ...event, result: { ...event.result, answerId } };
        }
      }
    },
  });
}

/** Mounted after the middleware that puts the assistant on the context. */
export function answerIds(recent: RecentAnswers): MiddlewareHandler {
  return async (c, next) => {
    const assistant = c.get('assistant') as Assistant | undefined;
    if (assistant) c.set('assistant', rememberAnswers(assistant, recent, frontDoorOf(c.req.path)));
    await next();
  };
}
