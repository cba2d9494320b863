/** A report to a governing body asked of resolutions, and the clauses that make one. */
import { describe, expect, it } from 'vitest';
import { asksReportToBody, reportsToBody } from '../../src/retrieval/report-asked.js';

describe('asksReportToBody', () => {
  it('reads a report back to a body asked, in English or Chinese', () => {
    expect(asksReportToBody('do the kite and drone texts both report back?')).toBe(true);
    expect(asksReportToBody('must the kite text present something to the next assembly?')).toBe(
      true,
    );
    expect(asksReportToBody('to whom does the kite club report?')).toBe(true);
    expect(asksReportToBody('风筝那项和无人机那项分别向谁汇报？')).toBe(true);
    expect(asksReportToBody('风筝那项要向理事会报告吗？')).toBe(true);
  });

  it('leaves a report as a topic alone', () => {
    expect(asksReportToBody('what does the kite report say about drones?')).toBe(false);
    expect(asksReportToBody('风筝报告讲了什么？')).toBe(false);
  });
});

describe('reportsToBody', () => {
  it('tells a report made to the Council or the assembly from one prepared for a study group', () => {
    expect(reportsToBody('每年向理事会报告风筝工作的进展情况；')).toBe(true);
    expect(reportsToBody('向下一届全会报告本决议的执行情况')).toBe(true);
    expect(reportsToBody('支持编写风筝报告，并提交第5研究组审议；')).toBe(false);
  });
});
