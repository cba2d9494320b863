/** GET /api/clauses/:id and GET /api/resolutions: the corpus itself, so every citation can be opened. */
import { Hono } from 'hono';
import { toCitation } from '../../corpus/clause.js';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,200}$/;

export function corpusRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/clauses/:id', (c) => {
    const id = c.req.param('id');
    const clause = ID_PATTERN.test(id) ? c.var.assistant.store.get(id) : undefined;
    if (!clause) throw new ApiError(404, 'not_found', `No clause with id "${id.slice(0, 200)}".`);
    const { previous, next } = c.var.assistant.store.neighbours(clause.id);
    return c.json({
      ...toCitation(clause),
      doc: clause.doc,
      leadIn: clause.leadIn,
      previous,
      next,
    });
  });
  app.get('/resolutions', (c) => c.json({ resolutions: c.var.assistant.store.resolutions() }));
  return app;
}
