/**
 * Starts the real entry (node --import tsx src/server/main.ts) as a child process and waits until its output
 * says it is ready. The bench, the soak and the shutdown fault test all need the server as it really starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything the server printed up to the moment it was ready. */
  output: string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

export function spawnServer(opts: {
  env: Record<string, string>;
  /** True once the output so far shows the server ready (default: the "ready on" line). */
  ready?: (output: string) => boolean;
  /** Pipe stderr into `output` instead of passing it through. */
  captureStderr?: boolean;
  timeoutMs?: number;
}): Promise<SpawnedServer> {
  const ready = opts.ready ?? ((out: string) => out.includes('ready on'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
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
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (!ready(out)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ child, output: out, exited });
    });
  });
}
