/** The Redis tests find redis-server on PATH, or fail at once saying how to install it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRedisServer } from '../helpers/redis-server.js';

const dir = mkdtempSync(join(tmpdir(), 'find-redis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findRedisServer', () => {
  it('finds an executable redis-server on PATH', () => {
    writeFileSync(join(dir, 'redis-server'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findRedisServer({ PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'redis-server'));
  });

  it('without one, fails saying how to install it', () => {
    expect(() => findRedisServer({ PATH: '/nonexistent' })).toThrow(/apt-get install redis-server/);
  });
});
