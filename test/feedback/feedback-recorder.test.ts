/** The recorder: a complete record from the server's own copy of the answer, one opinion per rater and answer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFeedbackRecorder, type Recorded } from '../../src/feedback/feedback-recorder.js';
import { FeedbackStore } from '../../src/feedback/feedback-store.js';
import { RecentAnswers } from '../../src/feedback/recent-answers.js';
import { createFakeAssistant, defaultFakeAnswer } from '../helpers/fake-assistant.js';

const dir = mkdtempSync(join(tmpdir(), 'feedback-recorder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp() {
  const now = () => Date.parse('2025-03-10T08:00:00Z');
  const recent = new RecentAnswers({ now });
  const store = new FeedbackStore({ dir: mkdtempSync(join(dir, 's-')), retentionDays: 30, now });
  const stored: Recorded[] = [];
  const recorder = createFeedbackRecorder({ recent, store, now, onStored: (r) => stored.push(r) });
  const result = defaultFakeAnswer(createFakeAssistant().store);
  const answerId = recent.remember({ question: '第96号决议责成什么？' }, result, 'api');
  return { recorder, store, stored, answerId };
}

describe('createFeedbackRecorder', () => {
  it('stores the answer as the server gave it, with the rating and comment', async () => {
    const { recorder, store, stored, answerId } = setUp();
    const r = await recorder.give({ answerId, rating: 'down', comment: '引用错了' });
    expect(r?.record).toMatchObject({
      v: 1,
      id: answerId,
      answerId,
      rating: 'down',
      comment: '引用错了',
      at: '2025-03-10T08:00:00.000Z',
      via: 'api',
      question: '第96号决议责成什么？',
      answer: expect.stringContaining('第96号决议涉及打击假冒'),
      mode: 'extractive',
    });
    expect(r?.record.citations.map((c) => c.id)).toEqual(['r96-table2', 'r96-table2-2']);
    expect(await store.list({ limit: 5 })).toEqual([r!.record]);
    expect(stored).toEqual([r]);
  });

  it('refuses an answer it does not know, and stores nothing', async () => {
    const { recorder, store, stored } = setUp();
    expect(await recorder.give({ answerId: 'nope', rating: 'up' })).toBeUndefined();
    expect(await store.list({ limit: 5 })).toEqual([]);
    expect(stored).toEqual([]);
  });

  it('keeps one opinion per rater and answer, and tells a new rating from an added comment', async () => {
    const { recorder, store, answerId } = setUp();
    const first = await recorder.give({ answerId, rating: 'down', rater: 'slack:U1' });
    const comment = await recorder.give({
      answerId,
      rating: 'down',
      comment: 'x',
      rater: 'slack:U1',
    });
    const other = await recorder.give({ answerId, rating: 'up', rater: 'slack:U2' });
    expect(first?.newRating).toBe(true);
    expect(comment?.newRating).toBe(false);
    expect(other?.newRating).toBe(true);
    expect(first?.record.id).toBe(comment?.record.id);
    expect(first?.record.id).not.toBe(other?.record.id);
    // The rater's id is not kept, not even inside the record id (':' is in no id, so a random id cannot
    // hold it by chance, as 'U1' alone once did).
    expect(JSON.stringify(await store.list({ limit: 5 }))).not.toContain('slack:U1');
    expect((await store.list({ limit: 5 })).map((r) => [r.rating, r.comment])).toEqual([
      ['up', undefined],
      ['down', 'x'],
    ]);
  });
});
