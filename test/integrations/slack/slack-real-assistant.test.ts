import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAssistant } from '../../../src/answer/assistant.js';
import { loadConfig } from '../../../src/config.js';
import type { Block } from '../../../src/integrations/slack/blocks.js';
import { pendingWork } from '../../../src/integrations/slack/background-jobs.js';
import { createApp } from '../../../src/server/app.js';
import {
  SLACK_API,
  SLACK_SECRET,
  SLACK_TOKEN,
  commandInit,
  eventInit,
  slackFixture,
} from '../../helpers/slack-request.js';

const bodies: { url: string; body: { thread_ts?: string; blocks: Block[] } }[] = [];
const server = setupServer(
  http.post(`${SLACK_API}/chat.postMessage`, async ({ request }) => {
    bodies.push({
      url: request.url,
      body: (await request.json()) as (typeof bodies)[number]['body'],
    });
    return HttpResponse.json({ ok: true, ts: '1.1' });
  }),
  http.post('https://hooks.slack.com/*', async ({ request }) => {
    bodies.push({
      url: request.url,
      body: (await request.json()) as (typeof bodies)[number]['body'],
    });
    return HttpResponse.text('ok');
  }),
);
const dataDir = mkdtempSync(join(tmpdir(), 'slack-real-'));
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.spyOn(console, 'info').mockImplementation(() => {});
  const config = loadConfig({
    DATA_DIR: dataDir,
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: SLACK_API,
  });
  app = createApp({ config, assistant: await createAssistant(config) });
});
afterAll(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const contexts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));

describe('Slack through the real assistant (extractive, offline)', () => {
  it('a /itu command gets a cited clause of resolution 96 at response_url', async () => {
    const command = slackFixture<Record<string, string>>('slash-command.json');
    const res = await app.request(
      '/slack/commands',
      commandInit({ ...command, text: '第96号决议责成TSB主任做什么？' }),
    );
    expect(res.status).toBe(200);
    await pendingWork();
    const answer = bodies.find((b) => b.url === command.response_url);
    expect(answer).toBeDefined();
    const cited = contexts(answer!.body.blocks).filter((t) => /^\*\[\d+\] /.test(t));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((t) => t.includes('第96号决议'))).toBe(true);
  });

  it('an app_mention is answered in its thread', async () => {
    const mention = slackFixture<{ event: { ts: string } }>('app-mention.json');
    await app.request('/slack/events', eventInit(mention));
    await pendingWork();
    const reply = bodies.find((b) => b.url === `${SLACK_API}/chat.postMessage`);
    expect(reply?.body.thread_ts).toBe(mention.event.ts);
    expect(contexts(reply!.body.blocks).some((t) => t.includes('第96号决议'))).toBe(true);
  });

  it('counts Slack answers in /metrics, apart from API answers', async () => {
    const metrics = await (await app.request('/metrics')).text();
    const slack = metrics
      .split('\n')
      .find((l) => l.startsWith('answers_total{') && l.includes('via="slack"'));
    expect(slack).toBeDefined();
    expect(Number(slack!.split(' ').pop())).toBeGreaterThanOrEqual(2);
  });
});
