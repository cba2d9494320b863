/**
 * The append-only segments: one record per line in the file of its UTC day, torn records skipped without
 * losing the next one, several processes appending at once without a lost or mangled record, old days deleted.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonlSegments } from '../../src/feedback/jsonl-segments.js';
import { ROOT } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function segments(): { dir: string; seg: JsonlSegments } {
  const dir = join(mkdtempSync(join(tmpdir(), 'segments-')), 'feedback');
  dirs.push(join(dir, '..'));
  return { dir, seg: new JsonlSegments({ dir, prefix: 'feedback', recordStart: '{"v":1,' }) };
}

const at = (iso: string) => Date.parse(iso);

describe('JsonlSegments', () => {
  it('appends each record to the file of its UTC day, readable only by its owner', async () => {
    const { dir, seg } = segments();
    await seg.append({ v: 1, n: 1 }, at('2025-03-09T23:59:59Z'));
    await seg.append({ v: 1, n: 2 }, at('2025-03-10T00:00:00Z'));
    await seg.append({ v: 1, n: 3 }, at('2025-03-10T12:00:00Z'));
    expect(await seg.days()).toEqual(['2025-03-10', '2025-03-09']);
    expect(await seg.read('2025-03-10')).toEqual([
      { v: 1, n: 2 },
      { v: 1, n: 3 },
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'feedback-2025-03-09.jsonl',
      'feedback-2025-03-10.jsonl',
    ]);
    expect(statSync(join(dir, 'feedback-2025-03-10.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('refuses a record that does not open the way records are found again', async () => {
    const { seg } = segments();
    await expect(seg.append({ n: 1, v: 1 }, Date.now())).rejects.toThrow('{"v":1,');
  });

  it('skips a record torn by a crash and still reads the record written after it', async () => {
    const { dir, seg } = segments();
    const day = '2025-03-10';
    await seg.append({ v: 1, n: 1 }, at(`${day}T01:00:00Z`));
    // A writer died mid-record: no newline, half a JSON object.
    appendFileSync(join(dir, `feedback-${day}.jsonl`), '{"v":1,"n":2,"comment":"half a rec');
    await seg.append({ v: 1, n: 3, text: 'a {"v":1, inside a string' }, at(`${day}T03:00:00Z`));
    await seg.append({ v: 1, n: 4 }, at(`${day}T04:00:00Z`));
    expect(await seg.read(day)).toEqual([
      { v: 1, n: 1 },
      { v: 1, n: 3, text: 'a {"v":1, inside a string' },
      { v: 1, n: 4 },
    ]);
  });

  it('loses nothing when several processes append to the same day at once', async () => {
    const { dir, seg } = segments();
    const day = Date.parse('2025-03-10T12:00:00Z');
    const writers = 3;
    const each = 120;
    // Records of up to ~30 KB: far beyond any pipe's atomic size, as a long answer with its history can be.
    const script = `
      import { JsonlSegments } from ${JSON.stringify(join(ROOT, 'src/feedback/jsonl-segments.ts'))};
      const seg = new JsonlSegments({ dir: process.argv[1], prefix: 'feedback', recordStart: '{"v":1,' });
      const w = process.argv[2];
      if (!process.argv[1] || !w) process.exit(3);
      await Promise.all(Array.from({ length: ${each} }, (_, i) =>
        seg.append({ v: 1, w, i, pad: '答'.repeat((i * 97) % 10000) }, ${day})));
    `;
    const run = (w: number) =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script, dir, String(w)],
          { cwd: ROOT, stdio: 'inherit' },
        );
        child.on('error', reject);
        child.on('close', resolve);
      });
    const codes = await Promise.all([
      ...Array.from({ length: writers }, (_, w) => run(w)),
      // And this process, at the same time.
      Promise.all(
        Array.from({ length: each }, (_, i) => seg.append({ v: 1, w: 'main', i, pad: '' }, day)),
      ).then(() => 0),
    ]);
    expect(codes).toEqual(Array(writers + 1).fill(0));
    const read = (await seg.read('2025-03-10')) as { w: string; i: number; pad: string }[];
    expect(read).toHaveLength((writers + 1) * each);
    const keys = new Set(read.map((r) => `${r.w}:${r.i}`));
    expect(keys.size).toBe((writers + 1) * each);
    for (const r of read) expect(r.pad.length).toBe(r.w === 'main' ? 0 : (r.i * 97) % 10000);
  }, 60_000);

  it('deletes the days that lie wholly past the retention period, and nothing else', async () => {
    const { seg } = segments();
    for (const d of ['2025-01-01', '2025-02-07', '2025-02-08', '2025-03-10']) {
      await seg.append({ v: 1, d }, at(`${d}T12:00:00Z`));
    }
    // 30 days before 2025-03-10T06:00 is 2025-02-08T06:00: that day still holds records within reach.
    expect(await seg.prune(30, at('2025-03-10T06:00:00Z'))).toEqual(['2025-02-07', '2025-01-01']);
    expect(await seg.days()).toEqual(['2025-03-10', '2025-02-08']);
  });

  it('reads an absent folder as no records, and creates nothing until a record is written', async () => {
    const { dir, seg } = segments();
    expect(await seg.days()).toEqual([]);
    expect(await seg.prune(1, Date.now())).toEqual([]);
    expect(() => statSync(dir)).toThrow();
  });
});
