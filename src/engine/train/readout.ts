import type { Rng } from '../rng';

/**
 * A readout layer with `torch.nn.Linear` semantics: y = W h + b, W (O, H), b (O). Its
 * parameters are exported as `readout.weight` and `readout.bias`.
 */
export interface Readout {
  /** W: (O, H). */
  readonly weight: Float64Array;
  /** b: (O). */
  readonly bias: Float64Array;
  /** O: outputs. */
  readonly outputs: number;
  /** H: inputs (the top layer's hidden size). */
  readonly inputs: number;
}

/** PyTorch's default Linear init: W and b ~ U(−1/√H, 1/√H), drawn W first, from `rng`. */
export function initReadout(inputs: number, outputs: number, rng: Rng): Readout {
  const k = 1 / Math.sqrt(inputs);
  const weight = Float64Array.from({ length: outputs * inputs }, () => rng.uniform(-k, k));
  const bias = Float64Array.from({ length: outputs }, () => rng.uniform(-k, k));
  return { weight, bias, outputs, inputs };
}

/** y[n, o] = b[o] + Σ_j W[o, j] h[n, j] for each of the N rows of h (N, H); returns (N, O). */
export function readoutForward(r: Readout, h: Float64Array, N: number, hOff = 0): Float64Array {
  const { outputs: O, inputs: H, weight: W, bias: b } = r;
  const y = new Float64Array(N * O);
  for (let n = 0; n < N; n++) {
    for (let o = 0; o < O; o++) {
      let s = b[o];
      for (let j = 0; j < H; j++) s += W[o * H + j] * h[hOff + n * H + j];
      y[n * O + o] = s;
    }
  }
  return y;
}

/**
 * Backprop through y = W h + b for N rows: adds dL/dW (O, H) and dL/db (O) into `dW`, `db`, and
 * writes dL/dh = Wᵀ dy into dh (N, H) at dhOff.
 */
export function readoutBackward(
  r: Readout,
  h: Float64Array,
  hOff: number,
  dy: Float64Array,
  N: number,
  grads: { dW: Float64Array; db: Float64Array },
  dh: Float64Array,
  dhOff: number,
): void {
  const { outputs: O, inputs: H, weight: W } = r;
  for (let n = 0; n < N; n++) {
    for (let o = 0; o < O; o++) {
      const g = dy[n * O + o];
      grads.db[o] += g;
      for (let j = 0; j < H; j++) {
        grads.dW[o * H + j] += g * h[hOff + n * H + j];
        dh[dhOff + n * H + j] += g * W[o * H + j];
      }
    }
  }
}
