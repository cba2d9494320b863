/** Structured JSON logs (pino): one logger per app, level from LOG_LEVEL; question text only with LOG_QUESTIONS. */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

/** A logger writing JSON lines to stdout (or to a given stream, for tests). */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'wtsa20-itu-d-assistant' },
    // Keys are never logged, even if a header object slips into a log call.
    redact: ['req.headers.authorization', 'headers.authorization', 'authorization'],
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The question as it may be logged: the text itself only when LOG_QUESTIONS is on, else its length —
 * questions can carry personal data, and logs outlive requests.
 */
export function loggableQuestion(question: string, logQuestions: boolean): Record<string, unknown> {
  return logQuestions ? { question } : { questionChars: question.length };
}
