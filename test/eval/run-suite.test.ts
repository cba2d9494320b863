/** The suite runner lets the event loop turn while it answers, however many cases it runs. */
import { describe, expect, it } from 'vitest';
import type { LocalAssistant } from '../../src/answer/assistant.js';
import type { EvalCase } from '../../src/eval/cases.js';
import { runSuite } from '../../src/eval/run-suite.js';

describe('runSuite', () => {
  it('gives the event loop a turn during a long run, not only at its end', async () => {
    let answered = 0;
    // Answers at once, as the offline pipeline does: its awaits resolve without any I/O.
    const assistant = {
      run: async () => {
        answered++;
        return {
          result: { answer: '', found: false, mode: 'extractive', citations: [], related: [] },
          hits: [],
        };
      },
      store: { get: () => undefined },
    } as unknown as LocalAssistant;
    const cases: EvalCase[] = Array.from({ length: 1_000 }, (_, i) => ({
      id: `kite-${i}`,
      question: 'Is there a rule on kites?',
      lang: 'en',
      category: 'unanswerable',
      answerable: false,
      resolutions: [],
      keywords: [],
    })) as EvalCase[];
    let answeredWhenTimerRan = -1;
    setImmediate(() => (answeredWhenTimerRan = answered));
    const scores = await runSuite(assistant, cases);
    expect(scores).toHaveLength(1_000);
    expect(answeredWhenTimerRan).toBeGreaterThanOrEqual(0);
    expect(answeredWhenTimerRan).toBeLessThan(1_000);
  });
});
