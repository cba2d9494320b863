/** "Which organisations …": the clause naming them comes before one that only says 相关组织. */
import { describe, expect, it } from 'vitest';
import {
  asksOrganisations,
  preferNamingOrganisations,
} from '../../src/answer/organisations-asked.js';
import { clause, hitOn } from '../helpers/clause.js';

const summary = hitOn(
  clause({ id: 'summary', resolution: 7, text: '第7号决议要求与相关组织合作，推广风筝安全。' }),
  1.0,
);
const named = hitOn(
  clause({
    id: 'named',
    resolution: 7,
    text: '与诸如国际风筝联合会（IKF）和世界气象组织（WMO）等相关组织协作。',
  }),
  0.7,
);
const listed = hitOn(clause({ id: 'listed', resolution: 7, text: '与KSA、IKF和ITU-T合作。' }), 0.7);
const far = hitOn(clause({ id: 'far', resolution: 7, text: '与世界气象组织（WMO）协作。' }), 0.4);
const other = hitOn(
  clause({ id: 'other', resolution: 8, text: '与世界气象组织（WMO）协作。' }),
  0.9,
);

const ids = (hits: { clause: { id: string } }[]) => hits.map((h) => h.clause.id);

describe('preferNamingOrganisations', () => {
  it('brings the clause naming organisations first, when organisations are asked for', () => {
    expect(
      ids(preferNamingOrganisations([summary, named], 'Which organisations does it work with?')),
    ).toEqual(['named', 'summary']);
    expect(ids(preferNamingOrganisations([summary, listed], '该跟哪几家国际机构联手？'))).toEqual([
      'listed',
      'summary',
    ]);
    // With several words describing them between.
    expect(
      ids(
        preferNamingOrganisations(
          [summary, named],
          'which other large global bodies help the kite club?',
        ),
      ),
    ).toEqual(['named', 'summary']);
  });

  it('asked whom they work with, brings the clause naming organisations first', () => {
    expect(
      ids(preferNamingOrganisations([summary, named], 'Do they team up with anybody outside?')),
    ).toEqual(['named', 'summary']);
    expect(ids(preferNamingOrganisations([summary, listed], '他们跟谁一块干？'))).toEqual([
      'listed',
      'summary',
    ]);
  });

  it('of a named resolution, brings its clause naming organisations first whatever it scores', () => {
    expect(
      ids(preferNamingOrganisations([summary, far], 'Which bodies does it name?', true)),
    ).toEqual(['far', 'summary']);
    expect(
      ids(preferNamingOrganisations([summary, other], 'Which agencies does it name?', true)),
    ).toEqual(['summary', 'other']);
  });

  it('takes one body by its acronym beside others by their kind for a clause naming partners', () => {
    const kinds = hitOn(
      clause({ id: 'kinds', resolution: 7, text: '与IKF、学术界和其他相关组织协作。' }),
      0.7,
    );
    expect(ids(preferNamingOrganisations([summary, kinds], 'Which bodies does it name?'))).toEqual([
      'kinds',
      'summary',
    ]);
  });

  it('brings an operative clause naming them before a summary that does', () => {
    const table2 = hitOn(
      clause({ id: 'table2', resolution: 7, part: 'table2', text: '摘要：与IKF、WMO合作。' }),
      0.9,
    );
    expect(
      ids(preferNamingOrganisations([summary, table2, named], 'Which bodies does it name?')),
    ).toEqual(['named', 'summary', 'table2']);
  });

  it('measures how far lower it scores against the best operative clause, not a summary above it', () => {
    const top = hitOn(
      clause({
        id: 'top',
        resolution: 7,
        part: 'table2',
        text: '第7号决议推广风筝安全，与相关组织合作。',
      }),
      1.0,
    );
    const op = hitOn(clause({ id: 'op', resolution: 7, text: '举办风筝安全讲习班。' }), 0.5);
    const naming = hitOn(
      clause({ id: 'naming', resolution: 7, text: '与世界气象组织（WMO）等相关组织协作。' }),
      0.45,
    );
    expect(
      ids(preferNamingOrganisations([top, op, naming], '风筝安全跟哪些国际组织一起搞？')),
    ).toEqual(['naming', 'top', 'op']);
  });

  it('leaves the order when none is asked, or the one naming them scores far lower or is of another resolution', () => {
    expect(ids(preferNamingOrganisations([summary, named], 'What does it ask for?'))).toEqual([
      'summary',
      'named',
    ]);
    expect(ids(preferNamingOrganisations([summary, far], 'Which bodies does it name?'))).toEqual([
      'summary',
      'far',
    ]);
    expect(
      ids(preferNamingOrganisations([summary, other], 'Which agencies does it name?')),
    ).toEqual(['summary', 'other']);
  });

  it("looks in the resolution most of the best hits come from, when the best hit's resolution names none", () => {
    // A scene set in passing (bought online) lifts one clause of another resolution to the top.
    const scene = hitOn(
      clause({ id: 'scene', resolution: 8, text: '免费在线提供风筝手册。' }),
      1.0,
    );
    const rest = hitOn(clause({ id: 'rest', resolution: 7, text: '在各地举办风筝讲习班。' }), 0.8);
    expect(
      ids(
        preferNamingOrganisations(
          [scene, { ...summary, score: 0.9 }, rest, named],
          '网上买的风筝是假的，打假都跟哪些国际组织一起？',
        ),
      ),
    ).toEqual(['named', 'scene', 'summary', 'rest']);
    // Where the best hit's resolution is also the one most hits come from, nothing changes.
    const more = hitOn(clause({ id: 'more', resolution: 8, text: '推广风筝手册。' }), 0.9);
    expect(ids(preferNamingOrganisations([scene, more, named], '跟哪些国际组织一起？'))).toEqual([
      'scene',
      'more',
      'named',
    ]);
  });

  it('reads one body of the UN asked for as organisations asked', () => {
    expect(asksOrganisations('do the kite and drone texts both name the same UN agency?')).toBe(
      true,
    );
    expect(asksOrganisations('is one UN weather body a partner of both?')).toBe(true);
    expect(asksOrganisations('风筝和无人机那两项是不是都跟同一个联合国机构合作？')).toBe(true);
    expect(asksOrganisations('do the kite and drone texts both report every year?')).toBe(false);
  });

  it('reads an outside body described as a partner of each as organisations asked', () => {
    expect(
      asksOrganisations(
        'is there an outside body that the kite and drone texts both name as a partner?',
      ),
    ).toBe(true);
    expect(asksOrganisations('风筝和无人机那两项，是不是都得跟联合国管天气那个组织搭伙？')).toBe(
      true,
    );
    expect(asksOrganisations('风筝那项跟谁搭伙干？')).toBe(true);
    expect(asksOrganisations('is there an outside body that checks kites?')).toBe(false);
    expect(asksOrganisations('风筝那项跟无人机那项有什么不同？')).toBe(false);
  });
});
