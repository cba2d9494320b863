/** A rare name written as the document writes it (IETF) brings the clause that holds it first. */
import { describe, expect, it } from 'vitest';
import { preferNaming, rareNames } from '../../src/answer/named-term.js';
import { clause, hitOn } from '../helpers/clause.js';

const title = clause({ id: 'title', text: '抵制和打击垃圾信息' });
const summary = clause({
  id: 'summary',
  text: '第52号决议抵制和打击垃圾信息，责成相关研究组继续协作',
});
const named = clause({ id: 'named', text: '与相关组织（如互联网工程任务组（IETF））合作' });
const common = (id: string) => clause({ id, text: `ITU-T研究组 ${id}` });
const clauses = [title, summary, named, common('a'), common('b'), common('c'), common('d')];

describe('rareNames', () => {
  it('takes names as written that few clauses hold, not common ones, meetings or absent ones', () => {
    expect(rareNames('Does the spam resolution name the IETF?', clauses)).toEqual(['IETF']);
    expect(rareNames('What do ITU-T study groups do?', clauses)).toEqual([]);
    expect(rareNames('Does it name the IEEE?', clauses)).toEqual([]);
    expect(
      rareNames('What did WTDC-22 decide?', [...clauses, clause({ id: 'w', text: 'WTDC-22' })]),
    ).toEqual([]);
  });
});

describe('rareNames, a subject of one resolution', () => {
  it('takes a name that many clauses hold when all of them are one resolution’s, mixed case too', () => {
    const kite = (id: string, resolution: number) =>
      clause({ id, resolution, text: `推广KiteNet2与KFv4风筝网络 ${id}` });
    const intro = clause({ id: 'intro', part: 'intro', text: '议题如KFv4、KiteNet2等' });
    const one = [1, 2, 3, 4, 5].map((i) => kite(`k${i}`, 7));
    expect(rareNames('Does anyone help with KFv4 labs?', [...one, intro])).toEqual(['KFv4']);
    // Held by two resolutions' clauses, more than a few: it singles none out.
    expect(rareNames('Does anyone help with KFv4 labs?', [...one, kite('k6', 8), intro])).toEqual(
      [],
    );
  });

  it('takes a name with digits typed in lower case, in the document’s spelling; not a lower-case word', () => {
    const one = [1, 2, 3].map((i) =>
      clause({ id: `k${i}`, resolution: 7, text: `推广KFv4风筝网络，与WHO合作 ${i}` }),
    );
    expect(rareNames('anyone helping with kfv4 labs?', one)).toEqual(['KFv4']);
    expect(rareNames('who helps with kite labs?', one)).toEqual([]);
  });
});

describe('preferNaming', () => {
  const hits = [hitOn(title, 1), hitOn(summary, 0.7), hitOn(named, 0.3)];

  it('puts the clause holding the name first', () => {
    expect(preferNaming(hits, ['IETF'])[0]!.clause.id).toBe('named');
  });

  it('keeps the order without a name, or when the clause holding it scores far lower', () => {
    expect(preferNaming(hits, [])[0]!.clause.id).toBe('title');
    const far = [hitOn(title, 1), hitOn(named, 0.1)];
    expect(preferNaming(far, ['IETF'])[0]!.clause.id).toBe('title');
  });
});
