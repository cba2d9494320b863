import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../../src/answer/types.js';
import { toCitation } from '../../../src/corpus/clause.js';
import {
  ACTIONS,
  SLACK_LIMITS,
  answerBlocks,
  answerMessages,
  type Block,
} from '../../../src/integrations/slack/blocks.js';
import {
  escapeMrkdwn,
  questionFromSlack,
  splitForSlack,
} from '../../../src/integrations/slack/slack-text.js';
import { FAKE_CLAUSES } from '../../helpers/fake-assistant.js';

const cite = FAKE_CLAUSES.map(toCitation);
const found = (answer: string, citations = cite.slice(0, 2)): AskResult => ({
  answer,
  found: true,
  mode: 'extractive',
  citations,
  related: [],
});
const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.type === 'section'
      ? [b.text.text]
      : b.type === 'context'
        ? b.elements.map((e) => e.text)
        : [],
  );

describe('slack text', () => {
  it('escapes &, < and > so no link, mention or markup gets through', () => {
    expect(escapeMrkdwn('<script>&<!channel>')).toBe('&lt;script&gt;&amp;&lt;!channel&gt;');
  });

  it('reads a question out of Slack text: mentions dropped, links labelled, entities decoded', () => {
    expect(
      questionFromSlack('<@UBOT01>  第96号决议 &amp; <https://itu.int|ITU> &lt;b&gt; <!here>'),
    ).toBe('第96号决议 & ITU <b>');
  });

  it('splits long text below the limit without cutting an escape sequence', () => {
    const text = '&'.repeat(2000) + '。' + 'x<'.repeat(3000);
    const pieces = splitForSlack(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(escapeMrkdwn(p).length).toBeLessThanOrEqual(3000);
    expect(pieces.join('')).toBe(text);
  });
});

describe('answerBlocks', () => {
  it('escapes the answer and quotes, and adds a context block per citation', () => {
    const blocks = answerBlocks(found('<script>alert(1)</script> & [1]'), { answerId: 'a1' });
    const all = texts(blocks).join('\n');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; [1]');
    expect(all).not.toContain('<script>');
    const contexts = blocks.filter((b) => b.type === 'context');
    expect(contexts).toHaveLength(2);
    expect(texts(contexts)[0]).toContain('[1] 第96号决议 · 表2');
    expect(texts(contexts)[0]).toContain('责成TSB主任');
    expect(texts(contexts)[1]).toContain('[2] 第96号决议 · 表2 · 还责成');
  });

  it('ends with 👍 / 👎 buttons carrying the answer id, and share only when asked', () => {
    const plain = answerBlocks(found('a'), { answerId: 'abc' }).at(-1)!;
    const shared = answerBlocks(found('a'), { answerId: 'abc', shareable: true }).at(-1)!;
    if (plain.type !== 'actions' || shared.type !== 'actions') throw new Error('no actions block');
    expect(plain.elements.map((e) => [e.action_id, e.text.text, e.value])).toEqual([
      [ACTIONS.feedbackUp, '👍', 'abc'],
      [ACTIONS.feedbackDown, '👎', 'abc'],
    ]);
    expect(shared.elements.map((e) => e.action_id)).toContain(ACTIONS.share);
  });

  it('shows "not covered" distinctly, with related clauses as reading only', () => {
    const result: AskResult = {
      answer: '文件中没有相关内容。',
      found: false,
      mode: 'extractive',
      citations: [],
      related: [cite[2]!],
    };
    const blocks = answerBlocks(result, { answerId: 'n1' });
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: ':grey_question: *The document does not cover this.*' },
    });
    const all = texts(blocks).join('\n');
    expect(all).toContain('related reading, not an answer');
    expect(all).toContain('第84号决议 · 表2');
    expect(all).not.toContain('[1]');
  });

  it('keeps every section within 3000 characters and every message within 50 blocks', () => {
    const long = found(
      '很长的回答。'.repeat(2500),
      Array.from({ length: 60 }, () => cite[0]!),
    );
    const messages = answerMessages(long, { answerId: 'l1' });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      for (const t of texts(m.blocks))
        expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionChars);
    }
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(5);
  });
});
