/** Remembers recent Slack event_ids so an event Slack re-sends (X-Slack-Retry-Num) is answered once. */
import type { LRUCache } from 'lru-cache';
import { lru } from '../../platform/lru.js';

export interface EventDedupOptions {
  maxEvents?: number;
  /** Slack retries within minutes; an hour covers its whole retry schedule. */
  ttlMs?: number;
  now?: () => number;
}

export class EventDedup {
  private readonly seen: LRUCache<string, true>;

  constructor(opts: EventDedupOptions = {}) {
    this.seen = lru({
      max: opts.maxEvents ?? 5000,
      ttlMs: opts.ttlMs ?? 60 * 60 * 1000,
      now: opts.now,
    });
  }

  /** True the first time an id is offered, false for every repeat while it is remembered. */
  firstTime(eventId: string): boolean {
    if (this.seen.has(eventId)) return false;
    this.seen.set(eventId, true);
    return true;
  }
}
