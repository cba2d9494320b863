/**
 * The ask body schema: what it accepts and returns, and the first complaint about everything it refuses, word
 * for word. The messages are those the API gave when the schema was written with zod 3; zod 4 now parses it
 * (it is several times cheaper per request) and must say exactly the same.
 */
import { describe, expect, it } from 'vitest';
import { askSchema, LIMITS } from '../../src/http/ask-schema.js';

/** The first issue as readJson reports it: "<path or body>: <message>". */
function complaint(body: unknown): string | null {
  const r = askSchema.safeParse(body);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return `${issue.path.length ? issue.path.map(String).join('.') : 'body'}: ${issue.message}`;
}

const turn = (role: unknown, content: unknown) => ({ role, content });
const ok = turn('user', '第44号决议');

describe('askSchema', () => {
  it('trims and cleans the question, cleans history turns and drops unknown keys', () => {
    const r = askSchema.safeParse({
      question: '  第44号决议\u0001？ ',
      history: [{ role: 'assistant', content: 'a\u0000b\ud800', extra: 1 }],
      extra: true,
    });
    expect(r.success && r.data).toEqual({
      question: '第44号决议 ？',
      history: [{ role: 'assistant', content: 'a b\ufffd' }],
    });
    expect(askSchema.safeParse({ question: 'q' }).data).toEqual({
      question: 'q',
      history: undefined,
    });
  });

  it('accepts the limits themselves', () => {
    expect(complaint({ question: 'a'.repeat(LIMITS.questionChars) })).toBeNull();
    expect(complaint({ question: 'q', history: Array(LIMITS.historyTurns).fill(ok) })).toBeNull();
    expect(complaint({ question: 'q', history: [turn('user', 'x'.repeat(8000))] })).toBeNull();
  });

  it.each<[unknown, string]>([
    [[], 'body: Expected object, received array'],
    [null, 'body: Expected object, received null'],
    ['x', 'body: Expected object, received string'],
    [1, 'body: Expected object, received number'],
    [true, 'body: Expected object, received boolean'],
    [{}, 'question: question is required'],
    [{ question: null }, 'question: question must be a string'],
    [{ question: 44 }, 'question: question must be a string'],
    [{ question: '' }, 'question: question must not be empty'],
    [{ question: ' \u0001\t' }, 'question: question must not be empty'],
    [{ question: ' '.repeat(2001) }, 'question: question must not be empty'],
    [{ question: '问'.repeat(2001) }, 'question: question is longer than 2000 characters'],
    [{ question: '', history: 'x' }, 'question: question must not be empty'],
    [{ question: 'q', history: null }, 'history: history must be an array of {role, content}'],
    [{ question: 'q', history: {} }, 'history: history must be an array of {role, content}'],
    [{ question: 'q', history: [null] }, 'history.0: Expected object, received null'],
    [{ question: 'q', history: [ok, 5] }, 'history.1: Expected object, received number'],
    [{ question: 'q', history: [[]] }, 'history.0: Expected object, received array'],
    [{ question: 'q', history: [{ content: 'x' }] }, 'history.0.role: Required'],
    [{ question: 'q', history: [{ role: 'user' }] }, 'history.0.content: Required'],
    [
      { question: 'q', history: [turn('system', 'x')] },
      "history.0.role: Invalid enum value. Expected 'user' | 'assistant', received 'system'",
    ],
    [
      { question: 'q', history: [turn(1, 'x')] },
      "history.0.role: Expected 'user' | 'assistant', received number",
    ],
    [
      { question: 'q', history: [turn(null, 'x')] },
      "history.0.role: Expected 'user' | 'assistant', received null",
    ],
    [
      { question: 'q', history: [turn('user', 1)] },
      'history.0.content: Expected string, received number',
    ],
    [
      { question: 'q', history: [turn('user', 'x'.repeat(8001))] },
      'history.0.content: history content is longer than 8000 characters',
    ],
    [{ question: 'q', history: Array(21).fill(ok) }, 'history: history has more than 20 turns'],
    [
      { question: 'q', history: [...Array(20).fill(ok), turn('x', 1)] },
      'history: history has more than 20 turns',
    ],
    [
      { question: 'q', history: [turn('user', 'x'.repeat(4001)), turn('user', 'y'.repeat(4000))] },
      'history: history is longer than 8000 characters in all',
    ],
  ])('refuses %j with %s', (body, message) => {
    expect(complaint(body)).toBe(message);
  });
});
