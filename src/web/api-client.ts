/** Talks to the server: streamed answers with a JSON fallback, clauses, the resolution list, feedback. */
import type {
  AskInput,
  AskResult,
  Citation,
  FeedbackInput,
  ResolutionInfo,
} from '../contract/api.js';
import { SseParser } from './sse-parser.js';

export interface ClauseDetail extends Citation {
  doc: string;
  leadIn: string | null;
  previous: string | null;
  next: string | null;
}

export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    /** network | rate_limit | http | stream */
    readonly code: string,
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export interface StreamHandlers {
  onSources?: (sources: Citation[]) => void;
  onToken?: (text: string) => void;
  /** The stream failed part-way and the answer is being fetched again without streaming. */
  onRestart?: () => void;
}

/** With API_KEYS set on the server, /api needs a bearer key; the page keeps it for this tab only. */
const KEY_STORE = 'wtsa20-chat.api-key';

export function setApiKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else sessionStorage.removeItem(KEY_STORE);
  } catch {
    /* storage disabled: the key lasts until reload */
    memoryKey = key;
  }
}

let memoryKey = '';

function authHeaders(): Record<string, string> {
  let key = memoryKey;
  try {
    key = sessionStorage.getItem(KEY_STORE) ?? memoryKey;
  } catch {
    /* storage disabled */
  }
  return key ? { authorization: `Bearer ${key}` } : {};
}

async function errorFrom(res: Response): Promise<RequestError> {
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    /* not JSON */
  }
  const code = res.status === 429 ? 'rate_limit' : res.status === 401 ? 'unauthorized' : 'http';
  return new RequestError(code, message, res.status);
}

async function send(
  url: string,
  init: RequestInit & { headers?: Record<string, string> },
): Promise<Response> {
  try {
    return await fetch(url, { ...init, headers: { ...authHeaders(), ...init.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new RequestError('network', (e as Error).message || 'network error');
  }
}

async function postJson(url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

export async function askOnce(input: AskInput, signal?: AbortSignal): Promise<AskResult> {
  const res = await postJson('/api/ask', input, signal);
  if (!res.ok) throw await errorFrom(res);
  return (await res.json()) as AskResult;
}

/** Reads the SSE answer; resolves with the `done` result, throws a RequestError on any failure. */
async function readStream(res: Response, handlers: StreamHandlers): Promise<AskResult> {
  if (!res.body) throw new RequestError('stream', 'no response body');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  for (;;) {
    const { value, done } = await reader.read();
    const events = done ? parser.flush() : parser.push(value);
    for (const ev of events) {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(ev.data) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (ev.event === 'sources' && Array.isArray(data.sources)) {
        handlers.onSources?.(data.sources as Citation[]);
      } else if (ev.event === 'token' && typeof data.text === 'string') {
        handlers.onToken?.(data.text);
      } else if (ev.event === 'done') {
        void reader.cancel().catch(() => undefined);
        // The spec sends the AskResult itself; accept {result} too.
        return ((data.result as AskResult | undefined) ?? data) as unknown as AskResult;
      } else if (ev.event === 'error') {
        throw new RequestError('stream', typeof data.message === 'string' ? data.message : 'error');
      }
    }
    if (done) throw new RequestError('stream', 'the stream ended before the answer was complete');
  }
}

/**
 * Streams from /api/ask/stream; when that route is missing (404/405) or the stream breaks,
 * asks /api/ask once instead. Client errors (400, 413, 429 …) are not retried.
 */
export async function ask(
  input: AskInput,
  handlers: StreamHandlers = {},
  signal?: AbortSignal,
): Promise<AskResult> {
  let res: Response | undefined;
  try {
    res = await send('/api/ask/stream', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(input),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
  }
  const streamable =
    res?.ok && (res.headers.get('content-type') ?? '').includes('text/event-stream');
  if (res && !res.ok && res.status >= 400 && res.status < 500 && ![404, 405].includes(res.status)) {
    throw await errorFrom(res);
  }
  if (res && streamable) {
    try {
      return await readStream(res, handlers);
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      handlers.onRestart?.();
    }
  }
  return askOnce(input, signal);
}

export async function getClause(id: string, signal?: AbortSignal): Promise<ClauseDetail> {
  const res = await send(`/api/clauses/${encodeURIComponent(id)}`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw await errorFrom(res);
  return (await res.json()) as ClauseDetail;
}

export async function getResolutions(): Promise<ResolutionInfo[]> {
  const res = await send('/api/resolutions', { headers: { accept: 'application/json' } });
  if (!res.ok) throw await errorFrom(res);
  return ((await res.json()) as { resolutions: ResolutionInfo[] }).resolutions;
}

/** Rates an answer; a RequestError with status 404 means the server no longer knows it. */
export async function sendFeedback(input: FeedbackInput): Promise<void> {
  const res = await postJson('/api/feedback', input);
  if (!res.ok) throw await errorFrom(res);
}
