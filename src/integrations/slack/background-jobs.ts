/** Work done after Slack has its acknowledgement: tracked so tests (and shutdown) can wait for it. */

export interface JobLog {
  error(obj: object, msg?: string): void;
}

export class BackgroundJobs {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly log: JobLog) {}

  /** Starts fn without awaiting it; a failure is logged, never thrown into the request. */
  run(label: string, fn: () => Promise<void>): void {
    const job = Promise.resolve()
      .then(fn)
      .catch((err: unknown) => {
        this.log.error(
          { job: label, err: err instanceof Error ? err.message : String(err) },
          'slack job failed',
        );
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
  }

  get size(): number {
    return this.inFlight.size;
  }

  /** Resolves when every job started so far, and any they started, has settled. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}

let shared: BackgroundJobs | undefined;

/** The instance slackRoutes uses unless given one, logging to the first log it is given. */
export function sharedJobs(log: JobLog): BackgroundJobs {
  return (shared ??= new BackgroundJobs(log));
}

/** A promise of all in-flight Slack work (for tests and graceful shutdown). */
export function pendingWork(): Promise<void> {
  return shared?.idle() ?? Promise.resolve();
}
