import { describe, expect, it } from 'vitest';
import { formatRecord, formatRecords } from '../../src/cli/feedback-text.js';
import { feedbackRecord } from '../helpers/feedback-record.js';

describe('formatRecord', () => {
  it('shows users’ text without the control characters that would steer a terminal', () => {
    const text = formatRecord(
      feedbackRecord({ comment: 'red \u001b[31mtext\u001b[0m and \u009b2J clear\nsecond line' }),
    );
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u009b');
    expect(text).toContain('  Comment:\n    red  [31mtext [0m and  2J clear\n    second line');
  });

  it('says so when there is nothing to show', () => {
    expect(formatRecords([])).toBe('No feedback stored.');
  });
});
