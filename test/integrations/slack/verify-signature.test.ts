import { describe, expect, it } from 'vitest';
import {
  signSlackRequest,
  verifySlackSignature,
} from '../../../src/integrations/slack/verify-signature.js';
import { slackFixture } from '../../helpers/slack-request.js';

const doc = slackFixture<{
  signingSecret: string;
  timestamp: string;
  body: string;
  signature: string;
}>('documented-signature.json');
const at = (seconds: number) => (Number(doc.timestamp) + seconds) * 1000;

describe('verifySlackSignature', () => {
  it("reproduces the worked example of Slack's documentation", () => {
    expect(signSlackRequest(doc.signingSecret, doc.timestamp, doc.body)).toBe(doc.signature);
    const check = verifySlackSignature({
      signingSecret: doc.signingSecret,
      timestamp: doc.timestamp,
      signature: doc.signature,
      rawBody: doc.body,
      now: at(30),
    });
    expect(check).toEqual({ ok: true });
  });

  it('refuses a changed body, another secret and a truncated signature', () => {
    const base = { signingSecret: doc.signingSecret, timestamp: doc.timestamp, now: at(0) };
    expect(
      verifySlackSignature({ ...base, signature: doc.signature, rawBody: `${doc.body}&x=1` }),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(
      verifySlackSignature({
        ...base,
        signingSecret: 'other',
        signature: doc.signature,
        rawBody: doc.body,
      }),
    ).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(
      verifySlackSignature({ ...base, signature: doc.signature.slice(0, 20), rawBody: doc.body }),
    ).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('refuses timestamps more than five minutes off in either direction', () => {
    const input = {
      signingSecret: doc.signingSecret,
      timestamp: doc.timestamp,
      signature: doc.signature,
      rawBody: doc.body,
    };
    expect(verifySlackSignature({ ...input, now: at(300) }).ok).toBe(true);
    expect(verifySlackSignature({ ...input, now: at(-300) }).ok).toBe(true);
    expect(verifySlackSignature({ ...input, now: at(601) })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verifySlackSignature({ ...input, now: at(-601) })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('refuses missing headers and a timestamp that is not a number', () => {
    const base = { signingSecret: doc.signingSecret, rawBody: doc.body, now: at(0) };
    expect(
      verifySlackSignature({ ...base, timestamp: undefined, signature: doc.signature }),
    ).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(
      verifySlackSignature({ ...base, timestamp: doc.timestamp, signature: undefined }),
    ).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(verifySlackSignature({ ...base, timestamp: '1e9', signature: doc.signature })).toEqual({
      ok: false,
      reason: 'bad_timestamp',
    });
  });
});
