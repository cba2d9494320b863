import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createApp } from '../../../src/server/app.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import {
  SLACK_API,
  SLACK_SECRET,
  SLACK_TOKEN,
  commandInit,
  eventInit,
  interactionInit,
  slackFixture,
  type SignOptions,
} from '../../helpers/slack-request.js';

// Any outbound call here would be a bug: nothing unverified may reach the assistant or Slack.
const outbound = vi.fn();
const server = setupServer(http.all('*', () => (outbound(), HttpResponse.json({ ok: true }))));
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => server.close());

const env = {
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_BOT_TOKEN: SLACK_TOKEN,
  SLACK_API_URL: SLACK_API,
};
const command = slackFixture<Record<string, string>>('slash-command.json');
const mention = slackFixture('app-mention.json');
const actions = slackFixture('block-actions.json');

const routes: [string, (o?: SignOptions) => RequestInit][] = [
  ['/slack/commands', (o) => commandInit(command, o)],
  ['/slack/events', (o) => eventInit(mention, o)],
  ['/slack/interactions', (o) => interactionInit(actions, o)],
];

describe('Slack request verification', () => {
  const assistant = createFakeAssistant();
  const app = createApp({ config: loadConfig(env), assistant });

  const refusals: [string, SignOptions][] = [
    ['forged (another secret)', { secret: 'not-the-secret' }],
    ['forged (garbage signature)', { signature: 'v0=deadbeef' }],
    ['stale (−10 min)', { skewSeconds: -600 }],
    ['future (+10 min)', { skewSeconds: 600 }],
    ['missing', { unsigned: true }],
  ];
  for (const [path, init] of routes) {
    for (const [name, opts] of refusals) {
      it(`refuses a ${name} signature on ${path} with 401`, async () => {
        const res = await app.request(path, init(opts));
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({
          error: { code: 'unauthorized', message: 'Invalid or missing Slack signature.' },
        });
      });
    }
  }

  it('refuses a body changed after signing', async () => {
    const init = eventInit(mention);
    const res = await app.request('/slack/events', {
      ...init,
      body: String(init.body).replace('U0001', 'U0002'),
    });
    expect(res.status).toBe(401);
  });

  it('answers url_verification with the challenge', async () => {
    const challenge = slackFixture<{ challenge: string }>('url-verification.json');
    const res = await app.request('/slack/events', eventInit(challenge));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: challenge.challenge });
  });

  it('never called the assistant or Slack for a refused request', () => {
    expect(assistant.calls).toEqual([]);
    expect(outbound).not.toHaveBeenCalled();
  });

  it('is not blocked by API_KEYS (Slack cannot send a bearer key)', async () => {
    const keyed = createApp({ config: loadConfig({ ...env, API_KEYS: 'k1' }), assistant });
    const challenge = slackFixture('url-verification.json');
    expect((await keyed.request('/slack/events', eventInit(challenge))).status).toBe(200);
  });
});

describe('without SLACK_SIGNING_SECRET', () => {
  const app = createApp({
    config: loadConfig({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
    assistant: createFakeAssistant(),
  });
  for (const [path, init] of routes) {
    it(`does not serve ${path} (404), even to a signed request`, async () => {
      const res = await app.request(path, init());
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    });
  }
});
