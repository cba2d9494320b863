import { describe, expect, it } from 'vitest';
import { EventDedup } from '../../../src/integrations/slack/event-dedup.js';
import { ThreadMemory } from '../../../src/integrations/slack/thread-memory.js';

describe('EventDedup', () => {
  it('lets an event id through once, and stays bounded', () => {
    const dedup = new EventDedup({ maxEvents: 2 });
    expect(dedup.firstTime('Ev1')).toBe(true);
    expect(dedup.firstTime('Ev1')).toBe(false);
    dedup.firstTime('Ev2');
    dedup.firstTime('Ev3');
    // Ev1 was the oldest and has been evicted.
    expect(dedup.firstTime('Ev1')).toBe(true);
  });

  it('forgets ids after the time to live', () => {
    let now = 0;
    const dedup = new EventDedup({ ttlMs: 1000, now: () => now });
    dedup.firstTime('Ev1');
    now = 1001;
    expect(dedup.firstTime('Ev1')).toBe(true);
  });
});

describe('ThreadMemory', () => {
  it('keeps turns per thread, oldest dropped past the bounds', () => {
    const memory = new ThreadMemory({ maxTurns: 4, maxThreads: 2 });
    memory.remember('C1:1', 'q1', 'a1');
    memory.remember('C1:1', 'q2', 'a2');
    memory.remember('C1:1', 'q3', 'a3');
    expect(memory.history('C1:1').map((t) => t.content)).toEqual(['q2', 'a2', 'q3', 'a3']);
    expect(memory.history('C1:2')).toEqual([]);
    memory.remember('C1:2', 'x', 'y');
    memory.remember('C1:3', 'x', 'y');
    expect(memory.history('C1:1')).toEqual([]);
  });

  it('keeps the total length within the characters allowed', () => {
    const memory = new ThreadMemory({ maxChars: 10 });
    memory.remember('t', 'aaaa', 'bbbb');
    memory.remember('t', 'cc', 'dd');
    const turns = memory.history('t');
    expect(turns.reduce((n, t) => n + t.content.length, 0)).toBeLessThanOrEqual(10);
    expect(turns.at(-1)).toEqual({ role: 'assistant', content: 'dd' });
  });
});
