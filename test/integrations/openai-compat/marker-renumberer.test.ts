import { describe, expect, it } from 'vitest';
import { validateCitations } from '../../../src/answer/citation-validator.js';
import { toCitation } from '../../../src/corpus/clause.js';
import {
  MarkerRenumberer,
  stableEnd,
} from '../../../src/integrations/openai-compat/marker-renumberer.js';
import { ending } from '../../../src/integrations/openai-compat/stream-completion.js';
import { defaultFakeAnswer, FAKE_CLAUSES } from '../../helpers/fake-assistant.js';
import { CorpusStore } from '../../../src/corpus/corpus-store.js';

const sources = FAKE_CLAUSES.map(toCitation);

function run(raw: string, size: number) {
  const r = new MarkerRenumberer(sources);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += size) out.push(r.push(raw.slice(i, i + size)));
  out.push(r.flush());
  return { text: out.join(''), r };
}

describe('MarkerRenumberer', () => {
  const samples = [
    '甲 [3]，乙 [1, 3]，丙【2】。另见 [99]。',
    '[2] 开头。然后 ［1］ 和 [2][3]。',
    '没有标记的文字，只有 [注] 和 [链接](x)。 [1]',
    '结尾是标记 [2]',
  ];
  it.each(samples)('streams %s to exactly the validated answer, in any chunk size', (raw) => {
    const expected = validateCitations(raw, sources)!.answer;
    for (const size of [1, 2, 3, 7, raw.length]) expect(run(raw, size).text).toBe(expected);
  });

  it('holds back text that may still become a marker', () => {
    expect(stableEnd('文字 [1')).toBe(2);
    expect(stableEnd('文字 ')).toBe(2);
    expect(stableEnd('文字 [1] 好')).toBe(8);
  });
});

describe('ending', () => {
  const result = defaultFakeAnswer(new CorpusStore(FAKE_CLAUSES));
  it('completes an answer whose start was streamed', () => {
    expect(ending(result.answer.slice(0, 5), result)).toBe(
      result.answer.slice(5) +
        '\n\n来源 / Sources:\n- [1] 第96号决议 · 表2 — /#clause=r96-table2\n' +
        '- [2] 第96号决议 · 表2 · 还责成 — /#clause=r96-table2-2',
    );
  });
  it('sends the whole final answer after a rule when the streamed text was not its start', () => {
    const out = ending('模型说了别的', { ...result, degraded: 'timeout' });
    expect(out.startsWith('\n\n---\n\n（')).toBe(true);
    expect(out).toContain(result.answer);
  });
});
