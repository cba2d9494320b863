import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AskInput, AskResult, Assistant } from '../../../src/answer/types.js';
import { loadConfig } from '../../../src/config.js';
import { toCitation } from '../../../src/corpus/clause.js';
import { ACTIONS, type Block } from '../../../src/integrations/slack/blocks.js';
import { pendingWork } from '../../../src/integrations/slack/background-jobs.js';
import { slackCounters } from '../../../src/integrations/slack/slack-counters.js';
import { TOO_OLD } from '../../../src/integrations/slack/slack-feedback.js';
import { createApp } from '../../../src/server/app.js';
import { FAKE_CLAUSES, createFakeAssistant } from '../../helpers/fake-assistant.js';
import { capturedLog } from '../../helpers/captured-log.js';
import {
  SLACK_API,
  SLACK_SECRET,
  SLACK_TOKEN,
  commandInit,
  eventInit,
  interactionInit,
  slackFixture,
} from '../../helpers/slack-request.js';

interface Posted {
  url: string;
  authorization: string | null;
  body: {
    channel?: string;
    thread_ts?: string;
    response_type?: string;
    replace_original?: boolean;
    text: string;
    blocks: Block[];
  };
}

let posted: Posted[] = [];
const record = async ({ request }: { request: Request }) => {
  posted.push({
    url: request.url,
    authorization: request.headers.get('authorization'),
    body: (await request.json()) as Posted['body'],
  });
};
const server = setupServer(
  http.post(`${SLACK_API}/chat.postMessage`, async (info) => {
    await record(info);
    return HttpResponse.json({ ok: true, ts: '1700000999.000900' });
  }),
  http.post('https://hooks.slack.com/*', async (info) => {
    await record(info);
    return HttpResponse.text('ok');
  }),
);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  for (const level of ['info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(() => {});
});
beforeEach(() => {
  posted = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const env = {
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_BOT_TOKEN: SLACK_TOKEN,
  SLACK_API_URL: SLACK_API,
};
const log = capturedLog();
const makeApp = (assistant: Assistant) =>
  createApp({ config: loadConfig(env), assistant, logger: log.logger });
const command = slackFixture<Record<string, string>>('slash-command.json');
const mention = slackFixture<{ event_id: string; event: Record<string, string> }>(
  'app-mention.json',
);
const dm = slackFixture<{ event_id: string; event: Record<string, string> }>('dm-message.json');
const actions = slackFixture<{ actions: { action_id: string; value: string }[] }>(
  'block-actions.json',
);

const allText = (blocks: Block[]) =>
  blocks
    .flatMap((b) =>
      b.type === 'section'
        ? [b.text.text]
        : b.type === 'context'
          ? b.elements.map((e) => e.text)
          : [],
    )
    .join('\n');
const buttonValue = (blocks: Block[], actionId: string) => {
  for (const b of blocks) {
    if (b.type === 'actions') {
      const btn = b.elements.find((e) => e.action_id === actionId);
      if (btn) return btn.value;
    }
  }
  throw new Error(`no ${actionId} button`);
};
const click = (actionId: string, value: string) => ({
  ...actions,
  actions: [{ ...actions.actions[0]!, action_id: actionId, value }],
});

describe('/slack/commands', () => {
  it('acknowledges in under 3 s while the answer takes longer, then posts it to response_url', async () => {
    const fake = createFakeAssistant();
    let finished = false;
    const slow: Assistant = {
      ...fake,
      async ask(input, opts) {
        await new Promise((r) => setTimeout(r, 3500));
        finished = true;
        return fake.ask(input, opts);
      },
    };
    const app = makeApp(slow);

    const started = performance.now();
    const res = await app.request('/slack/commands', commandInit(command));
    const elapsed = performance.now() - started;

    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    expect(finished).toBe(false);
    const ack = (await res.json()) as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('Looking it up');
    expect(posted).toEqual([]);

    await pendingWork();
    expect(finished).toBe(true);
    expect(posted).toHaveLength(1);
    const [answer] = posted;
    expect(answer!.url).toBe(command.response_url);
    expect(answer!.authorization).toBeNull();
    expect(answer!.body.response_type).toBe('ephemeral');
    const text = allText(answer!.body.blocks);
    expect(text).toContain('第96号决议涉及打击假冒电信/ICT设备 [1]');
    expect(text).toContain('*[1] 第96号决议 · 表2*');
    expect(text).toContain('责成TSB主任与BDT主任密切合作');
    expect(buttonValue(answer!.body.blocks, ACTIONS.share)).toBeTruthy();
    expect(fake.calls).toEqual([{ question: '第96号决议要求做什么？', history: undefined }]);
  });

  it('answers an empty command with a usage hint and asks nothing', async () => {
    const fake = createFakeAssistant();
    const res = await makeApp(fake).request(
      '/slack/commands',
      commandInit({ ...command, text: '  ' }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain('/itu');
    await pendingWork();
    expect(fake.calls).toEqual([]);
    expect(posted).toEqual([]);
  });

  it('rejects a command without response_url with 400', async () => {
    const { response_url: _drop, ...rest } = command;
    const res = await makeApp(createFakeAssistant()).request('/slack/commands', commandInit(rest));
    expect(res.status).toBe(400);
  });

  it('tells the user when the assistant fails', async () => {
    const app = makeApp(createFakeAssistant({ fail: new Error('index missing') }));
    await app.request('/slack/commands', commandInit(command));
    await pendingWork();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body.text).toContain('could not answer');
    expect(JSON.stringify(posted[0]!.body)).not.toContain('index missing');
  });
});

describe('/slack/interactions', () => {
  it('"share in channel" re-posts the answer publicly', async () => {
    const app = makeApp(createFakeAssistant());
    await app.request('/slack/commands', commandInit(command));
    await pendingWork();
    const answerId = buttonValue(posted[0]!.body.blocks, ACTIONS.share);
    posted = [];

    const res = await app.request(
      '/slack/interactions',
      interactionInit(click(ACTIONS.share, answerId)),
    );
    expect(res.status).toBe(200);
    await pendingWork();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.url).toBe('https://hooks.slack.com/actions/T0001/5678/ghijkl');
    expect(posted[0]!.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const text = allText(posted[0]!.body.blocks);
    expect(text).toContain('Shared by <@U0001>');
    expect(text).toContain('第96号决议要求做什么？');
    expect(text).toContain('*[1] 第96号决议 · 表2*');
    // Sharing again from the public copy is not offered.
    expect(() => buttonValue(posted[0]!.body.blocks, ACTIONS.share)).toThrow();
  });

  it('counts and logs 👍 / 👎 on an answer it no longer knows, stores nothing and says why', async () => {
    const app = makeApp(createFakeAssistant());
    const before = { ...slackCounters };
    log.clear();
    await app.request('/slack/interactions', interactionInit(click(ACTIONS.feedbackUp, 'ans1')));
    await app.request('/slack/interactions', interactionInit(click(ACTIONS.feedbackDown, 'ans1')));
    await pendingWork();
    expect(slackCounters.feedbackUp - before.feedbackUp).toBe(1);
    expect(slackCounters.feedbackDown - before.feedbackDown).toBe(1);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'slack feedback',
        vote: 'up',
        answerId: 'ans1',
        stored: false,
      }),
    );
    expect(posted.map((p) => p.body.text)).toEqual([TOO_OLD, TOO_OLD]);
  });
});

