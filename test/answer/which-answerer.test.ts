/** "Which resolutions …": one clause per resolution, those close to the best only, none when off topic. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/corpus/clause.js';
import { DEFAULT_WHICH, pickWhich, withoutFrame } from '../../src/answer/which-answerer.js';
import type { Hit } from '../../src/retrieval/retriever.js';
import { clause, hitOn } from '../helpers/clause.js';

function hit(
  id: string,
  resolution: number | null,
  score: number,
  part: Clause['part'] = 'annex',
): Hit {
  return hitOn(clause({ id, text: id, resolution, part }), score);
}

const opts = { ...DEFAULT_WHICH, minCoverage: 0.2 };

describe('pickWhich', () => {
  const hits = [
    hit('r7.table2', 7, 1, 'table2'),
    hit('r7.annex.1', 7, 0.9),
    hit('r9.annex.2', 9, 0.7),
    hit('intro.1', null, 0.65, 'intro'),
    hit('r9.annex.3', 9, 0.6),
    hit('r4.annex.1', 4, 0.2),
  ];

  it('keeps one clause per resolution, the operative one over a close summary', () => {
    expect(pickWhich(hits, () => 1, opts).map((c) => c.id)).toEqual(['r7.annex.1', 'r9.annex.2']);
  });

  it('drops resolutions whose clause covers much less of the topic', () => {
    const covers = (c: Clause) => (c.resolution === 9 ? 0.3 : 1);
    expect(pickWhich(hits, covers, opts).map((c) => c.resolution)).toEqual([7]);
  });

  it('stands for a resolution by its close clause that covers most of the topic', () => {
    // r9's top clause speaks to another part of the question; its next, close one to this part.
    const covers = (c: Clause) => (c.id === 'r9.annex.3' ? 1 : c.resolution === 9 ? 0.2 : 1);
    expect(pickWhich(hits, covers, opts).map((c) => c.id)).toEqual(['r7.annex.1', 'r9.annex.3']);
  });

  it('answers nothing when even the best clause misses the topic', () => {
    expect(pickWhich(hits, () => 0.1, opts)).toEqual([]);
  });

  it('also lists a resolution named after the topic, quoting its best hit or its summary', () => {
    const title = (n: number) => hit(`r${n}.title`, n, 0).clause;
    const summary = (n: number) => hit(`r${n}.table2`, n, 0, 'table2').clause;
    // Only the titles of 9 and 12 name the topic; 12 was not retrieved at all.
    const covers = (c: Clause) => (c.id.endsWith('.title') ? (c.resolution === 4 ? 0 : 1) : 0.1);
    const titled = [9, 12, 4].map((n) => ({ title: title(n), quote: summary(n) }));
    expect(pickWhich(hits, covers, opts, titled).map((c) => c.id)).toEqual([
      'r9.annex.2',
      'r12.table2',
    ]);
  });
});

describe('withoutFrame', () => {
  it('keeps the topic, not the frame of the question', () => {
    expect(withoutFrame({ rewritten: '哪些决议涉及网络安全？' }).rewritten).toBe('网络安全？');
    const english = withoutFrame({
      rewritten: 'which resolutions deal with spam?',
      dictionary: [{ surface: 'deal' }, { surface: 'spam' }],
    });
    expect(english).toEqual({ rewritten: 'spam?', dictionary: [{ surface: 'spam' }] });
  });

  it('reads the kind of answer asked for (in which forms, what ways, 以什么形式) as frame', () => {
    const english = withoutFrame({
      rewritten: 'does it speak of kite clubs working together, and in which forms?',
      dictionary: [{ surface: 'kite clubs' }, { surface: 'forms' }],
    });
    expect(english.rewritten).not.toContain('forms');
    expect(english.dictionary).toEqual([{ surface: 'kite clubs' }]);
    expect(withoutFrame({ rewritten: '风筝俱乐部以什么形式合作？' }).rewritten).toBe(
      '风筝俱乐部以 合作？',
    );
    expect(withoutFrame({ rewritten: 'a kite resolution? which number please?' }).rewritten).toBe(
      'a kite ? please?',
    );
    // A form that is the topic stays: "the forms kite clubs fill in".
    expect(withoutFrame({ rewritten: 'the forms kite clubs fill in?' }).rewritten).toContain(
      'forms',
    );
  });

  it('reads "explicitly" (明确) as frame: how a resolution mentions the topic, not the topic', () => {
    expect(withoutFrame({ rewritten: '哪几项决议明确提到物联网？' }).rewritten).toBe('物联网？');
    expect(
      withoutFrame({ rewritten: 'which resolutions explicitly mention IPv6?' }).rewritten,
    ).toBe('IPv6?');
  });

  it('with askingOnly, leaves out the setting before the question, unless the question points back to it', () => {
    const setting = withoutFrame(
      {
        rewritten: '我们是一个岛国的部委。这些决议里哪几项讲海洋？',
        dictionary: [{ surface: '岛国' }, { surface: '海洋' }],
      },
      true,
    );
    expect(setting.rewritten).not.toContain('岛国');
    expect(setting.rewritten).toContain('海洋');
    expect(setting.dictionary).toEqual([{ surface: '海洋' }]);
    const back = { rewritten: '我们岛国的海平面上升很快。哪几项决议和这个问题有关？' };
    expect(withoutFrame(back, true).rewritten).toContain('海平面');
    // "That" as what the question is about (the resolution) points to nothing before it.
    const subject = { rewritten: 'we are a ministry. does that one mention tidal power?' };
    expect(withoutFrame(subject, true).rewritten).not.toContain('ministry');
    // "That one" asked for at the end is what was told before.
    const told = {
      rewritten: 'The text on kite safety. It was adopted at the lake. Which is that one?',
    };
    expect(withoutFrame(told, true).rewritten).toContain('safety');
    const like = { rewritten: 'we are a small island. does it cover countries like ours?' };
    expect(withoutFrame(like, true).rewritten).toContain('island');
  });

  it('reads "this kind of <thing>" as naming its topic, "this kind of problem" as pointing back', () => {
    const named = {
      rewritten: 'Kites fill our beach. Does it help set up this kind of kite school?',
    };
    expect(withoutFrame(named, true).rewritten).not.toContain('beach');
    const back = { rewritten: 'Kites fill our beach. Does it help with this kind of problem?' };
    expect(withoutFrame(back, true).rewritten).toContain('beach');
  });
});
