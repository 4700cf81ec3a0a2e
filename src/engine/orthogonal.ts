import type { Rng } from './rng';

/**
 * A random n × n orthogonal matrix Q (row-major), Haar-distributed: the Q of a QR
 * factorisation of a standard-normal matrix, with each column's sign fixed so that R has a
 * positive diagonal (as `torch.nn.init.orthogonal_` does). Modified Gram–Schmidt.
 */
export function randomOrthogonal(n: number, rng: Rng): Float64Array {
  // Columns of A, stored as rows of `cols` for contiguous access.
  const cols = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) cols[k] = rng.normal();
  for (let c = 0; c < n; c++) {
    const qc = c * n;
    for (let p = 0; p < c; p++) {
      const qp = p * n;
      let d = 0;
      for (let k = 0; k < n; k++) d += cols[qp + k] * cols[qc + k];
      for (let k = 0; k < n; k++) cols[qc + k] -= d * cols[qp + k];
    }
    let s = 0;
    for (let k = 0; k < n; k++) s += cols[qc + k] * cols[qc + k];
    // R's diagonal entry is the positive norm, so the sign needs no further fixing.
    const inv = 1 / Math.sqrt(s);
    for (let k = 0; k < n; k++) cols[qc + k] *= inv;
  }
  const q = new Float64Array(n * n);
  for (let c = 0; c < n; c++) for (let r = 0; r < n; r++) q[r * n + c] = cols[c * n + r];
  return q;
}
