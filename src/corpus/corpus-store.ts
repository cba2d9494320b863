/** In-memory access to the parsed clauses: by id, in document order, grouped by resolution. */
import type { ResolutionInfo } from '../contract/api.js';
import type { Clause } from './clause.js';

export type { ResolutionInfo };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class CorpusStore {
  private readonly byIdMap = new Map<string, Clause>();
  private readonly positions = new Map<string, number>();
  private readonly numbers = new Set<number>();
  private readonly byResolution = new Map<number, Clause[]>();
  private readonly byPart = new Map<string, Clause[]>();
  private summary: ResolutionInfo[] | undefined;

  constructor(readonly clauses: Clause[]) {
    clauses.forEach((c, i) => {
      this.byIdMap.set(c.id, c);
      this.positions.set(c.id, i);
      if (c.resolution !== null) {
        this.numbers.add(c.resolution);
        push(this.byResolution, c.resolution, c);
      }
      push(this.byPart, c.part, c);
    });
  }

  get(id: string): Clause | undefined {
    return this.byIdMap.get(id);
  }

  /** Previous and next clause ids within the same document. */
  neighbours(id: string): { previous: string | null; next: string | null } {
    const pos = this.positions.get(id);
    if (pos === undefined) return { previous: null, next: null };
    const doc = this.clauses[pos]!.doc;
    const prev = this.clauses[pos - 1];
    const next = this.clauses[pos + 1];
    return {
      previous: prev && prev.doc === doc ? prev.id : null,
      next: next && next.doc === doc ? next.id : null,
    };
  }

  /** Clauses of a resolution, in document order (every document that has it). */
  ofResolution(n: number): Clause[] {
    return this.byResolution.get(n) ?? [];
  }

  /** Clauses of one part (table1, intro …), in document order. */
  ofPart(part: Clause['part']): Clause[] {
    return this.byPart.get(part) ?? [];
  }

  hasResolution(n: number): boolean {
    return this.numbers.has(n);
  }

  /** Computed once: the store never changes after it is built. */
  resolutions(): ResolutionInfo[] {
    this.summary ??= this.summarise();
    return this.summary;
  }

  private summarise(): ResolutionInfo[] {
    const map = new Map<number, ResolutionInfo>();
    for (const c of this.clauses) {
      if (c.resolution === null) continue;
      let info = map.get(c.resolution);
      if (!info) {
        info = { number: c.resolution, title: c.title, status: c.status, docs: [], clauseIds: [] };
        map.set(c.resolution, info);
      }
      if (!info.docs.includes(c.doc)) info.docs.push(c.doc);
      info.title ??= c.title;
      info.status ??= c.status;
      info.clauseIds.push(c.id);
    }
    return [...map.values()].sort((a, b) => a.number - b.number);
  }
}
