import { describe, expect, it } from 'vitest';
import { questionArgs } from '../../src/cli/question-args.js';

describe('questionArgs', () => {
  it('joins the words of the question and reads --json', () => {
    expect(questionArgs(['Which', 'resolution', '--json', 'is', 'about', 'spam?'])).toEqual({
      kind: 'question',
      question: 'Which resolution is about spam?',
      json: true,
    });
  });

  it('asks for help, or says what is wrong, instead of asking nothing', () => {
    expect(questionArgs(['--help'])).toEqual({ kind: 'help' });
    expect(questionArgs([])).toEqual({ kind: 'usage-error', message: 'no question given' });
    const r = questionArgs(['--jsno', 'question']);
    expect(r.kind).toBe('usage-error');
    expect(r.kind === 'usage-error' && r.message).toContain('--jsno');
  });
});
