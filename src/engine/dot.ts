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
