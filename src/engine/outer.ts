/**
 * Sums over time of outer products, read straight from the row-major (T·B, ·) matrices BPTT
 * keeps (the gate gradients dA, the inputs u, the states h), with no transposed copies: the
 * parameter gradients dW = Σ_t dA_t ⊗ u_t and db = Σ_t dA_t.
 */

/** Σ_k A[k, i] · B[k, j] in plain order k = 0, 1, …: one entry of `matmulTN`, for its edges. */
function entryTN(
  A: Float64Array,
  B: Float64Array,
  i: number,
  j: number,
  m: number,
  n: number,
  K: number,
) {
  let s = 0;
  for (let k = 0; k < K; k++) s += A[k * m + i] * B[k * n + j];
  return s;
}

/** out[i + r, j] for r < 4 = Σ_k A[k, i + r] · B[k, j] in plain order: a 4 × 1 tile. */
function column4TN(
  A: Float64Array,
  B: Float64Array,
  i: number,
  j: number,
  m: number,
  n: number,
  K: number,
  out: Float64Array,
) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let a = i;
  let b = j;
  for (let k = 0; k < K; k++) {
    const y = B[b];
    s0 += A[a] * y;
    s1 += A[a + 1] * y;
    s2 += A[a + 2] * y;
    s3 += A[a + 3] * y;
    a += m;
    b += n;
  }
  const o = i * n + j;
  out[o] = s0;
  out[o + n] = s1;
  out[o + 2 * n] = s2;
  out[o + 3 * n] = s3;
}

/**
 * out[i, j] = Σ_k A[k, i] · B[k, j] for the row-major (K, m) matrix A and (K, n) matrix B, into
 * the row-major (m, n) matrix `out`: Aᵀ·B. Each entry is summed in plain order k = 0, 1, …, as
 * `matmulNT` sums it over the transposes, so the bits are the same. 4 × 3 tiles, as there.
 */
export function matmulTN(
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
      let a = i;
      let b = j;
      for (let k = 0; k < K; k++) {
        const y0 = B[b];
        const y1 = B[b + 1];
        const y2 = B[b + 2];
        let x = A[a];
        s00 += x * y0;
        s01 += x * y1;
        s02 += x * y2;
        x = A[a + 1];
        s10 += x * y0;
        s11 += x * y1;
        s12 += x * y2;
        x = A[a + 2];
        s20 += x * y0;
        s21 += x * y1;
        s22 += x * y2;
        x = A[a + 3];
        s30 += x * y0;
        s31 += x * y1;
        s32 += x * y2;
        a += m;
        b += n;
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
    for (let j = n3; j < n; j++) column4TN(A, B, i, j, m, n, K, out);
  }
  // The last rows, if any.
  for (let i = m4; i < m; i++)
    for (let j = 0; j < n; j++) out[i * n + j] = entryTN(A, B, i, j, m, n, K);
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
