/**
 * Profiling target: one in-process server, built as main.ts builds it, under autocannon POST /api/ask for a few
 * seconds (node --cpu-prof). ANSWER_THREADS=0 keeps the answers on the main thread, so they show in its profile.
 */
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/server/app.js';
import { createServerAssistant } from '../src/server/server-assistant.js';
import { evalQuestions, tempDir } from './bench-lib.js';

const dataDir = tempDir('profile');
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '0',
  ANSWER_THREADS: process.env.ANSWER_THREADS,
});
const answering = await createServerAssistant(config);
await answering.threads?.whenReady(60_000);
const app = createApp({ config, assistant: answering.assistant });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((r) => server.once('listening', () => r()));
const { port } = server.address() as AddressInfo;
const requests = evalQuestions()
  .slice(0, 40)
  .map((question) => ({
    method: 'POST',
    path: '/api/ask',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  }));
const r = await autocannon({
  url: `http://127.0.0.1:${port}/api/ask`,
  connections: 10,
  duration: Number(process.env.PROFILE_SECONDS ?? 8),
  workers: 1,
  requests,
});
console.log(
  `req/s ${Math.round(r.requests.average)}, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
);
server.close();
await answering.close();
rmSync(dataDir, { recursive: true, force: true });
