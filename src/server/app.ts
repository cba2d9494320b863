/** Builds the Hono app: every route, one error handler. The entry that listens is src/server/main.ts. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LIMITS } from './ask-schema.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { ApiError, errorBody, handleError } from './errors.js';
import { askRoutes } from './routes/ask.js';
import { corpusRoutes } from './routes/clauses.js';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('config', deps.config);
    c.set('assistant', deps.assistant);
    await next();
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The body is larger than ${LIMITS.bodyBytes} bytes.`);
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok', clauses: deps.assistant.store.clauses.length }));
  app.route('/api/ask', askRoutes());
  app.route('/api', corpusRoutes());

  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((err, c) => handleError(err, c));
  return app;
}
