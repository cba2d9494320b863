import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../../src/answer/types.js';
import { toCitation } from '../../../src/corpus/clause.js';
import {
  formatAnswer,
  stripSources,
} from '../../../src/integrations/openai-compat/format-answer.js';
import { FAKE_CLAUSES } from '../../helpers/fake-assistant.js';

const [a, b] = FAKE_CLAUSES.map(toCitation);
const found: AskResult = {
  answer: '打击假冒设备 [1][2]。',
  found: true,
  mode: 'llm',
  citations: [a!, { ...b!, label: '第96号决议\n· 表2' }],
  related: [],
};

describe('formatAnswer', () => {
  it('appends one numbered line per citation, in citation order, with the clause link', () => {
    expect(formatAnswer(found)).toBe(
      '打击假冒设备 [1][2]。\n\n来源 / Sources:\n' +
        '- [1] 第96号决议 · 表2 — /#clause=r96-table2\n' +
        '- [2] 第96号决议 · 表2 — /#clause=r96-table2-2',
    );
  });

  it('adds nothing when there is nothing to cite', () => {
    expect(formatAnswer({ ...found, found: false, citations: [] })).toBe('打击假冒设备 [1][2]。');
  });

  it('round-trips through stripSources, so a replayed answer loses only its list', () => {
    expect(stripSources(formatAnswer(found))).toBe(found.answer);
    expect(stripSources('no list here')).toBe('no list here');
  });
});
