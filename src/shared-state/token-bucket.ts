/**
 * The rate limit's token bucket kept in Redis: one Lua script reads, refills, takes and writes the bucket,
 * so replicas counting the same client at the same moment cannot both spend its last token. The clock is
 * Redis's own (TIME), so replicas whose clocks differ still agree.
 */
import { z } from 'zod';

/** KEYS[1]: the bucket; ARGV[1]: tokens per minute (also the burst). Returns {allowed, tokens left}. */
export const TOKEN_BUCKET_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap = tonumber(ARGV[1])
local perMs = cap / 60000
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * perMs)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- A bucket left alone for a minute is full again: it need not be kept longer.
redis.call('PEXPIRE', KEYS[1], 60000)
return {allowed, tostring(tokens)}
`;

export interface TokenVerdict {
  allowed: boolean;
  /** When the next token is there (0 when this one was allowed). */
  retryAfterMs: number;
}

/** The script's reply: {1|0, "tokens"} (Lua numbers reach Redis as integers, hence the string). */
const replySchema = z.tuple([z.coerce.number(), z.coerce.number()]);

/** Reads the script's reply; one of another shape throws, and the caller treats it as Redis failing. */
export function tokenVerdict(reply: unknown, perMinute: number): TokenVerdict {
  const [allowed, left] = replySchema.parse(reply);
  if (allowed === 1) return { allowed: true, retryAfterMs: 0 };
  return { allowed: false, retryAfterMs: (1 - left) / (perMinute / 60_000) };
}
