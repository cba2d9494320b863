/**
 * Dot products of one sparse query with every point at once, read by dimension: each dimension keeps only
 * its non-zero entries (labels ascending), so scoring reads the query's dimensions' entries and nothing
 * else. The hashed embeddings of clauses fill about 30 % of the dimensions and a query about 10 %: a third
 * of the multiply-adds of point-by-point products, and none of the zero ones.
 */
export class ColumnScan {
  /** Entries of dimension d: start[d] to start[d + 1]. */
  private readonly start: Int32Array;
  private readonly label: Int32Array;
  private readonly value: Float32Array;
  /** Four running sums per label, and their totals (scratch, reused: a scan is synchronous). */
  private readonly sums: Float64Array;
  private readonly out: Float64Array;

  constructor(
    points: Float32Array,
    readonly labels: number,
    readonly dim: number,
  ) {
    this.start = new Int32Array(dim + 1);
    for (let i = 0; i < points.length; i++) if (points[i] !== 0) this.start[(i % dim) + 1]!++;
    for (let d = 0; d < dim; d++) this.start[d + 1]! += this.start[d]!;
    const next = this.start.slice(0, dim);
    this.label = new Int32Array(this.start[dim]!);
    this.value = new Float32Array(this.start[dim]!);
    for (let l = 0; l < labels; l++) {
      for (let d = 0; d < dim; d++) {
        const x = points[l * dim + d]!;
        if (x === 0) continue;
        const e = next[d]!++;
        this.label[e] = l;
        this.value[e] = x;
      }
    }
    this.sums = new Float64Array(4 * labels);
    this.out = new Float64Array(labels);
  }

  /**
   * Σ w[j] · point[at[j]] for every label, in a scratch array valid until the next call. The sums are the
   * ones the point-by-point product makes, bit for bit: term j goes to running sum j % 4 (the last
   * at.length % 4 terms to the first), the four are added in order at the end, and the zero terms skipped
   * here add nothing (a running sum starts at +0 and never becomes −0).
   */
  dots(at: Int32Array, w: Float64Array): Float64Array {
    const { start, label, value, sums, out } = this;
    const n = this.labels;
    const full = at.length - (at.length % 4);
    for (let j = 0; j < at.length; j++) {
      const s = j < full ? (j & 3) * n : 0;
      const wj = w[j]!;
      for (let e = start[at[j]!]!, end = start[at[j]! + 1]!; e < end; e++) {
        sums[s + label[e]!]! += wj * value[e]!;
      }
    }
    for (let l = 0; l < n; l++)
      out[l] = sums[l]! + sums[n + l]! + sums[2 * n + l]! + sums[3 * n + l]!;
    sums.fill(0);
    return out;
  }
}
