import { rowsDot, transposeInto } from '../dot';
import { l2norm } from '../norms';
import { scratch } from '../scratch';

/** How many eigenvalues of the symmetric tridiagonal (a, b) are below x (Sturm sequence). */
function countBelow(a: Float64Array, b: Float64Array, k: number, x: number): number {
  let count = 0;
  let d = 1;
  for (let i = 0; i < k; i++) {
    d = a[i] - x - (i > 0 ? (b[i - 1] * b[i - 1]) / d : 0);
    if (d === 0) d = -1e-300;
    if (d < 0) count++;
  }
  return count;
}

/**
 * The largest eigenvalue of the k × k symmetric tridiagonal (diagonal a, off-diagonal b), to
 * `rel` relatively: Gershgorin bounds, then bisection on the Sturm count. Returns the upper end
 * of the final interval.
 */
function largestEigenvalue(a: Float64Array, b: Float64Array, k: number, rel: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < k; i++) {
    const r = (i > 0 ? Math.abs(b[i - 1]) : 0) + (i < k - 1 ? Math.abs(b[i]) : 0);
    lo = Math.min(lo, a[i] - r);
    hi = Math.max(hi, a[i] + r);
  }
  for (let it = 0; it < 200 && hi - lo > rel * Math.max(Math.abs(hi), Math.abs(lo)); it++) {
    const mid = (lo + hi) / 2;
    if (countBelow(a, b, k, mid) === k) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * w −= Σ_p (Q_p · w) Q_p over the Lanczos vectors Q_0 … Q_{k−1} (rows of Q, n long): one pass
 * of classical Gram–Schmidt, all k products taken with the same w (so they run side by side).
 */
function reorthogonalise(Q: Float64Array, k: number, n: number, w: Float64Array, s: Float64Array) {
  for (let p = 0; p < k; p++) s[p] = dot4(Q, p * n, w, n);
  for (let p = 0; p < k; p++) axpy(-s[p], Q, p * n, w, n);
}

/** w[0 … n) += α · Q[q … q + n). */
function axpy(alpha: number, Q: Float64Array, q: number, w: Float64Array, n: number) {
  for (let c = 0; c < n; c++) w[c] += alpha * Q[q + c];
}

/** Q[q … q + n) · w[0 … n) in four interleaved sums. */
function dot4(Q: Float64Array, q: number, w: Float64Array, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let c = 0;
  for (; c + 3 < n; c += 4) {
    s0 += Q[q + c] * w[c];
    s1 += Q[q + c + 1] * w[c + 1];
    s2 += Q[q + c + 2] * w[c + 2];
    s3 += Q[q + c + 3] * w[c + 3];
  }
  for (; c < n; c++) s0 += Q[q + c] * w[c];
  return s0 + s1 + (s2 + s3);
}

/** The eigenvector of the tridiagonal (a, b) for eigenvalue θ, by two inverse iterations. */
function ritzVector(a: Float64Array, b: Float64Array, k: number, theta: number): Float64Array {
  const y = scratch('lanczos.ritz', k).fill(1);
  const shift = theta * (1 + 1e-12) + 1e-300;
  const c = scratch('lanczos.c', k);
  const d = scratch('lanczos.d', k);
  for (let pass = 0; pass < 2; pass++) {
    // Thomas algorithm for (T − shift·I) z = y.
    for (let i = 0; i < k; i++) {
      const m = a[i] - shift - (i > 0 ? b[i - 1] * c[i - 1] : 0);
      const piv = m === 0 ? 1e-300 : m;
      c[i] = i < k - 1 ? b[i] / piv : 0;
      d[i] = (y[i] - (i > 0 ? b[i - 1] * d[i - 1] : 0)) / piv;
    }
    for (let i = k - 1; i >= 0; i--) y[i] = d[i] - (i < k - 1 ? c[i] * y[i + 1] : 0);
    const n = l2norm(y, 0, k);
    for (let i = 0; i < k; i++) y[i] /= n;
  }
  return y;
}

/** Below this tolerance `largestEigenvalueOf` reorthogonalises every Lanczos vector fully. */
const FULL_REORTHOGONALISATION = 1e-8;

/**
 * y = A x for a symmetric positive semi-definite operator A on vectors of length n, with x at
 * x[xOff …].
 */
export type SymmetricOperator = (x: Float64Array, xOff: number, y: Float64Array) => void;

/**
 * The largest eigenvalue of a symmetric positive semi-definite operator, by Lanczos iteration
 * with full reorthogonalisation (it converges on the extreme eigenvalue much faster than the
 * power method). `start` (n) seeds it and is overwritten with the Ritz vector found, so that a
 * run of similar operators can warm-start. Stops when the estimate moves by less than `tol`
 * relatively.
 */
export function largestEigenvalueOf(
  apply: SymmetricOperator,
  n: number,
  start: Float64Array = new Float64Array(n).fill(1),
  tol = 1e-14,
): number {
  const maxK = Math.min(n, 60);
  const v = start;
  let n0 = l2norm(v, 0, n);
  if (!(n0 > 0) || !Number.isFinite(n0)) {
    v.fill(1);
    n0 = Math.sqrt(n);
  }
  // Working arrays reused from call to call (scratch.ts): the Lanczos vectors, row k at k·n.
  const Q = scratch('lanczos.Q', maxK * n);
  for (let c = 0; c < n; c++) Q[c] = v[c] / n0;
  const a = scratch('lanczos.a', maxK);
  const b = scratch('lanczos.b', maxK);
  const w = scratch('lanczos.w', n);
  const s = scratch('lanczos.s', maxK);
  let theta = 0;
  let k = 0;
  // The Ritz values need no more precision than the test for convergence can see (a hundredth
  // of its tolerance).
  const rel = Math.max(1e-15, tol * 1e-2);
  while (k < maxK) {
    const q = k * n;
    apply(Q, q, w);
    // The three-term recurrence w = A q_k − β_{k−1} q_{k−1} − α_k q_k, then, for an eigenvalue
    // wanted to near machine precision, a full reorthogonalisation against every Lanczos
    // vector (for what rounding left). To a looser tolerance (the Jacobian bounds' 1e-6, warm
    // started: about ten steps) the iteration stops before lost orthogonality can move the
    // largest Ritz value, and the recurrence alone costs a fifth less.
    if (k > 0) axpy(-b[k - 1], Q, q - n, w, n);
    a[k] = dot4(Q, q, w, n);
    axpy(-a[k], Q, q, w, n);
    if (tol < FULL_REORTHOGONALISATION) reorthogonalise(Q, k + 1, n, w, s);
    k++;
    const next = largestEigenvalue(a, b, k, rel);
    const beta = l2norm(w, 0, n);
    const converged = Math.abs(next - theta) <= tol * Math.abs(next);
    theta = next;
    if (converged || k === maxK || !(beta > 1e-14 * Math.sqrt(Math.abs(theta)) + 1e-300)) break;
    b[k - 1] = beta;
    for (let c = 0; c < n; c++) Q[k * n + c] = w[c] / beta;
  }
  // The Ritz vector Q y of the largest eigenvalue, for the caller's next start.
  const y = ritzVector(a, b, k, theta);
  v.fill(0);
  for (let i = 0; i < k; i++) for (let c = 0; c < n; c++) v[c] += y[i] * Q[i * n + c];
  return theta;
}

/**
 * σ_max(M), the largest singular value of the row-major (rows × cols) matrix M: the square root
 * of the largest eigenvalue of MᵀM. `start` (cols) warm-starts it, as for `largestEigenvalueOf`.
 */
export function spectralNorm(
  M: Float64Array,
  rows: number,
  cols: number,
  start?: Float64Array,
  tol = 1e-14,
): number {
  // Working arrays reused from call to call (a new one costs Chromium more than the copy).
  const MT = transposeInto(M, rows, cols, scratch('spectral.MT', rows * cols));
  const u = scratch('spectral.u', rows);
  const apply: SymmetricOperator = (x, xOff, y) => {
    rowsDot(M, cols, 0, rows, x, xOff, u, 0);
    rowsDot(MT, rows, 0, cols, u, 0, y, 0);
  };
  return Math.sqrt(Math.max(0, largestEigenvalueOf(apply, cols, start, tol)));
}
