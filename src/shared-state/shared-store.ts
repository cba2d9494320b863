/**
 * What the replicas share through Redis, as a few small operations: claim a key once, take a rate-limit
 * token, append to a bounded list, read a list. Each answers null when Redis cannot be reached, so every
 * caller decides its own fallback (fail open, or its in-process memory); those fallbacks are counted.
 */
import { connectRedis, type RedisConnection, type SharedStateLog } from './redis-connection.js';
import { TOKEN_BUCKET_SCRIPT, tokenVerdict, type TokenVerdict } from './token-bucket.js';

/** Every key this service writes starts with it, so one Redis can serve other things too. */
const PREFIX = 'wtsa20:';
/** A command failing while Redis looks healthy (a timeout) is logged at most this often. */
const WARN_EVERY_MS = 10_000;

/** Read by /metrics at scrape time. */
export interface SharedStateStats {
  readonly up: boolean;
  readonly outages: number;
  /** Operations answered without Redis, by operation. */
  readonly fallbacks: Readonly<Record<string, number>>;
}

export interface SharedStore {
  /** True the first time any replica claims the key within ttlMs (SET NX), false after; null without Redis. */
  claim(key: string, ttlMs: number): Promise<boolean | null>;
  /** Takes one token from the key's bucket (perMinute tokens a minute, as a burst too); null without Redis. */
  takeToken(key: string, perMinute: number): Promise<TokenVerdict | null>;
  /** Appends values, keeps the newest maxItems, and (re)sets the TTL; false when not stored. */
  append(key: string, values: string[], maxItems: number, ttlMs: number): Promise<boolean>;
  /** The list's values, oldest first; null without Redis. */
  list(key: string): Promise<string[] | null>;
  readonly stats: SharedStateStats;
  /** Resolves true once Redis is reachable, false if not within timeoutMs. */
  whenUp(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function openSharedStore(url: string, log: SharedStateLog): SharedStore {
  return sharedStoreOver(connectRedis(url, log), log);
}

function sharedStoreOver(conn: RedisConnection, log: SharedStateLog): SharedStore {
  const { client } = conn;
  const fallbacks: Record<string, number> = {};
  let lastWarned = 0;

  /** Runs one operation on Redis, or answers `without` (counted) when Redis is away or fails. */
  async function attempt<T, F>(op: string, run: () => Promise<T>, without: F): Promise<T | F> {
    if (conn.up) {
      try {
        return await run();
      } catch (err) {
        const message = (err as Error).message;
        // A hung Redis would cost every request the timeout: treat it as an outage until it answers again.
        if (message === 'Command timed out') conn.hung();
        else if (conn.up && Date.now() - lastWarned > WARN_EVERY_MS) {
          lastWarned = Date.now();
          log.warn({ op, err: message }, 'redis command failed: answering without it');
        }
      }
    }
    fallbacks[op] = (fallbacks[op] ?? 0) + 1;
    return without;
  }

  return {
    claim: (key, ttlMs) =>
      attempt(
        'claim',
        async () => (await client.set(PREFIX + key, '1', 'PX', ttlMs, 'NX')) === 'OK',
        null,
      ),
    takeToken: (key, perMinute) =>
      attempt(
        'rate_limit',
        async () =>
          tokenVerdict(
            await client.eval(TOKEN_BUCKET_SCRIPT, 1, PREFIX + key, perMinute),
            perMinute,
          ),
        null,
      ),
    append: (key, values, maxItems, ttlMs) =>
      attempt(
        'append',
        async () => {
          // One transaction, so a reader never sees the list past its bound or without its TTL.
          const replies = await client
            .multi()
            .rpush(PREFIX + key, ...values)
            .ltrim(PREFIX + key, -maxItems, -1)
            .pexpire(PREFIX + key, ttlMs)
            .exec();
          return Boolean(replies?.every(([err]) => !err));
        },
        false,
      ),
    list: (key) => attempt('list', () => client.lrange(PREFIX + key, 0, -1), null),
    stats: {
      get up() {
        return conn.up;
      },
      get outages() {
        return conn.outages;
      },
      fallbacks,
    },
    whenUp: (timeoutMs) => conn.whenUp(timeoutMs),
    close: () => conn.close(),
  };
}
