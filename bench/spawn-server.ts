/**
 * Starts the real entry as a child process and waits until its output says it is ready: compiled
 * (the node arguments of npm start, after npm run build) or from sources through tsx. The
 * bench, the soak and the fault tests all need the server as it really starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The node arguments of `npm start` (package.json's start script), so what is measured is what runs. */
export function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const [bin, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (bin !== 'node') throw new Error(`npm start runs ${bin}, not node`);
  return args;
}

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything the server printed up to the moment it was ready. */
  output: string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

export function spawnServer(opts: {
  env: Record<string, string>;
  /**
   * True once the output so far shows the server ready (default: the "ready on" log line, which pino writes
   * at level info: LOG_LEVEL must allow it).
   */
  ready?: (output: string) => boolean;
  /** Pipe stderr into `output` instead of passing it through. */
  captureStderr?: boolean;
  timeoutMs?: number;
  /** Run what npm start runs (build it first) instead of the TypeScript sources. */
  compiled?: boolean;
}): Promise<SpawnedServer> {
  const ready = opts.ready ?? ((out: string) => out.includes('ready on'));
  const args = opts.compiled ? startArgs() : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', opts.captureStderr ? 'pipe' : 'inherit'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready in ${opts.timeoutMs ?? 30_000} ms: ${out}`));
    }, opts.timeoutMs ?? 30_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code} before ready: ${out}`));
    };
    child.once('exit', onExit);
    const collect = (d: Buffer) => {
      out += d.toString();
      if (!ready(out)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      // From here on the logs are drained, not kept: a long run (the soak) would fill memory.
      child.stdout!.off('data', collect).on('data', () => undefined);
      child.stderr?.off('data', collect).on('data', () => undefined);
      resolve({ child, output: out, exited });
    };
    child.stderr?.on('data', collect);
    child.stdout!.on('data', collect);
  });
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
