/** The chat page in real headless Chromium against the real app and the real (offline) assistant. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/find-chromium.js';
import { createAssistant } from '../../src/answer/assistant.js';
import type { Assistant, AskStreamEvent } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { FeedbackStore, feedbackDir } from '../../src/feedback/feedback-store.js';
import { createApp } from '../../src/server/app.js';

const ARTIFACTS = 'test-artifacts';
const Q44 = '第44号决议要求在国际电联年度预算中保留什么？';
const XSS = '<img src=x onerror=window.__xss=1> <script>window.__xss=1</script> 第44号决议是什么？';

/** Re-cuts each token into small pieces with a pause, so the page visibly streams. */
function slowStream(inner: Assistant, pauseMs = 15): Assistant {
  return {
    store: inner.store,
    ask: (input, opts) => inner.ask(input, opts),
    async *askStream(input, opts): AsyncIterable<AskStreamEvent> {
      for await (const ev of inner.askStream(input, opts)) {
        if (ev.type !== 'token') {
          yield ev;
          continue;
        }
        for (let i = 0; i < ev.text.length; i += 6) {
          await new Promise((r) => setTimeout(r, pauseMs));
          yield { type: 'token', text: ev.text.slice(i, i + 6) };
        }
      }
    },
  };
}

let dataDir: string;
let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'web-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const assistant = slowStream(await createAssistant(config));
  const app = createApp({ config, assistant });
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  rmSync(dataDir, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Page errors and CSP violations seen so far. */
  problems: string[];
  /** Paths of the API calls the page made, with their status. */
  calls: string[];
}

async function openPage(
  viewport: { width: number; height: number },
  locale: string,
  path = '/',
  colorScheme: 'light' | 'dark' = 'light',
) {
  const context = await browser.newContext({ viewport, locale, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/'))
      calls.push(`${r.request().method()} ${url.pathname} ${r.status()}`);
  });
  await page.goto(base + path);
  return { context, page, problems, calls } satisfies Opened;
}

interface Streamed {
  streamedText: number;
}

