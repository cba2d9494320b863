/** Numbers clauses in the order an answer first uses them, so [n] in the text matches citations[n-1]. */
import { toCitation, type Citation, type Clause } from '../corpus/clause.js';

export class CitationList {
  /** Clause id → its number; a map, as a list answer may cite every row of a large table. */
  private readonly numbers = new Map<string, number>();
  private readonly items: Citation[] = [];

  /** The marker for a clause, e.g. "[2]"; a clause cited twice keeps its first number. */
  cite(c: Clause): string {
    let n = this.numbers.get(c.id);
    if (n === undefined) {
      this.items.push(toCitation(c));
      this.numbers.set(c.id, (n = this.items.length));
    }
    return `[${n}]`;
  }

  get citations(): Citation[] {
    return [...this.items];
  }
}
