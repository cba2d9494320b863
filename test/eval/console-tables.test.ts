import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/eval/console-tables.js';
import { EVIL, run } from './eval-run-fixture.js';

describe('renderConsole', () => {
  const out = renderConsole(run);
  const [test, dev] = out.split('DEV split') as [string, string];

  it('prints the test split first, metrics only: overall, language, category, ablations, abstention', () => {
    expect(test).toContain('TEST split: evals/test.jsonl (80 cases, frozen');
    const titles = [
      '\nOverall\n',
      '\nBy language\n',
      '\nBy category\n',
      '\nAblations',
      '\nAbstention',
    ];
    const at = titles.map((t) => test.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(test).toMatch(/^this project +0\.61 /m);
    expect(test).toMatch(/^zh +40 +0\.63 /m);
    expect(test).toMatch(/^no_history +0\.44 /m);
    expect(test).toContain('abstention precision');
    expect(test).not.toContain('Failing');
    expect(test).not.toContain('evil-1');
  });

  it('then the dev split as before, with the baseline, abstention and its failing cases', () => {
    expect(dev).toContain(': evals/cases.jsonl (1 cases, the one we tune on)');
    expect(dev).toMatch(/^naive baseline +0\.2 /m);
    expect(dev).toContain('By category: this project / naive baseline');
    expect(dev).toMatch(/^naive baseline, all +1 +0\.2 +0\.2 +0\.2$/m);
    expect(dev).toContain('Failing cases (1):');
    expect(dev).toContain(`- evil-1 [clause<b>/en] ${EVIL}`);
  });

  it('adds the citation columns in model mode', () => {
    expect(renderConsole({ ...run, mode: 'llm' })).toContain('citation validity');
    expect(out).not.toContain('citation validity');
  });
});
