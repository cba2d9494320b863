import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerThreads } from '../../src/answer/answer-threads.js';
import { createAssistant } from '../../src/answer/assistant.js';
import { withAnswerThreads } from '../../src/answer/threaded-assistant.js';
import { createApp } from '../../src/server/app.js';
import { freePort, spawnServer } from '../../bench/spawn-server.js';
import { createTempAssistant } from '../helpers/temp-assistant.js';

const QUESTION = 'WTSA-20是什么时候召开的？';
const EXPECTED = '2022年3月1日至9日';

/** A copy of corpus/ in a temp folder, so a test can change the document under a running server. */
function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wtsa-corpus-'));
  cpSync('corpus', dir, { recursive: true });
  return dir;
}

/** Edits the document: the assembly's dates in the introduction. */
function editCorpus(dir: string): void {
  const file = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.txt'))!,
  );
  writeFileSync(file, readFileSync(file, 'utf8').replace(EXPECTED, CHANGED));
}

const CHANGED = '2022年3月1日至10日';

const ask = (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}) =>
  app.request('/api/ask', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTION }),
  });

describe('a truncated index at start', () => {
  // The HNSW graph and the raw vectors beside it are both hashed in the manifest.
  it.each(['hnswlib.index', 'vectors.f32'])(
    'a truncated %s is detected, rebuilt from the corpus, and answers correctly',
    async (name) => {
      const t = await createTempAssistant();
      try {
        // The vector index's folder is named after the embedding model; the dictionary table sits beside it.
        const vectorDir = readdirSync(join(t.dataDir, 'index')).find(
          (d) => !['dictionary', 'lexical'].includes(d),
        )!;
        const indexDir = join(t.dataDir, 'index', vectorDir);
        const file = join(indexDir, name);
        truncateSync(file, Math.floor(statSync(file).size / 2));

        const again = await createAssistant(t.config);
        expect(again.info.indexRebuilt).toMatch(/corrupt/);
        const { result } = await again.run({ question: QUESTION });
        expect(result.found).toBe(true);
        expect(result.answer).toContain(EXPECTED);
        // The rebuilt index is whole again: the next start loads it as saved.
        expect((await createAssistant(t.config)).info.indexRebuilt).toBeNull();
      } finally {
        t.cleanup();
      }
    },
  );
});

describe('a manifest.json of the wrong shape at start', () => {
  it('without files: the next start rebuilds the index, says why, and serves', async () => {
    const t = await createTempAssistant();
    const vectorDir = readdirSync(join(t.dataDir, 'index')).find(
      (d) => !['dictionary', 'lexical'].includes(d),
    )!;
    const manifest = join(t.dataDir, 'index', vectorDir, 'manifest.json');
    const { files: _files, ...withoutFiles } = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify(withoutFiles));
    const port = await freePort();
    const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: t.dataDir, LOG_LEVEL: 'info' };
    const { child, output, exited } = await spawnServer({
      env: { ...env, ANSWER_THREADS: '0', CORPUS_POLL_MS: '0' },
      timeoutMs: 60_000,
    });
    try {
      expect(output).toContain('index built (corrupt: manifest files: Required)');
      const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: QUESTION }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { answer: string }).answer).toContain(EXPECTED);
      // The rebuilt manifest is whole again.
      expect(JSON.parse(readFileSync(manifest, 'utf8')).files).toHaveProperty('vectors.f32');
    } finally {
      child.kill('SIGTERM');
      await exited;
      t.cleanup();
    }
  }, 90_000);
});

/**
 * Polls GET /admin/reindex until the job is no longer running (60 s at most: a cold rebuild takes seconds
 * alone, and many more beside the rest of the suite on two cores); returns its state.
 */
async function reindexState(app: ReturnType<typeof createApp>, auth: Record<string, string>) {
  let state = 'running';
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    const res = await app.request('/admin/reindex', { headers: auth });
    state = ((await res.json()) as { reindex: { state: string } }).reindex.state;
  }
  return state;
}

