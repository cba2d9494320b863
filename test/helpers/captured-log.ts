/** A pino logger whose JSON lines tests can read: what the server logs, not what reaches the client. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/server/logger.js';

export interface CapturedLog {
  logger: Logger;
  /** Every line logged so far, parsed. */
  lines(): Record<string, unknown>[];
  clear(): void;
}

export function capturedLog(level = 'info'): CapturedLog {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ logLevel: level as 'info' }, sink);
  return {
    logger,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    clear: () => void (text = ''),
  };
}
