/** POST /api/ask: a question (and optional history) in, a clause-cited answer out. */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { askSchema } from '../../http/ask-schema.js';
import { readJson } from '../../http/read-json.js';

export function askRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const body = await readJson(c, askSchema);
    // The abort signal only matters to a model call; asking Node for it builds a full web Request.
    const signal = c.var.config.openai.enabled ? c.req.raw.signal : undefined;
    const result = await c.var.assistant.ask(body, { signal });
    return c.json(result);
  });
  return app;
}
