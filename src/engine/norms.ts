/**
 * ‖a[off … off+n)‖₂, scaled by the largest magnitude first (as BLAS nrm2 does) so that
 * finite values near 1e200 give a finite norm instead of overflowing in the squares.
 */
export function l2norm(a: Float64Array, off: number, n: number): number {
  let scale = 0;
  for (let k = 0; k < n; k++) {
    const v = Math.abs(a[off + k]);
    if (!(v <= scale)) scale = v; // also catches NaN, which then propagates
  }
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (let k = 0; k < n; k++) {
    const v = a[off + k] / scale;
    s += v * v;
  }
  return scale * Math.sqrt(s);
}

/** The norm of each of T consecutive blocks of `per` values: ‖g_t‖₂ for t = 0 … T − 1. */
export function stepNorms(a: Float64Array, T: number, per: number): Float64Array {
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) out[t] = l2norm(a, t * per, per);
  return out;
}
