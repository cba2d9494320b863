/** A why-question prefers a close clause that gives a reason; without one, the order stands. */
import { describe, expect, it } from 'vitest';
import { asksWhy, preferReason } from '../../src/answer/reason-question.js';
import { clause, hitOn } from '../helpers/clause.js';

const hit = (id: string, text: string, score: number) => hitOn(clause({ id, text }), score);
const ids = (hits: { clause: { id: string } }[]) => hits.map((h) => h.clause.id);

describe('asksWhy', () => {
  it.each([
    ['Why does ITU say IPv6 matters for connected devices?'],
    ['为什么物联网需要IPv6？'],
    ['无人机为啥要单独发执照？'],
    ['What is the reason for the new resolution?'],
    ['出于什么考虑要建测试实验室？'],
  ])('reads %s as asking why', (q) => expect(asksWhy(q)).toBe(true));

  it.each([['What does Resolution 64 ask?'], ['物联网需要什么？']])(
    'reads %s as asking something else',
    (q) => expect(asksWhy(q)).toBe(false),
  );
});

describe('preferReason', () => {
  const what = hit('what', '将继续由电信发展局牵头开展IPv6能力建设工作，', 1);
  const reason = hit('reason', '鉴于IoT设备的IP地址需求巨大，提高对部署IPv6必要性的认识；', 0.86);
  const far = hit('far', '鉴于IoT设备的IP地址需求巨大，提高认识；', 0.5);

  it('puts a close clause that gives the reason first', () => {
    expect(ids(preferReason([what, reason], '为什么物联网需要IPv6？'))).toEqual(['reason', 'what']);
  });

  it('keeps the order for other questions, for a far clause, or when the best gives a reason', () => {
    expect(ids(preferReason([what, reason], '物联网需要什么？'))).toEqual(['what', 'reason']);
    expect(ids(preferReason([what, far], 'Why is IPv6 needed?'))).toEqual(['what', 'far']);
    expect(ids(preferReason([reason, what], 'Why is IPv6 needed?'))).toEqual(['reason', 'what']);
  });

  it('takes a purpose of the action (以便) for no reason: many clauses state one', () => {
    const purpose = hit('purpose', '更新网站，以便提高对IPv6的认识；', 0.95);
    expect(ids(preferReason([what, purpose], 'Why is IPv6 needed?'))).toEqual(['what', 'purpose']);
  });
});
