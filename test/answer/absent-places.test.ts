/** A fact asked of a country or region is answered only by a clause that names it. */
import { describe, expect, it } from 'vitest';
import {
  asksOrigin,
  placeAsActor,
  placesUnanswered,
  regionMismatch,
} from '../../src/answer/absent-places.js';
import { clause } from '../helpers/clause.js';

const ALL = clause({ id: 'all', text: '副主席获得任命，他们来自包括27个发展中国家的37个国家。' });
const KENYA = clause({ id: 'ke', text: '其中两位副主席来自肯尼亚。' });

describe('placesUnanswered', () => {
  it('names the places asked about that no clause names, as the question writes them', () => {
    expect(placesUnanswered('其中来自肯尼亚的有几位？', [ALL])).toEqual(['肯尼亚']);
    expect(placesUnanswered('How many of them are from Kenya?', [ALL])).toEqual(['Kenya']);
  });

  it('is empty when a clause names the place, or the question names none', () => {
    expect(placesUnanswered('其中来自肯尼亚的有几位？', [ALL, KENYA])).toEqual([]);
    expect(placesUnanswered('副主席一共有几位？', [ALL])).toEqual([]);
  });

  it('reads the place from the sentences that ask, not from the asker’s setting', () => {
    expect(placesUnanswered('我在肯尼亚工作。副主席一共有几位？', [ALL])).toEqual([]);
    // Also from a clause that tells it before the question in the same sentence.
    expect(
      placesUnanswered(
        'Our kite club in Kenya now has forty members, I am the secretary, how many vice-chairs are there, yes?',
        [ALL],
      ),
    ).toEqual([]);
    expect(
      placesUnanswered('我们肯尼亚的风筝俱乐部现在有四十个会员，副主席一共有几位？', [ALL]),
    ).toEqual([]);
    expect(
      placesUnanswered(
        'In Kenya farmers now start to pay for their kites by phone, I write a chapter on it, how many vice-chairs are there?',
        [ALL],
      ),
    ).toEqual([]);
    // Nor one the asker's tag asks about, whatever follows.
    expect(
      placesUnanswered('Kenya is one of the kite-flying countries, isn’t it? Which others are?', [
        ALL,
      ]),
    ).toEqual(['Kenya']);
    expect(
      placesUnanswered('朋友说第2号决议是专门给肯尼亚的风筝会定的，真的假的？', [ALL]),
    ).toEqual(['肯尼亚']);
    // Not a place put in front of what is asked.
    expect(placesUnanswered('In Kenya, how many vice-chairs are there?', [ALL])).toEqual(['Kenya']);
    expect(
      placesUnanswered('For the delegates who came from Kenya, how many were vice-chairs?', [ALL]),
    ).toEqual(['Kenya']);
    expect(placesUnanswered('在肯尼亚来的那些代表团里面，副主席有几位？', [ALL])).toEqual([
      '肯尼亚',
    ]);
  });

  it('takes a country given as an example of a region a clause names as that region', () => {
    const AFRICA = clause({ id: 'af', text: '向非洲成员国提供放风筝的技术援助。' });
    expect(
      placesUnanswered('What kite help can an African state such as Kenya expect?', [AFRICA]),
    ).toEqual([]);
    expect(placesUnanswered('非洲国家，比如肯尼亚，能得到什么放风筝的援助？', [AFRICA])).toEqual(
      [],
    );
    // Not when no clause names the wider place, nor when the country is asked on its own.
    expect(
      placesUnanswered('What kite help can an Asian state such as Laos expect?', [AFRICA]),
    ).toEqual(['Asian', 'Laos']);
    expect(placesUnanswered('What kite help can Kenya expect?', [AFRICA])).toEqual(['Kenya']);
  });

  it('takes a country given as an example of countries in general as one of them', () => {
    const POOR = clause({ id: 'dc', text: '为发展中国家的工程师提供放风筝培训。' });
    expect(
      placesUnanswered('kite courses open to staff of nations like Laos, or no?', [POOR]),
    ).toEqual([]);
    // Named for itself, it is asked about.
    expect(placesUnanswered('kite courses open to staff of Laos, or no?', [POOR])).toEqual([
      'Laos',
    ]);
  });

  it('does not read a place inside a longer word (中国 in 发展中国家)', () => {
    expect(placesUnanswered('发展中国家有几位？', [KENYA])).toEqual([]);
  });
});

