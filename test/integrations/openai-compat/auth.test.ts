import { AuthenticationError } from 'openai';
import { describe, expect, it } from 'vitest';
import { MODEL_ID } from '../../../src/integrations/openai-compat/chat-completions-schema.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { clientFor, makeApp } from './client.js';

const ask = { model: MODEL_ID, messages: [{ role: 'user' as const, content: 'Resolution 96?' }] };
const json = { 'content-type': 'application/json' };

describe('API key auth on (API_KEYS set)', () => {
  const app = makeApp(createFakeAssistant(), { API_KEYS: 'key-one, key-two' });

  it('lets either configured key through', async () => {
    for (const key of ['key-one', 'key-two']) {
      const client = clientFor(app, key);
      expect((await client.models.list()).data[0]!.id).toBe(MODEL_ID);
      const res = await client.chat.completions.create(ask);
      expect(res.choices[0]!.message.content).toContain('[1]');
    }
  });

  it('refuses a wrong key with a 401 the client surfaces as AuthenticationError', async () => {
    for (const key of ['wrong', 'key-one-and-more', 'key']) {
      const err = await clientFor(app, key)
        .chat.completions.create(ask)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthenticationError);
      expect((err as AuthenticationError).status).toBe(401);
      expect((err as AuthenticationError).code).toBe('invalid_api_key');
    }
  });

  it('refuses a missing or malformed Authorization header on /v1 in OpenAI shape', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'key-one' },
      { authorization: 'Basic key-one' },
    ];
    for (const headers of variants) {
      const res = await app.request('/v1/models', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({
        error: {
          message: expect.any(String),
          type: 'invalid_request_error',
          code: 'invalid_api_key',
          param: null,
        },
      });
    }
  });

  it('guards /api in the API error shape', async () => {
    const body = JSON.stringify({ question: 'Resolution 96?' });
    const refused = await app.request('/api/ask', { method: 'POST', headers: json, body });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) },
    });

    const headers = { ...json, authorization: 'Bearer key-two' };
    const allowed = await app.request('/api/ask', { method: 'POST', headers, body });
    expect(allowed.status).toBe(200);
  });

  it('leaves /healthz open and lets CORS preflights through', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    const preflight = await app.request('/v1/chat/completions', { method: 'OPTIONS' });
    expect(preflight.status).not.toBe(401);
  });
});

describe('API key auth off (API_KEYS empty)', () => {
  it('accepts any key and none', async () => {
    const app = makeApp(createFakeAssistant(), { API_KEYS: ' , ' });
    expect((await clientFor(app, 'whatever').models.list()).data).toHaveLength(1);
    expect((await app.request('/v1/models')).status).toBe(200);
    const res = await app.request('/api/ask', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ question: 'Resolution 96?' }),
    });
    expect(res.status).toBe(200);
  });
});
