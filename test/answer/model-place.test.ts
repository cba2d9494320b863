/** A region named as the model ("like Asia's") is not the one asked about; a clause serving only it does not answer. */
import { describe, expect, it } from 'vitest';
import { modelPlaceOnly, modelPlaceReason } from '../../src/answer/model-place.js';
import { clause } from '../helpers/clause.js';

const ASIA = clause({ id: 'asia', text: '为亚洲成员国的风筝节提供技术援助。' });
const EAST_ASIA = clause({ id: 'east-asia', text: '为东亚的风筝节提供技术援助。' });
const EVERYWHERE = clause({ id: 'all', text: '为亚洲和欧洲的风筝节提供技术援助。' });
const NO_PLACE = clause({ id: 'none', text: '为各国的风筝节提供技术援助。' });

describe('modelPlaceOnly', () => {
  it('names the region asked about when the clauses serve only the model’s', () => {
    expect(modelPlaceOnly('有没有像亚洲那样给欧洲办风筝节的决议？', [ASIA])).toEqual({
      asked: '欧洲',
      served: '亚洲',
    });
    expect(modelPlaceOnly('Is there kite festival help for Europe like Asia’s?', [ASIA])).toEqual({
      asked: 'Europe',
      served: 'Asia',
    });
    expect(
      modelPlaceOnly('Any kite resolution like the Asian one but for Europe?', [ASIA]),
    ).toEqual({
      asked: 'Europe',
      served: 'Asian',
    });
  });

  it('counts a part of the model’s region as the model’s (East Asia lies in Asia)', () => {
    expect(modelPlaceOnly('有没有像亚洲那样给欧洲办风筝节的决议？', [EAST_ASIA])?.asked).toBe(
      '欧洲',
    );
  });

  it('is null when a clause serves the region asked about, or one that lies in it', () => {
    expect(modelPlaceOnly('有没有像亚洲那样给欧洲办风筝节的决议？', [EVERYWHERE])).toBeNull();
    expect(modelPlaceOnly('像亚洲那样，东亚也有风筝节援助吗？', [ASIA])).toBeNull();
  });

  it('is null without a model, without another region asked about, or without a place in the clauses', () => {
    expect(modelPlaceOnly('欧洲有风筝节援助吗？', [ASIA])).toBeNull();
    expect(modelPlaceOnly('Is there kite help like Asia’s?', [ASIA])).toBeNull();
    expect(modelPlaceOnly('有没有像亚洲那样给欧洲办风筝节的决议？', [NO_PLACE])).toBeNull();
  });

  it('reads "just like" as likening', () => {
    expect(
      modelPlaceOnly('So Europe gets kite help too, just like Asia, right?', [ASIA])?.asked,
    ).toBe('Europe');
  });

  it('does not read "would like" as likening', () => {
    expect(modelPlaceOnly('I would like Asia to get kite help, does Europe?', [ASIA])).toBeNull();
  });

  it('says which region the clauses serve and which they leave out', () => {
    const reason = modelPlaceReason({ asked: 'Europe', served: 'Asia' });
    expect(reason.en).toContain('for Asia');
    expect(reason.en).toContain('Europe');
    expect(modelPlaceReason({ asked: '欧洲', served: '亚洲' }).zh).toContain('没有提到欧洲');
  });
});
