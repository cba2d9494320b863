/** A clause for unit tests: every field empty but what the test names (a hit, when it needs a score). */
import type { Clause } from '../../src/corpus/clause.js';
import type { Hit } from '../../src/retrieval/retriever.js';

export function clause(over: Partial<Clause> & Pick<Clause, 'id' | 'text'>): Clause {
  return {
    doc: 'd',
    part: 'annex',
    resolution: null,
    title: null,
    status: null,
    section: null,
    addressee: null,
    item: null,
    leadIn: null,
    label: over.id,
    order: 0,
    ...over,
  };
}

/** A retrieval hit on such a clause, its score on the lexical channel. */
export function hitOn(c: Clause, score: number): Hit {
  return { clause: c, score, lexical: score, vector: 0, question: 0 };
}
