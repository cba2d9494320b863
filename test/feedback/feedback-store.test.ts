/** The feedback store: newest first, one record per id (the latest), filtered by rating, within retention. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/feedback/feedback-store.js';
import { feedbackRecord } from '../helpers/feedback-record.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function store(now: string, retentionDays = 30) {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-store-'));
  dirs.push(dir);
  return Object.assign(new FeedbackStore({ dir, retentionDays, now: () => Date.parse(now) }), {
    files: () => readdirSync(dir).sort(),
  });
}

describe('FeedbackStore', () => {
  it('lists newest first, across days, with the latest record of each id in its place', async () => {
    const s = store('2025-03-11T12:00:00Z');
    await s.append(feedbackRecord({ id: 'a', rating: 'down', at: '2025-03-10T08:00:00.000Z' }));
    await s.append(feedbackRecord({ id: 'b', rating: 'up', at: '2025-03-10T09:00:00.000Z' }));
    // The same reader comes back the next day and adds a comment to a's 👎.
    await s.append(
      feedbackRecord({
        id: 'a',
        rating: 'down',
        comment: 'wrong clause',
        at: '2025-03-11T10:00:00.000Z',
      }),
    );
    await s.append(feedbackRecord({ id: 'c', rating: 'down', at: '2025-03-11T11:00:00.000Z' }));
    const all = await s.list({ limit: 10 });
    expect(all.map((r) => [r.id, r.comment])).toEqual([
      ['c', undefined],
      ['a', 'wrong clause'],
      ['b', undefined],
    ]);
    expect((await s.list({ limit: 2 })).map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('filters by rating after taking the latest record, so a changed rating counts only as itself', async () => {
    const s = store('2025-03-10T12:00:00Z');
    await s.append(feedbackRecord({ id: 'a', rating: 'down', at: '2025-03-10T08:00:00.000Z' }));
    await s.append(feedbackRecord({ id: 'a', rating: 'up', at: '2025-03-10T08:05:00.000Z' }));
    await s.append(feedbackRecord({ id: 'b', rating: 'down', at: '2025-03-10T09:00:00.000Z' }));
    expect((await s.list({ rating: 'down', limit: 10 })).map((r) => r.id)).toEqual(['b']);
    expect((await s.list({ rating: 'up', limit: 10 })).map((r) => r.id)).toEqual(['a']);
  });

  it('never lists a record older than the retention period, and deletes its day', async () => {
    const s = store('2025-03-10T12:00:00Z', 7);
    await s.append(feedbackRecord({ id: 'old', at: '2025-03-02T11:00:00.000Z' }));
    await s.append(feedbackRecord({ id: 'edge', at: '2025-03-03T11:00:00.000Z' }));
    await s.append(feedbackRecord({ id: 'new', at: '2025-03-09T11:00:00.000Z' }));
    // edge is 7 days and 1 hour old: not listed, but its day is kept (it holds later hours).
    expect((await s.list({ limit: 10 })).map((r) => r.id)).toEqual(['new']);
    // The day of the first write deleted what had expired, as soon as it was written.
    expect(s.files()).toEqual(['feedback-2025-03-03.jsonl', 'feedback-2025-03-09.jsonl']);
    expect(await s.prune()).toEqual([]);
  });

  it('reads an empty store as no records', async () => {
    expect(await store('2025-03-10T12:00:00Z').list({ limit: 5 })).toEqual([]);
  });
});
