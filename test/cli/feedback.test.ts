/**
 * npm run feedback from a real process, over a DATA_DIR where the app stored a 👎: readable records, JSON
 * lines, and --export evals drafts in the evals/cases.jsonl schema; usage errors exit 2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { AskResult, FeedbackRecord } from '../../src/contract/api.js';
import { caseSchema } from '../../src/eval/cases.js';
import { createApp } from '../../src/server/app.js';
import { createFakeAssistant } from '../helpers/fake-assistant.js';
import { runCli } from '../helpers/run-cli.js';

const QUESTION = '它责成TSB主任做什么？';
const HISTORY = [
  { role: 'user', content: '第96号决议是关于什么的？' },
  { role: 'assistant', content: '第96号决议是关于打击假冒设备的研究。' },
];
let dataDir: string;
let answerId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-feedback-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = createApp({ config, assistant: createFakeAssistant() });
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const asked = (await (
    await post('/api/ask', { question: QUESTION, history: HISTORY })
  ).json()) as AskResult;
  answerId = asked.answerId!;
  const up = (await (await post('/api/ask', { question: '第84号决议？' })).json()) as AskResult;
  await post('/api/feedback', { answerId, rating: 'down', comment: '没有说明BDT的角色' });
  await post('/api/feedback', { answerId: up.answerId, rating: 'up' });
  app.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const feedback = (args: string[]) => runCli('src/cli/feedback.ts', args, { DATA_DIR: dataDir });

describe('src/cli/feedback.ts', () => {
  it('prints the records readably, newest first', async () => {
    const r = await feedback([]);
    expect(r.code, r.stderr).toBe(0);
    const [newest, older] = r.stdout.split('\n\n');
    expect(newest).toMatch(/^👍 up · \d{4}-\d\d-\d\d \d\d:\d\d UTC · via api · extractive/);
    expect(older).toMatch(/^👎 down · .+ · answer [\w-]{16}$/m);
    expect(older).toContain('  Comment:\n    没有说明BDT的角色');
    expect(older).toContain(`  History (2 turns):\n    user: ${HISTORY[0]!.content}`);
    expect(older).toContain(`  Question:\n    ${QUESTION}`);
    expect(older).toContain('  Citations:\n    [1] 第96号决议 · 表2  (r96-table2)');
  });

  it('prints JSON lines with --json, filtered by --rating', async () => {
    const r = await feedback(['--json', '--rating', 'down']);
    expect(r.code, r.stderr).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FeedbackRecord);
    expect(records.map((x) => [x.answerId, x.rating])).toEqual([[answerId, 'down']]);
  });

  it('prints an eval-case draft for the 👎 with --export evals', async () => {
    const r = await feedback(['--export', 'evals']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const draft = caseSchema.parse(JSON.parse(lines[0]!));
    expect(draft).toMatchObject({
      question: QUESTION,
      history: HISTORY,
      lang: 'zh',
      category: 'feedback',
      answerable: true,
      resolutions: [96],
      keywords: [],
    });
    expect(draft.id).toMatch(/^feedback-\d{4}-\d\d-\d\d-[a-z0-9_-]{8}$/);
    expect(draft.notes).toContain('DRAFT');
    expect(draft.notes).toContain('Comment: 没有说明BDT的角色');
    expect(draft.notes).toContain('r96-table2');
  });

  it('says what is wrong and exits 2 on a bad argument', async () => {
    for (const args of [['--export', 'csv'], ['--rating', 'meh'], ['--limit', '0'], ['--nope']]) {
      const r = await feedback(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run feedback');
      expect(r.stdout).toBe('');
    }
  });
});
