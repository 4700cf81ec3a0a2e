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

/**
 * out[i, j] = Σ_k A[i, k] · B[j, k] for the row-major (m, K) matrix A and (n, K) matrix B, into
 * the row-major (m, n) matrix `out`. Each entry is summed in plain order k = 0, 1, … exactly as
 * `rowsDot` sums it; 2 × 2 tiles use every load twice.
 */
export function matmulNT(
  A: Float64Array,
  B: Float64Array,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
): void {
  const m2 = m - (m % 4);
  const n2 = n - (n % 2);
  for (let i = 0; i < m2; i += 4) {
    const a0 = i * K;
    for (let j = 0; j < n2; j += 2) {
      const b0 = j * K;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      let s20 = 0;
      let s21 = 0;
      let s30 = 0;
      let s31 = 0;
      for (let k = 0; k < K; k++) {
        const y0 = B[b0 + k];
        const y1 = B[b0 + K + k];
        const x0 = A[a0 + k];
        const x1 = A[a0 + K + k];
        const x2 = A[a0 + 2 * K + k];
        const x3 = A[a0 + 3 * K + k];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s20 += x2 * y0;
        s21 += x2 * y1;
        s30 += x3 * y0;
        s31 += x3 * y1;
      }
      const o = i * n + j;
      out[o] = s00;
      out[o + 1] = s01;
      out[o + n] = s10;
      out[o + n + 1] = s11;
      out[o + 2 * n] = s20;
      out[o + 2 * n + 1] = s21;
      out[o + 3 * n] = s30;
      out[o + 3 * n + 1] = s31;
    }
  }
  // The odd last column and row, if any.
  if (n2 < n) for (let i = 0; i < m; i++) out[i * n + n2] = entry(A, B, i, n2, K);
  for (let i = m2; i < m; i++) for (let j = 0; j < n2; j++) out[i * n + j] = entry(A, B, i, j, K);
}
