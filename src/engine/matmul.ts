import { scratch } from './scratch';

/**
 * Matrix products in 4 × 3 register tiles, each entry summed in plain order k = 0, 1, … (as
 * `rowsDot` sums it, so every way of computing an entry gives the same bits). One strided core
 * serves both layouts BPTT needs: A·Bᵀ (rows of A and B along k) and Aᵀ·B (columns along k).
 */

/** Where entry (i, k) of a matrix sits: i·row + k·step. */
interface Strides {
  readonly row: number;
  readonly step: number;
}

/** Σ_k A(i, k) · B(j, k) in plain order: one entry, for the ragged edges. */
function entry(
  A: Float64Array,
  a: Strides,
  B: Float64Array,
  b: Strides,
  i: number,
  j: number,
  K: number,
) {
  let s = 0;
  for (let k = 0; k < K; k++) s += A[i * a.row + k * a.step] * B[j * b.row + k * b.step];
  return s;
}

/** out[i + r, j] for r < 4: a 4 × 1 tile, for the last one or two columns. */
function column4(
  A: Float64Array,
  a: Strides,
  B: Float64Array,
  b: Strides,
  i: number,
  j: number,
  n: number,
  K: number,
  out: Float64Array,
) {
  const { row, step } = a;
  let p = i * row;
  let q = j * b.row;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < K; k++) {
    const y = B[q];
    s0 += A[p] * y;
    s1 += A[p + row] * y;
    s2 += A[p + 2 * row] * y;
    s3 += A[p + 3 * row] * y;
    p += step;
    q += b.step;
  }
  const o = i * n + j;
  out[o] = s0;
  out[o + n] = s1;
  out[o + 2 * n] = s2;
  out[o + 3 * n] = s3;
}

/**
 * Copies the whole 4-row tiles' rows of A and 3-row tiles' rows of B into `buf`, each tile's
 * rows interleaved along k (A's tile at i·K, four values per k; B's at bOff + j·K, three per k),
 * so the tile loop reads one array with unit steps. Returns bOff.
 */
function packTiles(
  A: Float64Array,
  a: Strides,
  B: Float64Array,
  b: Strides,
  m4: number,
  n3: number,
  K: number,
  buf: Float64Array,
): number {
  let w = 0;
  for (let i = 0; i < m4; i += 4) {
    for (let k = 0, p = i * a.row; k < K; k++, p += a.step) {
      buf[w] = A[p];
      buf[w + 1] = A[p + a.row];
      buf[w + 2] = A[p + 2 * a.row];
      buf[w + 3] = A[p + 3 * a.row];
      w += 4;
    }
  }
  const bOff = w;
  for (let j = 0; j < n3; j += 3) {
    for (let k = 0, q = j * b.row; k < K; k++, q += b.step) {
      buf[w] = B[q];
      buf[w + 1] = B[q + b.row];
      buf[w + 2] = B[q + 2 * b.row];
      w += 3;
    }
  }
  return bOff;
}

/**
 * The 4 × 3 tiles of out (m4 rows, n3 columns, row length n) from the packing of packTiles.
 * Each tile uses each load of A three times and each load of B four: the most this machine's
 * 16 floating-point registers hold (faster than 4 × 2 and 4 × 4 here). Reading one array, not
 * two, spares V8's per-iteration checks of the second (see packed.ts): about 1.15× here.
 */
function tiles(
  buf: Float64Array,
  bOff: number,
  m4: number,
  n3: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  for (let i = 0; i < m4; i += 4) {
    for (let j = 0; j < n3; j += 3) {
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s20 = 0;
      let s21 = 0;
      let s22 = 0;
      let s30 = 0;
      let s31 = 0;
      let s32 = 0;
      let q = bOff + j * K;
      const end = (i + 4) * K;
      for (let p = i * K; p < end; p += 4) {
        const y0 = buf[q];
        const y1 = buf[q + 1];
        const y2 = buf[q + 2];
        let x = buf[p];
        s00 += x * y0;
        s01 += x * y1;
        s02 += x * y2;
        x = buf[p + 1];
        s10 += x * y0;
        s11 += x * y1;
        s12 += x * y2;
        x = buf[p + 2];
        s20 += x * y0;
        s21 += x * y1;
        s22 += x * y2;
        x = buf[p + 3];
        s30 += x * y0;
        s31 += x * y1;
        s32 += x * y2;
        q += 3;
      }
      const o = i * n + j;
      out[o] = s00;
      out[o + 1] = s01;
      out[o + 2] = s02;
      out[o + n] = s10;
      out[o + n + 1] = s11;
      out[o + n + 2] = s12;
      out[o + 2 * n] = s20;
      out[o + 2 * n + 1] = s21;
      out[o + 2 * n + 2] = s22;
      out[o + 3 * n] = s30;
      out[o + 3 * n + 1] = s31;
      out[o + 3 * n + 2] = s32;
    }
  }
}

/**
 * out[i, j] = Σ_k A(i, k) · B(j, k) for i < m, j < n, into the row-major (m, n) matrix `out`:
 * whole 4 × 3 tiles from a packed copy (in a working array reused from call to call), the
 * ragged edges straight from A and B.
 */
function product(
  A: Float64Array,
  a: Strides,
  B: Float64Array,
  b: Strides,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  const m4 = m - (m % 4);
  const n3 = n - (n % 3);
  const buf = scratch('matmul.tiles', (m4 + n3) * K);
  tiles(buf, packTiles(A, a, B, b, m4, n3, K, buf), m4, n3, n, K, out);
  for (let i = 0; i < m4; i += 4) for (let j = n3; j < n; j++) column4(A, a, B, b, i, j, n, K, out);
  for (let i = m4; i < m; i++)
    for (let j = 0; j < n; j++) out[i * n + j] = entry(A, a, B, b, i, j, K);
}

/**
 * out[i, j] = Σ_k A[i, k] · B[j, k] for the row-major (m, K) matrix A and (n, K) matrix B, into
 * the row-major (m, n) matrix `out`: A·Bᵀ.
 */
export function matmulNT(
  A: Float64Array,
  B: Float64Array,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  product(A, { row: K, step: 1 }, B, { row: K, step: 1 }, m, n, K, out);
}

/**
 * out[i, j] = Σ_k A[k, i] · B[k, j] for the row-major (K, m) matrix A and (K, n) matrix B, into
 * the row-major (m, n) matrix `out`: Aᵀ·B, e.g. dW = Σ_t dA_t ⊗ u_t straight from the (T·B, ·)
 * matrices BPTT keeps, with no transposed copies.
 */
export function matmulTN(
  A: Float64Array,
  B: Float64Array,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  product(A, { row: 1, step: m }, B, { row: 1, step: n }, m, n, K, out);
}

/** out[j] = Σ_k A[k, j] for the row-major (K, n) matrix A, each column summed in plain order. */
export function columnSums(A: Float64Array, n: number, K: number, out: Float64Array): Float64Array {
  out.fill(0, 0, n);
  for (let k = 0; k < K; k++) {
    const o = k * n;
    for (let j = 0; j < n; j++) out[j] += A[o + j];
  }
  return out;
}
