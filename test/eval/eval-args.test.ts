import { describe, expect, it } from 'vitest';
import { parseEvalArgs, USAGE, UsageError } from '../../src/eval/eval-args.js';

describe('parseEvalArgs', () => {
  it('defaults to offline mode, tables, the dev and the frozen test split', () => {
    expect(parseEvalArgs([])).toEqual({
      json: false,
      report: false,
      mode: 'offline',
      dev: 'evals/cases.jsonl',
      test: 'evals/test.jsonl',
    });
  });

  it('reads every option, with a space or "="', () => {
    expect(
      parseEvalArgs(['--json', '--report', '--mode', 'llm', '--dev=d.jsonl', '--test', 't.jsonl']),
    ).toEqual({ json: true, report: true, mode: 'llm', dev: 'd.jsonl', test: 't.jsonl' });
  });

  it.each([
    [['--foo'], "Unknown option '--foo'"],
    [['cases.jsonl'], "Unexpected argument 'cases.jsonl'"],
    [['--mode'], "Option '--mode <value>' argument missing"],
    [['--mode', 'online'], '--mode must be "offline" or "llm", got "online"'],
    [['--test', '--json'], "Option '--test' argument is ambiguous"],
    [['--json=yes'], "Option '--json' does not take an argument"],
  ])('rejects %j with a usage error naming it', (argv, message) => {
    let err: unknown;
    try {
      parseEvalArgs(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`${message}\n${USAGE}`);
  });
});