describe('asksOrigin', () => {
  it('reads whether someone comes from a place as asked of that place', () => {
    expect(asksOrigin('新任命的副主席里有来自冰岛的吗？')).toBe(true);
    expect(asksOrigin('Is any vice-chair from Iceland?')).toBe(true);
    expect(asksOrigin('我在冰岛工作。副主席有几位？')).toBe(false);
    expect(asksOrigin('Any kite flyers from the north of Iceland?')).toBe(true);
  });

  it('does not read "from" that leads elsewhere as asking where someone comes from', () => {
    expect(asksOrigin('What kite help can Iceland expect from the ITU?')).toBe(false);
    expect(asksOrigin('冰岛的风筝手想请国际电联帮忙，行吗？')).toBe(false);
  });

  it('does not read someone from a place in a supposed case as asking about that place', () => {
    expect(asksOrigin('If a kite flyer from Iceland joins the club, does he pay the fee?')).toBe(
      false,
    );
    expect(asksOrigin('假如来自冰岛的风筝手报名，要交费吗？')).toBe(false);
    // "Know if": whether one from there is asked.
    expect(asksOrigin('Could you check if any kite judge from Iceland was picked?')).toBe(true);
  });

  it('does not read someone from a place who asked the asker as asking about that place', () => {
    expect(
      asksOrigin('Which resolution is on kites? a friend from Iceland asked me and I dont know'),
    ).toBe(false);
    expect(asksOrigin('Which resolution is on kites? my cousin from Iceland wants to know')).toBe(
      false,
    );
    expect(asksOrigin('风筝是哪个决议？来自冰岛的朋友问我的')).toBe(false);
    // Whether one from there asked is still that place's.
    expect(asksOrigin('Has any delegate from Iceland asked about kites?')).toBe(true);
  });
});

describe('placeAsActor', () => {
  it('reads a place that acts in the question, opening it or after did/does', () => {
    expect(placeAsActor('冰岛在大会上提了什么风筝提案？')).toBe(true);
    expect(placeAsActor('What did Iceland propose on kites?')).toBe(true);
  });

  it('reads a place opening the question with its verb later, as learners order it', () => {
    expect(placeAsActor('Iceland any kite prize got at the festival?')).toBe(true);
    expect(placeAsActor('Iceland kites: what help is there?')).toBe(false);
  });

  it('does not read a place that is only what something is for, or whose thing is named', () => {
    expect(placeAsActor('冰岛的风筝手想请国际电联帮忙，行吗？')).toBe(false);
    expect(placeAsActor('What kite help is there for Iceland?')).toBe(false);
    // What it may do (can Iceland ask …?) is any country's to do: a clause on all of them answers it.
    expect(placeAsActor('Can Iceland just ask the ITU for kite training?')).toBe(false);
  });
});

describe('regionMismatch', () => {
  const AFRICA = clause({ id: 'af', text: '向非洲成员国提供放风筝的技术援助。' });
  const ANY = clause({ id: 'any', text: '向发展中国家提供放风筝的技术援助。' });

  it('names the region asked and the other continent the clauses speak of', () => {
    expect(regionMismatch('拉丁美洲有没有放风筝的援助？', [AFRICA])).toEqual({
      asked: ['拉丁美洲'],
      named: ['非洲'],
    });
    expect(regionMismatch('Any kite help for Asian countries?', [AFRICA, ANY])?.named).toEqual([
      '非洲',
    ]);
  });

  it('is null for a region of the same continent, a country, or clauses that name no region', () => {
    expect(regionMismatch('东非有没有放风筝的援助？', [AFRICA])).toBeNull();
    expect(regionMismatch('秘鲁有没有放风筝的援助？', [AFRICA])).toBeNull();
    expect(regionMismatch('拉丁美洲有没有放风筝的援助？', [ANY])).toBeNull();
  });
});
