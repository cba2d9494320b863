/** A stand-in OpenAI-compatible upstream on 127.0.0.1: waits a fixed delay, then answers (SSE when streaming). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandIn {
  baseURL: string;
  calls: number;
  close(): Promise<void>;
}

const ANSWER = [
  '根据第96号决议，',
  '责成TSB主任与BDT主任密切合作',
  '，协助发展中国家打击假冒设备 [1]。',
];

function chunk(delta: Record<string, unknown>, finish: string | null) {
  return {
    id: 'chatcmpl-standin',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'stand-in',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  };
}

export async function startStandIn(delayMs: number): Promise<StandIn> {
  const state = { calls: 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      state.calls++;
      const body = JSON.parse(raw || '{}') as { stream?: boolean };
      setTimeout(() => {
        if (!body.stream) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-standin',
              object: 'chat.completion',
              created: 1_700_000_000,
              model: 'stand-in',
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content: ANSWER.join(''), refusal: null },
                  finish_reason: 'stop',
                },
              ],
              usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
            }),
          );
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(`data: ${JSON.stringify(chunk({ role: 'assistant', content: '' }, null))}\n\n`);
        for (const piece of ANSWER)
          res.write(`data: ${JSON.stringify(chunk({ content: piece }, null))}\n\n`);
        res.write(`data: ${JSON.stringify(chunk({}, 'stop'))}\n\n`);
        res.end('data: [DONE]\n\n');
      }, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    get calls() {
      return state.calls;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
