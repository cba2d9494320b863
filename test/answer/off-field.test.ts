/** The off-field judgement of a whole message: which of its English words the dictionary makes the field's. */
import { describe, expect, it } from 'vitest';
import { offField } from '../../src/answer/off-field.js';
import type { DictionaryExpander } from '../../src/retrieval/dictionary-expander.js';
import type { QueryPlan } from '../../src/retrieval/query-plan.js';
import type { Retriever } from '../../src/retrieval/retriever.js';

/** Two uncommon words of the field (kite, spool), each an anchor. */
const FIELD = new Set(['kite', 'spool']);
const retriever = {
  inField: (t: string) => FIELD.has(t),
  usedByField: (t: string) => FIELD.has(t),
  fieldShare: (t: string) => (FIELD.has(t) ? 0.1 : 0),
} as unknown as Retriever;
const dictionary = {
  chineseFrequency: () => 0,
  frequency: (w: string) => ({ kite: 4, spool: 9 })[w] ?? 0,
  generalShare: () => 0,
} as unknown as DictionaryExpander;

const plan = (standalone: string, weight: number) =>
  ({
    standalone,
    rewritten: standalone,
    resolutions: [],
    unknownResolutions: [],
    dictionary: [{ surface: 'wrong', candidates: [['标准', weight]] }],
  }) as unknown as QueryPlan;

describe('offField', () => {
  const q = 'kite spool lamp socket dark, what wrong?';

  it('takes an English word the dictionary renders only weakly as foreign, not the field’s', () => {
    // wrong → 标准 at 0.15 is a loose bridge: with lamp, socket and dark, another subject.
    expect(offField(plan(q, 0.15), false, retriever, dictionary)).toBe(true);
  });

  it('takes a word the dictionary renders firmly as the field’s', () => {
    expect(offField(plan(q, 0.5), false, retriever, dictionary)).toBe(false);
  });
});
