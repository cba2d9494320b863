/**
 * Graceful stop for a node:http server: stop accepting, answer every request already on a socket, then close.
 * http.Server.close() is not enough on its own: it also drops "idle" sockets at once, and a socket whose
 * request is still unread in the kernel buffer counts as idle, so an accepted request would be reset. And closing
 * the listener at once resets every connection still waiting in the kernel's accept queue, which the client saw
 * as accepted; so the listener stays open until the queue is drained (no new connection for a poll, at most
 * drainAcceptMs), answering with Connection: close meanwhile.
 */
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

export interface ShutdownOptions {
  /** Upper bound on the whole wait; sockets still open then are destroyed. */
  graceMs: number;
  /** How often to look for an idle moment to drop keep-alive sockets. */
  pollMs?: number;
  /**
   * Longest time the listener stays open to drain the accept queue (default 5 s): on a busy machine the
   * queue is accepted slowly, and closing the listener resets whatever is still in it.
   */
  drainAcceptMs?: number;
}

/** Counts requests in flight from the moment the server starts; call once, right after listening. */
export function trackInFlight(server: HttpServer) {
  let inFlight = 0;
  let stopping = false;
  let lastConnection = 0;
  server.on('connection', () => (lastConnection = performance.now()));
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    // Once stopping, every answer closes its connection, so keep-alive clients move on.
    if (stopping) res.shouldKeepAlive = false;
    res.once('close', () => inFlight--);
  });

  /** Resolves once every connection is closed (or the grace period ran out). */
  function shutdown(opts: ShutdownOptions): Promise<'drained' | 'timeout'> {
    stopping = true;
    const poll = opts.pollMs ?? 50;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (how: 'drained' | 'timeout') => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        clearTimeout(deadline);
        resolve(how);
      };
      const began = performance.now();
      let listening = true;
      let quiet = 0;
      // The checks run in the check phase (setImmediate), right after an I/O poll: timers fire before the poll,
      // so a loop busy for longer than `poll` would otherwise see "no new connection" while the queue is full.
      const check = () => {
        const now = performance.now();
        if (
          listening &&
          (now - lastConnection >= poll || now - began >= (opts.drainAcceptMs ?? 5000))
        ) {
          listening = false;
          // net.Server's close stops accepting and waits for open sockets, without dropping idle ones.
          NetServer.prototype.close.call(server, () => finish('drained'));
        }
        // Idle keep-alive sockets are dropped only when nothing is in flight for two polls in a row,
        // so a request that arrived just before has been read and counted first.
        quiet = !listening && inFlight === 0 ? quiet + 1 : 0;
        if (quiet >= 2) server.closeIdleConnections();
      };
      const timer = setInterval(() => setImmediate(check), poll);
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        finish('timeout');
      }, opts.graceMs);
    });
  }

  return { inFlight: () => inFlight, shutdown };
}
