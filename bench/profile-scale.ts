/** Profiles the query phase over the corpus ×N (default 100), in-process, no HTTP; writes a .cpuprofile. */
import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssistant } from '../src/answer/assistant.js';
import { loadConfig } from '../src/config.js';
import { evalQuestions, replicatedCorpus, summary, tempDir } from './bench-lib.js';

const factor = Number(process.argv[2] ?? '100');
const corpusDir = replicatedCorpus(factor);
const dataDir = tempDir('profile-scale');
try {
  const config = loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const assistant = await createAssistant(config);
  // Only the warm query phase is profiled: the build and first-use costs would drown it.
  for (const question of evalQuestions()) await assistant.run({ question });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const times: number[] = [];
  for (const question of [...evalQuestions(), ...evalQuestions()]) {
    const t = performance.now();
    await assistant.run({ question });
    times.push(performance.now() - t);
  }
  const { profile } = await session.post('Profiler.stop');
  const out = process.env.PROFILE_OUT ?? join(tmpdir(), `scale-x${factor}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  console.log(`×${factor}: full answer`, summary(times), `profile → ${out}`);
} finally {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
