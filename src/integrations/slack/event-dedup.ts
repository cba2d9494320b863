/**
 * Remembers recent Slack event_ids so an event Slack re-sends (X-Slack-Retry-Num) is answered once. With a
 * shared store the first replica to claim an id answers it, whichever replica the retry lands on; while
 * Redis is away each replica falls back to what it has seen itself.
 */
import type { LRUCache } from 'lru-cache';
import type { SharedStore } from '../../shared-state/shared-store.js';
import { lru } from '../../platform/lru.js';

export interface EventDedupOptions {
  maxEvents?: number;
  /** Slack retries within minutes; an hour covers its whole retry schedule. */
  ttlMs?: number;
  now?: () => number;
  shared?: SharedStore | null;
}

const HOUR_MS = 60 * 60 * 1000;

export class EventDedup {
  private readonly seen: LRUCache<string, true>;
  private readonly ttlMs: number;
  private readonly shared: SharedStore | null;

  constructor(opts: EventDedupOptions = {}) {
    this.ttlMs = opts.ttlMs ?? HOUR_MS;
    this.shared = opts.shared ?? null;
    this.seen = lru({ max: opts.maxEvents ?? 5000, ttlMs: this.ttlMs, now: opts.now });
  }

  /** True the first time an id is offered (to any replica sharing the store), false for every repeat. */
  async firstTime(eventId: string): Promise<boolean> {
    // Kept here too: a retry reaching this replica during an outage is still caught.
    if (this.seen.has(eventId)) return false;
    this.seen.set(eventId, true);
    const claimed = await this.shared?.claim(`slack:event:${eventId}`, this.ttlMs);
    // null (no Redis, or unreachable): this replica has not seen it, so it answers.
    return claimed ?? true;
  }
}
