/**
 * Who a request counts against for the rate limit: its API key when it sends a valid one (a key shared by many
 * addresses is still one client; an address behind NAT may be many), else its address. X-Forwarded-For is
 * believed only as far as TRUST_PROXY says — a hop count or the proxies' addresses — since any client can set it.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';
import type { Config, TrustProxy } from '../config.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}

/** The client's address: the socket's, or the first untrusted one walking X-Forwarded-For from the right. */
export function clientAddress(trust: TrustProxy): (c: Context) => string {
  if (!trust) return socketAddress;
  const trusted =
    'hops' in trust
      ? (_addr: string, i: number) => i < trust.hops
      : proxyaddr.compile(trust.addresses);
  return (c) => {
    const socket = socketAddress(c);
    const forwarded = c.req.header('x-forwarded-for');
    if (!forwarded) return socket;
    // proxy-addr reads a Node request; these two fields are all it looks at.
    const req = { headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: socket } };
    return proxyaddr(req as unknown as IncomingMessage, trusted);
  };
}

/** The rate-limit key of a request: `key:<hash>` for a valid API key, `addr:<address>` otherwise. */
export function clientKey(config: Pick<Config, 'apiKeys' | 'trustProxy'>): (c: Context) => string {
  const address = clientAddress(config.trustProxy);
  // Hashed: the key itself never reaches Redis or a log line.
  const known = new Set(config.apiKeys.map(sha256));
  return (c) => {
    const bearer = /^Bearer[ \t]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const hash = bearer && known.size > 0 ? sha256(bearer) : undefined;
    // An invalid key counts against the address: made-up keys must not buy fresh allowances.
    return hash && known.has(hash) ? `key:${hash.slice(0, 32)}` : `addr:${address(c)}`;
  };
}
