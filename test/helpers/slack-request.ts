/** Builds signed (or deliberately mis-signed) Slack requests for app.request() in the Slack tests. */
import { readFileSync } from 'node:fs';
import { signSlackRequest } from '../../src/integrations/slack/verify-signature.js';

export const SLACK_SECRET = 'test-signing-secret-0123456789abcdef';
export const SLACK_TOKEN = 'xoxb-test-bot-token';
export const SLACK_API = 'http://slack.test/api';

export function slackFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/slack/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

export interface SignOptions {
  /** Seconds added to the current time for the timestamp (−600 = ten minutes stale). */
  skewSeconds?: number;
  secret?: string;
  /** Leave the signature headers off. */
  unsigned?: boolean;
  /** Replace the computed signature. */
  signature?: string;
  headers?: Record<string, string>;
}

export function signedInit(body: string, contentType: string, opts: SignOptions = {}): RequestInit {
  const ts = String(Math.floor(Date.now() / 1000) + (opts.skewSeconds ?? 0));
  const headers: Record<string, string> = { 'content-type': contentType, ...opts.headers };
  if (!opts.unsigned) {
    headers['x-slack-request-timestamp'] = ts;
    headers['x-slack-signature'] =
      opts.signature ?? signSlackRequest(opts.secret ?? SLACK_SECRET, ts, body);
  }
  return { method: 'POST', headers, body };
}

export const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

export const commandInit = (fields: Record<string, string>, opts?: SignOptions) =>
  signedInit(formBody(fields), 'application/x-www-form-urlencoded', opts);

export const eventInit = (event: unknown, opts?: SignOptions) =>
  signedInit(JSON.stringify(event), 'application/json', opts);

export const interactionInit = (payload: unknown, opts?: SignOptions) =>
  signedInit(
    formBody({ payload: JSON.stringify(payload) }),
    'application/x-www-form-urlencoded',
    opts,
  );
