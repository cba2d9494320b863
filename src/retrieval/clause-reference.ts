/**
 * A clause named the way the answers cite it: 第44号决议 · 做出决议 · 6, "R44 instructs 9", "Res 44 resolves 2
 * iii", 第72号决议责成第3段. The resolution comes from the question's resolution references; this reads the section and
 * the item, and finds the clauses they name.
 */
import type { Clause } from '../corpus/clause.js';

/** Operative sections by the words for them, longest first (进一步做出决议 before 做出决议). */
const SECTIONS: [RegExp, string][] = [
  [/进一步做出决议|further resolves?/i, '进一步做出决议'],
  [/进一步责成|further instructs?/i, '进一步责成'],
  [/进一步请|further invites?/i, '进一步请'],
  [/做出决议|\bresolves?\b/i, '做出决议'],
  [/责成|\binstructs?\b/i, '责成'],
  [/呼吁|\bcalls? upon\b/i, '呼吁'],
  [/鼓励|\bencourages?\b/i, '鼓励'],
  [/认识到|\brecogni[sz]ing\b/i, '认识到'],
  [/(?<![申邀])请(?![问教])|\binvites?\b/i, '请'],
];

/** An item after the section's words: 6, 第3段, item 2, 2 iii, 2.iii), (vii), m). */
const ITEM =
  /^[\s·:：,，]*(?:第|item|para(?:graph)?|§|no\.?)?\s*[(（]?\s*(\d{1,2}|[ivx]{1,5}|[a-z])\s*[)）]?(?:\s*[.．]?\s*[(（]?\s*([ivx]{1,5}|[a-z])\s*[)）])?(?![a-z\d])/i;

export interface ClauseReference {
  section: string;
  /** The item as the clauses print it, without brackets: "6", "2.iii", "vii". */
  item: string;
}

/** The section and item a question names, or null; `rest` is the question without its resolution reference. */
export function clauseReference(rest: string): ClauseReference | null {
  for (const [words, section] of SECTIONS) {
    const m = words.exec(rest);
    if (!m) continue;
    const item = ITEM.exec(rest.slice(m.index + m[0].length));
    if (!item) return null;
    const parts = [item[1]!, item[2]].filter((p): p is string => Boolean(p));
    return { section, item: parts.join('.').toLowerCase() };
  }
  return null;
}

/** An item as printed (2.iii), vii), 6) without its brackets. */
const bare = (item: string) => item.replace(/[()（）\s]/g, '').toLowerCase();

/** The clauses of a resolution with that section and item (two when a section recurs for another addressee). */
export function referencedClauses(clauses: readonly Clause[], ref: ClauseReference): Clause[] {
  return clauses.filter(
    (c) =>
      c.part === 'annex' &&
      (c.section === ref.section || c.within === ref.section) &&
      c.item !== null &&
      bare(c.item) === ref.item,
  );
}
