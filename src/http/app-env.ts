/** The Hono environment: dependencies live on the context so a test can swap them. */
import type { Assistant } from '../answer/types.js';
import type { Config } from '../config.js';

export interface AppDeps {
  config: Config;
  assistant: Assistant;
}

export interface AppEnv {
  Variables: AppDeps;
}
