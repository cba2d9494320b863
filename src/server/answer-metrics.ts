/** Wraps the request's assistant so every answer is counted (mode, found, degraded) and, if allowed, logged. */
import type { MiddlewareHandler } from 'hono';
import type { AskInput, AskResult, Assistant } from '../answer/types.js';
import { loggableQuestion, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { ObservedAssistant } from './observed-assistant.js';

/** Every answer is counted (mode, found, degraded) and, if allowed, logged. */
class InstrumentedAssistant extends ObservedAssistant {
  constructor(
    inner: Assistant,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly logQuestions: boolean,
    private readonly via: string,
  ) {
    super(inner);
  }

  protected onAnswer(input: AskInput, result: AskResult): AskResult {
    this.note(input.question, result);
    return result;
  }

  private note(question: string, result: AskResult) {
    this.metrics.recordAnswer(result, this.via);
    const line = {
      ...loggableQuestion(question, this.logQuestions),
      mode: result.mode,
      found: result.found,
      citations: result.citations.length,
      ...(result.degraded ? { degraded: result.degraded } : {}),
    };
    this.log.info(line, 'answer');
  }
}

export function instrumentAssistant(
  assistant: Assistant,
  metrics: Metrics,
  log: Logger,
  logQuestions: boolean,
  via: string,
): Assistant {
  return new InstrumentedAssistant(assistant, metrics, log, logQuestions, via);
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