describe('POST /admin/reindex', () => {
  it('rebuilds in the background while the server keeps answering, then swaps', async () => {
    const t = await createTempAssistant({ API_KEYS: 'admin-key' });
    try {
      const app = createApp({ config: t.config, assistant: t.assistant });
      const auth = { authorization: 'Bearer admin-key' };
      const before = t.assistant.deps.retriever;
      const started = await app.request('/admin/reindex', { method: 'POST', headers: auth });
      expect(started.status).toBe(202);
      const during = await Promise.all(Array.from({ length: 10 }, () => ask(app, auth)));
      for (const res of during) expect(res.status).toBe(200);

      expect(await reindexState(app, auth)).toBe('done');
      expect(t.assistant.deps.retriever).not.toBe(before);
      const after = (await (await ask(app, auth)).json()) as { answer: string };
      expect(after.answer).toContain(EXPECTED);
      // Nothing half-written is left beside the index.
      expect(readdirSync(join(t.dataDir, 'index')).filter((d) => /\.(tmp|old)-/.test(d))).toEqual(
        [],
      );
    } finally {
      t.cleanup();
    }
  }, 90_000);

  it('has the answering threads load the rebuilt index', async () => {
    const t = await createTempAssistant({ API_KEYS: 'admin-key' });
    const threads = new AnswerThreads({ config: t.config, threads: 1 });
    try {
      expect(await threads.whenReady(60_000)).toBe(true);
      const app = createApp({
        config: t.config,
        assistant: withAnswerThreads(t.assistant, threads),
      });
      const auth = { authorization: 'Bearer admin-key' };
      expect((await app.request('/admin/reindex', { method: 'POST', headers: auth })).status).toBe(
        202,
      );
      expect(await reindexState(app, auth)).toBe('done');
      expect(threads.stats.reloads).toBe(1);
      expect(await threads.whenReady(60_000)).toBe(true);
      const answered = threads.stats.answered;
      const res = await ask(app, auth);
      expect(((await res.json()) as { answer: string }).answer).toContain(EXPECTED);
      expect(threads.stats.answered).toBe(answered + 1);
    } finally {
      await threads.close();
      t.cleanup();
    }
  }, 90_000);
});

type Outcome = { status: number } | { error: string };

function post(port: number, onWritten: () => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ question: QUESTION });
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/ask',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.on('finish', onWritten);
    req.end(body);
  });
}

describe('a corpus changed under a running server', () => {
  it('is read again by POST /admin/reindex, which then answers from the new text', async () => {
    const corpusDir = tempCorpus();
    const t = await createTempAssistant({
      API_KEYS: 'admin-key',
      CORPUS_DIR: corpusDir,
      CORPUS_POLL_MS: '0',
    });
    try {
      const app = createApp({ config: t.config, assistant: t.assistant });
      const auth = { authorization: 'Bearer admin-key' };
      const before = t.assistant.info.corpusHash;
      editCorpus(corpusDir);
      expect((await app.request('/admin/reindex', { method: 'POST', headers: auth })).status).toBe(
        202,
      );
      // Answers continue from the old text while the rebuild runs.
      expect((await ask(app, auth)).status).toBe(200);
      expect(await reindexState(app, auth)).toBe('done');
      const job = (await (await app.request('/admin/reindex', { headers: auth })).json()) as {
        reindex: { result: { corpusChanged: boolean } };
      };
      expect(job.reindex.result.corpusChanged).toBe(true);
      expect(t.assistant.info.corpusHash).not.toBe(before);
      const after = (await (await ask(app, auth)).json()) as { answer: string };
      expect(after.answer).toContain(CHANGED);
    } finally {
      t.cleanup();
      rmSync(corpusDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('is noticed on its own (CORPUS_POLL_MS) and rebuilt while answers continue', async () => {
    const corpusDir = tempCorpus();
    const t = await createTempAssistant({ CORPUS_DIR: corpusDir, CORPUS_POLL_MS: '50' });
    try {
      const app = createApp({ config: t.config, assistant: t.assistant });
      editCorpus(corpusDir);
      let answer = '';
      // Bounded by time, not count: the rebuild's seconds depend on what else the cores run.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !answer.includes(CHANGED)) {
        const res = await ask(app);
        expect(res.status).toBe(200);
        answer = ((await res.json()) as { answer: string }).answer;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(answer).toContain(CHANGED);
    } finally {
      t.cleanup();
      rmSync(corpusDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('SIGTERM under load', () => {
  it('answers every accepted request and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-sigterm-'));
    const port = await freePort();
    // Ready to answer, with its answering thread started: the burst below should not race the thread's
    // start-up for the CPU (on two cores, with other test files running, it can starve the HTTP thread
    // long enough for the kernel's accept queue to outlast the shutdown's drain).
    const { child, exited } = await spawnServer({
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: '0',
        ANSWER_THREADS: '1',
      },
      ready: (out) => out.includes('ready on') && out.includes('answering thread(s) ready'),
      captureStderr: true,
    });
    try {
      // 100 requests fully written to the server before the signal: every one must be answered.
      let written = 0;
      let allWritten!: () => void;
      const writtenAll = new Promise<void>((r) => (allWritten = r));
      const accepted = Array.from({ length: 100 }, () =>
        post(port, () => {
          if (++written === 100) allWritten();
        }),
      );
      await writtenAll;
      await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      // Requests after the signal may be refused at the socket, but never answered with an error.
      const late = await Promise.all(Array.from({ length: 20 }, () => post(port, () => {})));

      const results = await Promise.all(accepted);
      expect(results.filter((r) => !('status' in r) || r.status !== 200)).toEqual([]);
      for (const r of late) if ('status' in r) expect(r.status).toBe(200);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
