/** Bounded, expiring maps (lru-cache) with a clock tests can set: Slack memories, recent answers awaiting feedback. */
import { LRUCache } from 'lru-cache';

// lru-cache keys and values are any non-nullish value: its own constraint is {}.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function lru<K extends {}, V extends {}>(opts: {
  max: number;
  ttlMs: number;
  now?: () => number;
  /** A second bound, on the entries' total size as sizeOf measures it. */
  maxSize?: number;
  sizeOf?: (value: V) => number;
}): LRUCache<K, V> {
  return new LRUCache<K, V>({
    max: opts.max,
    ttl: opts.ttlMs,
    ...(opts.maxSize && opts.sizeOf
      ? { maxSize: opts.maxSize, sizeCalculation: (v: V) => Math.max(1, opts.sizeOf!(v)) }
      : {}),
    // With a clock of its own (tests), read it every time instead of lru-cache's 1 ms cached reading; the +1
    // because lru-cache takes a start time of 0 for "never set", and such an entry would never expire.
    ...(opts.now ? { perf: { now: () => opts.now!() + 1 }, ttlResolution: 0 } : {}),
  });
}
