import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/corpus/clause.js';
import { answerAsPlainText, clauseIdFromHash, clauseLink } from '../../src/web/copy-text.js';
import { pickLang, statusText, t } from '../../src/web/i18n.js';

const cite = (id: string, label: string, text: string): Citation => ({
  id,
  label,
  text,
  resolution: 44,
  part: 'annex',
  section: null,
  addressee: null,
  item: null,
  title: null,
  status: null,
});
const labels = { sources: 'Sources', notCovered: 'Not covered', related: 'Related' };

describe('answerAsPlainText', () => {
  it('puts the answer, then each citation with its label, text and direct link', () => {
    const text = answerAsPlainText(
      '保留一项支出 [1]',
      true,
      [cite('r44.resolves.5', '第44号决议 · 做出决议 · 5', '在国际电联年度预算中\n保留一项')],
      [],
      'http://localhost:8787',
      labels,
    );
    expect(text).toBe(
      [
        '保留一项支出 [1]',
        '',
        'Sources:',
        '[1] 第44号决议 · 做出决议 · 5',
        '    在国际电联年度预算中 保留一项',
        '    http://localhost:8787/#clause=r44.resolves.5',
      ].join('\n'),
    );
  });

  it('says when the document does not cover the question and lists related clauses as related', () => {
    const text = answerAsPlainText(
      '文件没有回答这个问题。',
      false,
      [],
      [cite('a', 'A', 'x')],
      'http://h',
      labels,
    );
    expect(text.startsWith('Not covered\n\n文件没有回答这个问题。')).toBe(true);
    expect(text).toContain('Related:\n[1] A');
    expect(text).not.toContain('Sources');
  });
});

describe('clause links', () => {
  it('reads back the id it writes', () => {
    const id = 'wtsa20-itu-d-resolutions.r44.resolves.5';
    const link = clauseLink('http://h', id);
    expect(clauseIdFromHash(new URL(link).hash)).toBe(id);
  });

  it('refuses hashes that are not clause ids', () => {
    for (const hash of [
      '',
      '#',
      '#clause=',
      '#clause=<img src=x>',
      '#clause=%E0%A4%A',
      '#other=a',
      '#clause=A.B',
    ]) {
      expect(clauseIdFromHash(hash), hash).toBeNull();
    }
  });
});

describe('i18n', () => {
  it('picks Chinese for any zh browser language and English otherwise, a stored choice first', () => {
    expect(pickLang(null, ['zh-TW', 'en'])).toBe('zh');
    expect(pickLang(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLang(null, [])).toBe('en');
    expect(pickLang('zh', ['en-US'])).toBe('zh');
    expect(pickLang('fr', ['zh'])).toBe('zh');
  });

  it('shows 表1 status in Chinese, glossed in English, or says the resolution is not listed', () => {
    expect(statusText('zh', '新决议')).toBe('新决议');
    expect(statusText('en', '新决议')).toBe('新决议 · new resolution');
    expect(statusText('zh', null)).toBe('未列入表1');
    expect(statusText('en', null)).toBe('not listed in 表1');
    expect(t('en', 'resolution', { n: 44 })).toBe('Resolution 44');
  });
});
