/** Slack's v0 request signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}", compared in constant time. */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's documented window: a request more than five minutes off, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'bad_timestamp' | 'stale' | 'mismatch' };

export function signSlackRequest(
  secret: string,
  timestamp: string | number,
  rawBody: string,
): string {
  const mac = createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`, 'utf8');
  return `v0=${mac.digest('hex')}`;
}

export interface VerifyInput {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: number;
}

export function verifySlackSignature(input: VerifyInput): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const nowSeconds = Math.floor((input.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, reason: 'stale' };
  }
  const expected = Buffer.from(signSlackRequest(input.signingSecret, timestamp, input.rawBody));
  const given = Buffer.from(signature);
  // timingSafeEqual throws on different lengths; a length mismatch is already a plain "no".
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true };
}