/** Counts text appended to a streaming answer's text block (tokens; the final render builds new nodes). */
async function countStreamedText(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Streamed;
    w.streamedText = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        const block = r.target instanceof Element && r.target.classList.contains('answer-text');
        if (block && [...r.addedNodes].some((n) => /\S/.test(n.textContent ?? '')))
          w.streamedText++;
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function ask(page: Page, question: string) {
  const before = await page.getByTestId('answer').count();
  await page.getByTestId('question').fill(question);
  await page.getByTestId('send').click();
  const answer = page.getByTestId('answer').nth(before);
  await answer.waitFor();
  return answer;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: false });

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 }, locale: 'zh-CN' },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, locale: 'en-US' },
])('chat page at $name width', ({ name, viewport, locale }) => {
  it('streams an answer, opens a cited clause, and keeps the conversation on reload', async () => {
    const { context, page, problems, calls } = await openPage(viewport, locale);
    try {
      // The interface language follows the browser.
      const title = await page.locator('h1').textContent();
      expect(title).toBe(locale === 'zh-CN' ? 'WTSA-20 决议问答' : 'WTSA-20 Resolutions Q&A');
      await shot(page, `${name}-1-empty`);

      await countStreamedText(page);
      const answer = await ask(page, Q44);
      expect(await answer.getAttribute('aria-live')).toBe('polite');
      await page.locator('[data-testid="answer"]:not([aria-busy])').first().waitFor();
      // While tokens arrived the busy block already showed part of the answer: tokens were appended to it. Read
      // from the DOM's record of changes, not by catching the busy state: a stream that arrives in one network
      // chunk is done within one task, and a wait for the busy state then never sees it.
      expect(
        await page.evaluate(() => (window as unknown as Streamed).streamedText),
      ).toBeGreaterThan(0);
      const text = (await answer.locator('.answer-text').textContent()) ?? '';
      expect(text).toContain('单项支出');
      expect(text).not.toMatch(/\[1\]/); // the marker became a chip
      expect(calls).toContain('POST /api/ask/stream 200');
      expect(calls.some((c) => c.startsWith('POST /api/ask '))).toBe(false);

      const chips = answer.getByTestId('citation');
      expect(await chips.count()).toBeGreaterThanOrEqual(2); // in the text and in the list
      await shot(page, `${name}-2-answer`);

      await chips.first().click();
      const clause = page.getByTestId('clause');
      await clause.getByTestId('clause-text').waitFor();
      expect(await clause.getByTestId('clause-text').textContent()).toContain(
        '在国际电联年度预算中保留一项专门针对缩小标准化工作差距活动的单项支出',
      );
      expect(await clause.locator('h2').textContent()).toBe(
        locale === 'zh-CN' ? '第44号决议' : 'Resolution 44',
      );
      expect(await clause.getByTestId('clause-title').textContent()).toContain('缩小');
      expect(await clause.getByTestId('clause-status').textContent()).toContain('修订版');
      expect(await clause.getByTestId('clause-section').textContent()).toBe('做出决议');
      expect(await clause.getByTestId('clause-item').textContent()).toBe('5');
      const href = await clause.getByTestId('clause-link').getAttribute('href');
      expect(href).toBe('/#clause=wtsa20-itu-d-resolutions.r44.resolves.5');
      expect(new URL(page.url()).hash).toBe('#clause=wtsa20-itu-d-resolutions.r44.resolves.5');
      await shot(page, `${name}-3-clause`);
      // The README's picture; regenerated on demand (it needs CJK fonts to look right).
      if (name === 'desktop' && process.env.UPDATE_DOCS_SCREENSHOT === '1') {
        await page.screenshot({ path: 'docs/screenshot-answer.png' });
      }

      // Next clause, then back.
      await clause.getByTestId('clause-next').click();
      await page
        .locator('[data-testid="clause"][data-clause-id="wtsa20-itu-d-resolutions.r44.resolves.6"]')
        .waitFor();
      await page.getByTestId('clause').getByTestId('clause-previous').click();
      await page
        .locator(
          '[data-testid="clause"][data-clause-id="wtsa20-itu-d-resolutions.r44.resolves.5"] [data-testid="clause-text"]',
        )
        .waitFor();

      // Escape closes the panel and gives focus back to the chip that opened it.
      await page.keyboard.press('Escape');
      expect(await page.getByTestId('clause').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'citation',
      );

      await page.reload();
      const kept = page.getByTestId('answer');
      await kept.first().waitFor();
      expect(await kept.count()).toBe(1);
      expect(await page.getByTestId('user-question').first().textContent()).toBe(Q44);
      expect(await kept.first().locator('.answer-text').textContent()).toContain('单项支出');
      expect(await kept.first().getByTestId('citation').count()).toBe(await chips.count());
      await kept.first().getByTestId('citation').first().click();
      await page.getByTestId('clause').getByTestId('clause-text').waitFor();
      await shot(page, `${name}-4-reloaded`);

      // The page never overflows sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a question full of markup as text and runs none of it', async () => {
    const { context, page, problems } = await openPage(viewport, locale);
    try {
      const answer = await ask(page, XSS);
      await page.locator('[data-testid="answer"]:not([aria-busy])').first().waitFor();
      expect(await answer.count()).toBe(1);
      const shown = await page.getByTestId('user-question').first().textContent();
      expect(shown).toBe(XSS);
      expect(await page.locator('#conversation img, #conversation script').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      ).toBeUndefined();
      await page.reload();
      await page.getByTestId('user-question').first().waitFor();
      expect(await page.getByTestId('user-question').first().textContent()).toBe(XSS);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      ).toBeUndefined();
      await shot(page, `${name}-5-markup`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('chat page behaviours', () => {
  const desktop = { width: 1280, height: 800 };

  it('opens a clause straight from a /#clause=<id> link, in dark mode when the system is dark', async () => {
    const { context, page } = await openPage(
      { width: 390, height: 844 },
      'en-US',
      '/#clause=wtsa20-itu-d-resolutions.r54.table2',
      'dark',
    );
    try {
      const clause = page.getByTestId('clause');
      await clause.getByTestId('clause-text').waitFor();
      expect(await clause.locator('h2').textContent()).toBe('Resolution 54');
      expect(await clause.getByTestId('clause-text').textContent()).toContain('区域组');
      const bg = await clause.evaluate((n) => getComputedStyle(n).backgroundColor);
      expect(bg).toBe('rgb(31, 34, 39)');
      await shot(page, 'phone-9-dark-link');
      // Closing hands focus to the question box (nothing on the page opened the panel).
      await clause.getByTestId('clause-close').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await context.close();
    }
  });

  it('marks "the document does not cover this" apart, with related clauses that are not citations', async () => {
    const { context, page } = await openPage(desktop, 'en-US');
    try {
      await ask(page, '明天北京天气怎么样？');
      const answer = page.locator('[data-testid="answer"][data-found="false"]');
      await answer.waitFor();
      expect(await answer.getByTestId('not-found').textContent()).toContain(
        'The document does not cover this',
      );
      expect(await answer.getByTestId('citation').count()).toBe(0);
      expect(await answer.getByTestId('related').count()).toBeGreaterThan(0);
      await shot(page, 'desktop-6-not-found');
    } finally {
      await context.close();
    }
  });

  it('falls back to /api/ask when the stream route is missing, and retries after an error', async () => {
    const { context, page, calls } = await openPage(desktop, 'zh-CN');
    try {
      await page.route('**/api/ask/stream', (r) =>
        r.fulfill({
          status: 404,
          contentType: 'application/json',
          body: '{"error":{"code":"not_found","message":"x"}}',
        }),
      );
      const answer = await ask(page, Q44);
      await page.locator('[data-testid="answer"][data-found="true"]').waitFor();
      expect(await answer.locator('.answer-text').textContent()).toContain('单项支出');
      expect(calls).toContain('POST /api/ask 200');

      // Both routes failing: a gentle error with a retry that works once the server recovers.
      await page.route('**/api/ask', (r) =>
        r.fulfill({
          status: 503,
          contentType: 'application/json',
          body: '{"error":{"code":"busy","message":"busy"}}',
        }),
      );
      await page.route('**/api/ask/stream', (r) => r.fulfill({ status: 503, body: '' }));
      await page.getByTestId('question').fill('第54号决议是关于什么的？');
      await page.getByTestId('question').press('Enter');
      const failed = page.getByTestId('answer-error');
      await failed.waitFor();
      expect(await failed.textContent()).toContain('重试');
      await shot(page, 'desktop-7-error');
      await page.unroute('**/api/ask');
      await page.unroute('**/api/ask/stream');
      await failed.getByTestId('retry').click();
      await page.locator('[data-testid="answer"][data-found="true"]').nth(1).waitFor();
      expect(await page.getByTestId('answer-error').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('sends the history with a follow-up, copies an answer with its citations, and starts over', async () => {
    const { context, page } = await openPage(desktop, 'en-US');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    try {
      await ask(page, Q44);
      await page.locator('[data-testid="answer"][data-found="true"]').waitFor();
      const sent = page.waitForRequest('**/api/ask/stream');
      await ask(page, 'And what about resolution 54?');
      const body = (await sent).postDataJSON() as {
        question: string;
        history?: { role: string; content: string }[];
      };
      expect(body.history?.map((t) => t.role)).toEqual(['user', 'assistant']);
      expect(body.history?.[0]?.content).toBe(Q44);
      await page.locator('[data-testid="answer"][data-found="true"]').nth(1).waitFor();

      await page.getByTestId('copy').first().click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toContain('/#clause=wtsa20-itu-d-resolutions.r44.resolves.5');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('单项支出');
      expect(copied).toMatch(/Sources:\n\[1\] /);

      await page.getByTestId('new-conversation').click();
      expect(await page.getByTestId('answer').count()).toBe(0);
      await page.reload();
      await page.getByTestId('question').waitFor();
      expect(await page.getByTestId('answer').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('asks for an API key when the server answers 401, then retries with it', async () => {
    const { context, page } = await openPage(desktop, 'en-US');
    try {
      const seen: (string | undefined)[] = [];
      await page.route('**/api/ask/stream', (r) => {
        const auth = r.request().headers()['authorization'];
        seen.push(auth);
        if (auth !== 'Bearer sk-test') {
          return r.fulfill({
            status: 401,
            contentType: 'application/json',
            body: '{"error":{"code":"unauthorized","message":"Missing API key"}}',
          });
        }
        return r.continue();
      });
      await page.getByTestId('question').fill(Q44);
      await page.getByTestId('send').click();
      const failed = page.getByTestId('answer-error');
      await failed.getByTestId('api-key').waitFor();
      expect(await failed.textContent()).toContain('This server needs an API key.');
      await failed.getByTestId('api-key').fill('sk-test');
      await failed.getByTestId('api-key').press('Enter');
      await page.locator('[data-testid="answer"][data-found="true"]').waitFor();
      expect(seen).toEqual([undefined, 'Bearer sk-test']);
    } finally {
      await context.close();
    }
  });

  it('takes a 👎 and a comment from the keyboard at phone size, stores them, and shows them after a reload', async () => {
    const { context, page, problems, calls } = await openPage({ width: 390, height: 844 }, 'zh-CN');
    try {
      await ask(page, Q44);
      const answer = page.locator('[data-testid="answer"][data-found="true"]');
      await answer.waitFor();
      const up = answer.getByTestId('feedback-up');
      const down = answer.getByTestId('feedback-down');
      expect(await up.getAttribute('aria-label')).toBe('有帮助');
      expect(await down.getAttribute('aria-pressed')).toBe('false');

      // Keyboard only: Enter on 👎, the comment box takes the focus, type, Tab to send, Enter.
      await down.press('Enter');
      const comment = answer.getByTestId('feedback-comment');
      await comment.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('feedback-comment');
      expect(await down.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.type('没有回答预算的金额 <b>x</b>');
      await shot(page, 'phone-10-feedback-comment');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'feedback-submit',
      );
      await page.keyboard.press('Enter');
      await answer
        .getByTestId('feedback-status')
        .filter({ hasText: '谢谢，已收到你的意见。' })
        .waitFor();
      expect(await comment.count()).toBe(0);
      await shot(page, 'phone-11-feedback-sent');
      expect(calls.filter((c) => c.startsWith('POST /api/feedback'))).toEqual([
        'POST /api/feedback 201',
        'POST /api/feedback 201',
      ]);

      // What the server stored: the 👎, the comment, and the answer as the server gave it.
      const store = new FeedbackStore({ dir: feedbackDir(dataDir), retentionDays: 180 });
      const [stored] = await store.list({ rating: 'down', limit: 1 });
      expect(stored).toMatchObject({
        rating: 'down',
        comment: '没有回答预算的金额 <b>x</b>',
        question: Q44,
        via: 'api',
      });
      expect(stored!.citations.map((c) => c.id)).toContain(
        'wtsa20-itu-d-resolutions.r44.resolves.5',
      );

      await page.reload();
      const kept = page.locator('[data-testid="answer"][data-found="true"]');
      await kept.waitFor();
      expect(await kept.getByTestId('feedback-down').getAttribute('aria-pressed')).toBe('true');
      expect(await kept.getByTestId('feedback-status').textContent()).toBe(
        '谢谢，已收到你的意见。',
      );
      expect(await kept.getByTestId('feedback-comment').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('browses every resolution with its status and opens its clauses', async () => {
    const { context, page } = await openPage(desktop, 'zh-CN');
    try {
      await page.locator('#view-browse').click();
      const r44 = page.locator('[data-testid="resolution"][data-resolution="44"]');
      await r44.waitFor();
      expect(await page.getByTestId('resolution').count()).toBeGreaterThan(20);
      expect(await r44.getByTestId('resolution-status').textContent()).toBe('修订版');
      await r44.locator('summary').click();
      const first = r44.getByTestId('browse-clause').first();
      await first.waitFor();
      await first.click();
      await page.getByTestId('clause').getByTestId('clause-text').waitFor();
      expect(await page.getByTestId('clause').locator('h2').textContent()).toBe('第44号决议');
      await shot(page, 'desktop-8-browse');

      // Switching language re-renders the interface, not the corpus.
      await page.getByTestId('lang-toggle').click();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByTestId('clause').locator('h2').textContent()).toBe('Resolution 44');
      expect(await r44.getByTestId('resolution-status').textContent()).toBe('修订版 · revised');
    } finally {
      await context.close();
    }
  });
});
