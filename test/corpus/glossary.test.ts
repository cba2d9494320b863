/** The shipped glossary: its English names are the document's terms, not everyday words of another sense. */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/corpus/glossary.js';
import { GlossaryExpander } from '../../src/retrieval/glossary-expander.js';

const expander = new GlossaryExpander(loadGlossary('corpus'));

describe('the shipped glossary', () => {
  it.each([
    // A boss at work is no lead taken (牵头); a railway train is no training (培训).
    ['my boss wants the kite report by friday'],
    ['I take the train to the kite festival'],
  ])('renders no term for the everyday nouns of %s', (q) => {
    expect(expander.expand(q).terms).toEqual([]);
  });

  it('still renders the verbs with their object (train our people)', () => {
    expect(expander.expand('will they train our people?').terms).toContain('培训');
  });

  it('reads finding out how things stand (摸清, 摸底) as an assessment (评估)', () => {
    expect(expander.expand('协会会不会帮忙摸清楚风筝的数量？').terms).toContain('评估');
    expect(expander.expand('先摸底各地风筝场地').terms).toContain('评估');
  });

  it('renders being vulnerable or prone to a hazard as the document writes it (易受)', () => {
    expect(expander.expand('towns prone to kite storms').terms).toContain('易受');
    expect(expander.expand('villages vulnerable to hail').terms).toContain('易受');
  });

  it('renders a verb of translating as interpretation (口译)', () => {
    expect(expander.expand('will someone translate the kite talks for us?').terms).toContain('口译');
  });
});
