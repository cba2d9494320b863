import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LocalAssistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';
import { aggregate } from '../../src/eval/aggregate.js';
import { loadCases } from '../../src/eval/cases.js';
import { runSuiteLlm } from '../../src/eval/run-suite.js';
import { ChatRecorder, chatHandler, llmEnv, text } from '../helpers/openai-mock.js';

const server = setupServer();
const dataDir = mkdtempSync(join(tmpdir(), 'eval-llm-'));
const rec = new ChatRecorder();
let assistant: LocalAssistant;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Every model answer cites its first source: valid whenever that source was retrieved.
  server.use(chatHandler(rec, text('根据来源，答案见 [1]。')));
  assistant = await createAssistant(loadConfig(llmEnv({ DATA_DIR: dataDir })));
}, 60_000);
afterAll(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('eval --mode llm (runSuiteLlm through assistant.ask)', () => {
  it('scores model answers and adds citation validity and grounded-answer rate', async () => {
    // Chinese questions without history: the model is asked to answer, not to rewrite.
    const cases = loadCases('evals/cases.jsonl')
      .filter((c) => c.lang === 'zh' && !c.history?.length)
      .filter((c, i, all) => all.findIndex((x) => x.category === c.category) === i);
    expect(cases.some((c) => !c.answerable)).toBe(true);

    const scores = await runSuiteLlm(assistant, cases);
    const llmScores = scores.filter((s) => s.citationCheck!.total > 0);
    expect(llmScores.length).toBeGreaterThan(0);
    expect(rec.bodies.length).toBeGreaterThan(0);
    const m = aggregate(scores);
    expect(m.citation_validity).toBe(1);
    expect(m.grounded_answer_rate).toBe(1);
    expect(m.answer_accuracy).not.toBeNull();
  });
});
