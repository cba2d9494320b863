/** npm run ask -- "问题" [--json]: asks the assistant from the terminal and prints the cited answer. */
import { createAssistant } from '../answer/assistant.js';
import type { AskResult } from '../answer/types.js';
import { loadConfig } from '../config.js';
import { questionArgs } from './question-args.js';
import { runMain } from './run-main.js';

const USAGE = 'Usage: npm run ask -- "第64号决议对IPv6培训有什么安排？" [--json]';

export function formatForTerminal(r: AskResult): string {
  const out = [r.answer, ''];
  if (r.citations.length) {
    out.push(r.found ? 'Citations:' : 'Related:');
    r.citations.forEach((c, i) => out.push(`  [${i + 1}] ${c.label}  (${c.id})`));
  } else if (r.related.length) {
    out.push('Related (not an answer):');
    r.related.forEach((c) => out.push(`  - ${c.label}  (${c.id})`));
  }
  out.push(`mode: ${r.mode}${r.degraded ? ` (degraded: ${r.degraded})` : ''} · found: ${r.found}`);
  return out.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const args = questionArgs(argv);
  if (args.kind !== 'question') {
    console.error(args.kind === 'usage-error' ? `ask: ${args.message}\n${USAGE}` : USAGE);
    return args.kind === 'help' ? 0 : 2;
  }
  const { question, json } = args;
  const assistant = await createAssistant(loadConfig());
  const result = await assistant.ask({ question });
  console.log(json ? JSON.stringify(result, null, 2) : formatForTerminal(result));
  return 0;
}

runMain(() => main(process.argv.slice(2)));
