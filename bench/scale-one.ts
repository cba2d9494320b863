/** One scale point, run in its own process so its memory is its own: build over the corpus ×N, then query. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createAssistant } from '../src/answer/assistant.js';
import { loadConfig } from '../src/config.js';
import { dirBytes, sampledQuestions, replicatedCorpus, tempDir, timeQueries } from './bench-lib.js';

const factor = Number(process.argv[2] ?? '1');
const corpusDir = replicatedCorpus(factor);
const dataDir = tempDir(`data-x${factor}`);
try {
  const config = loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const t0 = performance.now();
  const assistant = await createAssistant(config, { forceRebuild: true });
  const buildMs = performance.now() - t0;
  // One warm-up pass over the sampled questions, then three timed passes: one pass alone was noisy at ×1.
  const timed = await timeQueries(assistant, sampledQuestions(), { passes: 3 });
  const out = {
    factor,
    clauses: assistant.info.clauses,
    buildMs: Math.round(buildMs),
    indexBytes: dirBytes(join(dataDir, 'index')),
    rssBytes: process.memoryUsage().rss,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    full: timed.full,
    retrieval: timed.retrieval,
  };
  console.log(`RESULT ${JSON.stringify(out)}`);
} finally {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
