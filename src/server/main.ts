/** Starts the server: config → assistant (index loaded or built) → Hono on @hono/node-server, graceful shutdown. */
import { serve } from '@hono/node-server';
import { createAssistant } from '../answer/assistant.js';
import { ConfigError, loadConfig } from '../config.js';
import { createApp } from './app.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function start() {
  const started = performance.now();
  const config = loadConfig();
  const assistant = await createAssistant(config);
  const app = createApp({ config, assistant });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    const index = assistant.info.indexRebuilt ? `index built (${assistant.info.indexRebuilt})` : 'index loaded';
    console.log(
      `WTSA-20 assistant ready on http://${config.host ?? 'localhost'}:${info.port} — ${assistant.info.clauses} clauses, ${index}, answers: ${config.openai.enabled ? 'model' : 'extractive'}, ${ms} ms`,
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    // close() stops accepting and resolves once in-flight requests are done; the timer bounds the wait.
    const timer = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    timer.unref();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Failed to start: ${(err as Error).message}`);
  process.exit(1);
});
