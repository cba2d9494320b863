import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/eval/cases.js';
import { evalDraft } from '../../src/eval/feedback-draft.js';
import { feedbackRecord } from '../helpers/feedback-record.js';

describe('evalDraft', () => {
  it('is a valid eval case: the question as asked, the cited resolution, notes on what to complete', () => {
    const draft = evalDraft(feedbackRecord({ answerId: 'AbC-123_xyz', comment: '应引用第5项' }));
    expect(caseSchema.safeParse(draft).success).toBe(true);
    expect(draft).toEqual({
      id: 'feedback-2025-03-10-abc-123_',
      question: '第44号决议要求在国际电联年度预算中保留什么？',
      lang: 'zh',
      category: 'feedback',
      answerable: true,
      resolutions: [44],
      keywords: [],
      notes: expect.stringMatching(
        /^DRAFT from 👎 feedback at 2025-03-10T08:00:00.000Z \(api, extractive answer, found\)\. Comment: 应引用第5项 /,
      ),
    });
    expect(draft.notes).toContain('It cited: wtsa20-itu-d-resolutions.r44.resolves.5.');
  });

  it('takes an English question as English, and the related clauses of an answer not found', () => {
    const draft = evalDraft(
      feedbackRecord({
        question: 'Which resolution covers e-waste?',
        found: false,
        citations: [],
        related: [{ ...feedbackRecord().citations[0]!, id: 'x.r79.table2', resolution: 79 }],
        history: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: 'hello' },
        ],
      }),
    );
    expect(draft).toMatchObject({ lang: 'en', answerable: false, resolutions: [79] });
    expect(draft.history).toHaveLength(2);
    expect(draft.notes).toContain('It offered as related: x.r79.table2.');
  });
});
