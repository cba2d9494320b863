/** The one place that reads the environment: parsed once with zod, so a bad setting fails at start naming the variable. */
import { availableParallelism } from 'node:os';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const intWithDefault = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be an integer ${range}` });
        return z.NEVER;
      }
      return n;
    });

/** Which proxies' X-Forwarded-For entries to believe: a hop count, or their addresses (CIDR allowed). */
export type TrustProxy = { hops: number } | { addresses: string[] } | null;

const trustProxy = optionalString.transform((v, ctx): TrustProxy => {
  if (v === undefined) return null;
  if (/^\d+$/.test(v)) return Number(v) === 0 ? null : { hops: Number(v) };
  const addresses = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    // proxy-addr is what applies the list later; compiling it here rejects a bad address at start.
    proxyaddr.compile(addresses);
  } catch (e) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be a hop count or comma-separated proxy addresses (${(e as Error).message})`,
    });
    return z.NEVER;
  }
  return { addresses };
});

const redisUrl = optionalString.pipe(
  z
    .string()
    .url()
    .refine((u) => /^rediss?:\/\//.test(u), 'must start with redis:// or rediss://')
    .optional(),
);

const boolWithDefault = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : ['true', '1', 'yes'].includes(v)));

const envSchema = z.object({
  PORT: intWithDefault(8787, 1),
  HOST: optionalString,
  CORPUS_DIR: optionalString,
  DATA_DIR: optionalString,
  EMBEDDINGS: z
    .enum(['local', 'openai', ''])
    .optional()
    .transform((v) => (v === 'openai' ? 'openai' : 'local')),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.string().url().optional()),
  CHAT_MODEL: optionalString,
  EMBEDDING_MODEL: optionalString,
  LLM_TIMEOUT_MS: intWithDefault(20_000, 1),
  LLM_MAX_RETRIES: intWithDefault(1, 0),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.string().url().optional()),
  API_KEYS: optionalString,
  CORS_ORIGINS: optionalString,
  RATE_LIMIT_PER_MINUTE: intWithDefault(120, 0),
  REQUEST_TIMEOUT_MS: intWithDefault(30_000, 1),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', ''])
    .optional()
    .transform((v) => (v ? v : 'info')),
  LOG_QUESTIONS: boolWithDefault(false),
  ANSWER_THREADS: intWithDefault(-1, 0),
  ANSWER_CACHE_SIZE: intWithDefault(1000, 0, 100_000),
  CORPUS_POLL_MS: intWithDefault(5_000, 0),
  REDIS_URL: redisUrl,
  TRUST_PROXY: trustProxy,
  METRICS_TOKEN: optionalString,
  METRICS_PORT: intWithDefault(0, 0, 65_535),
  FEEDBACK_RETENTION_DAYS: intWithDefault(180, 1),
});

/** One answering thread beside the HTTP thread when there is a spare core (at most 4); none on one core. */
function defaultAnswerThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

export interface Config {
  port: number;
  host: string | undefined;
  corpusDir: string;
  dataDir: string;
  embeddings: 'local' | 'openai';
  openai: {
    apiKey: string | undefined;
    baseURL: string | undefined;
    chatModel: string;
    embeddingModel: string;
    timeoutMs: number;
    maxRetries: number;
    /** True when a key or a base URL is set: answers are then written by the model. */
    enabled: boolean;
  };
  slack: { signingSecret: string | undefined; botToken: string | undefined; apiUrl: string };
  apiKeys: string[];
  corsOrigins: string[];
  rateLimitPerMinute: number;
  requestTimeoutMs: number;
  logLevel: string;
  logQuestions: boolean;
  /** Worker threads that answer offline questions (0: on the HTTP thread). */
  answerThreads: number;
  /** Offline answers remembered by question and history (0: none). */
  answerCacheSize: number;
  /** How often a running server looks for a changed corpus to rebuild from (0: never). */
  corpusPollMs: number;
  /** Redis shared by the replicas (Slack de-dup and thread memory, rate limits); none: all in-process. */
  redisUrl: string | undefined;
  /** Whose X-Forwarded-For to believe for the client address (null: the socket's address only). */
  trustProxy: TrustProxy;
  metrics: {
    /** Bearer token required on GET /metrics. */
    token: string | undefined;
    /** Serve /metrics on this port only, not on PORT (0: on PORT). */
    port: number;
  };
  /** Days a feedback record is kept under DATA_DIR/feedback before it is deleted. */
  feedbackRetentionDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment (process.env by default) into a typed Config, or throws naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.METRICS_PORT !== 0 && e.METRICS_PORT === e.PORT) {
    throw new ConfigError('Invalid configuration — METRICS_PORT: must differ from PORT');
  }
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    port: e.PORT,
    host: e.HOST,
    corpusDir: e.CORPUS_DIR ?? 'corpus',
    dataDir: e.DATA_DIR ?? 'data',
    embeddings: e.EMBEDDINGS,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      chatModel: e.CHAT_MODEL ?? 'gpt-4o-mini',
      embeddingModel: e.EMBEDDING_MODEL ?? 'text-embedding-3-small',
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
      enabled: Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL),
    },
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      apiUrl: e.SLACK_API_URL ?? 'https://slack.com/api',
    },
    apiKeys: list(e.API_KEYS),
    corsOrigins: list(e.CORS_ORIGINS),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    logQuestions: e.LOG_QUESTIONS,
    answerThreads: e.ANSWER_THREADS === -1 ? defaultAnswerThreads() : e.ANSWER_THREADS,
    answerCacheSize: e.ANSWER_CACHE_SIZE,
    corpusPollMs: e.CORPUS_POLL_MS,
    redisUrl: e.REDIS_URL,
    trustProxy: e.TRUST_PROXY,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    feedbackRetentionDays: e.FEEDBACK_RETENTION_DAYS,
  };
}
