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
    ['FEEDBACK_RETENTION_DAYS', '0'],
    ['FEEDBACK_RETENTION_DAYS', 'forever'],
  ])('fails at start naming %s when it is %j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
