/**
 * A BM25 index's postings in one SharedArrayBuffer: the term table (open addressing over UTF-16 code
 * units), each term's range of the flat document/impact arrays, its dense impact array when common, and its
 * ranges within each group. Built once on the main thread, read in place by every answering thread: built
 * in each thread, the clause index and the everyday-question index cost ~10 MB of RSS per thread (their
 * tokenising garbage, then a Map entry and a list object per term).
 */
import { stringHash } from './string-hash.js';

/** A range [start, end) of the flat arrays: documents ascending, each with its impact. */
export interface PostingList {
  start: number;
  end: number;
  maxImpact: number;
  /** For common terms: the impact of every document (0 when absent), so a lookup costs no search. */
  dense?: Float64Array;
}

/** What the builder is given: each term's documents (ascending) and impacts. */
export type TermPostings = Map<string, { docs: number[]; impacts: number[] }>;

const MAGIC = 0x42323550;
const VERSION = 1;
/** magic, version, docs, terms, capacity, chars, postings, dense lists, groups, group entries. */
const HEADER = 10;

interface Counts {
  docs: number;
  terms: number;
  capacity: number;
  chars: number;
  postings: number;
  dense: number;
  groups: number;
  entries: number;
}

/** Byte offsets of each section, from the counts alone (so the buffer needs no offset table). */
function layout(n: Counts) {
  let at = 0;
  const int32 = (count: number) => {
    const start = at;
    at += 4 * count;
    return start;
  };
  const float64 = (count: number) => {
    at = Math.ceil(at / 8) * 8;
    const start = at;
    at += 8 * count;
    return start;
  };
  const sections = {
    header: int32(HEADER),
    lengths: int32(n.docs),
    groupIndex: int32(n.docs),
    docs: int32(n.postings),
    slots: int32(n.capacity),
    keyOffset: int32(n.terms),
    keyLength: int32(n.terms),
    listStart: int32(n.terms),
    listEnd: int32(n.terms),
    denseOf: int32(n.terms),
    groupedFrom: int32(n.terms + 1),
    entryGroup: int32(n.entries),
    entryStart: int32(n.entries),
    entryEnd: int32(n.entries),
    impacts: float64(n.postings),
    listMax: float64(n.terms),
    entryMax: float64(n.entries),
    dense: float64(n.dense * n.docs),
    chars: at,
  };
  return { sections, bytes: at + 2 * n.chars };
}

export class PackedPostings {
  readonly docCount: number;
  readonly groupCount: number;
  readonly lengths: Int32Array;
  /** Each document's group as a dense index (−1: none). */
  readonly groupIndex: Int32Array;
  readonly docs: Int32Array;
  readonly impacts: Float64Array;
  private readonly slots: Int32Array;
  private readonly keyOffset: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly listStart: Int32Array;
  private readonly listEnd: Int32Array;
  private readonly listMax: Float64Array;
  private readonly denseOf: Int32Array;
  private readonly denseAll: Float64Array;
  private readonly groupedFrom: Int32Array;
  private readonly entryGroup: Int32Array;
  private readonly entryStart: Int32Array;
  private readonly entryEnd: Int32Array;
  private readonly entryMax: Float64Array;
  private readonly chars: Uint16Array;
  private readonly mask: number;

  constructor(readonly buffer: SharedArrayBuffer) {
    const head = new Int32Array(buffer, 0, HEADER);
    if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a packed postings buffer');
    const n: Counts = {
      docs: head[2]!,
      terms: head[3]!,
      capacity: head[4]!,
      chars: head[5]!,
      postings: head[6]!,
      dense: head[7]!,
      groups: head[8]!,
      entries: head[9]!,
    };
    const { sections: s } = layout(n);
    const i32 = (offset: number, count: number) => new Int32Array(buffer, offset, count);
    const f64 = (offset: number, count: number) => new Float64Array(buffer, offset, count);
    this.docCount = n.docs;
    this.groupCount = n.groups;
    this.lengths = i32(s.lengths, n.docs);
    this.groupIndex = i32(s.groupIndex, n.docs);
    this.docs = i32(s.docs, n.postings);
    this.slots = i32(s.slots, n.capacity);
    this.keyOffset = i32(s.keyOffset, n.terms);
    this.keyLength = i32(s.keyLength, n.terms);
    this.listStart = i32(s.listStart, n.terms);
    this.listEnd = i32(s.listEnd, n.terms);
    this.denseOf = i32(s.denseOf, n.terms);
    this.groupedFrom = i32(s.groupedFrom, n.terms + 1);
    this.entryGroup = i32(s.entryGroup, n.entries);
    this.entryStart = i32(s.entryStart, n.entries);
    this.entryEnd = i32(s.entryEnd, n.entries);
    this.impacts = f64(s.impacts, n.postings);
    this.listMax = f64(s.listMax, n.terms);
    this.entryMax = f64(s.entryMax, n.entries);
    this.denseAll = f64(s.dense, n.dense * n.docs);
    this.chars = new Uint16Array(buffer, s.chars, n.chars);
    this.mask = n.capacity - 1;
  }

