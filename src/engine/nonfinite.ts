import { SUBSTEPS } from './cells';
import type { CellKind, LayerTrace, NonFiniteAt } from './types';

/**
 * Whether a[off … off+n) holds a NaN or ±Infinity (v·0 is 0 exactly when v is finite). Four
 * sums run side by side, so no addition waits for the one before it.
 */
function anyNonFinite(a: Float64Array, off: number, n: number): boolean {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = off;
  const end = off + n;
  for (; k + 3 < end; k += 4) {
    s0 += a[k] * 0;
    s1 += a[k + 1] * 0;
    s2 += a[k + 2] * 0;
    s3 += a[k + 3] * 0;
  }
  for (; k < end; k++) s0 += a[k] * 0;
  return s0 + s1 + s2 + s3 !== 0;
}

/** Whether any of the arrays holds a NaN or ±Infinity: one quick pass before any search. */
function anyIn(arrays: readonly (Float64Array | undefined)[]): boolean {
  return arrays.some((a) => a !== undefined && anyNonFinite(a, 0, a.length));
}

/** The first non-finite entry of the (B, n) block at a[off …], located as a NonFiniteAt. */
function locate(
  a: Float64Array,
  off: number,
  B: number,
  n: number,
  at: { layer: number; step: number; quantity: string },
): NonFiniteAt | null {
  if (!anyNonFinite(a, off, B * n)) return null;
  for (let k = 0; k < B * n; k++) {
    const value = a[off + k];
    if (!Number.isFinite(value)) {
      return { ...at, batch: Math.floor(k / n), unit: k % n, value };
    }
  }
  return null;
}

/**
 * The first non-finite value of a forward run, in time order: the initial states, then for
 * each step t the input x_t and each layer's quantities in the order its sub-steps compute them.
 */
export function firstNonFiniteForward(
  cell: CellKind,
  dims: { T: number; B: number; I: number; H: number },
  x: Float64Array,
  h0: Float64Array,
  c0: Float64Array | undefined,
  layers: readonly LayerTrace[],
): NonFiniteAt | null {
  const { T, B, I, H } = dims;
  if (!anyIn([x, h0, c0, ...layers.flatMap((q) => Object.values(q))])) return null;
  for (let k = 0; k < layers.length; k++) {
    const found =
      locate(h0, k * B * H, B, H, { layer: k, step: -1, quantity: 'h0' }) ??
      (c0 ? locate(c0, k * B * H, B, H, { layer: k, step: -1, quantity: 'c0' }) : null);
    if (found) return found;
  }
  const order = SUBSTEPS[cell].flatMap((s) => s.computes);
  for (let t = 0; t < T; t++) {
    const found = locate(x, t * B * I, B, I, { layer: 0, step: t, quantity: 'x' });
    if (found) return found;
    for (let k = 0; k < layers.length; k++) {
      for (const name of order) {
        const f = locate(layers[k][name], t * B * H, B, H, { layer: k, step: t, quantity: name });
        if (f) return f;
      }
    }
  }
  return null;
}

/**
 * The first non-finite per-step gradient, in the order backprop computes them: from the top
 * layer down, and within a layer from the last step back to t = 0 (`dL/d<name>`).
 */
export function firstNonFiniteBackward(
  dims: { T: number; B: number; H: number },
  layers: readonly LayerTrace[],
  names: readonly string[],
): NonFiniteAt | null {
  const { T, B, H } = dims;
  if (!anyIn(layers.flatMap((q) => names.map((name) => q[name])))) return null;
  for (let k = layers.length - 1; k >= 0; k--) {
    for (let t = T - 1; t >= 0; t--) {
      for (const name of names) {
        const at = { layer: k, step: t, quantity: `dL/d${name}` };
        const f = locate(layers[k][name], t * B * H, B, H, at);
        if (f) return f;
      }
    }
  }
  return null;
}
