/** A small least-recently-used map with an optional time to live: every Slack memory is bounded by it. */

export interface BoundedMapOptions {
  maxEntries: number;
  /** Entries older than this are treated as absent; undefined keeps them until evicted by size. */
  ttlMs?: number;
  now?: () => number;
}

export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { value: V; at: number }>();
  private readonly now: () => number;

  constructor(private readonly opts: BoundedMapOptions) {
    if (!Number.isInteger(opts.maxEntries) || opts.maxEntries < 1) {
      throw new RangeError('maxEntries must be a positive integer');
    }
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.expired(hit.at)) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so Map order stays least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  private expired(at: number): boolean {
    return this.opts.ttlMs !== undefined && this.now() - at > this.opts.ttlMs;
  }
}
