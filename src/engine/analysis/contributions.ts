import { gateCount } from '../cells';
import { l2norm } from '../norms';
import type { Gradients, Model, Trace } from '../types';

/**
 * dB_t: (B, G·H), the gradient that reaches W_hh's rows at step t — every gate's pre-activation
 * gradient, except a GRU's n rows, which see dL/d(gh_n) = r ⊙ dL/d(pre_n). Written into `out`
 * when given (a loop over t reuses one array: allocating one per step is slow in Chromium).
 */
function recurrentRowGrad(
  model: Model,
  grads: Gradients,
  layer: number,
  t: number,
  B: number,
  out = new Float64Array(B * gateCount(model.config.cell) * model.config.hiddenSize),
) {
  const { cell, hiddenSize: H } = model.config;
  const G = gateCount(cell);
  const g = grads.layers[layer];
  const blocks =
    cell === 'lstm'
      ? [g.pre_i, g.pre_f, g.pre_g, g.pre_o]
      : cell === 'gru'
        ? [g.pre_r, g.pre_z, g.gh_n]
        : [g.pre_h];
  for (let b = 0; b < B; b++) {
    blocks.forEach((a, q) => {
      for (let j = 0; j < H; j++) out[(b * G + q) * H + j] = a[(t * B + b) * H + j];
    });
  }
  return out;
}

/** h_{t−1} of `layer` for every batch row: the array and the offset of row 0. */
function previousState(trace: Trace, layer: number, t: number): [Float64Array, number] {
  const BH = trace.batch * trace.config.hiddenSize;
  return t === 0 ? [trace.h0, layer * BH] : [trace.layers[layer].h, (t - 1) * BH];
}

/**
 * Step t's share of ∂L/∂W_hh for `layer`: C_t = Σ_b dB_t[b] ⊗ h_{t−1}[b], a (G·H, H) matrix.
 * Summed over t it is the whole gradient.
 */
export function stepWeightGradient(
  model: Model,
  trace: Trace,
  grads: Gradients,
  layer: number,
  t: number,
): Float64Array {
  const H = model.config.hiddenSize;
  const B = trace.batch;
  const GH = gateCount(model.config.cell) * H;
  const dB = recurrentRowGrad(model, grads, layer, t, B);
  const [prev, off] = previousState(trace, layer, t);
  const C = new Float64Array(GH * H);
  for (let b = 0; b < B; b++) {
    for (let r = 0; r < GH; r++) {
      const d = dB[b * GH + r];
      for (let c = 0; c < H; c++) C[r * H + c] += d * prev[off + b * H + c];
    }
  }
  return C;
}

/** The largest |a[k]| over a[from … from + n). */
function maxAbs(a: Float64Array, from: number, n: number): number {
  let m = 0;
  for (let k = from; k < from + n; k++) m = Math.max(m, Math.abs(a[k]));
  return m;
}

/**
 * ‖C_t‖_F for t = 0 … T − 1: how much each step contributes to ∂L/∂W_hh. Once the gradient has
 * vanished going back in time, the early steps contribute nothing: W_hh cannot learn from them.
 * The sums run on vectors scaled by their largest entry, so a contribution is finite whenever
 * it is representable (an exploding gradient of 1e200 gives 1e200, not Infinity).
 */
export function weightGradContributions(
  model: Model,
  trace: Trace,
  grads: Gradients,
  layer: number,
): Float64Array {
  const H = model.config.hiddenSize;
  const B = trace.batch;
  const GH = gateCount(model.config.cell) * H;
  /** (a[ao …] / sa) · (b[bo …] / sb) over n entries. */
  const dot = (a: Float64Array, ao: number, b: Float64Array, bo: number, n: number, s: number) => {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += (a[ao + k] / s) * (b[bo + k] / s);
    return sum;
  };
  const out = new Float64Array(trace.seqLen);
  const dB = new Float64Array(B * GH);
  for (let t = 0; t < trace.seqLen; t++) {
    recurrentRowGrad(model, grads, layer, t, B, dB);
    const [prev, off] = previousState(trace, layer, t);
    if (B === 1) {
      // One batch row: C_t = u vᵀ, and ‖u vᵀ‖_F = ‖u‖ ‖v‖.
      out[t] = l2norm(dB, 0, GH) * l2norm(prev, off, H);
      continue;
    }
    const su = maxAbs(dB, 0, B * GH);
    const sv = maxAbs(prev, off, B * H);
    if (su === 0 || sv === 0) continue; // C_t = 0
    // ‖Σ_b u_b v_bᵀ‖_F² = Σ_{b,b′} (u_b · u_b′)(v_b · v_b′), without forming the matrix.
    let s = 0;
    for (let b = 0; b < B; b++) {
      for (let c = 0; c < B; c++) {
        const uu = dot(dB, b * GH, dB, c * GH, GH, su);
        s += uu * dot(prev, off + b * H, prev, off + c * H, H, sv);
      }
    }
    out[t] = su * sv * Math.sqrt(Math.max(0, s));
  }
  return out;
}
