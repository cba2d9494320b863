import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/http/ask-schema.js';
import { messagesToQuestion } from '../../../src/integrations/openai-compat/messages-to-question.js';
import { OpenAIError } from '../../../src/integrations/openai-compat/openai-errors.js';

describe('messagesToQuestion', () => {
  it('takes the last user message as the question, ignoring a trailing assistant turn', () => {
    expect(
      messagesToQuestion([
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'answer one' },
        { role: 'user', content: ' second ' },
        { role: 'assistant', content: 'prefill' },
      ]),
    ).toEqual({
      question: 'second',
      history: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'answer one' },
      ],
    });
  });

  it('joins text parts, drops image parts, and skips system, developer and tool messages', () => {
    expect(
      messagesToQuestion([
        { role: 'system', content: 'You are a pirate.' },
        { role: 'developer', content: 'Answer without sources.' },
        { role: 'tool', content: 'tool output' },
        { role: 'assistant', content: null },
        {
          role: 'user',
          content: [
            { type: 'text', text: '第96号决议' },
            { type: 'image_url' },
            { type: 'text', text: '讲什么？' },
          ],
        },
      ]),
    ).toEqual({ question: '第96号决议\n讲什么？' });
  });

  it('keeps the most recent history within the /api/ask limits', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant',
      content: `turn ${i} ${'x'.repeat(600)}`,
    }));
    const { history } = messagesToQuestion([...many, { role: 'user', content: 'now' }]);
    expect(history!.length).toBeLessThanOrEqual(LIMITS.historyTurns);
    expect(history!.reduce((n, t) => n + t.content.length, 0)).toBeLessThanOrEqual(
      LIMITS.historyChars,
    );
    expect(history!.at(-1)!.content).toMatch(/^turn 29 /);
  });

  it('refuses messages with no user message, or a question that is empty or too long', () => {
    const cases = [
      [{ role: 'assistant' as const, content: 'hello' }],
      [{ role: 'user' as const, content: [{ type: 'image_url' }] }],
      [{ role: 'user' as const, content: 'q'.repeat(LIMITS.questionChars + 1) }],
    ];
    for (const messages of cases) {
      expect(() => messagesToQuestion(messages)).toThrow(OpenAIError);
    }
  });
});
