/** Numbers clauses in the order an answer first uses them, so [n] in the text matches citations[n-1]. */
import { toCitation, type Citation, type Clause } from '../corpus/clause.js';

export class CitationList {
  private readonly ids: string[] = [];
  private readonly items: Citation[] = [];

  /** The marker for a clause, e.g. "[2]"; a clause cited twice keeps its first number. */
  cite(c: Clause): string {
    let i = this.ids.indexOf(c.id);
    if (i < 0) {
      this.ids.push(c.id);
      this.items.push(toCitation(c));
      i = this.ids.length - 1;
    }
    return `[${i + 1}]`;
  }

  get citations(): Citation[] {
    return [...this.items];
  }
}
