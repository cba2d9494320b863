/**
 * 👍 / 👎 in Slack, signed as Slack signs them: each click is stored in the same store as POST /api/feedback,
 * a 👎 opens the comment modal through views.open (msw stands in for Slack's Web API), and the modal's
 * view_submission adds the comment to that user's 👎.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { FeedbackRecord } from '../../../src/contract/api.js';
import { pendingWork } from '../../../src/integrations/slack/background-jobs.js';
import { ACTIONS, type Block } from '../../../src/integrations/slack/blocks.js';
import type { ModalView } from '../../../src/integrations/slack/feedback-modal.js';
import { NOT_STORED, THANKS, TOO_OLD } from '../../../src/integrations/slack/slack-feedback.js';
import { createApp } from '../../../src/server/app.js';
import { capturedLog } from '../../helpers/captured-log.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import {
  SLACK_API,
  SLACK_SECRET,
  SLACK_TOKEN,
  eventInit,
  interactionInit,
  slackFixture,
} from '../../helpers/slack-request.js';

interface Call {
  url: string;
  authorization: string | null;
  body: Record<string, unknown>;
}
let calls: Call[] = [];
let viewsOpenReply: Record<string, unknown> = { ok: true };
const record = async (request: Request) => {
  calls.push({
    url: request.url,
    authorization: request.headers.get('authorization'),
    body: (await request.json()) as Record<string, unknown>,
  });
};
const server = setupServer(
  http.post(`${SLACK_API}/chat.postMessage`, async ({ request }) => {
    await record(request);
    return HttpResponse.json({ ok: true, ts: '1700000999.000900' });
  }),
  http.post(`${SLACK_API}/views.open`, async ({ request }) => {
    await record(request);
    return HttpResponse.json(viewsOpenReply);
  }),
  http.post('https://hooks.slack.com/*', async ({ request }) => {
    await record(request);
    return HttpResponse.text('ok');
  }),
);

let dataDir: string;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  calls = [];
  viewsOpenReply = { ok: true };
  dataDir = mkdtempSync(join(tmpdir(), 'slack-feedback-'));
});
afterEach(() => {
  server.resetHandlers();
  rmSync(dataDir, { recursive: true, force: true });
});
afterAll(() => server.close());

const KEY = 'review-key';
function makeApp() {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: SLACK_API,
    DATA_DIR: dataDir,
    API_KEYS: KEY,
  });
  return createApp({ config, assistant: createFakeAssistant(), logger: capturedLog().logger });
}

const mention = slackFixture<{ event_id: string; event: Record<string, string> }>(
  'app-mention.json',
);
const actions = slackFixture<{
  user: { id: string };
  response_url: string;
  actions: Record<string, string>[];
}>('block-actions.json');
const submission = slackFixture<{
  user: { id: string };
  view: Record<string, unknown>;
}>('view-submission.json');

const click = (actionId: string, value: string, user = actions.user.id) => ({
  ...actions,
  user: { ...actions.user, id: user },
  actions: [{ ...actions.actions[0]!, action_id: actionId, value }],
});
const submit = (privateMetadata: string, comment: string | null, user = submission.user.id) => ({
  ...submission,
  user: { ...submission.user, id: user },
  view: {
    ...submission.view,
    callback_id: 'feedback_comment',
    private_metadata: privateMetadata,
    state: { values: { comment: { comment: { type: 'plain_text_input', value: comment } } } },
  },
});

/** Asks through a mention and returns the answer's id, as its 👎 button carries it. */
async function answerInSlack(app: ReturnType<typeof makeApp>): Promise<string> {
  await app.request('/slack/events', eventInit(mention));
  await pendingWork();
  const blocks = calls.find((c) => c.url.endsWith('/chat.postMessage'))!.body.blocks as Block[];
  const row = blocks.find((b) => b.type === 'actions');
  const down =
    row?.type === 'actions' && row.elements.find((e) => e.action_id === ACTIONS.feedbackDown);
  if (!down) throw new Error('the answer has no 👎 button');
  calls = [];
  return down.value;
}

async function stored(app: ReturnType<typeof makeApp>): Promise<FeedbackRecord[]> {
  const res = await app.request('/api/feedback', { headers: { authorization: `Bearer ${KEY}` } });
  return ((await res.json()) as { feedback: FeedbackRecord[] }).feedback;
}

