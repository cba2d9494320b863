/**
 * A real redis-server for the shared-state tests, on a free port, with nothing persisted; stop() and start()
 * simulate an outage. Without redis-server the tests fail at once, saying how to install it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { freePort } from '../../bench/spawn-server.js';

export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, 'redis-server'), constants.X_OK);
      return join(dir, 'redis-server');
    } catch {
      // not in this folder
    }
  }
  throw new Error(
    'No redis-server for the shared-state tests: install it (apt-get install redis-server).',
  );
}

export interface TestRedis {
  url: string;
  /** Starts the server (again) on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Kills the server, like a crash; resolves once it has exited. */
  stop(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open but nothing is answered, like a hung host. */
  pause(): void;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
}

export async function testRedis(): Promise<TestRedis> {
  const bin = findRedisServer();
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', ''];
      const proc = spawn(bin, [...args, '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let out = '';
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
      proc.once('error', reject);
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const proc = child;
      child = null;
      if (!proc || proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });

  // A failed run must not leave a server behind.
  process.once('exit', () => child?.kill('SIGKILL'));
  await start();
  const signal = (s: NodeJS.Signals) => () => void (child as ChildProcess | null)?.kill(s);
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    pause: signal('SIGSTOP'),
    resume: signal('SIGCONT'),
  };
}
