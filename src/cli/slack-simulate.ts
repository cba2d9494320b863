/** `npm run slack:simulate -- "问题"`: signs a local /itu command, prints the ack and what reaches response_url. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config.js';
import { signSlackRequest } from '../integrations/slack/verify-signature.js';
import { questionArgs } from './question-args.js';

interface Posted {
  response_type?: string;
  text?: string;
  blocks?: {
    type: string;
    text?: { text: string };
    elements?: { text: string | { text: string } }[];
  }[];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Block Kit as a terminal would show it: sections as text, contexts indented, buttons in brackets. */
function render(message: Posted): string {
  const lines = [`— ${message.response_type ?? 'message'} —`];
  for (const b of message.blocks ?? []) {
    if (b.type === 'section' && b.text) lines.push(b.text.text);
    else if (b.type === 'context')
      lines.push(...(b.elements ?? []).map((e) => `   ${String(e.text)}`));
    else if (b.type === 'divider') lines.push('   ───');
    else if (b.type === 'actions') {
      lines.push(
        (b.elements ?? [])
          .map((e) => `[${typeof e.text === 'string' ? e.text : e.text.text}]`)
          .join(' '),
      );
    }
  }
  if (!message.blocks?.length && message.text) lines.push(message.text);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const args = questionArgs(process.argv.slice(2));
  if (args.kind !== 'question') {
    const usage = 'Usage: npm run slack:simulate -- "第96号决议讲了什么？" [--json]';
    console.error(
      args.kind === 'usage-error' ? `slack:simulate: ${args.message}\n${usage}` : usage,
    );
    return args.kind === 'help' ? 0 : 2;
  }
  const { question, json: asJson } = args;
  const config = loadConfig();
  const secret = config.slack.signingSecret;
  if (!secret) {
    console.error('Set SLACK_SIGNING_SECRET to the value the server runs with.');
    return 2;
  }

  // A stand-in for Slack's response_url: collects what the server posts there.
  const posts: Posted[] = [];
  let notify: () => void = () => {};
  const firstPost = new Promise<void>((resolve) => (notify = resolve));
  const listener = createServer(async (req, res) => {
    const raw = await readBody(req);
    try {
      posts.push(JSON.parse(raw) as Posted);
    } catch {
      posts.push({ text: raw });
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    notify();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const responseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/response`;

  try {
    const body = new URLSearchParams({
      command: '/itu',
      text: question,
      user_id: 'USIMULATOR',
      user_name: 'simulator',
      channel_id: 'CSIMULATOR',
      channel_name: 'simulator',
      team_id: 'TSIMULATOR',
      response_url: responseUrl,
      trigger_id: 'simulated',
    }).toString();
    const ts = String(Math.floor(Date.now() / 1000));
    const url = `http://localhost:${config.port}/slack/commands`;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': ts,
          'x-slack-signature': signSlackRequest(secret, ts, body),
        },
        body,
      });
    } catch {
      console.error(
        `Could not reach ${url}. Is the server running (npm start) with SLACK_SIGNING_SECRET set?`,
      );
      return 1;
    }
    const ackMs = Math.round(performance.now() - started);
    console.log(`ack: HTTP ${res.status} in ${ackMs} ms`);
    console.log(await res.text());
    if (!res.ok) return 1;

    const waitMs = config.requestTimeoutMs + 10_000;
    const timedOut = await Promise.race([
      firstPost.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), waitMs).unref()),
    ]);
    if (timedOut) {
      console.error(`Nothing reached response_url within ${waitMs} ms.`);
      return 1;
    }
    // A long answer arrives as several posts; give the rest a moment.
    await new Promise((r) => setTimeout(r, 500));
    console.log(
      `\nresponse_url received ${posts.length} message(s) after ${Math.round(performance.now() - started)} ms:`,
    );
    for (const p of posts) console.log(asJson ? JSON.stringify(p, null, 2) : render(p));
    return 0;
  } finally {
    listener.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
