/** The Hono environment: dependencies live on the context so a test can swap them. */
import type { Logger } from 'pino';
import type { Assistant } from '../answer/types.js';
import type { Config } from '../config.js';

export interface AppDeps {
  config: Config;
  assistant: Assistant;
}

export interface AppEnv {
  /** The request's logger (pino, with its request id), set for every request by the server's request log. */
  Variables: AppDeps & { log: Logger };
}
