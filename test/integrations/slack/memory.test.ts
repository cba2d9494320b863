import { describe, expect, it } from 'vitest';
import { EventDedup } from '../../../src/integrations/slack/event-dedup.js';
import { ThreadMemory } from '../../../src/integrations/slack/thread-memory.js';

describe('EventDedup', () => {
  it('lets an event id through once, and stays bounded', async () => {
    const dedup = new EventDedup({ maxEvents: 2 });
    expect(await dedup.firstTime('Ev1')).toBe(true);
    expect(await dedup.firstTime('Ev1')).toBe(false);
    await dedup.firstTime('Ev2');
    await dedup.firstTime('Ev3');
    // Ev1 was the oldest and has been evicted.
    expect(await dedup.firstTime('Ev1')).toBe(true);
  });

  it('forgets ids after the time to live', async () => {
    let now = 0;
    const dedup = new EventDedup({ ttlMs: 1000, now: () => now });
    await dedup.firstTime('Ev1');
    now = 1001;
    expect(await dedup.firstTime('Ev1')).toBe(true);
  });
});

describe('ThreadMemory', () => {
  it('keeps turns per thread, oldest dropped past the bounds', async () => {
    const memory = new ThreadMemory({ maxTurns: 4, maxThreads: 2 });
    await memory.remember('C1:1', 'q1', 'a1');
    await memory.remember('C1:1', 'q2', 'a2');
    await memory.remember('C1:1', 'q3', 'a3');
    expect((await memory.history('C1:1')).map((t) => t.content)).toEqual(['q2', 'a2', 'q3', 'a3']);
    expect(await memory.history('C1:2')).toEqual([]);
    await memory.remember('C1:2', 'x', 'y');
    await memory.remember('C1:3', 'x', 'y');
    expect(await memory.history('C1:1')).toEqual([]);
  });

  it('keeps the total length within the characters allowed', async () => {
    const memory = new ThreadMemory({ maxChars: 10 });
    await memory.remember('t', 'aaaa', 'bbbb');
    await memory.remember('t', 'cc', 'dd');
    const turns = await memory.history('t');
    expect(turns.reduce((n, t) => n + t.content.length, 0)).toBeLessThanOrEqual(10);
    expect(turns.at(-1)).toEqual({ role: 'assistant', content: 'dd' });
  });
});
