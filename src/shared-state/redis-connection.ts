/**
 * The one Redis connection a replica keeps (ioredis), set up so that Redis being away never holds a request:
 * commands fail at once while disconnected, a hung server times out once and is then treated as away until
 * it answers again, and reconnects back off but never stop.
 * It tracks outages — logged once when they start and once when they end, counted for /metrics.
 */
import { createRequire } from 'node:module';
import type { Redis as RedisClient } from 'ioredis';

/**
 * ioredis is loaded on the first connection, not at import: without REDIS_URL (the default) the server never
 * needs it, and loading it costs about 19 MB of RSS in every process.
 */
function loadRedis(): typeof import('ioredis').Redis {
  return (createRequire(import.meta.url)('ioredis') as typeof import('ioredis')).Redis;
}

/** What the connection logs (pino's Logger fits). */
export interface SharedStateLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Longest wait for one command: a question must never wait on the cache for long. */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2_000;
/** Reconnect delays double from 100 ms up to this, for as long as Redis is away. */
const MAX_RECONNECT_DELAY_MS = 2_000;

export interface RedisConnection {
  readonly client: RedisClient;
  /** True while commands can be sent. */
  readonly up: boolean;
  /** Outages since start (the first failed connection counts as one). */
  readonly outages: number;
  /** Resolves true once connected, false if not connected within timeoutMs. */
  whenUp(timeoutMs: number): Promise<boolean>;
  /** After a command timed out: Redis hangs, so drop the connection (and reconnect) rather than wait again. */
  hung(): void;
  close(): Promise<void>;
}

export function connectRedis(url: string, log: SharedStateLog): RedisConnection {
  const Redis = loadRedis();
  const client = new Redis(url, {
    // While disconnected a command fails at once (the callers fall back) instead of queueing.
    enableOfflineQueue: false,
    // Commands in flight when the connection drops fail too, rather than being resent later.
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), MAX_RECONNECT_DELAY_MS),
    connectionName: 'wtsa20-assistant',
    // CLIENT SETINFO exists only from Redis 7.2; older servers would answer it with an error.
    disableClientInfo: true,
  });
  let up = false;
  let inOutage = false;
  let outages = 0;
  let closing = false;
  const where = redactedUrl(url);

  const down = (reason: string) => {
    up = false;
    if (inOutage || closing) return;
    inOutage = true;
    outages++;
    log.warn(
      { redis: where, reason },
      'redis unreachable: rate limits and thread memory fail open, Slack de-dup is per replica until it is back',
    );
  };
  client.on('ready', () => {
    up = true;
    if (inOutage) log.info({ redis: where }, 'redis reachable again: state is shared again');
    else log.info({ redis: where }, 'redis connected: state is shared between replicas');
    inOutage = false;
  });
  // ioredis emits an error for every failed reconnect; the outage is logged once, in down().
  client.on('error', (err: Error) => down(err.message));
  client.on('close', () => down('connection closed'));

  return {
    client,
    get up() {
      return up;
    },
    get outages() {
      return outages;
    },
    whenUp(timeoutMs) {
      if (up) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          client.off('ready', ready);
          resolve(false);
        }, timeoutMs);
        const ready = () => {
          clearTimeout(timer);
          resolve(true);
        };
        client.once('ready', ready);
      });
    },
    hung() {
      if (!up) return;
      down('command timed out');
      client.disconnect(true);
    },
    async close() {
      closing = true;
      // QUIT waits for replies in flight; when Redis is away there is nothing to wait for.
      if (up) await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
