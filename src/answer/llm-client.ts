/** The chat model of any OpenAI-compatible server, with a hard deadline, bounded retries and failures named for the user. */
import type { Config } from '../config.js';

export type OpenAiConfig = Config['openai'];

/** Why a model call did not produce an answer: shown as `degraded` next to the extractive answer. */
export class LlmFailure extends Error {
  override name = 'LlmFailure';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/** One deadline for the whole model call (retries included), also ended by the caller's signal. */
export interface Deadline {
  signal: AbortSignal;
  /** Epoch ms after which no retry is started. */
  at: number;
  /** The caller's own signal (client disconnect), to tell it apart from the timeout. */
  callerSignal?: AbortSignal;
}

export function createDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return { signal, at: Date.now() + timeoutMs, callerSignal };
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function messageChain(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const { name, message, code, cause } = e as {
      name?: string;
      message?: string;
      code?: string;
      cause?: unknown;
    };
    parts.push(`${name ?? ''} ${code ?? ''} ${message ?? ''}`);
    e = cause;
  }
  return parts.join(' | ');
}

/** Maps any error of a model call to a short reason safe to show (no URL, no key, no upstream body). */
export function classifyLlmError(err: unknown, deadline: Deadline): LlmFailure {
  if (err instanceof LlmFailure) return err;
  if (deadline.callerSignal?.aborted) return new LlmFailure('request aborted', { cause: err });
  if (deadline.signal.aborted) return new LlmFailure('timeout', { cause: err });
  const status = statusOf(err);
  if (status === 429) return new LlmFailure('rate limited (429)', { cause: err });
  if (status === 404) return new LlmFailure('unknown model', { cause: err });
  if (status === 401 || status === 403)
    return new LlmFailure(`upstream refused the key (${status})`, { cause: err });
  if (status !== undefined && status >= 500)
    return new LlmFailure(`upstream error (${status})`, { cause: err });
  if (status !== undefined) return new LlmFailure(`upstream error (${status})`, { cause: err });
  const text = messageChain(err);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|Connection error|fetch failed/i.test(text)) {
    return new LlmFailure('connection failed', { cause: err });
  }
  if (/timeout|timed out|abort/i.test(text)) return new LlmFailure('timeout', { cause: err });
  if (/JSON|Unexpected token|parse/i.test(text))
    return new LlmFailure('malformed response', { cause: err });
  return new LlmFailure('model error', { cause: err });
}

function isRetryable(err: unknown): boolean {
  const status = statusOf(err);
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  return /ECONNRESET|ECONNREFUSED|Connection error|fetch failed/i.test(messageChain(err));
}

/** Retry-After (seconds or HTTP date) or retry-after-ms, in ms; undefined when absent. */
export function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { headers?: unknown } | null)?.headers;
  const get = (name: string): string | null =>
    headers instanceof Headers
      ? headers.get(name)
      : headers && typeof headers === 'object'
        ? ((headers as Record<string, string>)[name] ?? null)
        : null;
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = get('retry-after');
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles with the promise, or rejects as soon as the signal aborts (a hung socket must not hold the answer). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() =>
    signal.removeEventListener('abort', onAbort),
  );
}

/**
 * Runs one model call with up to maxRetries retries on 429, 5xx and dropped connections. A wait
 * (Retry-After, else exponential backoff) is only taken when it ends before the deadline.
 * Any failure is thrown as an LlmFailure with a reason safe to show.
 */
export async function withRetry<T>(
  call: (signal: AbortSignal) => Promise<T>,
  deadline: Deadline,
  maxRetries: number,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await raceAbort(call(deadline.signal), deadline.signal);
    } catch (err) {
      if (deadline.signal.aborted || attempt >= maxRetries || !isRetryable(err)) {
        throw classifyLlmError(err, deadline);
      }
      const wait = retryAfterMs(err) ?? 250 * 2 ** attempt;
      if (Date.now() + wait >= deadline.at) throw classifyLlmError(err, deadline);
      try {
        await sleep(wait, deadline.signal);
      } catch {
        throw classifyLlmError(err, deadline);
      }
    }
  }
}
