import { doubleArray } from './scratch';

/**
 * A matrix's rows packed for the recurrence's matrix–vector products, with the vector in the
 * same array.
 *
 * Why: in an optimised loop V8 checks each typed array it reads (its map, base and length) on
 * every iteration. `rowsDot` reads two arrays (the matrix and the vector); a packed block reads
 * one, with its four rows interleaved so that one index walks them all. And that one is a
 * plain array of doubles, not a Float64Array: V8 must also allow for a typed array's buffer
 * being detached or moved, and reloads its base and external pointer on every iteration. On
 * this machine the mat-vec runs at about 4.9 GFLOP/s over a Float64Array and 6.6 over a plain
 * array in Node 20 (8.5 in Chromium 156). The sums are the same as `rowsDot`'s, in the same
 * order, so the bits are too; only the loads are cheaper.
 */
export interface PackedRows {
  /**
   * Blocks of four interleaved rows, then `cols` values for the vector (at `vOff`): a plain
   * array with packed-double elements (see scratch.ts's doubleArray); never write anything
   * but numbers into it.
   */
  readonly buf: number[];
  /** Values per row. */
  readonly cols: number;
  /** Where the vector goes. */
  readonly vOff: number;
}

/** Values a block run of `rows` rows takes: rounded up to whole blocks of four. */
function blockValues(rows: number, cols: number): number {
  return Math.ceil(rows / 4) * 4 * cols;
}

/** The length of a packing of `groups` groups of `rows` rows with `cols` values each. */
export function packedLength(groups: number, rows: number, cols: number): number {
  return groups * blockValues(rows, cols) + cols;
}

/** The offset of group g's block run in a packing of `groups` groups of `rows` rows each. */
export function groupOffset(g: number, rows: number, cols: number): number {
  return g * blockValues(rows, cols);
}

/**
 * Packs the row-major (groups·rows, cols) matrix M as `groups` runs of `rows` rows (one run per
 * gate: a gate's units start a new block), into `buf` when it is long enough. In run g, row j,
 * column k sits at groupOffset(g) + (⌊j/4⌋·cols + k)·4 + j mod 4; missing rows are zeros.
 * `buf` (at least packedLength long, from `doubleArray` or `scratchDoubles`) is used when
 * given, else a new array.
 */
export function packRows(
  M: Float64Array,
  groups: number,
  rows: number,
  cols: number,
  buf?: number[],
): PackedRows {
  const vOff = groups * blockValues(rows, cols);
  const out = buf ?? doubleArray(vOff + cols);
  if (out.length < vOff + cols) throw new RangeError('packRows: buffer too short');
  for (let g = 0; g < groups; g++) {
    const base = groupOffset(g, rows, cols);
    for (let j = 0; j < Math.ceil(rows / 4) * 4; j++) {
      const src = (g * rows + j) * cols;
      const dst = base + (j >> 2) * cols * 4 + (j & 3);
      for (let k = 0; k < cols; k++) out[dst + 4 * k] = j < rows ? M[src + k] : 0;
    }
  }
  return { buf: out, cols, vOff };
}

/** Copies v[vOff … vOff + cols) into the packing's vector slot. */
export function setVector(p: PackedRows, v: Float64Array, vOff: number): void {
  const { buf, cols } = p;
  const o = p.vOff;
  for (let k = 0; k < cols; k++) buf[o + k] = v[vOff + k];
}

/**
 * out[outOff + j] = Σ_k M[g·rows + j, k] · vector[k] for j < rows, each summed in plain order
 * k = 0, 1, … (as `rowsDot` sums it), over the run of group g of a packing; then, with a bias,
 * + bias[g·rows + j].
 */
export function packedRowsDot(
  p: PackedRows,
  g: number,
  rows: number,
  out: Float64Array,
  outOff: number,
  bias: Float64Array | null = null,
): void {
  const { buf, cols, vOff } = p;
  const vEnd = vOff + cols;
  let at = groupOffset(g, rows, cols);
  for (let j = 0; j < rows; j += 4) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let k = vOff; k < vEnd; k++) {
      const x = buf[k];
      a += buf[at] * x;
      b += buf[at + 1] * x;
      c += buf[at + 2] * x;
      d += buf[at + 3] * x;
      at += 4;
    }
    if (bias !== null) {
      const r = g * rows + j;
      a += bias[r];
      if (j + 1 < rows) b += bias[r + 1];
      if (j + 2 < rows) c += bias[r + 2];
      if (j + 3 < rows) d += bias[r + 3];
    }
    const o = outOff + j;
    out[o] = a;
    if (j + 1 < rows) out[o + 1] = b;
    if (j + 2 < rows) out[o + 2] = c;
    if (j + 3 < rows) out[o + 3] = d;
  }
}
