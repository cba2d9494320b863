import { describe, expect, it } from 'vitest';
import { namesFromIcu, PlaceNames, readNameTable } from '../../src/answer/place-names.js';

describe('PlaceNames', () => {
  const places = new PlaceNames();

  it('finds countries and world regions by their Chinese or English names, as one code each', () => {
    expect([...places.named('会议在瑞士举行，肯尼亚也参加了')].sort()).toEqual(['CH', 'KE']);
    expect(places.named('Kenya and Switzerland')).toEqual(new Set(['KE', 'CH']));
    expect(places.named('非洲')).toEqual(places.named('africa'));
    expect(places.named('拉丁美洲').size).toBe(1);
  });

  it('reads a table that is what ICU gives (if not: npm run gen:places)', () => {
    expect(Object.fromEntries(readNameTable())).toEqual(Object.fromEntries(namesFromIcu()));
    expect(readNameTable().size).toBeGreaterThan(400);
  });

  it('knows the short forms of region names ICU does not give (LatAm, LAC, the Pacific islands)', () => {
    expect(places.named('LatAm regulators')).toEqual(places.named('拉丁美洲'));
    expect(places.named('the LAC region')).toEqual(places.named('Latin America'));
    expect(places.named('Pacific island states')).toEqual(places.named('大洋洲'));
    expect(places.named('太平洋岛国的代表')).toEqual(places.named('Oceania'));
    expect(places.hasWord('latam')).toBe(true);
    expect(places.named('North American carriers')).toEqual(places.named('美洲北部'));
    expect(places.named('北美的运营商')).toEqual(places.named('Northern America'));
  });

  it('knows Hong Kong and Macao by their everyday names, not only as SARs', () => {
    expect(places.named('香港和澳门的运营商')).toEqual(new Set(['HK', 'MO']));
    expect(places.named('a Macau casino and a Hong Kong bank')).toEqual(new Set(['MO', 'HK']));
    expect(places.named('Macao')).toEqual(places.named('中国澳门特别行政区'));
  });

  it('knows a country as people write it: "and" for "&", Saint for St., either name, short names', () => {
    expect(places.named('kite clubs in Trinidad and Tobago')).toEqual(new Set(['TT']));
    expect(places.named('kite clubs in Trinidad')).toEqual(new Set(['TT']));
    expect(places.named('Saint Lucia and St Lucia')).toEqual(places.named('St. Lucia'));
    expect(places.named('kites in Burma')).toEqual(places.named('Myanmar (Burma)'));
    expect(places.named("Cote d'Ivoire or the Ivory Coast")).toEqual(new Set(['CI']));
  });

  it('knows a place by its adjective (African, Kenyan, European, Brazilian)', () => {
    expect(places.named('African countries')).toEqual(places.named('非洲'));
    expect(places.named('a Kenyan operator')).toEqual(new Set(['KE']));
    expect(places.named('European regulators')).toEqual(places.named('欧洲'));
    expect(places.named('Brazilian law')).toEqual(new Set(['BR']));
    // Its people, in the plural.
    expect(places.named('how many Kenyans fly kites')).toEqual(new Set(['KE']));
    expect(places.named('plans and scans')).toEqual(new Set());
    // A possessive, the apostrophe typed straight.
    expect(places.named("Kenya's kite office")).toEqual(new Set(['KE']));
  });

  it('finds a Chinese name only where a word starts: not 中国 in 发展中国家 or 其中国际', () => {
    expect(places.named('来自包括27个发展中国家的37个国家').size).toBe(0);
    expect(places.named('其中国际电联负责协调').size).toBe(0);
    // 发展 mistyped (花展中国家): 中国 before 家 alone is …中 + 国家; 中国家庭 is still China's.
    expect(places.named('帮花展中国家建实验室').size).toBe(0);
    expect([...places.namings('中国家庭的宽带').keys()]).toEqual(['中国']);
    expect(places.named('中国和肯尼亚')).toEqual(new Set(['CN', 'KE']));
  });

  it('finds nothing in a text that names no place', () => {
    expect(places.named('各国应加强合作').size).toBe(0);
    expect(places.named('which countries').size).toBe(0);
  });
});
