/** The arguments of `npm run eval`, read with node:util parseArgs; anything else is a usage error (exit 2). */
import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run eval -- [--json] [--report] [--mode offline|llm] [--dev PATH] [--test PATH]';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface EvalArgs {
  json: boolean;
  report: boolean;
  mode: 'offline' | 'llm';
  /** The split we tune on. */
  dev: string;
  /** The frozen split: metrics only. */
  test: string;
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  report: { type: 'boolean', default: false },
  mode: { type: 'string', default: 'offline' },
  dev: { type: 'string', default: 'evals/cases.jsonl' },
  test: { type: 'string', default: 'evals/test.jsonl' },
} as const;

/**
 * @example parseEvalArgs(['--json', '--test', '/tmp/test.jsonl'])
 * // { json: true, report: false, mode: 'offline', dev: 'evals/cases.jsonl', test: '/tmp/test.jsonl' }
 */
export function parseEvalArgs(argv: string[]): EvalArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    // Node's first sentence names the argument; what follows is advice about "--" and dashes.
    throw new UsageError(`${(e as Error).message.split(/\.\s/)[0]}\n${USAGE}`);
  }
  const { mode } = values;
  if (mode !== 'offline' && mode !== 'llm') {
    throw new UsageError(`--mode must be "offline" or "llm", got "${mode}"\n${USAGE}`);
  }
  return { ...values, mode };
}
