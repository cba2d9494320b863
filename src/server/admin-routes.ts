/** POST /admin/reindex (behind the API key): rebuilds the index in the background while answers continue. */
import { Hono } from 'hono';
import type { Logger } from './logger.js';
import { ApiError } from './errors.js';

export interface ReindexJob {
  state: 'idle' | 'running' | 'done' | 'failed';
  startedAt: string | null;
  finishedAt: string | null;
  result: unknown;
  error: string | null;
}

export function adminRoutes(opts: { reindex?: () => Promise<unknown>; logger: Logger }) {
  const app = new Hono();
  const job: ReindexJob = {
    state: 'idle',
    startedAt: null,
    finishedAt: null,
    result: null,
    error: null,
  };

  app.post('/reindex', (c) => {
    const run = opts.reindex;
    if (!run) throw new ApiError(501, 'not_supported', 'This assistant has no index to rebuild.');
    // One rebuild at a time: a second request while one runs just reports it.
    if (job.state === 'running') return c.json({ reindex: job }, 409);
    Object.assign(job, {
      state: 'running',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    });
    opts.logger.info('reindex started');
    run().then(
      (result) => {
        Object.assign(job, { state: 'done', finishedAt: new Date().toISOString(), result });
        opts.logger.info({ result }, 'reindex done');
      },
      (err: unknown) => {
        Object.assign(job, {
          state: 'failed',
          finishedAt: new Date().toISOString(),
          error: 'The rebuild failed; the previous index is still served.',
        });
        opts.logger.error({ err }, 'reindex failed');
      },
    );
    return c.json({ reindex: job }, 202);
  });
  app.get('/reindex', (c) => c.json({ reindex: job }));
  return app;
}
