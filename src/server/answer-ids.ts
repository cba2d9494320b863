/** Wraps the assistant so every answer carries an answerId and is remembered for feedback (RecentAnswers). */
import type { MiddlewareHandler } from 'hono';
import type { AskInput, AskOptions, AskStreamEvent, Assistant } from '../answer/types.js';
import type { RecentAnswers } from '../feedback/recent-answers.js';
import { frontDoorOf } from './answer-metrics.js';

/**
 * A class rather than Object.create(assistant) with own methods: the middleware wraps once per request, and
 * a fresh prototype per request gave V8 a new hidden class each time (measured: ~15 µs of the HTTP thread per
 * ask). Only the Assistant interface is forwarded, which is all a route may use of c.var.assistant.
 */
class RememberingAssistant implements Assistant {
  constructor(
    private readonly inner: Assistant,
    private readonly recent: RecentAnswers,
    private readonly via: string,
  ) {}

  get store() {
    return this.inner.store;
  }

  async ask(input: AskInput, opts?: AskOptions) {
    const result = await this.inner.ask(input, opts);
    return { ...result, answerId: this.recent.remember(input, result, this.via) };
  }

  async *askStream(input: AskInput, opts?: AskOptions): AsyncIterable<AskStreamEvent> {
    for await (const event of this.inner.askStream(input, opts)) {
      if (event.type !== 'done') yield event;
      else {
        const answerId = this.recent.remember(input, event.result, this.via);
        yield { ...event, result: { ...event.result, answerId } };
      }
    }
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
