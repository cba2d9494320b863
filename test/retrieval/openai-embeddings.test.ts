import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openaiProvider } from '../../src/retrieval/embedding-provider.js';
import { openVectorIndex } from '../../src/retrieval/vector-index.js';
import { nearestClause } from '../helpers/nearest-clause.js';
import { EMBEDDINGS_URL, llmEnv } from '../helpers/openai-mock.js';

interface EmbeddingsRequest {
  model: string;
  /** An array for documents, a plain string for a query. */
  input: string | string[];
  encoding_format?: string;
}

/** A tiny deterministic "model": one dimension per topic word, so the nearest text is known. */
const TOPICS = ['假冒', '发展中国家', '用户'];
const embed = (t: string) => TOPICS.map((w) => (t.includes(w) ? 1 : 0.01));

const requests: EmbeddingsRequest[] = [];
const server = setupServer(
  http.post(EMBEDDINGS_URL, async ({ request }) => {
    const body = (await request.json()) as EmbeddingsRequest;
    requests.push(body);
    // OpenAI's wire format, with the vectors as float arrays (what Ollama, vLLM and llama.cpp send).
    return HttpResponse.json({
      object: 'list',
      data: [body.input]
        .flat()
        .map((text, index) => ({ object: 'embedding', index, embedding: embed(text) })),
      model: body.model,
      usage: { prompt_tokens: 10, total_tokens: 10 },
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
});
afterAll(() => server.close());

describe('EMBEDDINGS=openai against an OpenAI-compatible server', () => {
  const config = loadConfig(llmEnv({ EMBEDDINGS: 'openai', EMBEDDING_MODEL: 'nomic-embed-text' }));

  it('asks for float vectors and reads them back', async () => {
    const embeddings = (await openaiProvider(config)).forBuild([]);
    const vectors = await embeddings.embedDocuments(['打击假冒设备', '帮助发展中国家']);
    expect(vectors).toEqual([embed('打击假冒设备'), embed('帮助发展中国家')]);
    expect(requests[0]).toMatchObject({
      model: 'nomic-embed-text',
      input: ['打击假冒设备', '帮助发展中国家'],
      encoding_format: 'float',
    });
  });

  it('builds the vector index from the server and finds the nearest clause', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emb-openai-'));
    try {
      const index = await openVectorIndex({
        dataDir,
        corpusHash: 'test',
        provider: await openaiProvider(config),
        entries: [
          { id: 'r96', text: '协助发展中国家打击假冒电信设备' },
          { id: 'r84', text: '保护电信业务用户' },
        ],
      });
      expect(index.rebuilt).toBe('missing');
      expect(await nearestClause(index, '用户保护')).toBe('r84');
      expect(requests.flatMap((r) => r.input)).toContain('用户保护');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
