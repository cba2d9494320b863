/**
 * Earlier turns of each Slack thread, so a follow-up in the thread is asked with its history. With a shared
 * store the turns live in Redis (bounded, expiring), so a follow-up landing on another replica keeps its
 * context; this replica's own copy answers while Redis is away (fail open: at worst, less history).
 */
import { z } from 'zod';
import type { Turn } from '../../answer/types.js';
import { LIMITS } from '../../http/ask-schema.js';
import type { SharedStore } from '../../shared-state/shared-store.js';
import type { LRUCache } from 'lru-cache';
import { lru } from '../../platform/lru.js';

export interface ThreadMemoryOptions {
  maxThreads?: number;
  /** Turns kept per thread (a question and its answer are two). */
  maxTurns?: number;
  /** Characters kept per thread, all turns together. */
  maxChars?: number;
  ttlMs?: number;
  now?: () => number;
  shared?: SharedStore | null;
}

/** What Redis hands back is parsed, never trusted: a turn of another shape is dropped. */
const storedTurn = z.object({ role: z.enum(['user', 'assistant']), content: z.string() });

function parseTurn(raw: string): Turn[] {
  try {
    const turn = storedTurn.safeParse(JSON.parse(raw));
    return turn.success ? [turn.data] : [];
  } catch {
    return [];
  }
}

export class ThreadMemory {
  private readonly threads: LRUCache<string, Turn[]>;
  private readonly maxTurns: number;
  private readonly maxChars: number;
  private readonly ttlMs: number;
  private readonly shared: SharedStore | null;

  constructor(opts: ThreadMemoryOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 24 * 60 * 60 * 1000;
    this.threads = lru({ max: opts.maxThreads ?? 1000, ttlMs: this.ttlMs, now: opts.now });
    // The assistant refuses longer histories, so never keep more than it accepts.
    this.maxTurns = Math.min(opts.maxTurns ?? 10, LIMITS.historyTurns);
    this.maxChars = Math.min(opts.maxChars ?? LIMITS.historyChars, LIMITS.historyChars);
    this.shared = opts.shared ?? null;
  }

  async history(key: string): Promise<Turn[]> {
    const stored = await this.shared?.list(`slack:thread:${key}`);
    if (stored) return this.bounded(stored.flatMap(parseTurn));
    return [...(this.threads.get(key) ?? [])];
  }

  /** Appends a question and its answer, dropping the oldest turns beyond the bounds. */
  async remember(key: string, question: string, answer: string): Promise<void> {
    const added: Turn[] = [
      { role: 'user', content: question.slice(0, this.maxChars) },
      { role: 'assistant', content: answer.slice(0, this.maxChars) },
    ];
    this.threads.set(key, this.bounded([...(this.threads.get(key) ?? []), ...added]));
    // Appended, not rewritten: replicas answering in one thread at once both keep their turns.
    await this.shared?.append(
      `slack:thread:${key}`,
      added.map((t) => JSON.stringify(t)),
      this.maxTurns,
      this.ttlMs,
    );
  }

  /** The newest turns within maxTurns and maxChars. */
  private bounded(turns: Turn[]): Turn[] {
    const kept = turns.slice(-this.maxTurns);
    while (kept.length > 1 && kept.reduce((n, t) => n + t.content.length, 0) > this.maxChars) {
      kept.shift();
    }
    return kept;
  }
}
