/** The kind of clause a comparison asks for: organisations, a numbered study group, a report to a body. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/corpus/clause.js';
import { favouredKind } from '../../src/answer/favoured-kind.js';

const clause = (text: string, addressee: string | null = null) => ({ text, addressee }) as Clause;

describe('favouredKind', () => {
  it('favours the clause of the kind asked', () => {
    const sg = favouredKind('do the kite and drone texts go to the same study group?')!;
    expect(sg(clause('报告提交第5研究组审议'))).toBe(true);
    expect(sg(clause('与各相关研究组开展联络'))).toBe(false);
    const report = favouredKind('风筝那项和无人机那项分别向谁汇报？')!;
    expect(report(clause('每年向理事会报告进展情况'))).toBe(true);
    expect(report(clause('编写风筝报告'))).toBe(false);
  });

  it('reads the group a clause is addressed to, unless the development sector’s groups are asked', () => {
    const sg = favouredKind('do the kite and drone texts go to the same study group?')!;
    expect(sg(clause('维护风筝路线图', '第17研究组'))).toBe(true);
    expect(sg(clause('维护风筝路线图', '电信标准化局主任'))).toBe(false);
    const itud = favouredKind('风筝和无人机那两项分别跟发展部门哪个研究组合作？')!;
    expect(itud(clause('维护风筝路线图', '第17研究组'))).toBe(false);
    expect(itud(clause('与ITU-D第2研究组合作'))).toBe(true);
  });

  it('takes organisations first when several kinds are asked', () => {
    const org = favouredKind('which organisations and which study group does the kite text name?')!;
    expect(org(clause('与世界卫生组织（WHO）合作'))).toBe(true);
    expect(org(clause('报告提交第5研究组审议'))).toBe(false);
  });

  it('favours none when no kind is asked', () => {
    expect(favouredKind('how do the kite and drone texts differ?')).toBeUndefined();
  });
});
