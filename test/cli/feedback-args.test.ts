import { describe, expect, it } from 'vitest';
import { feedbackArgs } from '../../src/cli/feedback-args.js';

describe('feedbackArgs', () => {
  it('lists the latest 50 of any rating as text by default', () => {
    expect(feedbackArgs([])).toEqual({
      kind: 'list',
      rating: undefined,
      limit: 50,
      format: 'text',
    });
    expect(feedbackArgs(['--rating', 'up', '--limit', '5', '--json'])).toEqual({
      kind: 'list',
      rating: 'up',
      limit: 5,
      format: 'json',
    });
  });

  it('exports 👎 as eval drafts unless told another rating', () => {
    expect(feedbackArgs(['--export', 'evals'])).toEqual({
      kind: 'list',
      rating: 'down',
      limit: 1000,
      format: 'evals',
    });
    expect(feedbackArgs(['--export', 'evals', '--rating', 'up'])).toMatchObject({ rating: 'up' });
  });

  it('names what is wrong', () => {
    expect(feedbackArgs(['-h'])).toEqual({ kind: 'help' });
    expect(feedbackArgs(['--export', 'csv'])).toEqual({
      kind: 'usage-error',
      message: '--export knows only "evals", got "csv"',
    });
    expect(feedbackArgs(['--limit', '2.5'])).toMatchObject({ kind: 'usage-error' });
    const r = feedbackArgs(['--ratng', 'up']);
    expect(r.kind === 'usage-error' && r.message).toContain('--ratng');
  });
});
