/** The shared store against a real redis-server: each operation, and null (counted) while Redis is away. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedStore, type SharedStore } from '../../src/shared-state/shared-store.js';
import { capturedLog } from '../helpers/captured-log.js';
import { testRedis, type TestRedis } from '../helpers/redis-server.js';

let redis: TestRedis;
const log = capturedLog();
const stores: SharedStore[] = [];

async function open(): Promise<SharedStore> {
  const store = openSharedStore(redis.url, log.logger);
  stores.push(store);
  expect(await store.whenUp(5_000)).toBe(true);
  return store;
}

beforeAll(async () => {
  redis = await testRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis.stop();
});

describe('SharedStore', () => {
  it('lets one claim of a key win, across connections', async () => {
    const [a, b] = [await open(), await open()];
    expect(await a.claim('claim-1', 60_000)).toBe(true);
    expect(await b.claim('claim-1', 60_000)).toBe(false);
    expect(await a.claim('claim-1', 60_000)).toBe(false);
    expect(await b.claim('claim-2', 60_000)).toBe(true);
  });

  it('spends one token bucket from several connections, never past the limit', async () => {
    const [a, b] = [await open(), await open()];
    const verdicts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).takeToken('bucket-1', 4)),
    );
    expect(verdicts.filter((v) => v?.allowed)).toHaveLength(4);
    const refused = verdicts.find((v) => v && !v.allowed)!;
    // Four a minute: the next token comes within 15 s.
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(15_000);
  });

  it('keeps the newest items of a list within its bound', async () => {
    const a = await open();
    await a.append('list-1', ['1', '2'], 3, 60_000);
    expect(await a.append('list-1', ['3', '4'], 3, 60_000)).toBe(true);
    expect(await a.list('list-1')).toEqual(['2', '3', '4']);
    expect(await a.list('list-none')).toEqual([]);
  });

  it('answers null at once while Redis is away, counts it, logs the outage once, and resumes', async () => {
    const a = await open();
    log.clear();
    await redis.stop();
    for (let i = 0; i < 50 && a.stats.up; i++) await new Promise((r) => setTimeout(r, 20));
    expect(a.stats.up).toBe(false);
    expect(await a.claim('away', 1000)).toBeNull();
    expect(await a.takeToken('away', 1)).toBeNull();
    expect(await a.list('away')).toBeNull();
    expect(await a.append('away', ['x'], 1, 1000)).toBe(false);
    expect(a.stats.fallbacks).toMatchObject({ claim: 1, rate_limit: 1, list: 1, append: 1 });
    expect(a.stats.outages).toBeGreaterThanOrEqual(1);
    const warned = log.lines().filter((l) => String(l.msg).startsWith('redis unreachable'));
    expect(warned.length).toBeGreaterThanOrEqual(1);

    await redis.start();
    expect(await a.whenUp(10_000)).toBe(true);
    expect(await a.claim('back', 1000)).toBe(true);
    expect(log.lines().some((l) => l.msg === 'redis reachable again: state is shared again')).toBe(
      true,
    );
  });

  it('treats a hung Redis as away after one timed-out command, and comes back when it answers', async () => {
    const a = await open();
    redis.pause();
    try {
      // The first command waits for its timeout; it is answered without Redis, like the ones after it.
      expect(await a.claim('hung-1', 1000)).toBeNull();
      expect(a.stats.up).toBe(false);
      expect(await a.takeToken('hung-2', 1)).toBeNull();
    } finally {
      redis.resume();
    }
    expect(await a.whenUp(10_000)).toBe(true);
    expect(await a.claim('hung-3', 1000)).toBe(true);
  });
});
