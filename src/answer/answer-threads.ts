/**
 * Offline answers on worker threads. With a spare core, the HTTP thread only parses, routes and writes,
 * while each worker keeps the retrieval code and indexes hot in its own core's caches: on the 2-core bench
 * machine /api/ask throughput doubled. Anything wrong with a thread (not ready, crashed, too slow) is
 * reported as ThreadUnavailable so the caller answers on its own thread instead; a thread that exits is
 * replaced, a bounded number of times.
 */
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import { startModuleWorker } from '../platform/module-worker.js';
import type { FromThread, SharedBuilds, ThreadData, ToThread } from './answer-thread.js';
import type { AskInput, AskResult } from './types.js';

export class ThreadUnavailable extends Error {
  override name = 'ThreadUnavailable';
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: number;
  /** Whether it reads the main thread's lexical indexes in place (else it built its own). */
  indexesShared: boolean;
}

interface Pending {
  slot: Slot;
  resolve: (r: AskResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export interface AnswerThreadsOptions {
  config: Config;
  /**
   * What the threads read in place (the main thread's dictionary table and lexical indexes, current at
   * each start or reload).
   */
  shared?: () => SharedBuilds;
  threads: number;
  /** An answer slower than this is taken back and the thread replaced. */
  timeoutMs?: number;
  /** Replacements allowed per minute before answering stays on the calling thread. */
  maxRestartsPerMinute?: number;
  log?: (message: string) => void;
}

export class AnswerThreads {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly restartTimes: number[] = [];
  private seq = 0;
  private turn = 0;
  private closed = false;
  private everReady = false;
  readonly stats = { answered: 0, failed: 0, restarts: 0, reloads: 0 };

  constructor(private readonly opts: AnswerThreadsOptions) {
    for (let i = 0; i < opts.threads; i++) this.spawn();
  }

  /** Threads ready to answer now. */
  get ready(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Ready threads that read the main thread's lexical indexes in place. */
  get sharingIndexes(): number {
    return this.slots.filter((s) => s.ready && s.indexesShared).length;
  }

  /** Whether the threads are still starting: none has been ready yet, and they are not closed. */
  get starting(): boolean {
    return !this.everReady && !this.closed && this.slots.length > 0;
  }

  /** Resolves when any thread is ready, or false after `ms`, once closed, or when none is left. */
  async whenAnyReady(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (this.ready === 0) {
      if (Date.now() > until || this.closed || this.slots.length === 0) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
    return true;
  }

  /** Resolves when every thread is ready, or false after `ms`. */
  async whenReady(ms = 30_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (this.ready < this.slots.length || this.slots.length === 0) {
      if (Date.now() > until || this.closed) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
    return true;
  }

  ask(input: AskInput): Promise<AskResult> {
    const ready = this.slots.filter((s) => s.ready);
    if (!ready.length) return Promise.reject(new ThreadUnavailable('no answering thread is ready'));
    // Round robin, skipping a thread with more waiting than the others.
    let slot = ready[this.turn++ % ready.length]!;
    for (const s of ready) if (s.busy < slot.busy) slot = s;
    const id = ++this.seq;
    return new Promise<AskResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(id)?.reject(new ThreadUnavailable('the answering thread timed out'));
        this.replace(slot);
      }, this.opts.timeoutMs ?? 10_000);
      this.pending.set(id, { slot, resolve, reject, timer });
      slot.busy++;
      slot.worker.postMessage({ type: 'ask', id, input } satisfies ToThread);
    });
  }

  /** After the index on disk was rebuilt: each thread loads it again (and answers meanwhile wait for it). */
  reload(): void {
    this.stats.reloads++;
    const shared = this.opts.shared?.();
    for (const s of this.slots)
      s.worker.postMessage({ type: 'reload', ...shared } satisfies ToThread);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const id of [...this.pending.keys()]) {
      this.settle(id)?.reject(new ThreadUnavailable('answering threads are closing'));
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const worker = startModuleWorker(new URL('./answer-thread', import.meta.url), {
      config: this.opts.config,
      ...this.opts.shared?.(),
    } satisfies ThreadData);
    // The threads never keep the process alive on their own: shutdown is the server's decision.
    worker.unref();
    const slot: Slot = { worker, ready: false, busy: 0, indexesShared: false };
    worker.on('message', (m: FromThread) => this.onMessage(slot, m));
    worker.on('error', (e) => this.opts.log?.(`answering thread failed: ${e.message}`));
    worker.on('exit', () => this.onExit(slot));
    this.slots.push(slot);
  }

  private onMessage(slot: Slot, m: FromThread): void {
    if (m.type === 'ready') {
      slot.ready = true;
      slot.indexesShared = m.indexesShared;
      this.everReady = true;
      return;
    }
    const p = this.settle(m.id);
    if (!p) return;
    if (m.type === 'result') {
      this.stats.answered++;
      p.resolve(m.result);
    } else {
      this.stats.failed++;
      p.reject(new ThreadUnavailable(`the answering thread failed: ${m.message}`));
    }
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (!p) return undefined;
    this.pending.delete(id);
    clearTimeout(p.timer);
    p.slot.busy--;
    return p;
  }

  private replace(slot: Slot): void {
    slot.ready = false;
    void slot.worker.terminate();
  }

  private onExit(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    for (const [id, p] of this.pending) {
      if (p.slot === slot)
        this.settle(id)?.reject(new ThreadUnavailable('the answering thread exited'));
    }
    if (this.closed) return;
    const now = Date.now();
    while (this.restartTimes.length && now - this.restartTimes[0]! > 60_000)
      this.restartTimes.shift();
    if (this.restartTimes.length >= (this.opts.maxRestartsPerMinute ?? 3)) {
      this.opts.log?.('answering thread keeps exiting; answers stay on the main thread');
      return;
    }
    this.restartTimes.push(now);
    this.stats.restarts++;
    this.spawn();
  }
}
