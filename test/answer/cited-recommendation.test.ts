/** What a Recommendation the document only names specifies is not in the document. */
import { describe, expect, it } from 'vitest';
import { askedRecommendation } from '../../src/answer/cited-recommendation.js';

describe('askedRecommendation', () => {
  it.each([
    ['Y.4000建议书里具体讲了什么？', 'Y.4000'],
    ['what does recommendation X.805 say about security architecture?', 'X.805'],
    ['technical details of ITU-T K.52, please', 'K.52'],
  ])('reads %s as asking the content of %s', (q, code) => {
    expect(askedRecommendation(q)).toBe(code);
  });

  it.each([['What is Y.4000?'], ['Which resolution mentions K.52?'], ['哪项建议书讲应急号码？']])(
    'leaves %s to the clauses that name it',
    (q) => {
      expect(askedRecommendation(q)).toBeNull();
    },
  );
});