  /**
   * @param groupOf each document's group (a resolution), or null; postings are then also kept by group,
   *   so a search within a few groups reads only theirs.
   * @param denseShare terms in at least this share of the documents get a dense impact array.
   */
  static build(
    terms: TermPostings,
    lengths: ArrayLike<number>,
    groupOf: ((doc: number) => number | null) | undefined,
    denseShare: number,
  ): PackedPostings {
    const docCount = lengths.length;
    const groupIndex = new Int32Array(docCount).fill(-1);
    const groupNumber: number[] = [];
    const denseIndex = new Map<number, number>();
    if (groupOf) {
      for (let d = 0; d < docCount; d++) {
        const g = groupOf(d);
        if (g === null) continue;
        if (!denseIndex.has(g)) denseIndex.set(g, groupNumber.push(g) - 1);
        groupIndex[d] = denseIndex.get(g)!;
      }
    }
    const keys = [...terms.keys()];
    let postings = 0;
    let chars = 0;
    let dense = 0;
    let entries = 0;
    for (const k of keys) {
      const list = terms.get(k)!;
      postings += list.docs.length;
      chars += k.length;
      if (list.docs.length >= denseShare * docCount) dense++;
      if (groupOf)
        entries += new Set(list.docs.map((d) => groupIndex[d]).filter((g) => g! >= 0)).size;
    }
    // Grouped ranges repeat the postings of documents that have a group.
    const grouped = groupOf
      ? keys.reduce((n, k) => n + terms.get(k)!.docs.filter((d) => groupIndex[d]! >= 0).length, 0)
      : 0;
    let capacity = 8;
    while (capacity < 2 * keys.length) capacity *= 2;
    const counts: Counts = {
      docs: docCount,
      terms: keys.length,
      capacity,
      chars,
      postings: postings + grouped,
      dense,
      groups: groupNumber.length,
      entries,
    };
    const { bytes } = layout(counts);
    const buffer = new SharedArrayBuffer(bytes);
    new Int32Array(buffer, 0, HEADER).set([
      MAGIC,
      VERSION,
      counts.docs,
      counts.terms,
      counts.capacity,
      counts.chars,
      counts.postings,
      counts.dense,
      counts.groups,
      counts.entries,
    ]);
    const p = new PackedPostings(buffer);
    p.lengths.set(Array.from(lengths));
    p.groupIndex.set(groupIndex);
    p.slots.fill(-1);
    let used = 0;
    let charAt = 0;
    let denseUsed = 0;
    let entry = 0;
    const append = (docs: number[], impacts: number[]) => {
      const start = used;
      let max = 0;
      for (let j = 0; j < docs.length; j++) {
        p.docs[used] = docs[j]!;
        p.impacts[used++] = impacts[j]!;
        max = Math.max(max, impacts[j]!);
      }
      return { start, end: used, max };
    };
    // Whole lists first, then each term's parts by group, in group order.
    keys.forEach((k, id) => {
      const list = terms.get(k)!;
      const whole = append(list.docs, list.impacts);
      p.listStart[id] = whole.start;
      p.listEnd[id] = whole.end;
      p.listMax[id] = whole.max;
      p.denseOf[id] = -1;
      if (list.docs.length >= denseShare * docCount) {
        p.denseOf[id] = denseUsed;
        const row = p.denseAll.subarray(denseUsed * docCount, (denseUsed + 1) * docCount);
        list.docs.forEach((d, j) => (row[d] = list.impacts[j]!));
        denseUsed++;
      }
      p.keyOffset[id] = charAt;
      p.keyLength[id] = k.length;
      for (let i = 0; i < k.length; i++) p.chars[charAt++] = k.charCodeAt(i);
      let slot = stringHash(k) & p.mask;
      while (p.slots[slot] !== -1) slot = (slot + 1) & p.mask;
      p.slots[slot] = id;
    });
    keys.forEach((k, id) => {
      p.groupedFrom[id] = entry;
      if (!groupOf) return;
      const list = terms.get(k)!;
      const parts = new Map<number, { docs: number[]; impacts: number[] }>();
      list.docs.forEach((d, j) => {
        const g = groupIndex[d]!;
        if (g < 0) return;
        let part = parts.get(g);
        if (!part) parts.set(g, (part = { docs: [], impacts: [] }));
        part.docs.push(d);
        part.impacts.push(list.impacts[j]!);
      });
      // By group number, for the binary search in groupList.
      const ordered = [...parts].sort((a, b) => groupNumber[a[0]]! - groupNumber[b[0]]!);
      for (const [g, part] of ordered) {
        const r = append(part.docs, part.impacts);
        p.entryGroup[entry] = groupNumber[g]!;
        p.entryStart[entry] = r.start;
        p.entryEnd[entry] = r.end;
        p.entryMax[entry++] = r.max;
      }
    });
    p.groupedFrom[keys.length] = entry;
    return p;
  }

  /** The term's id, or −1 when no document holds it. */
  termId(term: string): number {
    let slot = stringHash(term) & this.mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) return -1;
      if (this.keyLength[id] === term.length) {
        const at = this.keyOffset[id]!;
        let same = true;
        for (let i = 0; i < term.length && same; i++)
          same = this.chars[at + i] === term.charCodeAt(i);
        if (same) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** How many documents hold the term with this id. */
  docFreq(id: number): number {
    return this.listEnd[id]! - this.listStart[id]!;
  }

  list(id: number): PostingList {
    const d = this.denseOf[id]!;
    return {
      start: this.listStart[id]!,
      end: this.listEnd[id]!,
      maxImpact: this.listMax[id]!,
      ...(d >= 0
        ? { dense: this.denseAll.subarray(d * this.docCount, (d + 1) * this.docCount) }
        : {}),
    };
  }

  /** The term's postings within one group (by its number), or undefined when it has none there. */
  groupList(id: number, group: number): PostingList | undefined {
    let lo = this.groupedFrom[id]!;
    let hi = this.groupedFrom[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const g = this.entryGroup[mid]!;
      if (g === group)
        return {
          start: this.entryStart[mid]!,
          end: this.entryEnd[mid]!,
          maxImpact: this.entryMax[mid]!,
        };
      if (g < group) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
