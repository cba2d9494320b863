/** The rate limit's client key: a valid API key, else the address — X-Forwarded-For only as TRUST_PROXY says. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { clientKey } from '../../src/server/client-key.js';

/** The key a request gets, as if it came from `socket` (the Node adapter's IncomingMessage, reduced). */
async function keyOf(env: Record<string, string>, socket: string, headers: Record<string, string>) {
  const key = clientKey(loadConfig(env));
  const app = new Hono().get('/', (c) => c.text(key(c)));
  const res = await app.request(
    '/',
    { headers },
    { incoming: { socket: { remoteAddress: socket } } },
  );
  return res.text();
}

const xff = (v: string) => ({ 'x-forwarded-for': v });

describe('clientKey', () => {
  it('ignores X-Forwarded-For without TRUST_PROXY', async () => {
    expect(await keyOf({}, '10.0.0.9', xff('203.0.113.7'))).toBe('addr:10.0.0.9');
  });

  it('believes the named proxies, and no further than the first address it does not trust', async () => {
    const env = { TRUST_PROXY: '10.0.0.0/8' };
    expect(await keyOf(env, '10.0.0.9', xff('203.0.113.7'))).toBe('addr:203.0.113.7');
    // The client wrote the first entry itself: the untrusted 198.51.100.1 appended it, so it is the client.
    expect(await keyOf(env, '10.0.0.9', xff('1.2.3.4, 198.51.100.1'))).toBe('addr:198.51.100.1');
    // A socket that is no trusted proxy: its header is not believed.
    expect(await keyOf(env, '192.0.2.5', xff('203.0.113.7'))).toBe('addr:192.0.2.5');
  });

  it('believes as many hops as TRUST_PROXY counts', async () => {
    const env = { TRUST_PROXY: '1' };
    expect(await keyOf(env, '10.0.0.9', xff('1.2.3.4, 203.0.113.7'))).toBe('addr:203.0.113.7');
    expect(await keyOf({ TRUST_PROXY: '2' }, '10.0.0.9', xff('1.2.3.4, 203.0.113.7'))).toBe(
      'addr:1.2.3.4',
    );
  });

  it('keys by a valid API key (hashed), and by the address for an unknown one', async () => {
    const env = { API_KEYS: 'k-one,k-two' };
    const one = await keyOf(env, '10.0.0.9', { authorization: 'Bearer k-one' });
    const two = await keyOf(env, '10.0.0.9', { authorization: 'Bearer k-two' });
    expect(one).toMatch(/^key:[0-9a-f]{32}$/);
    expect(two).toMatch(/^key:[0-9a-f]{32}$/);
    expect(one).not.toBe(two);
    expect(one).not.toContain('k-one');
    expect(await keyOf(env, '10.0.0.9', { authorization: 'Bearer made-up' })).toBe('addr:10.0.0.9');
  });
});
