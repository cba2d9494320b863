import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to one answering thread per spare core, none on a single core, at most 4', () => {
    const want = Math.max(0, Math.min(4, availableParallelism() - 1));
    expect(loadConfig({}).answerThreads).toBe(want);
    expect(loadConfig({ ANSWER_THREADS: '0' }).answerThreads).toBe(0);
    expect(loadConfig({ ANSWER_THREADS: '3' }).answerThreads).toBe(3);
  });

  it('remembers 1000 offline answers unless ANSWER_CACHE_SIZE says otherwise (0: none)', () => {
    expect(loadConfig({}).answerCacheSize).toBe(1000);
    expect(loadConfig({ ANSWER_CACHE_SIZE: '0' }).answerCacheSize).toBe(0);
    expect(loadConfig({ ANSWER_CACHE_SIZE: '50' }).answerCacheSize).toBe(50);
  });

  it('keeps feedback 180 days unless FEEDBACK_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).feedbackRetentionDays).toBe(180);
    expect(loadConfig({ FEEDBACK_RETENTION_DAYS: '30' }).feedbackRetentionDays).toBe(30);
  });

  it.each([
    ['ANSWER_THREADS', 'two'],
    ['ANSWER_THREADS', '-1'],
    ['CORPUS_POLL_MS', 'often'],
    ['PORT', '0'],
    ['RATE_LIMIT_PER_MINUTE', '1.5'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['REDIS_URL', 'localhost:6379'],
    ['REDIS_URL', 'http://cache.internal:6379'],
    ['TRUST_PROXY', 'the load balancer'],
    ['TRUST_PROXY', '10.0.0.1,10.0.0.300'],
    ['TRUST_PROXY', '-1'],
    ['METRICS_PORT', '70000'],
    ['METRICS_PORT', 'metrics'],
    ['FEEDBACK_RETENTION_DAYS', '0'],
    ['FEEDBACK_RETENTION_DAYS', 'forever'],
    ['ANSWER_CACHE_SIZE', 'lots'],
    ['ANSWER_CACHE_SIZE', '1000000'],
  ])('fails at start naming %s when it is %j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('reads the shared-state, proxy and metrics settings', () => {
    const c = loadConfig({
      REDIS_URL: 'redis://cache.internal:6379/2',
      TRUST_PROXY: '10.0.0.0/8, 192.168.1.7',
      METRICS_TOKEN: 'scrape-token',
      METRICS_PORT: '9464',
    });
    expect(c.redisUrl).toBe('redis://cache.internal:6379/2');
    expect(c.trustProxy).toEqual({ addresses: ['10.0.0.0/8', '192.168.1.7'] });
    expect(c.metrics).toEqual({ token: 'scrape-token', port: 9464 });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ hops: 2 });
    const plain = loadConfig({});
    expect([plain.redisUrl, plain.trustProxy, plain.metrics.port]).toEqual([undefined, null, 0]);
  });

  it('refuses METRICS_PORT equal to PORT, naming it', () => {
    expect(() => loadConfig({ PORT: '9000', METRICS_PORT: '9000' })).toThrow(/METRICS_PORT/);
  });
});
