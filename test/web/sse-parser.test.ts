import { describe, expect, it } from 'vitest';
import { SseParser } from '../../src/web/sse-parser.js';

describe('SseParser', () => {
  it('parses named events with JSON data', () => {
    const p = new SseParser();
    expect(
      p.push('event: sources\ndata: {"sources":[]}\n\nevent: token\ndata: {"text":"第"}\n\n'),
    ).toEqual([
      { event: 'sources', data: '{"sources":[]}' },
      { event: 'token', data: '{"text":"第"}' },
    ]);
  });

  it('assembles events split across chunks at any byte, including between \\r and \\n', () => {
    const body = 'event: token\r\ndata: {"text":"a"}\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    for (let cut = 1; cut < body.length; cut++) {
      const p = new SseParser();
      const events = [...p.push(body.slice(0, cut)), ...p.push(body.slice(cut)), ...p.flush()];
      expect(events, `cut at ${cut}`).toEqual([
        { event: 'token', data: '{"text":"a"}' },
        { event: 'done', data: '{}' },
      ]);
    }
  });

  it('joins multi-line data, ignores comments and defaults the event name', () => {
    const p = new SseParser();
    expect(p.push(': keep-alive\n\ndata: one\ndata:two\n\n')).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('delivers a last event that lacks its blank line on flush', () => {
    const p = new SseParser();
    expect(p.push('event: done\ndata: {"answer":"x"}')).toEqual([]);
    expect(p.flush()).toEqual([{ event: 'done', data: '{"answer":"x"}' }]);
  });
});
