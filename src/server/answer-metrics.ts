/** Wraps the request's assistant so every answer is counted (mode, found, degraded) and, if allowed, logged. */
import type { MiddlewareHandler } from 'hono';
import type { AskResult, Assistant } from '../answer/types.js';
import { loggableQuestion, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export function instrumentAssistant(
  assistant: Assistant,
  metrics: Metrics,
  log: Logger,
  logQuestions: boolean,
  via: string,
): Assistant {
  const note = (question: string, result: AskResult) => {
    metrics.recordAnswer(result, via);
    const line = {
      ...loggableQuestion(question, logQuestions),
      mode: result.mode,
      found: result.found,
      citations: result.citations.length,
      ...(result.degraded ? { degraded: result.degraded } : {}),
    };
    log.info(line, 'answer');
  };
  // Object.create keeps every other property (store, info …) reachable through the prototype.
  const wrapped = Object.create(assistant) as Assistant;
  return Object.assign(wrapped, {
    async ask(...args: Parameters<Assistant['ask']>) {
      const result = await assistant.ask(...args);
      note(args[0].question, result);
      return result;
    },
    async *askStream(...args: Parameters<Assistant['askStream']>) {
      for await (const event of assistant.askStream(...args)) {
        if (event.type === 'done') note(args[0].question, event.result);
        yield event;
      }
    },
  });
}

/** The front door a request came through, as metrics and feedback records name it. */
export function frontDoorOf(path: string): 'openai' | 'api' {
  return path === '/v1' || path.startsWith('/v1/') ? 'openai' : 'api';
}

/** Mounted after the middleware that puts the assistant on the context. */
export function answerMetrics(metrics: Metrics, logQuestions: boolean): MiddlewareHandler {
  return async (c, next) => {
    const assistant = c.get('assistant') as Assistant | undefined;
    const log = c.get('log') as Logger | undefined;
    if (assistant && log) {
      const via = frontDoorOf(c.req.path);
      c.set('assistant', instrumentAssistant(assistant, metrics, log, logQuestions, via));
    }
    await next();
  };
}
