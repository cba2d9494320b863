import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackClient, SlackApiError } from '../../../src/integrations/slack/slack-client.js';

const API = 'http://slack.test/api';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const message = { channel: 'C1', text: 'hi', blocks: [] };

describe('slack client', () => {
  it('waits as long as Retry-After says after a 429, then posts once more', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/chat.postMessage`, () => {
        calls++;
        if (calls === 1)
          return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } });
        return HttpResponse.json({ ok: true, ts: '1.2' });
      }),
    );
    const waits: number[] = [];
    const client = createSlackClient({
      apiUrl: API,
      botToken: 'xoxb-1',
      sleep: async (ms) => void waits.push(ms),
    });
    await expect(client.postMessage(message)).resolves.toEqual({ ts: '1.2' });
    expect(calls).toBe(2);
    expect(waits).toEqual([2000]);
  });

  it('gives up after the retries, and caps a huge Retry-After', async () => {
    server.use(
      http.post(
        `${API}/chat.postMessage`,
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '86400' } }),
      ),
    );
    const waits: number[] = [];
    const client = createSlackClient({
      apiUrl: API,
      botToken: 'xoxb-1',
      maxRetries: 2,
      sleep: async (ms) => void waits.push(ms),
    });
    await expect(client.postMessage(message)).rejects.toThrow(SlackApiError);
    expect(waits).toEqual([60_000, 60_000]);
  });

  it("turns {ok:false} into an error naming Slack's code", async () => {
    server.use(
      http.post(`${API}/chat.postMessage`, () =>
        HttpResponse.json({ ok: false, error: 'channel_not_found' }),
      ),
    );
    const client = createSlackClient({ apiUrl: API, botToken: 'xoxb-1' });
    await expect(client.postMessage(message)).rejects.toThrow('channel_not_found');
  });

  it('refuses to post without a bot token', async () => {
    const client = createSlackClient({ apiUrl: API, botToken: undefined });
    await expect(client.postMessage(message)).rejects.toThrow('no_bot_token');
  });

  it('accepts "ok" as text or JSON from a response_url and rejects an expired one', async () => {
    server.use(
      http.post('https://hooks.slack.com/text', () => HttpResponse.text('ok')),
      http.post('https://hooks.slack.com/json', () => HttpResponse.json({ ok: true })),
      http.post('https://hooks.slack.com/gone', () =>
        HttpResponse.text('expired_url', { status: 404 }),
      ),
    );
    const client = createSlackClient({ apiUrl: API, botToken: undefined });
    const body = { response_type: 'ephemeral' as const, text: 'x', blocks: [] };
    await expect(client.respond('https://hooks.slack.com/text', body)).resolves.toBeUndefined();
    await expect(client.respond('https://hooks.slack.com/json', body)).resolves.toBeUndefined();
    await expect(client.respond('https://hooks.slack.com/gone', body)).rejects.toThrow(
      'expired_url',
    );
  });
});
