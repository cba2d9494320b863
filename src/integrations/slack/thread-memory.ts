/** Earlier turns of each Slack thread, so a follow-up in the thread is asked with its history. */
import type { Turn } from '../../answer/types.js';
import { LIMITS } from '../../http/ask-schema.js';
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
}

export class ThreadMemory {
  private readonly threads: LRUCache<string, Turn[]>;
  private readonly maxTurns: number;
  private readonly maxChars: number;

  constructor(opts: ThreadMemoryOptions = {}) {
    this.threads = lru({
      max: opts.maxThreads ?? 1000,
      ttlMs: opts.ttlMs ?? 24 * 60 * 60 * 1000,
      now: opts.now,
    });
    // The assistant refuses longer histories, so never keep more than it accepts.
    this.maxTurns = Math.min(opts.maxTurns ?? 10, LIMITS.historyTurns);
    this.maxChars = Math.min(opts.maxChars ?? LIMITS.historyChars, LIMITS.historyChars);
  }

  history(key: string): Turn[] {
    return [...(this.threads.get(key) ?? [])];
  }

  /** Appends a question and its answer, dropping the oldest turns beyond the bounds. */
  remember(key: string, question: string, answer: string): void {
    const turns = [
      ...this.history(key),
      { role: 'user' as const, content: question.slice(0, this.maxChars) },
      { role: 'assistant' as const, content: answer.slice(0, this.maxChars) },
    ];
    while (turns.length > this.maxTurns) turns.shift();
    while (turns.length > 1 && turns.reduce((n, t) => n + t.content.length, 0) > this.maxChars) {
      turns.shift();
    }
    this.threads.set(key, turns);
  }
}