describe('/slack/events', () => {
  it('answers an app_mention once, in its thread, with the bot token, even when Slack retries it', async () => {
    const fake = createFakeAssistant();
    const app = makeApp(fake);
    const first = await app.request('/slack/events', eventInit(mention));
    const retry = await app.request(
      '/slack/events',
      eventInit(mention, {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    );
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    await pendingWork();

    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.question).toBe('第96号决议要求做什么？');
    expect(posted).toHaveLength(1);
    const [reply] = posted;
    expect(reply!.url).toBe(`${SLACK_API}/chat.postMessage`);
    expect(reply!.authorization).toBe(`Bearer ${SLACK_TOKEN}`);
    expect(reply!.body.channel).toBe('C0001');
    expect(reply!.body.thread_ts).toBe(mention.event.ts);
    const text = allText(reply!.body.blocks);
    expect(text).toContain('*[1] 第96号决议 · 表2*');
    expect(text).toContain('*[2] 第96号决议 · 表2 · 还责成*');
    expect(buttonValue(reply!.body.blocks, ACTIONS.feedbackUp)).toBeTruthy();
  });

  it('uses the earlier turns of the thread as history for a follow-up', async () => {
    const fake = createFakeAssistant();
    const app = makeApp(fake);
    await app.request('/slack/events', eventInit(mention));
    await pendingWork();
    const followUp = {
      ...mention,
      event_id: 'Ev0003FOLLOWUP',
      event: {
        ...mention.event,
        text: '<@UBOT01> 还有呢？',
        ts: '1700000050.000500',
        thread_ts: mention.event.ts,
      },
    };
    await app.request('/slack/events', eventInit(followUp));
    await pendingWork();
    expect(fake.calls[1]!.question).toBe('还有呢？');
    expect(fake.calls[1]!.history?.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(fake.calls[1]!.history?.[0]!.content).toBe('第96号决议要求做什么？');
    expect(posted.map((p) => p.body.thread_ts)).toEqual([mention.event.ts, mention.event.ts]);
  });

  it('replies to a direct message in the DM, and ignores bot messages', async () => {
    const fake = createFakeAssistant();
    const app = makeApp(fake);
    await app.request('/slack/events', eventInit(dm));
    const fromBot = { ...dm, event_id: 'Ev0004BOT', event: { ...dm.event, bot_id: 'B0001' } };
    await app.request('/slack/events', eventInit(fromBot));
    await pendingWork();
    expect(fake.calls).toHaveLength(1);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body.channel).toBe('D0001');
    expect(posted[0]!.body.thread_ts).toBeUndefined();
  });

  it("respects Slack's 429 Retry-After and posts the answer after it", async () => {
    let attempts = 0;
    server.use(
      http.post(`${SLACK_API}/chat.postMessage`, async (info) => {
        attempts++;
        if (attempts === 1)
          return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } });
        await record(info);
        return HttpResponse.json({ ok: true, ts: '1.1' });
      }),
    );
    const started = performance.now();
    await makeApp(createFakeAssistant()).request('/slack/events', eventInit(mention));
    await pendingWork();
    expect(attempts).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(posted).toHaveLength(1);
  });

  it('splits a long answer into several messages within Slack limits, all in the thread', async () => {
    const many = Array.from({ length: 60 }, () => toCitation(FAKE_CLAUSES[0]!));
    const long: AskResult = {
      answer: '这是一个很长的回答。'.repeat(1000),
      found: true,
      mode: 'extractive',
      citations: many,
      related: [],
    };
    const fake = createFakeAssistant({ answer: (_i: AskInput) => long });
    await makeApp(fake).request('/slack/events', eventInit(mention));
    await pendingWork();
    expect(posted.length).toBeGreaterThan(1);
    for (const p of posted) {
      expect(p.body.thread_ts).toBe(mention.event.ts);
      expect(p.body.blocks.length).toBeLessThanOrEqual(50);
      for (const b of p.body.blocks)
        if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('acknowledges events it does not handle without answering', async () => {
    const fake = createFakeAssistant();
    const app = makeApp(fake);
    const reaction = {
      ...mention,
      event_id: 'Ev0005',
      event: { type: 'reaction_added', user: 'U0001' },
    };
    expect((await app.request('/slack/events', eventInit(reaction))).status).toBe(200);
    await pendingWork();
    expect(fake.calls).toEqual([]);
    expect(posted).toEqual([]);
  });
});
