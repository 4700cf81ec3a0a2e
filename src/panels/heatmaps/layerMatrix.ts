import type { CellKind, Trace } from '../../engine';

/**
 * Quantity `quantity` of one layer and batch row as a (T, H) matrix, column-major by step
 * (`m[t·H + j]`), the layout Heatmap reads. With one batch row this is the trace's own array;
 * otherwise row `sample` is copied out of the (T, B, H) tensor.
 */
export function layerMatrix(
  trace: Trace,
  layer: number,
  sample: number,
  quantity: string,
): Float64Array {
  const all = trace.layers[layer][quantity];
  const { batch: B, seqLen: T } = trace;
  const H = trace.config.hiddenSize;
  if (B === 1) return all;
  const m = new Float64Array(T * H);
  for (let t = 0; t < T; t++)
    m.set(all.subarray((t * B + sample) * H, (t * B + sample + 1) * H), t * H);
  return m;
}

/** Unit j's values over time from a (T, H) matrix: m[j], m[H + j], …. */
export function unitColumn(m: ArrayLike<number>, H: number, j: number): Float64Array {
  const T = Math.floor(m.length / H);
  return Float64Array.from({ length: T }, (_, t) => m[t * H + j]);
}

/** One gate heatmap: the trace quantity and its sub-step (heatmapMessages names it). */
export interface GateView {
  /** The trace's name for the activation, e.g. `f` (also its message key). */
  readonly quantity: 'f' | 'i' | 'g' | 'o' | 'z' | 'r' | 'n';
  /** The sub-step that computes it (colours the chart). */
  readonly step: string;
  /**
   * Sigmoid gates are 0–1 (sequential colours); the tanh candidates are in (−1, 1) (diverging,
   * fixed at ±1 so that saturation reads the same at every step).
   */
  readonly signed: boolean;
}

const gate = (quantity: GateView['quantity'], step: string, signed = false): GateView => ({
  quantity,
  step,
  signed,
});

/** The gate heatmaps of each cell, in the stepper's teaching order. A plain RNN has none. */
export const GATE_VIEWS: Record<CellKind, readonly GateView[]> = {
  lstm: [
    gate('f', 'forget'),
    gate('i', 'input'),
    gate('g', 'candidate', true),
    gate('o', 'output'),
  ],
  gru: [gate('z', 'update'), gate('r', 'reset'), gate('n', 'candidate', true)],
  rnn: [],
};
