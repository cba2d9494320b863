/**
 * The one background rebuild at a time, shared by POST /admin/reindex and the corpus watcher: it rebuilds
 * into a temp folder and swaps, while the running assistant keeps answering from what it had.
 */
import type { Logger } from './logger.js';

export interface ReindexJob {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** What started it: "admin" or "corpus change". */
  trigger: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  result: unknown;
  error: string | null;
}

export interface ReindexRunner {
  readonly job: ReindexJob;
  /** Starts a rebuild; false when one is already running. */
  start(trigger: string): boolean;
}

/** The job before any rebuild. */
export const IDLE_JOB: Readonly<ReindexJob> = {
  state: 'idle',
  trigger: null,
  startedAt: null,
  finishedAt: null,
  result: null,
  error: null,
};

export function reindexRunner(run: () => Promise<unknown>, logger: Logger): ReindexRunner {
  const job: ReindexJob = { ...IDLE_JOB };
  return {
    job,
    start(trigger) {
      if (job.state === 'running') return false;
      Object.assign(job, {
        state: 'running',
        trigger,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        result: null,
        error: null,
      });
      logger.info({ trigger }, 'reindex started');
      run().then(
        (result) => {
          Object.assign(job, { state: 'done', finishedAt: new Date().toISOString(), result });
          logger.info({ result }, 'reindex done');
        },
        (err: unknown) => {
          Object.assign(job, {
            state: 'failed',
            finishedAt: new Date().toISOString(),
            error: 'The rebuild failed; the previous index is still served.',
          });
          logger.error({ err }, 'reindex failed');
        },
      );
      return true;
    },
  };
}
