/**
 * out[outOff + (r − r0)] = Σ_k M[r, k] · v[vOff + k] for rows r0 ≤ r < r1 of the row-major
 * (·, cols) matrix M. Each row is summed in plain order k = 0, 1, …, so a row's value does not
 * depend on which other rows are computed with it: the whole-sequence run and the step-by-step
 * run agree to the last bit. Four rows share each load of v[k], which keeps this scalar loop
 * near the speed of the machine's best dot product.
 */
export function rowsDot(
  M: Float64Array,
  cols: number,
  r0: number,
  r1: number,
  v: Float64Array,
  vOff: number,
  out: Float64Array,
  outOff: number,
): void {
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const o = r * cols;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let k = 0; k < cols; k++) {
      const x = v[vOff + k];
      a += M[o + k] * x;
      b += M[o + cols + k] * x;
      c += M[o + 2 * cols + k] * x;
      d += M[o + 3 * cols + k] * x;
    }
    const i = outOff + r - r0;
    out[i] = a;
    out[i + 1] = b;
    out[i + 2] = c;
    out[i + 3] = d;
  }
  for (; r < r1; r++) {
    const o = r * cols;
    let a = 0;
    for (let k = 0; k < cols; k++) a += M[o + k] * v[vOff + k];
    out[outOff + r - r0] = a;
  }
}

/** The transpose of a row-major (rows × cols) matrix, as a new (cols × rows) matrix. */
export function transpose(m: Float64Array, rows: number, cols: number): Float64Array {
  return transposeInto(m, rows, cols, new Float64Array(rows * cols));
}

/** The transpose of a row-major (rows × cols) matrix, written into `out` (cols × rows). */
export function transposeInto(
  m: Float64Array,
  rows: number,
  cols: number,
  out: Float64Array,
): Float64Array {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = m[o + c];
  }
  return out;
}

/** Σ_k A[i, k] · B[j, k] in plain order: one entry of `matmulNT`, for its ragged edges. */
function entry(A: Float64Array, B: Float64Array, i: number, j: number, K: number): number {
  let s = 0;
  for (let k = 0; k < K; k++) s += A[i * K + k] * B[j * K + k];
  return s;
}

/** out[i + r, j] for r < 4 = Σ_k A[i + r, k] · B[j, k] in plain order: a 4 × 1 tile. */
function column4(
  A: Float64Array,
  B: Float64Array,
  i: number,
  j: number,
  n: number,
  K: number,
  out: Float64Array,
) {
  const a0 = i * K;
  const b0 = j * K;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < K; k++) {
    const y = B[b0 + k];
    s0 += A[a0 + k] * y;
    s1 += A[a0 + K + k] * y;
    s2 += A[a0 + 2 * K + k] * y;
    s3 += A[a0 + 3 * K + k] * y;
  }
  const o = i * n + j;
  out[o] = s0;
  out[o + n] = s1;
  out[o + 2 * n] = s2;
  out[o + 3 * n] = s3;
}

/**
 * out[i, j] = Σ_k A[i, k] · B[j, k] for the row-major (m, K) matrix A and (n, K) matrix B, into
 * the row-major (m, n) matrix `out`. Each entry is summed in plain order k = 0, 1, … exactly as
 * `rowsDot` sums it. 4 × 3 tiles use each load of A three times and each load of B four: the
 * most this machine's 16 floating-point registers hold without spilling (faster than 4 × 2
 * and 4 × 4 here).
 */
export function matmulNT(
  A: Float64Array,
  B: Float64Array,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  const m4 = m - (m % 4);
  const n3 = n - (n % 3);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * K;
    for (let j = 0; j < n3; j += 3) {
      const b0 = j * K;
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
      for (let k = 0; k < K; k++) {
        const y0 = B[b0 + k];
        const y1 = B[b0 + K + k];
        const y2 = B[b0 + 2 * K + k];
        let x = A[a0 + k];
        s00 += x * y0;
        s01 += x * y1;
        s02 += x * y2;
        x = A[a0 + K + k];
        s10 += x * y0;
        s11 += x * y1;
        s12 += x * y2;
        x = A[a0 + 2 * K + k];
        s20 += x * y0;
        s21 += x * y1;
        s22 += x * y2;
        x = A[a0 + 3 * K + k];
        s30 += x * y0;
        s31 += x * y1;
        s32 += x * y2;
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
    // The last one or two columns, if any.
    for (let j = n3; j < n; j++) column4(A, B, i, j, n, K, out);
  }
  // The last rows, if any.
  for (let i = m4; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = entry(A, B, i, j, K);
}
