/**
 * stream: true — chat.completion.chunk events over SSE: a role delta, the answer's text deltas,
 * the sources list as the last text delta, a final chunk with finish_reason, citations and answerId, [DONE].
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AskInput, AskResult } from '../../answer/types.js';
import type { AppEnv } from '../../http/app-env.js';
import { MODEL_ID, type ChatCompletionsBody } from './chat-completions-schema.js';
import { formatSources } from './format-answer.js';
import { MarkerRenumberer } from './marker-renumberer.js';
import { openAIErrorBody } from './openai-errors.js';
import { usageFor } from './usage.js';

const FALLBACK_NOTE =
  '（模型的回答未能完成，以下是从文件中摘录的回答。 / The model answer did not complete; the answer taken from the document follows.）';

/**
 * What still has to be sent after `sent` for the client to hold the final answer and its sources.
 * Text already streamed cannot be taken back: when it is not the start of the final answer
 * (a model answer that fell back to the extractive one), the final answer follows a rule.
 */
export function ending(sent: string, result: AskResult): string {
  const sources = formatSources(result);
  if (result.answer.startsWith(sent)) return result.answer.slice(sent.length) + sources;
  const note = result.degraded ? `${FALLBACK_NOTE}\n\n` : '';
  return `\n\n---\n\n${note}${result.answer}${sources}`;
}

export async function streamCompletion(
  c: Context<AppEnv>,
  input: AskInput,
  body: ChatCompletionsBody,
): Promise<Response> {
  const answer = c.var.assistant.askStream(input, { signal: c.req.raw.signal });
  const events = answer[Symbol.asyncIterator]();
  // A model writes with the numbers of the sources it was shown; the final answer renumbers them.
  const modelWrites = c.var.config.openai.enabled;
  const id = `chatcmpl-${crypto.randomUUID().replaceAll('-', '')}`;
  const created = Math.floor(Date.now() / 1000);
  const base = { id, object: 'chat.completion.chunk', created, model: MODEL_ID };
  const chunk = (delta: object, finish: 'stop' | null = null, extra: object = {}) =>
    JSON.stringify({
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...extra,
    });

  // The first event is awaited before any byte is sent, so a failure to start is a real 5xx.
  const first = await events.next();
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    const send = async (content: string) => {
      if (content) await stream.writeSSE({ data: chunk({ content }) });
    };
    try {
      await stream.writeSSE({ data: chunk({ role: 'assistant', content: '' }) });
      let renumber: MarkerRenumberer | undefined;
      let plain = '';
      let result: AskResult | undefined;
      for (let step = first; !step.done; step = await events.next()) {
        const event = step.value;
        if (event.type === 'sources') {
          if (modelWrites && event.sources.length) renumber = new MarkerRenumberer(event.sources);
        } else if (event.type === 'token') {
          if (renumber) await send(renumber.push(event.text));
          else {
            plain += event.text;
            await send(event.text);
          }
        } else {
          result = event.result;
        }
      }
      if (!result) throw new Error('The answer stream ended without a result.');
      if (renumber) await send(renumber.flush());
      const sent = renumber ? renumber.text : plain;
      const tail = ending(sent, result);
      await send(tail);
      const extra = { citations: result.citations, answerId: result.answerId };
      await stream.writeSSE({ data: chunk({}, 'stop', extra) });
      if (body.stream_options?.include_usage) {
        const usage = usageFor(input, sent + tail);
        await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [], usage }) });
      }
      await stream.writeSSE({ data: '[DONE]' });
    } catch (err) {
      if (c.req.raw.signal.aborted) return;
      c.get('log').error({ err }, 'completion stream failed');
      // Headers are gone; OpenAI's SDK turns a data line with an error into an APIError.
      const error = openAIErrorBody(500, 'internal_error', 'Something went wrong while answering.');
      await stream.writeSSE({ data: JSON.stringify(error) });
    } finally {
      // Stops the answerer (and any model call) when the client goes away mid-answer.
      await events.return?.();
    }
  });
}
