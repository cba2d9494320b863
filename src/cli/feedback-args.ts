/** The arguments of `npm run feedback`, read with node:util parseArgs; anything else is a usage error (exit 2). */
import { parseArgs } from 'node:util';
import type { Rating } from '../contract/api.js';

export const USAGE =
  'usage: npm run feedback -- [--rating up|down] [--limit N] [--json] [--export evals]';

export type FeedbackArgs =
  | { kind: 'list'; rating?: Rating; limit: number; format: 'text' | 'json' | 'evals' }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const OPTIONS = {
  rating: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
  export: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Eval drafts are for the answers people disliked: --export evals reads 👎 unless --rating says otherwise.
 * @example feedbackArgs(['--export', 'evals']) // { kind: 'list', rating: 'down', limit: 1000, format: 'evals' }
 */
export function feedbackArgs(argv: string[]): FeedbackArgs {
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
    return { kind: 'usage-error', message: (e as Error).message.split(/\.\s/)[0]! };
  }
  if (values.help) return { kind: 'help' };
  const { rating, limit, export: exported } = values;
  if (rating !== undefined && rating !== 'up' && rating !== 'down') {
    return { kind: 'usage-error', message: `--rating must be "up" or "down", got "${rating}"` };
  }
  if (exported !== undefined && exported !== 'evals') {
    return { kind: 'usage-error', message: `--export knows only "evals", got "${exported}"` };
  }
  const n = limit === undefined ? (exported ? 1000 : 50) : Number(limit);
  if (!Number.isInteger(n) || n < 1) {
    return { kind: 'usage-error', message: `--limit must be a whole number >= 1, got "${limit}"` };
  }
  return {
    kind: 'list',
    rating: rating ?? (exported ? 'down' : undefined),
    limit: n,
    format: exported ? 'evals' : values.json ? 'json' : 'text',
  };
}
