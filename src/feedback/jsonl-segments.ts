/**
 * Append-only JSON Lines in one file per UTC day (`<prefix>-YYYY-MM-DD.jsonl`). Each record is one write(2) of
 * one buffer on a file opened O_APPEND, then fsync: the kernel places every append at the current end of the
 * file, so several writers — threads, processes, replicas on one local disk — never overwrite or interleave
 * each other, and no lock is needed. A crash mid-write can leave only that record torn; reading skips it, and
 * the next record (written right after the torn bytes, on the same line) is found again by its opening.
 * Retention is deleting whole old files: nothing is ever rewritten.
 */
import { mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const DAY_MS = 24 * 3600_000;

export interface JsonlSegmentsOptions {
  dir: string;
  /** File names are `${prefix}-YYYY-MM-DD.jsonl`. */
  prefix: string;
  /**
   * How every record's JSON starts (e.g. `{"v":1,`): where a record is found again after a torn one. It must
   * not occur elsewhere in a record — JSON escapes the quotes of any such text inside a string value.
   */
  recordStart: string;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class JsonlSegments {
  private readonly pattern: RegExp;
  private dirReady = false;
  /** Segments this process has written to: a new one's directory entry is synced once. */
  private readonly known = new Set<string>();

  constructor(private readonly opts: JsonlSegmentsOptions) {
    this.pattern = new RegExp(`^${opts.prefix}-(\\d{4}-\\d{2}-\\d{2})\\.jsonl$`);
  }

  private fileFor(day: string): string {
    return join(this.opts.dir, `${this.opts.prefix}-${day}.jsonl`);
  }

  /** Appends one record (an object whose JSON starts with recordStart) to the segment of the day `atMs`. */
  async append(record: object, atMs: number): Promise<void> {
    const line = JSON.stringify(record);
    if (!line.startsWith(this.opts.recordStart)) {
      throw new Error(`a record must start with ${this.opts.recordStart}`);
    }
    if (!this.dirReady) {
      // Questions and comments are personal data: readable by the server's user only.
      await mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
      this.dirReady = true;
    }
    const file = this.fileFor(utcDay(atMs));
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    const handle = await open(file, 'a', 0o600);
    try {
      const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
      if (bytesWritten !== bytes.length) throw new Error(`short write to ${file}`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!this.known.has(file)) {
      this.known.add(file);
      await this.syncDir();
    }
  }

  /** A new file is durable only once its directory entry is (ext4, xfs: fsync on the directory). */
  private async syncDir(): Promise<void> {
    const dir = await open(this.opts.dir, 'r');
    try {
      await dir.sync();
    } catch {
      // Some filesystems refuse fsync on a directory; the record itself is already synced.
    } finally {
      await dir.close();
    }
  }

  /** The days that have a segment, newest first (none when the directory does not exist yet). */
  async days(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.opts.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return names
      .map((n) => this.pattern.exec(n)?.[1])
      .filter((d): d is string => d !== undefined)
      .sort()
      .reverse();
  }

  /** The parsed records of one day's segment in file order; torn or foreign lines are skipped. */
  async read(day: string): Promise<unknown[]> {
    let text: string;
    try {
      text = await readFile(this.fileFor(day), 'utf8');
    } catch (e) {
      // Deleted by retention (here or on another replica) since it was listed.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: unknown[] = [];
    for (const line of text.split('\n')) {
      const record = this.parseLine(line);
      if (record !== undefined) out.push(record);
    }
    return out;
  }

  private parseLine(line: string): unknown {
    if (!line.trim()) return undefined;
    try {
      return JSON.parse(line) as unknown;
    } catch {
      // A torn record glued to the next one: the next one starts at its last opening.
      const at = line.lastIndexOf(this.opts.recordStart);
      if (at <= 0) return undefined;
      try {
        return JSON.parse(line.slice(at)) as unknown;
      } catch {
        return undefined;
      }
    }
  }

  /** Deletes the segments of days entirely older than `days` days before `nowMs`; returns those days. */
  async prune(days: number, nowMs: number): Promise<string[]> {
    const cutoff = utcDay(nowMs - days * DAY_MS);
    const old = (await this.days()).filter((d) => d < cutoff);
    for (const day of old) {
      await unlink(this.fileFor(day)).catch((e: NodeJS.ErrnoException) => {
        // Another replica pruned it first.
        if (e.code !== 'ENOENT') throw e;
      });
    }
    return old;
  }
}
