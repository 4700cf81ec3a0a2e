import { gateCount } from './cells';
import type { PackedRows } from './packed';
import type { LayerTrace, Model } from './types';
import { FRESH, type Workspace } from './workspace';

/** One layer of a run, with everything its step kernels read and write. */
export interface LayerView {
  /** H: units. */
  readonly H: number;
  /** in_k: features of this layer's input (I for layer 0, H above). */
  readonly In: number;
  /** B: batch rows. */
  readonly B: number;
  /** T: time steps. */
  readonly T: number;
  /** G: gate blocks. */
  readonly G: number;
  /** W = weight_ih: (G·H, In). */
  readonly W: Float64Array;
  /** U = weight_hh: (G·H, H). */
  readonly U: Float64Array;
  /** bias_ih: (G·H), or null without bias. */
  readonly bi: Float64Array | null;
  /** bias_hh: (G·H), or null without bias. */
  readonly bh: Float64Array | null;
  /** u: (T, B, In), the layer's input sequence (x, or the h sequence of the layer below). */
  readonly u: Float64Array;
  /** This layer's initial hidden state: (B, H). */
  readonly h0: Float64Array;
  /** This layer's initial cell state: (B, H), LSTM only. */
  readonly c0: Float64Array | null;
  /** The layer's trace quantities, each (T, B, H). */
  readonly q: LayerTrace;
  /**
   * W_ih u_t + b_ih for every step at once: (T, B, G·H), filled by a whole-sequence run before
   * its time loop; null when a stepper computes it row by row (both sum in the same order).
   */
  P: Float64Array | null;
  /**
   * U packed by gate for the recurrent products (see packed.ts), filled by a whole-sequence
   * run before its time loop; null when a stepper reads U directly (both sum in the same order).
   */
  Up: PackedRows | null;
  /** Scratch (H): one gate's input half W_ih u + b_ih, for one batch row. */
  readonly ih: Float64Array;
  /** Scratch (H): one gate's recurrent half W_hh h + b_hh, for one batch row. */
  readonly hh: Float64Array;
}

/** A view of layer k of `model`, reading `u` and writing into `q` (its scratch rows from `ws`). */
export function layerView(
  model: Model,
  k: number,
  u: Float64Array,
  T: number,
  B: number,
  h0: Float64Array,
  c0: Float64Array | undefined,
  q: LayerTrace,
  ws: Workspace = FRESH,
): LayerView {
  const { cell, inputSize, hiddenSize: H, bias } = model.config;
  const p = model.params;
  const BH = B * H;
  return {
    H,
    In: k === 0 ? inputSize : H,
    B,
    T,
    G: gateCount(cell),
    W: p[`weight_ih_l${k}`],
    U: p[`weight_hh_l${k}`],
    bi: bias ? p[`bias_ih_l${k}`] : null,
    bh: bias ? p[`bias_hh_l${k}`] : null,
    u,
    h0: h0.subarray(k * BH, (k + 1) * BH),
    c0: c0 ? c0.subarray(k * BH, (k + 1) * BH) : null,
    q,
    P: null,
    Up: null,
    ih: ws.take(`view.${k}.ih`, H),
    hh: ws.take(`view.${k}.hh`, H),
  };
}

/**
 * The array holding the state entering step t: h_{t−1} (or c_{t−1}), or the initial state at
 * t = 0; its row 0 starts at previousOffset(L, t).
 */
export function previousArray(L: LayerView, name: 'h' | 'c', t: number): Float64Array {
  if (t > 0) return L.q[name];
  const init = name === 'h' ? L.h0 : L.c0;
  if (init === null) throw new Error('c0 is only defined for an LSTM');
  return init;
}

/** Where row 0 of the state entering step t starts in previousArray's array. */
export function previousOffset(L: LayerView, t: number): number {
  return t > 0 ? (t - 1) * L.B * L.H : 0;
}
