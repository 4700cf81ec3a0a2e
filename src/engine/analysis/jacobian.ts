import type { Model, Trace } from '../types';
import { matmulNT } from '../matmul';
import { packedRowsDot, packRows, setVector } from '../packed';
import { largestEigenvalueOf, type SymmetricOperator } from './spectralNorm';

/**
 * For a tanh RNN, the per-step Jacobian factor ‖∂h_t/∂h_{t−1}‖₂ = ‖diag(1 − h_t²) W_hh‖₂ of
 * `layer` and batch row `batch`, t = 0 … T − 1. The gradient reaching step t from the last step
 * is at most the product of these factors after t: when they stay below 1 it vanishes, above 1
 * it can explode.
 */
export function jacobianFactors(model: Model, trace: Trace, layer: number, batch: number) {
  const { hiddenSize: H } = model.config;
  const { seqLen: T, batch: B } = trace;
  const U = model.params[`weight_hh_l${layer}`];
  const h = trace.layers[layer].h;
  // J = D W_hh with D = diag(1 − h_t²). J Jᵀ = D (W_hh W_hhᵀ) D has the squares of J's singular
  // values as eigenvalues (as JᵀJ does), and costs one mat-vec with G = W_hh W_hhᵀ, formed once,
  // where JᵀJ costs two.
  const G = new Float64Array(H * H);
  matmulNT(U, U, H, H, H, G);
  // G packed for its mat-vecs (packed.ts), with D x written into the packing's vector slot.
  const Gp = packRows(G, 1, H, H, 'jacobian.G');
  const dt = new Float64Array(H);
  const dx = new Float64Array(H);
  const v = new Float64Array(H).fill(1);
  const apply: SymmetricOperator = (x, xOff, y) => {
    for (let i = 0; i < H; i++) dx[i] = dt[i] * x[xOff + i];
    setVector(Gp, dx, 0);
    packedRowsDot(Gp, 0, H, y, 0);
    for (let i = 0; i < H; i++) y[i] *= dt[i];
  };
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < H; i++) {
      const hi = h[(t * B + batch) * H + i];
      dt[i] = 1 - hi * hi;
    }
    // Consecutive Jacobians are alike: warm-start each from the last singular vector. 1e-6 is
    // far below what a plot shows, and keeps dragging a slider at hidden 64 within a frame.
    out[t] = Math.sqrt(Math.max(0, largestEigenvalueOf(apply, H, v, 1e-6)));
  }
  return out;
}
