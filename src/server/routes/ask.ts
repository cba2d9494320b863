/** POST /api/ask: a question (and optional history) in, a clause-cited answer out. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { askSchema } from '../ask-schema.js';
import { readJson } from '../read-json.js';

export function askRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const body = await readJson(c, askSchema);
    const result = await c.var.assistant.ask(body, { signal: c.req.raw.signal });
    return c.json(result);
  });
  return app;
}
