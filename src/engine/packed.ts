import { simdMatVec, type SimdMatVec } from './simdMatVec';
import { scratchDoubles } from './scratch';

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
 *
 * Where WebAssembly SIMD runs, the packing lives in simdMatVec.ts's memory instead and its
 * module does the sums, two rows per instruction, about three times as fast again; the bits
 * are the same once more.
 */
export interface PackedRows {
  /**
   * The scalar loop's packing: blocks of four interleaved rows, then `cols` values for the
   * vector (at `vOff`), in a plain array with packed-double elements (see scratch.ts's
   * doubleArray; never write anything but numbers into it). null when the packing lives in
   * `simd`'s memory instead.
   */
  readonly buf: number[] | null;
  /** The SIMD module whose memory holds the packing from f64[at] on (same layout), or null. */
  readonly simd: SimdMatVec | null;
  readonly at: number;
  /** Values per row. */
  readonly cols: number;
  /** Where the vector goes. */
  readonly vOff: number;
}

/** Whether packings go to the SIMD module (where it runs) or stay with the scalar loop. */
let simdWanted = true;

/**
 * Chooses the SIMD mat-vec (the default, where WebAssembly SIMD runs) or the scalar loop for
 * the packings made from now on; returns whether SIMD is in use. Both give the same bits; the
 * tests run both.
 */
export function useSimd(on: boolean): boolean {
  simdWanted = on;
  return on && simdMatVec() !== null;
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
 * gate: a gate's units start a new block). In run g, row j, column k sits at groupOffset(g) +
 * (⌊j/4⌋·cols + k)·4 + j mod 4; missing rows are zeros. The memory is `slot`'s, reused by the
 * next packing into the same slot (as scratch.ts reuses its arrays): one user at a time. With
 * `transposed`, M is given as its transpose, a row-major (cols, groups·rows) matrix.
 */
export function packRows(
  M: Float64Array,
  groups: number,
  rows: number,
  cols: number,
  slot: string,
  transposed = false,
): PackedRows {
  const vOff = groups * blockValues(rows, cols);
  const simd = simdWanted ? simdMatVec() : null;
  // With SIMD, room after the vector for one group's sums (whole blocks).
  const at = simd ? simd.region(slot, vOff + cols + Math.ceil(rows / 4) * 4) : 0;
  const buf = simd ? null : scratchDoubles(slot, vOff + cols);
  const out = simd ? simd.f64 : (buf as number[]);
  // Row j, column k of the matrix packed: M[j, k], or with `transposed` M[k, j].
  const rowStride = transposed ? 1 : cols;
  const colStride = transposed ? groups * rows : 1;
  for (let g = 0; g < groups; g++) {
    const base = at + groupOffset(g, rows, cols);
    for (let j = 0; j < Math.ceil(rows / 4) * 4; j++) {
      const src = (g * rows + j) * rowStride;
      const dst = base + (j >> 2) * cols * 4 + (j & 3);
      for (let k = 0; k < cols; k++) out[dst + 4 * k] = j < rows ? M[src + k * colStride] : 0;
    }
  }
  return { buf, simd, at, cols, vOff };
}

/** Copies v[vOff … vOff + cols) into the packing's vector slot. */
export function setVector(p: PackedRows, v: Float64Array, vOff: number): void {
  const { buf, cols } = p;
  if (buf === null) {
    const f = (p.simd as SimdMatVec).f64;
    const o = p.at + p.vOff;
    for (let k = 0; k < cols; k++) f[o + k] = v[vOff + k];
    return;
  }
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
  if (buf === null) return simdRowsDot(p, g, rows, out, outOff, bias);
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

/** packedRowsDot with the packing in the SIMD module's memory: its sums, then the bias. */
function simdRowsDot(
  p: PackedRows,
  g: number,
  rows: number,
  out: Float64Array,
  outOff: number,
  bias: Float64Array | null,
): void {
  const simd = p.simd as SimdMatVec;
  const { at, cols, vOff } = p;
  const sums = at + vOff + cols;
  // With no columns every sum is 0 (the module's loop runs at least once).
  if (cols > 0)
    simd.matVec(
      8 * (at + groupOffset(g, rows, cols)),
      8 * (at + vOff),
      8 * sums,
      Math.ceil(rows / 4),
      cols,
    );
  const f = simd.f64;
  for (let j = 0; j < rows; j++) {
    const s = cols > 0 ? f[sums + j] : 0;
    out[outOff + j] = bias === null ? s : s + bias[g * rows + j];
  }
}
