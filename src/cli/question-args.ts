/** The arguments of the question CLIs (ask, slack:simulate): the question's words and --json, via parseArgs. */
import { parseArgs } from 'node:util';

export type QuestionArgs =
  | { kind: 'question'; question: string; json: boolean }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export function questionArgs(argv: string[]): QuestionArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // parseArgs names the unknown option; its first sentence is enough.
    return { kind: 'usage-error', message: (e as Error).message.split('. ')[0]! };
  }
  if (parsed.values.help) return { kind: 'help' };
  const question = parsed.positionals.join(' ').trim();
  if (!question) return { kind: 'usage-error', message: 'no question given' };
  return { kind: 'question', question, json: parsed.values.json ?? false };
}
