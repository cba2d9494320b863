/** POST /api/ask/stream: the answer as Server-Sent Events — sources, token deltas, then the final result. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../http/app-env.js';
import { askSchema } from '../../http/ask-schema.js';
import { readJson } from '../../http/read-json.js';

/** Shown when the stream fails after it started: the status line is already sent, so the error is an event. */
const STREAM_ERROR = 'Something went wrong while answering. Please try again.';

export function askStreamRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    // Validated before the stream starts, so bad input still gets a 4xx JSON error from app.onError.
    const body = await readJson(c, askSchema);
    const assistant = c.var.assistant;
    // A client that goes away aborts the upstream model request through this signal.
    const abort = new AbortController();
    const onDisconnect = () => abort.abort(new Error('client disconnected'));
    c.req.raw.signal.addEventListener('abort', onDisconnect, { once: true });
    c.header('X-Accel-Buffering', 'no');

    return streamSSE(c, async (stream) => {
      stream.onAbort(onDisconnect);
      try {
        for await (const event of assistant.askStream(body, { signal: abort.signal })) {
          if (stream.aborted) break;
          switch (event.type) {
            case 'sources':
              await stream.writeSSE({
                event: 'sources',
                data: JSON.stringify({ sources: event.sources }),
              });
              break;
            case 'token':
              await stream.writeSSE({ event: 'token', data: JSON.stringify({ text: event.text }) });
              break;
            case 'done':
              await stream.writeSSE({ event: 'done', data: JSON.stringify(event.result) });
              break;
          }
        }
      } catch (err) {
        // streamSSE errors bypass app.onError: caught here, logged, and sent as a safe message.
        if (!abort.signal.aborted) {
          c.get('log').error({ err }, 'answer stream failed');
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ message: STREAM_ERROR }),
          });
        }
      } finally {
        c.req.raw.signal.removeEventListener('abort', onDisconnect);
      }
    });
  });
  return app;
}
