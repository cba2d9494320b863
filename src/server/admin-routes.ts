/** POST /admin/reindex (behind the API key): rebuilds the index in the background while answers continue. */
import { Hono } from 'hono';
import { ApiError } from '../http/errors.js';
import { IDLE_JOB, type ReindexRunner } from './reindex-job.js';

export function adminRoutes(opts: { reindex?: ReindexRunner }) {
  const app = new Hono();
  app.post('/reindex', (c) => {
    const runner = opts.reindex;
    if (!runner)
      throw new ApiError(501, 'not_supported', 'This assistant has no index to rebuild.');
    // One rebuild at a time: a second request while one runs just reports it.
    if (!runner.start('admin')) return c.json({ reindex: runner.job }, 409);
    return c.json({ reindex: runner.job }, 202);
  });
  app.get('/reindex', (c) => c.json({ reindex: opts.reindex?.job ?? IDLE_JOB }));
  return app;
}
