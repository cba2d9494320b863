/**
 * The durable feedback store: records in daily JSONL segments under DATA_DIR/feedback (why JSONL and not
 * SQLite: docs/feedback.md), read back newest first with a later record replacing an earlier one of the same
 * id, and nothing older than the retention period ever listed or kept.
 */
import { join } from 'node:path';
import { feedbackRecordSchema, type FeedbackRecord, type Rating } from '../contract/api.js';
import { JsonlSegments } from './jsonl-segments.js';

const DAY_MS = 24 * 3600_000;
/** Every record's JSON opens with its version: how a record is found again after a torn one. */
const RECORD_START = '{"v":1,';

export interface FeedbackStoreOptions {
  /** The folder of the segments, e.g. DATA_DIR/feedback. */
  dir: string;
  retentionDays: number;
  now?: () => number;
}

export interface FeedbackQuery {
  rating?: Rating;
  limit: number;
}

export function feedbackDir(dataDir: string): string {
  return join(dataDir, 'feedback');
}

export class FeedbackStore {
  private readonly segments: JsonlSegments;
  private readonly now: () => number;
  private prunedDay = '';

  constructor(private readonly opts: FeedbackStoreOptions) {
    this.segments = new JsonlSegments({
      dir: opts.dir,
      prefix: 'feedback',
      recordStart: RECORD_START,
    });
    this.now = opts.now ?? Date.now;
  }

  /** Stores one record durably (fsync'd when this resolves). */
  async append(record: FeedbackRecord): Promise<void> {
    const at = Date.parse(record.at);
    await this.segments.append(record, Number.isNaN(at) ? this.now() : at);
    // The first record of a day is a good moment to let go of the day that just expired.
    const today = new Date(this.now()).toISOString().slice(0, 10);
    if (today !== this.prunedDay) {
      this.prunedDay = today;
      await this.prune();
    }
  }

  /** The records, newest first, each id once (its latest record), within the retention period. */
  async list(q: FeedbackQuery): Promise<FeedbackRecord[]> {
    const oldest = this.now() - this.opts.retentionDays * DAY_MS;
    const seen = new Set<string>();
    const out: FeedbackRecord[] = [];
    for (const day of await this.segments.days()) {
      const records = (await this.segments.read(day))
        .map((r) => feedbackRecordSchema.safeParse(r))
        .flatMap((p) => (p.success ? [p.data] : []))
        // Newest first: by time, as several writers can cross by a few milliseconds; on equal times the
        // later line wins (reversed, then a stable sort).
        .reverse()
        .sort((a, b) => b.at.localeCompare(a.at));
      for (const r of records) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        if (Date.parse(r.at) < oldest) continue;
        if (q.rating && r.rating !== q.rating) continue;
        out.push(r);
        if (out.length >= q.limit) return out;
      }
    }
    return out;
  }

  /** Deletes the days past the retention period; returns them. */
  prune(): Promise<string[]> {
    return this.segments.prune(this.opts.retentionDays, this.now());
  }
}