describe('Slack feedback', () => {
  it('stores a 👎, opens the comment modal with views.open, and adds the submitted comment', async () => {
    const app = makeApp();
    const answerId = await answerInSlack(app);

    const res = await app.request(
      '/slack/interactions',
      interactionInit(click(ACTIONS.feedbackDown, answerId)),
    );
    expect(res.status).toBe(200);
    await pendingWork();

    // Stored at the click, before any comment.
    const [down] = await stored(app);
    expect(down).toMatchObject({
      answerId,
      rating: 'down',
      via: 'slack',
      question: '第96号决议要求做什么？',
    });
    expect(down!.comment).toBeUndefined();
    expect(down!.citations.map((c) => c.id)).toEqual(['r96-table2', 'r96-table2-2']);

    // The modal, opened with the click's trigger_id and the bot token.
    expect(calls).toHaveLength(1);
    const [open] = calls;
    expect(open!.url).toBe(`${SLACK_API}/views.open`);
    expect(open!.authorization).toBe(`Bearer ${SLACK_TOKEN}`);
    expect(open!.body.trigger_id).toBe('1700000200.1234.abcdef0123456789');
    const view = open!.body.view as ModalView;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'feedback_comment' });
    expect(JSON.parse(view.private_metadata)).toEqual({ answerId });
    // The question is shown as plain_text: Slack renders it literally.
    expect(JSON.stringify(view.blocks)).toContain(
      '{"type":"plain_text","text":"第96号决议要求做什么？","emoji":true}',
    );

    const submitted = await app.request(
      '/slack/interactions',
      interactionInit(submit(view.private_metadata, '  引用的条款不对，<@U0BOSS> 应该是第5项  ')),
    );
    // An empty 200 closes the modal.
    expect(submitted.status).toBe(200);
    expect(await submitted.text()).toBe('');
    const after = await stored(app);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: down!.id,
      rating: 'down',
      comment: '引用的条款不对，<@U0BOSS> 应该是第5项',
    });
    expect(JSON.stringify(after)).not.toContain(actions.user.id);
  });

  it('stores each user’s 👍 on its own and thanks them privately', async () => {
    const app = makeApp();
    const answerId = await answerInSlack(app);
    await app.request('/slack/interactions', interactionInit(click(ACTIONS.feedbackUp, answerId)));
    await app.request(
      '/slack/interactions',
      interactionInit(click(ACTIONS.feedbackUp, answerId, 'U0002')),
    );
    await pendingWork();
    const records = await stored(app);
    expect(records.map((r) => r.rating)).toEqual(['up', 'up']);
    expect(new Set(records.map((r) => r.id)).size).toBe(2);
    expect(calls.map((c) => [c.url, c.body.text])).toEqual([
      [actions.response_url, THANKS],
      [actions.response_url, THANKS],
    ]);
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toMatch(/^feedback_total\{rating="up",via="slack"\} 2$/m);
  });

  it('keeps the 👎 and thanks the user when the modal cannot be opened', async () => {
    viewsOpenReply = { ok: false, error: 'expired_trigger_id' };
    const app = makeApp();
    const answerId = await answerInSlack(app);
    await app.request(
      '/slack/interactions',
      interactionInit(click(ACTIONS.feedbackDown, answerId)),
    );
    await pendingWork();
    expect((await stored(app)).map((r) => r.rating)).toEqual(['down']);
    expect(calls.map((c) => c.body.text ?? 'views.open')).toEqual(['views.open', THANKS]);
  });

  it('tells the user when the store cannot take the rating', async () => {
    const app = makeApp();
    const answerId = await answerInSlack(app);
    // A file where the feedback folder should be.
    writeFileSync(join(dataDir, 'feedback'), '');
    await app.request(
      '/slack/interactions',
      interactionInit(click(ACTIONS.feedbackDown, answerId)),
    );
    await pendingWork();
    expect(calls.map((c) => [c.url, c.body.text])).toEqual([[actions.response_url, NOT_STORED]]);
  });

  it('keeps the modal open with a message when its answer can no longer be rated', async () => {
    const app = makeApp();
    const res = await app.request(
      '/slack/interactions',
      interactionInit(submit(JSON.stringify({ answerId: 'gone' }), 'a comment')),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { comment: TOO_OLD },
    });
    expect(await stored(app)).toEqual([]);
  });
});
