import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/find-chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('takes CHROMIUM_PATH, else the first chromium-like program on PATH', () => {
    const bin = join(dir, 'chromium-browser');
    writeFileSync(bin, '#!/bin/sh\n');
    chmodSync(bin, 0o755);
    expect(findChromium({ PATH: `/nonexistent:${dir}` })).toBe(bin);
    expect(findChromium({ CHROMIUM_PATH: bin, PATH: '' })).toBe(bin);
  });

  it('fails at once, saying how to install it, when there is none', () => {
    expect(() => findChromium({ PATH: '/nonexistent' })).toThrow(/apt-get install chromium/);
    expect(() => findChromium({ CHROMIUM_PATH: join(dir, 'missing') })).toThrow(/CHROMIUM_PATH/);
  });
});
