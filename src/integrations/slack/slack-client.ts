/** Outbound Slack calls over fetch: chat.postMessage and views.open with the bot token, response_url posts; 429-aware. */
import { z } from 'zod';
import type { SlackMessage } from './blocks.js';
import type { ModalView } from './feedback-modal.js';

export class SlackApiError extends Error {
  override name = 'SlackApiError';
  constructor(
    readonly method: string,
    readonly code: string,
  ) {
    super(`Slack ${method} failed: ${code}`);
  }
}

const postMessageResponse = z
  .object({ ok: z.boolean(), error: z.string().optional(), ts: z.string().optional() })
  .passthrough();
const webApiResponse = z.object({ ok: z.boolean(), error: z.string().optional() }).passthrough();
const responseUrlReply = z.object({ ok: z.boolean(), error: z.string().optional() }).passthrough();

export interface SlackClientOptions {
  /** Web API base, e.g. https://slack.com/api. */
  apiUrl: string;
  botToken: string | undefined;
  /** Attempts after a 429 before giving up. */
  maxRetries?: number;
  /** Ceiling on one Retry-After wait, so a confused server cannot park a job for hours. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PostMessageArgs extends SlackMessage {
  channel: string;
  thread_ts?: string;
}

export interface ResponseUrlBody extends SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
}

export interface SlackClient {
  postMessage(args: PostMessageArgs): Promise<{ ts: string | undefined }>;
  respond(responseUrl: string, body: ResponseUrlBody): Promise<void>;
  /** Opens a modal for the user whose click carried trigger_id (valid for 3 s after the click). */
  openView(triggerId: string, view: ModalView): Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is in seconds; a missing or odd value means one second. */
export function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

export function createSlackClient(opts: SlackClientOptions): SlackClient {
  const maxRetries = opts.maxRetries ?? 3;
  const maxWait = opts.maxRetryAfterMs ?? 60_000;
  const sleep = opts.sleep ?? defaultSleep;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const base = opts.apiUrl.replace(/\/+$/, '');

  async function send(method: string, url: string, init: RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (res.status !== 429) return res;
      await res.body?.cancel();
      if (attempt >= maxRetries) throw new SlackApiError(method, 'rate_limited');
      await sleep(Math.min(retryAfterMs(res.headers.get('retry-after')), maxWait));
    }
  }

  /** A Web API method called with the bot token; its reply parsed, {ok: false} thrown as SlackApiError. */
  async function callWebApi<S extends z.ZodType<{ ok: boolean; error?: string }>>(
    method: string,
    body: object,
    schema: S,
  ): Promise<z.infer<S>> {
    if (!opts.botToken) throw new SlackApiError(method, 'no_bot_token');
    const res = await send(method, `${base}/${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${opts.botToken}`,
        'content-type': 'application/json; charset=utf-8',
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new SlackApiError(method, `http_${res.status}`);
    const parsed = schema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new SlackApiError(method, 'invalid_response');
    if (!parsed.data.ok) throw new SlackApiError(method, parsed.data.error ?? 'unknown_error');
    return parsed.data;
  }

  return {
    async postMessage(args) {
      const reply = await callWebApi('chat.postMessage', args, postMessageResponse);
      return { ts: reply.ts };
    },

    async openView(triggerId, view) {
      await callWebApi('views.open', { trigger_id: triggerId, view }, webApiResponse);
    },

    async respond(responseUrl, body) {
      const res = await send('response_url', responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok)
        throw new SlackApiError('response_url', text.trim().slice(0, 100) || `http_${res.status}`);
      // Slack answers "ok" as text or {"ok":true}; only an explicit {"ok":false} is a failure.
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return;
      }
      const parsed = responseUrlReply.safeParse(json);
      if (parsed.success && !parsed.data.ok) {
        throw new SlackApiError('response_url', parsed.data.error ?? 'unknown_error');
      }
    },
  };
}
