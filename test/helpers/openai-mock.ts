/** msw handlers speaking OpenAI's real wire format: chat completions as JSON or SSE, errors, hangs, cut streams. */
import { http, HttpResponse, type HttpHandler } from 'msw';

export const MOCK_BASE_URL = 'http://llm.test/v1';
export const CHAT_URL = `${MOCK_BASE_URL}/chat/completions`;
export const EMBEDDINGS_URL = `${MOCK_BASE_URL}/embeddings`;

export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
}

/** Every chat request body the mock received, in order. */
export class ChatRecorder {
  readonly bodies: ChatRequestBody[] = [];
  get last(): ChatRequestBody {
    const body = this.bodies.at(-1);
    if (!body) throw new Error('the mocked model received no request');
    return body;
  }
  /** All message contents of the last request, joined: what the model was shown. */
  lastText(): string {
    return this.last.messages.map((m) => m.content).join('\n');
  }
}

/** No retry by the SDK on a mocked error: it would otherwise wait and retry past the test. */
const NO_RETRY = { 'x-should-retry': 'false' };

export function completionJson(content: string, model = 'test-model') {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  };
}

function chunk(delta: Record<string, unknown>, finish: string | null, usage?: unknown) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'test-model',
    choices: usage ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(usage ? { usage } : {}),
  };
}

/**
 * The SSE body of a streamed completion: a role chunk, one chunk per delta, a finish chunk,
 * a usage chunk and [DONE]. `cutAfter` ends the body after that many deltas (no finish, no [DONE]);
 * `errorAfter` makes the body fail there instead, like a dropped connection.
 */
export function sseStream(
  deltas: string[],
  opts: { cutAfter?: number; errorAfter?: number; delayMs?: number } = {},
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const line = (data: unknown) =>
    enc.encode(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(line(chunk({ role: 'assistant', content: '' }, null)));
      for (const [i, d] of deltas.entries()) {
        if (opts.cutAfter === i) return controller.close();
        if (opts.errorAfter === i) {
          // Let the chunks already sent reach the reader, then drop the connection.
          await new Promise((r) => setTimeout(r, 50));
          return controller.error(new Error('connection reset'));
        }
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        controller.enqueue(line(chunk({ content: d }, null)));
      }
      controller.enqueue(line(chunk({}, 'stop')));
      controller.enqueue(
        line(
          chunk({}, null, {
            prompt_tokens: 100,
            completion_tokens: deltas.length,
            total_tokens: 100 + deltas.length,
          }),
        ),
      );
      controller.enqueue(line('[DONE]'));
      controller.close();
    },
  });
}

type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'chunks'; deltas: string[]; cutAfter?: number; errorAfter?: number }
  | { kind: 'error'; status: number; headers?: Record<string, string> }
  | { kind: 'hang'; onAbort?: () => void }
  | { kind: 'malformed' };

/**
 * One handler for POST /chat/completions answering each request with the next reply in `replies`
 * (the last one repeats). A text reply is sent as JSON or SSE, whichever the request asked for.
 */
export function chatHandler(recorder: ChatRecorder, ...replies: Reply[]): HttpHandler {
  let n = 0;
  return http.post(CHAT_URL, async ({ request }) => {
    const body = (await request.json()) as ChatRequestBody;
    recorder.bodies.push(body);
    const reply = replies[Math.min(n++, replies.length - 1)]!;
    switch (reply.kind) {
      case 'error':
        return HttpResponse.json(
          { error: { message: 'mocked upstream error', type: 'server_error', code: null } },
          { status: reply.status, headers: { ...NO_RETRY, ...reply.headers } },
        );
      case 'hang':
        // Never answers; ends only when the client aborts the request.
        await new Promise<void>((resolve) =>
          request.signal.addEventListener('abort', () => resolve()),
        );
        reply.onAbort?.();
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('<html>bad gateway</html>', {
          headers: { 'content-type': 'application/json' },
        });
      case 'chunks':
        return new HttpResponse(sseStream(reply.deltas, reply), {
          headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
        });
      case 'text':
        if (body.stream) {
          return new HttpResponse(sseStream(splitTokens(reply.text)), {
            headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
          });
        }
        return HttpResponse.json(completionJson(reply.text, body.model));
    }
  });
}

/** Splits a text into small deltas, like a model's tokens (a few characters each). */
export function splitTokens(text: string): string[] {
  return text.match(/[\s\S]{1,4}/g) ?? [];
}

export const text = (t: string): Reply => ({ kind: 'text', text: t });
export const chunks = (
  deltas: string[],
  o: { cutAfter?: number; errorAfter?: number } = {},
): Reply => ({
  kind: 'chunks',
  deltas,
  ...o,
});
export const fail = (status: number, headers?: Record<string, string>): Reply => ({
  kind: 'error',
  status,
  headers,
});
/** An upstream that never answers; `onAbort` runs when the client gives up on the request. */
export const hang = (onAbort?: () => void): Reply => ({ kind: 'hang', onAbort });
export const malformed = (): Reply => ({ kind: 'malformed' });

/** Config env for a model behind the mock: no SDK retries, a short timeout. */
export function llmEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_BASE_URL: MOCK_BASE_URL,
    OPENAI_API_KEY: 'sk-test',
    CHAT_MODEL: 'test-model',
    LLM_TIMEOUT_MS: '1500',
    LLM_MAX_RETRIES: '0',
    ...extra,
  };
}
