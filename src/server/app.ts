/** Builds the Hono app: every route, one error handler. The entry that listens is src/server/main.ts. */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { errorBody, handleError } from '../http/errors.js';
import { openAICompatRoutes } from '../integrations/openai-compat/routes.js';
import { slackRoutes } from '../integrations/slack/slack-routes.js';
import { openSharedStore, type SharedStore } from '../shared-state/shared-store.js';
import { apiKeyAuth } from './auth.js';
import { instrumentAssistant } from './answer-metrics.js';
import { adminRoutes } from './admin-routes.js';
import { answerIds, rememberAnswers } from './answer-ids.js';
import { setUpFeedback } from './feedback-setup.js';
import { harden } from './hardening.js';
import { createLogger, type Logger } from './logger.js';
import { indexLifecycle } from './index-lifecycle.js';
import { metricsRoutes } from './metrics-routes.js';
import { requestIdOf } from './request-log.js';
import { askRoutes } from './routes/ask.js';
import { askStreamRoutes } from './routes/ask-stream.js';
import { corpusRoutes } from './routes/clauses.js';
import { feedbackRoutes } from './routes/feedback.js';
import { webRoutes } from './routes/web.js';

export interface CreateAppDeps extends AppDeps {
  /** The server's own (main.ts); without one the app makes one from the configuration. */
  logger?: Logger;
  /** State shared with the other replicas; by default opened from REDIS_URL (none without it). */
  shared?: SharedStore | null;
}

export function createApp(deps: CreateAppDeps) {
  const app = new Hono<AppEnv>();
  const logger = deps.logger ?? createLogger(deps.config);
  // A store the app opened itself is closed with it.
  const owned =
    deps.shared === undefined && deps.config.redisUrl
      ? openSharedStore(deps.config.redisUrl, logger)
      : null;
  const shared = deps.shared ?? owned;

  app.use('*', async (c, next) => {
    c.set('config', deps.config);
    c.set('assistant', deps.assistant);
    await next();
  });
  // Request ids + logs, metrics, secure headers, CORS, rate limit, timeout.
  const ops = harden(app, { ...deps, logger, shared });
  const lifecycle = indexLifecycle({ ...deps, logger: ops.logger });
  // Every answer gets an answerId and is remembered for a while, so it can be rated (POST /api/feedback).
  const feedback = setUpFeedback(deps.config, ops.metrics, ops.logger, shared);
  app.use('/api/*', answerIds(feedback.recent));
  app.use('/v1/*', answerIds(feedback.recent));
  // Bearer API keys (API_KEYS) guard the APIs; /healthz and the page stay open.
  const auth = apiKeyAuth(deps.config.apiKeys);
  app.use('/api/*', auth);
  app.use('/v1/*', auth);
  app.get('/healthz', (c) =>
    c.json({ status: 'ok', clauses: deps.assistant.store.clauses.length }),
  );
  app.route('/api/ask/stream', askStreamRoutes());
  app.route('/api/ask', askRoutes());
  // The review list (GET) holds users' questions: like /admin, it exists only behind API keys.
  const listable = deps.config.apiKeys.length > 0;
  app.route('/api/feedback', feedbackRoutes({ recorder: feedback.recorder, listable }));
  app.route('/api', corpusRoutes());
  app.route('/v1', openAICompatRoutes());
  app.route('/', webRoutes());
  // With METRICS_PORT, main.ts serves the metrics there and PORT has none.
  const metricsApp = new Hono().route(
    '/metrics',
    metricsRoutes(ops.metrics.registry, deps.config.metrics.token),
  );
  if (!deps.config.metrics.port) app.route('/', metricsApp);
  // /admin exists only with API keys: without them it is a 404, never an open door.
  if (deps.config.apiKeys.length > 0) {
    app.use('/admin/*', auth);
    app.route('/admin', adminRoutes({ reindex: lifecycle.reindex }));
  }
  // Slack is mounted only with a signing secret: its routes are never served unverified.
  if (deps.config.slack.signingSecret) {
    // Slack answers after the HTTP reply, outside the request middleware: count and log them here.
    const assistant = rememberAnswers(
      instrumentAssistant(
        deps.assistant,
        ops.metrics,
        ops.logger,
        deps.config.logQuestions,
        'slack',
      ),
      feedback.recent,
      'slack',
    );
    app.route(
      '/slack',
      slackRoutes({ ...deps, assistant, feedback: feedback.recorder, log: ops.logger, shared }),
    );
  }

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  );
  app.onError((err, c) =>
    handleError(err, c, (e) => ops.logger.error({ err: e, reqId: requestIdOf(c) }, 'unhandled')),
  );
  // close(): what the app started beside the requests (the corpus watcher, the feedback clean-up, its Redis
  // connection) stops with it.
  const close = async () => {
    lifecycle.close();
    feedback.close();
    await owned?.close();
  };
  return Object.assign(app, { close, shared, metricsApp });
}
