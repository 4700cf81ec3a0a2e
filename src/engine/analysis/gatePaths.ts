import type { Trace } from '../types';

/** The product of a gate along the memory path, and the gradient that path alone carries. */
export interface GatePath {
  /** Which gate: the LSTM's forget gate f, or the GRU's update gate z. */
  readonly gate: 'f' | 'z';
  /**
   * (T, H): ∏_{s=t+1}^{T−1} gate_s[j] for batch row `batch` — how much of the state at step t
   * survives, unit by unit, to the last step (1 at t = T − 1).
   */
  readonly products: Float64Array;
  /**
   * (T): ‖(∏_{s=t+1}^{T−1} gate_s) ⊙ g_{T−1}‖ over the batch, where g_{T−1} is dL/dc_{T−1}
   * (LSTM) or dL/dh_{T−1} (GRU): the gradient the additive path alone would carry back from the
   * last step. Equal to ‖g_{T−1}‖ at t = T − 1.
   */
  readonly pathNorm: Float64Array;
}

/**
 * Running products of the memory gate of `layer`: LSTM c_t = f_t ⊙ c_{t−1} + …, so
 * ∂c_t/∂c_{t−1} along the cell path is diag(f_t); GRU h_t = z_t ⊙ h_{t−1} + …, so the direct
 * path is diag(z_t). `last` is dL/dc_{T−1} (or dL/dh_{T−1}) of that layer, (B, H). Null for an RNN.
 */
export function gatePath(
  trace: Trace,
  layer: number,
  batch: number,
  last: Float64Array,
): GatePath | null {
  const { cell, hiddenSize: H } = trace.config;
  if (cell === 'rnn') return null;
  const gate = cell === 'lstm' ? 'f' : 'z';
  const { seqLen: T, batch: B } = trace;
  const a = trace.layers[layer][gate];
  const products = new Float64Array(T * H);
  const pathNorm = new Float64Array(T);
  // Products for every batch row, to take the path norm over the batch as the curve does.
  const run = new Float64Array(B * H).fill(1);
  for (let t = T - 1; t >= 0; t--) {
    let s = 0;
    for (let k = 0; k < B * H; k++) {
      const p = run[k] * last[k];
      s += p * p;
    }
    pathNorm[t] = Math.sqrt(s);
    for (let j = 0; j < H; j++) products[t * H + j] = run[batch * H + j];
    for (let k = 0; k < B * H; k++) run[k] *= a[t * B * H + k];
  }
  return { gate, products, pathNorm };
}
