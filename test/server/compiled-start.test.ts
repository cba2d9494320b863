/**
 * npm start runs compiled JavaScript: after npm run build, node dist/bundle/main.js serves the page and the
 * API with no transpiler or bundler process beside it, and its worker threads start from the bundle too.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, type SpawnedServer } from '../../bench/spawn-server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-compiled-'));
let server: SpawnedServer;
let base: string;
let metricsBase: string;

beforeAll(async () => {
  execSync('npm run build', { stdio: 'ignore' });
  const [port, metricsPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  metricsBase = `http://127.0.0.1:${metricsPort}`;
  const metrics = { METRICS_PORT: String(metricsPort), METRICS_TOKEN: 'scrape-token' };
  server = await spawnServer({
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...metrics,
    },
    compiled: true,
    // The answering thread, started from its own entry in the bundle, ready too.
    ready: (out) => out.includes('answering thread(s) ready'),
    timeoutMs: 60_000,
  });
}, 120_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server (what npm start runs)', () => {
  it('answers the API and serves the page bundled at build time', async () => {
    const r = await fetch(`${base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: '第98号决议讲什么？' }),
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { found: boolean }).found).toBe(true);
    const page = await fetch(`${base}/`);
    expect(await page.text()).toContain('<!doctype html>');
  });

  it('serves /metrics on METRICS_PORT only, behind METRICS_TOKEN', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${metricsBase}/metrics`)).status).toBe(401);
    const res = await fetch(`${metricsBase}/metrics`, {
      headers: { authorization: 'Bearer scrape-token' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_requests_total');
  });

  it('derived the dictionary table on its worker threads (a fresh DATA_DIR), each started from the bundle', () => {
    expect(server.output).toContain('dictionary table derived (');
    // Every module src starts as a worker is an entry of the bundle, beside the chunks that resolve it.
    const started = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [
        ...readFileSync(join('src', f), 'utf8').matchAll(
          /startModuleWorker\(new URL\('\.\/([\w-]+)'/g,
        ),
      ])
      .map((m) => m[1]!);
    expect(started.length).toBeGreaterThanOrEqual(3);
    for (const name of started) expect(existsSync(`dist/bundle/${name}.js`), name).toBe(true);
  });

  it('runs as one process: no tsx, no esbuild beside it', () => {
    const pid = server.child.pid!;
    let children = '';
    try {
      children = execFileSync('pgrep', ['-a', '-P', String(pid)], { encoding: 'utf8' });
    } catch {
      // pgrep exits 1 when there is no child process.
    }
    expect(children).toBe('');
    const cmd = execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    expect(cmd).toContain('dist/bundle/main.js');
    expect(cmd).not.toMatch(/tsx|esbuild/);
  });
});
