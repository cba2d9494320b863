/**
 * npm run feedback [-- --rating up|down] [-- --limit N] [-- --json] [-- --export evals]: the feedback stored
 * under DATA_DIR/feedback, newest first — readable, as JSON lines, or as draft eval cases (evals/cases.jsonl
 * schema, 👎 by default) for a maintainer to complete and add to the dev split.
 */
import { loadConfig } from '../config.js';
import { evalDraft } from '../eval/feedback-draft.js';
import { FeedbackStore, feedbackDir } from '../feedback/feedback-store.js';
import { feedbackArgs, USAGE } from './feedback-args.js';
import { formatRecords } from './feedback-text.js';
import { runMain } from './run-main.js';

async function main(argv: string[]): Promise<number> {
  const args = feedbackArgs(argv);
  if (args.kind !== 'list') {
    console.error(args.kind === 'usage-error' ? `feedback: ${args.message}\n${USAGE}` : USAGE);
    return args.kind === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  const store = new FeedbackStore({
    dir: feedbackDir(config.dataDir),
    retentionDays: config.feedbackRetentionDays,
  });
  const records = await store.list({ rating: args.rating, limit: args.limit });
  if (args.format === 'text') console.log(formatRecords(records));
  else {
    const lines = args.format === 'evals' ? records.map(evalDraft) : records;
    for (const line of lines) console.log(JSON.stringify(line));
  }
  return 0;
}

runMain(() => main(process.argv.slice(2)));
