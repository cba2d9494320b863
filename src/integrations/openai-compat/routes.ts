/** The OpenAI-compatible routes under /v1: model list and chat completions, plain and streamed (SSE). */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { AskInput, AskResult } from '../../answer/types.js';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { requestText } from '../../http/request-body.js';
import {
  chatCompletionsSchema,
  MODEL_ID,
  type ChatCompletionsBody,
} from './chat-completions-schema.js';
import { formatAnswer } from './format-answer.js';
import { messagesToQuestion } from './messages-to-question.js';
import { handleOpenAIError, OpenAIError } from './openai-errors.js';
import { streamCompletion } from './stream-completion.js';
import { usageFor } from './usage.js';

/** WTSA-20 opened on 1 March 2022: a fixed "created" so the model list never changes between calls. */
const MODEL = {
  id: MODEL_ID,
  object: 'model',
  created: 1646092800,
  owned_by: 'wtsa20-itu-d-assistant',
};

/** Like readJson, but every failure names the field (`param`) in OpenAI's error shape. */
async function readChatBody(c: Context): Promise<ChatCompletionsBody> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    throw new OpenAIError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  let raw: string;
  try {
    raw = await requestText(c);
  } catch (e) {
    // Too large (413) keeps its status; handleOpenAIError gives it OpenAI's shape.
    if (ApiError.isInstance(e)) throw e;
    throw new OpenAIError(400, 'invalid_body', 'The request body could not be read.');
  }
  if (!raw.trim()) throw new OpenAIError(400, 'invalid_body', 'The request body is empty.');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new OpenAIError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OpenAIError(400, 'invalid_request', 'The request body must be a JSON object.');
  }
  const parsed = chatCompletionsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // OpenAI writes the path as messages[0].content.
    const param = issue.path.reduce<string>(
      (p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k),
      '',
    );
    throw new OpenAIError(
      400,
      'invalid_request',
      `${param || 'body'}: ${issue.message}`,
      param || null,
    );
  }
  return parsed.data;
}

function completionId(): string {
  return `chatcmpl-${randomUUID().replaceAll('-', '')}`;
}

function completion(input: AskInput, result: AskResult) {
  const content = formatAnswer(result);
  return {
    id: completionId(),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: MODEL_ID,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: usageFor(input, content),
    // Not in OpenAI's schema: structured sources for clients that render citation chips, and the id
    // that rates this answer (POST /api/feedback).
    citations: result.citations,
    answerId: result.answerId,
  };
}

export function openAICompatRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/models', (c) => c.json({ object: 'list', data: [MODEL] }));
  app.get('/models/:id', (c) => {
    if (c.req.param('id') !== MODEL_ID) {
      throw new OpenAIError(
        404,
        'model_not_found',
        `The model '${c.req.param('id')}' does not exist.`,
        'model',
      );
    }
    return c.json(MODEL);
  });

  // Any model name is accepted (front ends send their own defaults); the response names ours.
  app.post('/chat/completions', async (c) => {
    const body = await readChatBody(c);
    const input = messagesToQuestion(body.messages);
    if (body.stream) return streamCompletion(c, input, body);
    const result = await c.var.assistant.ask(input, { signal: c.req.raw.signal });
    return c.json(completion(input, result));
  });

  app.all('*', (c) => {
    throw new OpenAIError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`);
  });
  app.onError((err, c) =>
    handleOpenAIError(err, c, (e) => c.get('log').error({ err: e }, 'unhandled')),
  );
  return app;
}
