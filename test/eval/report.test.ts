import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/eval/report-html.js';
import { renderReportMd } from '../../src/eval/report-md.js';
import { run } from './eval-run-fixture.js';

/** Positions of the headings, which must all be present and in this order. */
function inOrder(text: string, headings: string[]): void {
  const at = headings.map((h) => text.indexOf(h));
  expect(
    at.every((i) => i >= 0),
    headings.filter((_, i) => at[i]! < 0).join(', '),
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(run, '2024-01-01T00:00:00Z');

  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
  });

  it('escapes every text it shows (questions, answers, category names of both splits)', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; more');
    expect(html).toContain('clause&lt;b&gt;');
    expect(html).not.toContain('clause<b>');
    expect(html).toContain('topic&lt;i&gt;');
    expect(html).not.toContain('topic<i>');
  });

  it('shows the test split first, metrics only, then the dev split with its failing cases', () => {
    inOrder(html, [
      '<h2>Test split: evals/test.jsonl (80 cases, frozen)</h2>',
      '<h3>Overall</h3>',
      '<h3>Per language</h3>',
      '<h3>Per category</h3>',
      '<h3>Ablations</h3>',
      '<h3>Abstention</h3>',
      '<h2>Dev split: evals/cases.jsonl (1 cases)</h2>',
      '<h3>Failing cases (1)</h3>',
    ]);
    const test = html.slice(0, html.indexOf('<h2>Dev split'));
    expect(test).toContain('<td>0.61</td>');
    expect(test).toContain('<th>abstention precision</th>');
    expect(test).not.toContain('Failing');
    expect(test).not.toContain('evil-1');
  });

  it('draws one SVG chart per dev category plus the overall one, project vs baseline', () => {
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('this project · answer: 0.9');
    expect(html).toContain('naive baseline · answer: 0.2');
  });
});

describe('renderReportMd', () => {
  const md = renderReportMd(run, '2024-01-01T00:00:00Z');
  const [test, dev] = md.split('## Dev split') as [string, string];

  it('has the test split first: overall, language, category, ablations, abstention, no case', () => {
    inOrder(test, [
      '## Test split: evals/test.jsonl (80 cases, frozen)',
      '### Overall',
      '### Per language',
      '### Per category',
      '### Ablations',
      '### Abstention',
    ]);
    expect(test).toContain('| answer accuracy | 0.61 |');
    expect(test).toContain('| zh | 40 | 0.63 |');
    expect(test).toContain('| all | 80 | 0.61 |');
    expect(test).toMatch(/\| lexical_only \| [^\n]+ \| 0\.55 \|/);
    expect(test).toContain('answer accuracy en');
    expect(test).toContain('| abstention accuracy | abstention precision | abstention recall |');
    expect(test).not.toContain('Failing');
    expect(test).not.toContain('evil-1');
  });

  it('then the dev split: overall, per category and language vs baseline, ablations, abstention, failing cases', () => {
    inOrder(dev, [
      '### Overall',
      '### Per category: this project / naive baseline',
      '### Per language: this project / naive baseline',
      '### Ablations',
      '### Abstention',
      '### Failing cases (1)',
    ]);
    expect(dev).toContain('| 0.9 / 0.2 |');
    expect(dev).toContain('| lexical_only |');
    expect(dev).toContain('| baseline | LangChain splitter 1000/200 + BM25Retriever k 4 |');
    expect(dev).toContain('| naive baseline, all | 1 | 0.2 | 0.2 | 0.2 |');
    expect(dev).toContain('evil-1');
  });

  it('keeps table cells intact: pipes escaped, tags neutralised', () => {
    expect(md).toContain('&lt;/script> \\| "quoted" & more');
    expect(md).not.toContain('<script>');
  });
});
