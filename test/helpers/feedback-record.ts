/** A complete feedback record for store and CLI tests, with any field replaced. */
import type { FeedbackRecord } from '../../src/contract/api.js';

export function feedbackRecord(over: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    v: 1,
    id: 'answer-1',
    answerId: 'answer-1',
    rating: 'down',
    at: '2025-03-10T08:00:00.000Z',
    via: 'api',
    question: '第44号决议要求在国际电联年度预算中保留什么？',
    history: [],
    answer: '第44号决议要求保留一项单项支出 [1]。',
    found: true,
    mode: 'extractive',
    citations: [
      {
        id: 'wtsa20-itu-d-resolutions.r44.resolves.5',
        label: '第44号决议 · 附件 · 做出决议 · 5',
        resolution: 44,
        part: 'annex',
        section: '做出决议',
        addressee: null,
        item: '5',
      },
    ],
    related: [],
    answeredAt: '2025-03-10T07:59:00.000Z',
    ...over,
  };
}
