/** Starts the server: config → assistant (index loaded or built) → Hono on @hono/node-server, graceful shutdown. */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { pendingWork } from '../integrations/slack/background-jobs.js';
import { ConfigError, loadConfig } from '../config.js';
import pino from 'pino';
import { createApp } from './app.js';
import { collectBuildGarbage } from '../platform/collect-garbage.js';
import { createLogger } from './logger.js';
import { trackInFlight } from './graceful-shutdown.js';
import { createServerAssistant } from './server-assistant.js';
import { indexSummary } from './start-summary.js';

const SHUTDOWN_GRACE_MS = 10_000;
const REDIS_START_WAIT_MS = 3_000;

async function start() {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config);
  const answering = await createServerAssistant(config, (m) => logger.warn(m));
  const { assistant, threads } = answering;
  const app = createApp({ config, assistant, logger });
  // A replica starting beside Redis shares state from its first request; an absent Redis delays it by this.
  if (app.shared) await app.shared.whenUp(REDIS_START_WAIT_MS);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    const index = indexSummary(assistant.info);
    // The answering threads start meanwhile; until they are ready, the main thread answers.
    const where = threads ? `, ${config.answerThreads} answering thread(s)` : '';
    logger.info(
      { port: info.port, ms },
      `WTSA-20 assistant ready on http://${config.host ?? 'localhost'}:${info.port} — ${assistant.info.clauses} clauses, ${index}, answers: ${config.openai.enabled ? 'model' : 'extractive'}${where}, ${ms} ms`,
    );
    // The build's garbage goes once the port is open: the full collection (~20 ms) need not delay ready.
    setImmediate(collectBuildGarbage);
  });

  // METRICS_PORT: /metrics alone on its own port (for the scraper's network); PORT has none.
  const metricsServer = config.metrics.port
    ? serve(
        { fetch: app.metricsApp.fetch, port: config.metrics.port, hostname: config.host },
        (info) => logger.info({ port: info.port }, `metrics on port ${info.port}`),
      )
    : null;

  // Until then the HTTP thread answers; the line tells operators (and the shutdown test) when it changed.
  void threads?.whenReady(60_000).then((ready) => {
    if (ready) logger.info(`answering thread(s) ready: ${threads.ready}`);
  });

  const drain = trackInFlight(server as Server);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests…`);
    // Stops accepting, answers every request already received, then exits; the grace period bounds the wait.
    // Slack answers run after their acknowledgement, so they are waited for too (within the same bound).
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    void drain
      .shutdown({ graceMs: SHUTDOWN_GRACE_MS })
      .then(() =>
        Promise.race([
          pendingWork(),
          new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()))),
        ]),
      )
      .then(() => new Promise((r) => (metricsServer ? metricsServer.close(r) : r(undefined))))
      .then(() => app.close())
      .then(() => answering.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start().catch((err: unknown) => {
  // Before the configuration is read there is no configured logger: this one writes to stderr at once.
  createLogger({ logLevel: 'info' }, pino.destination({ dest: 2, sync: true })).fatal(
    err instanceof ConfigError ? err.message : `Failed to start: ${(err as Error).message}`,
  );
  process.exit(1);
});
