/** The kinds of message the document cannot answer, and whether the passages on the topic come with them. */
import { describe, expect, it } from 'vitest';
import { declinedKind } from '../../src/answer/declined-kinds.js';

describe('declinedKind', () => {
  it('gives no passages beside a task or a question about the assistant, and the topic beside a judgement', () => {
    expect(declinedKind('please write me a cover letter', false)?.related).toBe(false);
    expect(declinedKind('are you a bot?', false)?.related).toBe(false);
    expect(declinedKind('Which resolution matters most for LDCs?', false)?.related).toBe(true);
    expect(declinedKind('Do you honestly think resolution 44 worked?', true)?.related).toBe(true);
    expect(declinedKind('Which is cheaper, cable or satellite?', false)?.reason.en).toContain(
      'practical advice',
    );
    expect(declinedKind('Has Ghana already set up its CIRT?', false)).toMatchObject({
      related: true,
      reason: { en: expect.stringContaining('any one country') },
    });
    expect(
      declinedKind('Which countries submitted changes to the spam resolution?', false),
    ).toMatchObject({
      related: true,
      reason: { en: expect.stringContaining('not who proposed') },
    });
    expect(declinedKind("What is Ghana's kite office called?", false)).toMatchObject({
      related: true,
      reason: { en: expect.stringContaining('own bodies') },
    });
    expect(declinedKind('What is the capital of Chad?', false)).toMatchObject({
      related: false,
      reason: { en: expect.stringContaining('general knowledge') },
    });
  });

  it('leaves consumer words to the document when the question asks what ITU does about them', () => {
    expect(declinedKind('我的手机连不上网怎么办？', false)).not.toBeNull();
    expect(declinedKind('被偷的手机连不上网络，国际电联有没有在管这个？', false)).toBeNull();
    expect(
      declinedKind('Is ITU doing anything so stolen handsets cannot connect again?', false),
    ).toBeNull();
    // Naming ITU in passing is not asking what it does.
    expect(
      declinedKind('Which hotel is cheaper for the ITU meeting in Geneva?', false),
    ).not.toBeNull();
  });

  it('reads travel words in the asker’s setting as no request for travel advice', () => {
    expect(
      declinedKind('Flights to the kite fair are dear. Can we follow the talks remotely?', false),
    ).toBeNull();
    // A run-on message with no stop before what it asks: a resolution asked for is the document's.
    expect(declinedKind('风筝节的机票贵得离谱 哪项决议讲到风筝节', false)).toBeNull();
    expect(declinedKind('风筝节的机票贵得离谱 哪家航空公司便宜', false)).not.toBeNull();
  });

  it('compares two resolutions weighed against each other, and answers what the document covers', () => {
    expect(declinedKind('Which is better value, resolution 44 or resolution 54?', true)).toBeNull();
    expect(declinedKind('What does resolution 58 ask BDT to do?', true)).toBeNull();
  });
});
